using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace MergeResolver.Cli.Tests;

/// <summary>
/// The Native AOT build the Linux x64 package ships (<c>NativeAot=true</c>) does what the JIT build
/// does: Roslyn, ONNX Runtime, LibGit2Sharp and git itself, each through the commands git and users
/// run. The tool is published once for the class, into its own artifacts folder.
/// </summary>
public sealed class NativeAotTests(NativeAotTests.PublishedTool tool) : IClassFixture<NativeAotTests.PublishedTool>
{
    private static readonly Dictionary<string, string> ShippedModel = new() { ["MERGERESOLVER_MODEL"] = string.Empty };

    [NativeAotFact]
    public void The_native_merge_ranks_with_the_shipped_model_as_the_jit_merge_does()
    {
        using var dir = new TempDir();
        var (b, o, t) = Examples.TwoConflicts;
        string[] args = ["merge", "--threshold", "0", "--explain", dir.Write("Cart.base.cs", b), dir.Write("Cart.ours.cs", o), dir.Write("Cart.theirs.cs", t)];

        var native = CliProcess.RunExecutable(tool.Executable, dir.Path, ShippedModel, args);
        var jit = CliProcess.Run(dir.Path, ShippedModel, args);

        Assert.True(native.ExitCode is 0 or 1, native.Stderr);
        Assert.Equal(jit.ExitCode, native.ExitCode);
        Assert.Equal(jit.Stdout, native.Stdout);
        Assert.Equal(jit.Stderr, native.Stderr);
        Assert.Contains("%", native.Stderr);
    }

    [NativeAotFact]
    public void The_native_resolve_stages_a_merge_with_the_line_endings_git_checks_out()
    {
        var (b, o, t, resolved) = Examples.TokenLevel;
        using var repo = new GitRepository();
        repo.Write(".gitattributes", "*.cs text eol=crlf\n");
        repo.Branches(new Dictionary<string, string> { ["Cart.cs"] = b }, new Dictionary<string, string?> { ["Cart.cs"] = o }, new Dictionary<string, string?> { ["Cart.cs"] = t });
        repo.TryGit("merge", "topic");

        var (code, _, stderr) = CliProcess.RunExecutable(tool.Executable, repo.Path, new Dictionary<string, string>(), "resolve");

        Assert.True(code == 0, stderr);
        Assert.Equal(resolved.Replace("\n", "\r\n"), repo.Read("Cart.cs"));
        Assert.Empty(repo.Unmerged());
        Assert.Equal(resolved, repo.Git("show", ":Cart.cs"));
    }

    [NativeAotFact]
    public void Git_merge_with_the_native_driver_writes_what_the_jit_driver_writes()
    {
        string Merge(string command)
        {
            var (b, o, t) = Examples.TwoConflicts;
            using var repo = new GitRepository();
            repo.Branches(new Dictionary<string, string> { ["Cart.cs"] = b }, new Dictionary<string, string?> { ["Cart.cs"] = o }, new Dictionary<string, string?> { ["Cart.cs"] = t });
            repo.Git("config", "merge.mergeresolver.driver", $"{command} driver %O %A %B %L %P");
            repo.Git("config", "mergeresolver.threshold", "0.3");
            File.WriteAllText(Path.Combine(repo.Path, ".git", "info", "attributes"), "*.cs merge=mergeresolver\n");
            repo.TryGit("merge", "topic");
            return repo.Read("Cart.cs");
        }

        var native = Merge($"MERGERESOLVER_MODEL= '{tool.Executable}'");
        var jit = Merge($"MERGERESOLVER_MODEL= {CliProcess.ShellCommand}");

        Assert.Equal(jit, native);
        Assert.DoesNotContain("<<<<<<<", native);
    }

    [NativeAotFact]
    public void The_native_mine_and_eval_repo_read_the_history_the_jit_build_reads()
    {
        var (b, o, t) = Examples.SameToken;
        using var repo = new GitRepository();
        repo.Branches(new Dictionary<string, string> { ["src/Cart.cs"] = b }, new Dictionary<string, string?> { ["src/Cart.cs"] = o }, new Dictionary<string, string?> { ["src/Cart.cs"] = t });
        repo.TryGit("merge", "topic");
        repo.Write("src/Cart.cs", o);
        repo.Commit("merge topic, keeping ours");
        var none = new Dictionary<string, string>();

        var nativeMine = CliProcess.RunExecutable(tool.Executable, repo.Path, none, "mine", "--name", "test/shop");
        var jitMine = CliProcess.Run(repo.Path, none, "mine", "--name", "test/shop");
        var nativeEval = CliProcess.RunExecutable(tool.Executable, repo.Path, none, "eval", "--repo", ".");
        var jitEval = CliProcess.Run(repo.Path, none, "eval", "--repo", ".");

        Assert.True(nativeMine.ExitCode == 0, nativeMine.Stderr);
        Assert.Contains("\"merged\"", Encoding.UTF8.GetString(nativeMine.Stdout));
        Assert.Equal(jitMine.Stdout, nativeMine.Stdout);
        Assert.True(nativeEval.ExitCode == 0, nativeEval.Stderr);
        Assert.Equal(Encoding.UTF8.GetString(jitEval.Stdout), Encoding.UTF8.GetString(nativeEval.Stdout));
    }

    /// <summary>The tool published with Native AOT, as <c>dotnet pack -r linux-x64 -p:NativeAot=true</c> packs it.</summary>
    public sealed class PublishedTool : IDisposable
    {
        private readonly TempDir _dir = new();

        public PublishedTool()
        {
            if (!NativeAotFactAttribute.Supported)
            {
                Executable = string.Empty;
                return;
            }

            var project = Path.Combine(SharedData.RepositoryRoot, "src", "MergeResolver.Cli", "MergeResolver.Cli.csproj");
            var output = Path.Combine(_dir.Path, "tool");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "publish", project, "-c", "Release", "-r", "linux-x64", "-p:NativeAot=true", "--artifacts-path", Path.Combine(_dir.Path, "artifacts"), "-o", output, "--nologo" })
            {
                start.ArgumentList.Add(a);
            }

            using var publish = Process.Start(start)!;
            var stderr = publish.StandardError.ReadToEndAsync();
            var stdout = publish.StandardOutput.ReadToEnd();
            publish.WaitForExit();
            Executable = Path.Combine(output, "mergeresolver");
            if (publish.ExitCode != 0 || !File.Exists(Executable))
            {
                throw new InvalidOperationException($"dotnet publish with Native AOT failed ({publish.ExitCode}):\n{stdout}\n{stderr.Result}");
            }
        }

        public string Executable { get; }

        public void Dispose() => _dir.Dispose();
    }
}

/// <summary>A fact about the Native AOT build: skipped, with the reason, where it is not built (only Linux x64 packs one).</summary>
public sealed class NativeAotFactAttribute : FactAttribute
{
    public NativeAotFactAttribute()
    {
        if (!Supported)
        {
            Skip = $"the Native AOT package is built on linux-x64 only; this machine is {RuntimeInformation.RuntimeIdentifier}";
        }
    }

    public static bool Supported => RuntimeInformation.RuntimeIdentifier == "linux-x64";
}
