using System.Collections.Immutable;
using LibGit2Sharp;
using MergeResolver.Git.IO;
using MergeResolver.Merge;
using MergeResolver.Resolution;
using MergeResolver.Text;

namespace MergeResolver.Git.Index;

/// <summary>
/// Resolves every conflicted file of a repository in the middle of a merge: reads the three stages
/// of each index entry as git would check them out (filters and line endings applied), resolves,
/// writes each work-tree file atomically, and stages the files left without markers. Files with
/// any other kind of conflict are reported and left alone. Nothing is written unless every file
/// to be written can be.
/// </summary>
public sealed class RepositoryResolver(ResolverOptions options)
{
    private readonly Resolver _resolver = new(options);

    /// <summary>Resolves the merge in progress in <paramref name="repositoryPath"/>; with <paramref name="dryRun"/>, reports without writing.</summary>
    public BatchReport Resolve(string repositoryPath, bool dryRun, IProgress<int>? progress = null)
    {
        var gitDir = Repository.Discover(repositoryPath) ?? throw new RepositoryException($"'{repositoryPath}' is not in a git repository");
        using var repo = new Repository(gitDir);
        if (repo.Info.IsBare)
        {
            throw new RepositoryException("the repository is bare: there is no work tree to resolve");
        }

        List<Conflict> conflicts;
        try
        {
            conflicts = [.. repo.Index.Conflicts.OrderBy(c => Path(c), StringComparer.Ordinal)];
        }
        catch (LibGit2SharpException e)
        {
            // libgit2 refuses an index naming paths outside the work tree, among other damage.
            throw new RepositoryException($"cannot read the index: {e.Message}; nothing was written");
        }

        if (conflicts.Count == 0)
        {
            throw new RepositoryException(repo.Info.CurrentOperation == CurrentOperation.None
                ? "the repository is not in the middle of a merge: no conflicted file in the index"
                : "no conflicted file is left in the index");
        }

        var workDir = System.IO.Path.GetFullPath(repo.Info.WorkingDirectory);
        var plans = new List<(FileReport Report, string? FullPath, byte[]? Bytes)>();
        foreach (var conflict in conflicts)
        {
            plans.Add(Plan(repo, workDir, conflict));
            progress?.Report(plans.Count);
        }

        if (!dryRun)
        {
            var writes = plans.Where(p => p.Bytes is not null).ToList();
            foreach (var (_, fullPath, _) in writes)
            {
                try
                {
                    AtomicFile.CheckWritable(fullPath!);
                }
                catch (IOException e)
                {
                    throw new RepositoryException($"{e.Message}: nothing was written");
                }
            }

            foreach (var (report, fullPath, bytes) in writes)
            {
                AtomicFile.Write(fullPath!, bytes!);
                if (report.Outcome == FileOutcome.Resolved)
                {
                    Commands.Stage(repo, report.Path);
                }
            }
        }

        return new BatchReport([.. plans.Select(p => p.Report)], dryRun);
    }

    private static string Path(Conflict c) => (c.Ours ?? c.Theirs ?? c.Ancestor).Path;

    private (FileReport, string?, byte[]?) Plan(Repository repo, string workDir, Conflict conflict)
    {
        var path = Path(conflict);
        var fullPath = System.IO.Path.GetFullPath(System.IO.Path.Combine(workDir, path));
        if (System.IO.Path.IsPathRooted(path) || !fullPath.StartsWith(workDir, StringComparison.Ordinal) ||
            path.Split('/', '\\').Any(part => part is ".." or ".git"))
        {
            throw new RepositoryException($"the index names a path outside the work tree: '{path}'");
        }

        FileReport Skip(ConflictKind kind, string reason) => new(path, kind, FileOutcome.Skipped, reason, []);

        if (conflict.Ours is null || conflict.Theirs is null)
        {
            return (Skip(ConflictKind.ModifyDelete, "one side deleted the file and the other changed it"), null, null);
        }

        var entries = new[] { conflict.Ancestor, conflict.Ours, conflict.Theirs }.Where(e => e is not null).ToList();
        if (entries.Any(e => e.Mode == Mode.SymbolicLink))
        {
            return (Skip(ConflictKind.SymbolicLink, "a side is a symbolic link"), null, null);
        }

        if (entries.Any(e => e.Mode == Mode.GitLink))
        {
            return (Skip(ConflictKind.Submodule, "a side is a submodule"), null, null);
        }

        var kind = conflict.Ancestor is null ? ConflictKind.AddAdd : ConflictKind.Content;
        DecodedText ours, theirs, @base;
        try
        {
            ours = Read(repo, conflict.Ours, path);
            theirs = Read(repo, conflict.Theirs, path);
            @base = conflict.Ancestor is null ? new DecodedText(string.Empty, ours.Encoding) : Read(repo, conflict.Ancestor, path);
        }
        catch (InvalidTextException e)
        {
            return (Skip(e.Reason == InvalidTextReason.Binary ? ConflictKind.Binary : kind, e.Message), null, null);
        }

        var merge = _resolver.Resolve(new MergeInput(@base.Text, ours.Text, theirs.Text, path));
        var hunks = merge.Hunks.Select(h => new HunkReport(
            h.Index + 1, h.Conflict.OursStart + 1, h.Conflict.Ours.Length, h.Resolution?.Method, h.Resolution?.Confidence, h.Explanation)).ToImmutableArray();
        var outcome = merge.ConflictsLeft == 0 ? FileOutcome.Resolved
            : merge.ConflictsLeft < merge.Hunks.Length ? FileOutcome.PartlyResolved
            : FileOutcome.Left;
        var report = new FileReport(path, kind, outcome, null, hunks);

        // A file with nothing resolved stays exactly as git left it in the work tree.
        if (outcome == FileOutcome.Left)
        {
            return (report, fullPath, null);
        }

        var markers = new ConflictMarkers
        {
            OursLabel = "HEAD",
            BaseLabel = "base",
            TheirsLabel = TheirsLabel(repo),
            Style = Configuration.RepositoryConfig.ConflictStyle(workDir),
            JoinAcrossPunctuationLines = false,
        };
        return (report, fullPath, DecodedText.Encode(merge.Render(markers), ours.Encoding));
    }

    /// <summary>The three stages are read in their checkout form, so the result needs no conversion to be written.</summary>
    private static DecodedText Read(Repository repo, IndexEntry entry, string path)
    {
        var blob = repo.Lookup<Blob>(entry.Id);
        using var stream = blob.GetContentStream(new FilteringOptions(path));
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return TextDecoder.Decode(buffer.ToArray());
    }

    private static string TheirsLabel(Repository repo)
    {
        var mergeHead = System.IO.Path.Combine(repo.Info.Path, "MERGE_HEAD");
        if (!File.Exists(mergeHead))
        {
            return "theirs";
        }

        var sha = File.ReadLines(mergeHead).FirstOrDefault()?.Trim();
        var branch = repo.Branches.FirstOrDefault(b => !b.IsRemote && b.Tip?.Sha == sha);
        return branch?.FriendlyName ?? sha ?? "theirs";
    }
}
