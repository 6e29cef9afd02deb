using System.Diagnostics;

namespace MergeResolver.Analyzers.Tests;

/// <summary>The NuGet package: it packs, and a project that references it builds with the analyzer loaded.</summary>
public sealed class PackageTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public void A_project_referencing_the_package_builds_with_the_analyzer_loaded()
    {
        var root = RepositoryRoot();
        var dir = Directory.CreateTempSubdirectory("mergeresolver-package-").FullName;
        try
        {
            var feed = Path.Combine(dir, "feed");
            var packages = Path.Combine(dir, "packages");
            var (packed, packOutput) = Dotnet(root, packages, "pack", Path.Combine(root, "analyzers", "MergeResolver.Analyzers", "MergeResolver.Analyzers.csproj"),
                "--no-build", "-c", Configuration, "-o", feed, "-p:Version=0.1.0-test");
            Assert.True(packed == 0, packOutput);
            Assert.Single(Directory.GetFiles(feed, "MergeResolver.Analyzers.0.1.0-test.nupkg"));

            var sample = Path.Combine(dir, "sample");
            Directory.CreateDirectory(sample);
            File.WriteAllText(Path.Combine(sample, "nuget.config"),
                $"<configuration><packageSources><clear /><add key=\"feed\" value=\"{feed}\" /></packageSources></configuration>");
            File.WriteAllText(Path.Combine(sample, "Sample.csproj"),
                "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>" +
                "<ItemGroup><PackageReference Include=\"MergeResolver.Analyzers\" Version=\"0.1.0-test\" /></ItemGroup></Project>");
            File.WriteAllText(Path.Combine(sample, "Query.cs"),
                "class Query\n{\n    const string Sql = @\"\n<<<<<<< HEAD\nSELECT a\n=======\nSELECT b\n>>>>>>> topic\n\";\n}\n");

            var (built, buildOutput) = Dotnet(sample, packages, "build", "-c", "Release");
            Assert.True(built == 0, buildOutput);
            Assert.Contains("MR0001", buildOutput);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "MergeResolver.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("the repository root was not found");
    }

    /// <summary>Runs dotnet with its own package folder, so that the test package never lands in the user's cache.</summary>
    private static (int ExitCode, string Output) Dotnet(string workDir, string packages, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NUGET_PACKAGES"] = packages;
        using var p = Process.Start(start)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout + stderr.Result);
    }
}
