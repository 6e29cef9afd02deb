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
        using var sample = new Sample();
        sample.Write("Query.cs", "class Query\n{\n    const string Sql = @\"\n<<<<<<< HEAD\nSELECT a\n=======\nSELECT b\n>>>>>>> topic\n\";\n}\n");

        var (built, buildOutput) = sample.Dotnet("build", "-c", "Release");

        Assert.True(built == 0, buildOutput);
        Assert.Contains("MR0001", buildOutput);
    }

    [Fact]
    public void A_command_line_build_stopped_by_CS8300_still_reports_MR0002_on_each_conflict_and_MR0001_on_a_hidden_one()
    {
        using var sample = new Sample();
        sample.Write(".editorconfig", "root = true\n\n[*.cs]\nmergeresolver.threshold = 0.5\n");
        sample.Write("Cart.cs", "class Cart\n{\n    decimal Total()\n    {\n<<<<<<< HEAD\n        return Sum(items, 0m) * rate;\n||||||| base\n        return Sum(items, 0m);\n=======\n        return SumOf(items, 0m);\n>>>>>>> feature\n    }\n}\n");
        sample.Write("Query.cs", "class Query\n{\n    const string Sql = @\"\n<<<<<<< HEAD\nSELECT a\n=======\nSELECT b\n>>>>>>> topic\n\";\n}\n");

        var (built, output) = sample.Dotnet("build", "-c", "Release", "-tl:off");

        Assert.NotEqual(0, built);
        Assert.Contains("Cart.cs(5,1): error CS8300", output);
        Assert.Contains("Cart.cs(5,1,5,8): message MR0002: MergeResolver can resolve this conflict: merge both changes token by token, 64% (fix all applies it)", output);
        Assert.Contains("Query.cs(4,1,4,13): warning MR0001", output);
    }

    [Fact]
    public void Dotnet_format_applies_the_resolutions_above_the_editorconfig_threshold_and_leaves_the_other_conflicts_as_they_are()
    {
        // The unsure conflict comes first: dotnet format starts fix-all from the first action it meets.
        const string unsure = "    int Count()\n    {\n<<<<<<< HEAD\n        Log(\"count\");\n        return items.Count;\n||||||| base\n        return 0;\n=======\n        return lines.Where(l => l.Active).Count();\n>>>>>>> topic\n    }\n";
        const string head = "class Cart\n{\n" + unsure + "\n    decimal Total()\n    {\n";
        using var sample = new Sample();
        sample.Write(".editorconfig", "root = true\n\n[*.cs]\nmergeresolver.threshold = 0.65\n");
        sample.Write("Cart.cs", head + "<<<<<<< HEAD\n        return SumOf(items, 0m);\n||||||| base\n        return Sum(items, 0m);\n=======\n        return Sum(items, 1m);\n>>>>>>> topic\n    }\n}\n");
        Assert.Equal(0, sample.Dotnet("restore").ExitCode);

        var (code, output) = sample.Dotnet("format", "analyzers", "--no-restore", "--diagnostics", "CS8300", "--severity", "info");

        Assert.True(code == 0, output);
        Assert.Equal(head + "        return SumOf(items, 1m);\n    }\n}\n", sample.Read("Cart.cs"));
    }

    /// <summary>The package packed into a feed of its own, and a project that references it.</summary>
    private sealed class Sample : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("mergeresolver-package-").FullName;

        public Sample()
        {
            var root = RepositoryRoot();
            var feed = System.IO.Path.Combine(_dir, "feed");
            var (packed, packOutput) = Run(root, "pack", System.IO.Path.Combine(root, "analyzers", "MergeResolver.Analyzers", "MergeResolver.Analyzers.csproj"),
                "--no-build", "-c", Configuration, "-o", feed, "-p:Version=0.1.0-test");
            Assert.True(packed == 0, packOutput);
            Assert.Single(Directory.GetFiles(feed, "MergeResolver.Analyzers.0.1.0-test.nupkg"));
            Directory.CreateDirectory(Path);
            File.WriteAllText(System.IO.Path.Combine(Path, "nuget.config"),
                $"<configuration><packageSources><clear /><add key=\"feed\" value=\"{feed}\" /></packageSources></configuration>");
            File.WriteAllText(System.IO.Path.Combine(Path, "Sample.csproj"),
                "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>" +
                "<ItemGroup><PackageReference Include=\"MergeResolver.Analyzers\" Version=\"0.1.0-test\" /></ItemGroup></Project>");
        }

        public string Path => System.IO.Path.Combine(_dir, "sample");

        public void Write(string name, string text) => File.WriteAllText(System.IO.Path.Combine(Path, name), text);

        public string Read(string name) => File.ReadAllText(System.IO.Path.Combine(Path, name));

        public (int ExitCode, string Output) Dotnet(params string[] args) => Run(Path, args);

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        private (int ExitCode, string Output) Run(string workDir, params string[] args) => PackageTests.Dotnet(workDir, System.IO.Path.Combine(_dir, "packages"), args);
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
