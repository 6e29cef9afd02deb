namespace MergeResolver.Cli.Tests;

/// <summary>
/// The mined conflicts of <c>../shared/data</c>, beside the repository. A user's clone has none,
/// so tests that need them are skipped there, with the reason; CI has them.
/// </summary>
internal static class SharedData
{
    public const string SkipReason = "../shared/data is absent: the mined dataset is only beside the repository in CI and development checkouts";

    /// <summary>The folder holding MergeResolver.sln, above the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string? Directory { get; } = Find();

    public static string DevSet => Path.Combine(Directory!, "csharp", "dev.jsonl.zst");

    public static string? ScoreScript => Directory is null ? null : Path.Combine(Directory, "..", "tools", "score.py");

    private static string? Find()
    {
        var data = Path.Combine(RepositoryRoot, "..", "shared", "data");
        return File.Exists(Path.Combine(data, "csharp", "dev.jsonl.zst")) ? Path.GetFullPath(data) : null;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MergeResolver.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MergeResolver.sln was not found above the test binaries");
    }
}

/// <summary>A fact that needs <c>../shared/data</c>: skipped, with the reason, when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Directory is null)
        {
            Skip = SharedData.SkipReason;
        }
    }
}
