using System.Collections.Immutable;
using LibGit2Sharp;
using MergeResolver.Git.Configuration;
using MergeResolver.Git.IO;
using MergeResolver.Resolution;
using MergeResolver.Text;

namespace MergeResolver.Git.Index;

/// <summary>
/// Resolves every conflicted file of a repository in the middle of a merge. The three stages of each
/// index entry are merged as git would check them out (filters and line endings applied), and the
/// result is applied to the work-tree file as it is now: only conflict regions still exactly as git
/// drew them are replaced, so what the user (or rerere) already resolved is kept. Files whose
/// attributes ask for something the tool cannot do as git does are reported and left alone.
/// Everything is checked first, then written all or none, then staged in one index write; if any
/// step fails, the work tree and the index are put back as they were.
/// </summary>
public sealed class RepositoryResolver(ResolverOptions options)
{
    /// <summary>Resolves the merge in progress in <paramref name="repositoryPath"/>; with <paramref name="dryRun"/>, reports without writing.</summary>
    public BatchReport Resolve(string repositoryPath, bool dryRun, IProgress<(int Done, int Total)>? progress = null)
    {
        var gitDir = GitExecutable.GitDirectory(repositoryPath) ?? throw new RepositoryException($"'{repositoryPath}' is not in a git repository");
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
        var attributes = GitAttributes.Of(workDir, [.. conflicts.Select(Path)]);
        var style = RepositoryConfig.Of(workDir).ConflictStyle;
        var plans = new List<FilePlan>();
        foreach (var conflict in conflicts)
        {
            plans.Add(Plan(repo, workDir, conflict, attributes[Path(conflict)], style));
            progress?.Report((plans.Count, conflicts.Count));
        }

        if (!dryRun)
        {
            Write(repo, plans.Where(p => p.Bytes is not null).ToList());
        }

        return new BatchReport([.. plans.Select(p => p.Report)], dryRun);
    }

    private static string Path(Conflict c) => (c.Ours ?? c.Theirs ?? c.Ancestor).Path;

    /// <summary>Writes every planned file all or none, then stages the resolved ones in one index write.</summary>
    private static void Write(Repository repo, List<FilePlan> writes)
    {
        if (writes.Count == 0)
        {
            return;
        }

        var indexPath = System.IO.Path.Combine(repo.Info.Path, "index");
        if (File.Exists(indexPath + ".lock"))
        {
            throw new RepositoryException("the index is locked (.git/index.lock exists: another git command is running, or one was killed); nothing was written");
        }

        var tempFolder = System.IO.Path.Combine(repo.Info.Path, "mergeresolver", "tmp");
        FileTransaction.Clean(tempFolder);
        var transaction = new FileTransaction(tempFolder);
        foreach (var plan in writes)
        {
            transaction.Add(plan.FullPath, plan.Bytes!, plan.Old!);
        }

        var index = File.ReadAllBytes(indexPath);
        try
        {
            transaction.Commit();
        }
        catch (IOException e)
        {
            throw new RepositoryException($"{e.Message}; nothing was changed");
        }

        var staged = writes.Where(p => p.Report.Outcome == FileOutcome.Resolved).Select(p => p.Report.Path).ToList();
        try
        {
            if (staged.Count > 0)
            {
                Commands.Stage(repo, staged);
            }
        }
        catch (Exception e) when (e is LibGit2SharpException or IOException or UnauthorizedAccessException)
        {
            transaction.Rollback();
            var temp = System.IO.Path.Combine(tempFolder, "index");
            File.WriteAllBytes(temp, index);
            File.Move(temp, indexPath, overwrite: true);
            throw new RepositoryException($"cannot stage the resolved files: {e.Message}; the work tree and the index were put back as they were");
        }
        finally
        {
            FileTransaction.Clean(tempFolder);
        }
    }

    private FilePlan Plan(Repository repo, string workDir, Conflict conflict, GitAttributes attributes, Merge.ConflictStyle style)
    {
        var path = Path(conflict);
        var fullPath = System.IO.Path.GetFullPath(System.IO.Path.Combine(workDir, path));
        if (System.IO.Path.IsPathRooted(path) || !fullPath.StartsWith(workDir, StringComparison.Ordinal) ||
            path.Split('/', '\\').Any(part => part is ".." or ".git"))
        {
            throw new RepositoryException($"the index names a path outside the work tree: '{path}'");
        }

        FilePlan Skip(ConflictKind kind, string reason) => new(new FileReport(path, kind, FileOutcome.Skipped, reason, []), fullPath, null, null);

        if (conflict.Ours is null || conflict.Theirs is null)
        {
            return Skip(ConflictKind.ModifyDelete, "one side deleted the file and the other changed it");
        }

        var entries = new[] { conflict.Ancestor, conflict.Ours, conflict.Theirs }.Where(e => e is not null).ToList();
        if (entries.Any(e => e.Mode == Mode.SymbolicLink))
        {
            return Skip(ConflictKind.SymbolicLink, "a side is a symbolic link");
        }

        if (entries.Any(e => e.Mode == Mode.GitLink))
        {
            return Skip(ConflictKind.Submodule, "a side is a submodule");
        }

        var kind = conflict.Ancestor is null ? ConflictKind.AddAdd : ConflictKind.Content;
        if (NotMergedAsText(repo, attributes) is { } why)
        {
            return Skip(kind, why);
        }

        DecodedText ours, theirs, @base, current;
        byte[] currentBytes;
        try
        {
            ours = Read(workDir, conflict.Ours, path);
            theirs = Read(workDir, conflict.Theirs, path);
            @base = conflict.Ancestor is null ? new DecodedText(string.Empty, ours.Encoding) : Read(workDir, conflict.Ancestor, path);
        }
        catch (InvalidTextException e)
        {
            return Skip(e.Reason == InvalidTextReason.Binary ? ConflictKind.Binary : kind, e.Message);
        }

        try
        {
            currentBytes = File.ReadAllBytes(fullPath);
            current = TextDecoder.Decode(currentBytes);
        }
        catch (FileNotFoundException)
        {
            return Skip(kind, "the file is missing from the work tree");
        }
        catch (InvalidTextException e)
        {
            return Skip(kind, $"the work-tree file is not text the tool can read: {e.Message}");
        }

        var markers = ConflictDrawing.Of(current.Text, style, attributes.ConflictMarkerSize);
        var resolver = new Resolver(options with { Markers = markers });
        var merge = resolver.Resolve(new MergeInput(@base.Text, ours.Text, theirs.Text, path));
        var update = ConflictedFile.Apply(current.Text, merge);
        var hunks = update.Hunks.Select(h => new HunkReport(
            h.Index + 1, h.Conflict.OursStart + 1, h.Conflict.Ours.Length, h.Resolution?.Method, h.Resolution?.Confidence, h.Explanation)).ToImmutableArray();
        if (update.AlreadyResolved)
        {
            var report = new FileReport(path, kind, FileOutcome.AlreadyResolved, "no conflict markers are left in the file (resolved by hand or by rerere): untouched and not staged", hunks);
            return new FilePlan(report, fullPath, null, null);
        }

        bool markersLeft = !Merge.ConflictMarkerParser.Parse(update.Text).IsEmpty;
        var outcome = !markersLeft ? FileOutcome.Resolved : update.Applied > 0 ? FileOutcome.PartlyResolved : FileOutcome.Left;
        var bytes = update.Applied > 0 ? DecodedText.Encode(update.Text, current.Encoding) : null;
        return new FilePlan(new FileReport(path, kind, outcome, null, hunks), fullPath, bytes, currentBytes);
    }

    /// <summary>Why git's attributes keep the tool from merging the file as git would, or null when they don't.</summary>
    private static string? NotMergedAsText(Repository repo, GitAttributes attributes)
    {
        if (attributes.Merge is "binary" or "unset")
        {
            return $"the merge attribute is {(attributes.Merge == "unset" ? "unset (-merge)" : "'binary'")}: git keeps ours and merges nothing";
        }

        if (attributes.WorkingTreeEncoding is { } encoding && encoding != "unset")
        {
            return $"working-tree-encoding={encoding}: git re-encodes the file on checkout, which the tool cannot do as git does";
        }

        if (attributes.Filter is { } filter && filter is not ("set" or "unset") &&
            new[] { "smudge", "clean", "process" }.Any(k => repo.Config.Get<string>($"filter.{filter}.{k}") is not null))
        {
            return $"filter={filter}: the work tree holds what that filter makes, which the tool cannot run as git does";
        }

        return null;
    }

    /// <summary>The three stages are read in their checkout form, so the result needs no conversion to be written.</summary>
    private static DecodedText Read(string workDir, IndexEntry entry, string path) =>
        TextDecoder.Decode(CheckoutBlobs.Read(workDir, entry.Id.Sha, path));

    private sealed record FilePlan(FileReport Report, string FullPath, byte[]? Bytes, byte[]? Old);
}
