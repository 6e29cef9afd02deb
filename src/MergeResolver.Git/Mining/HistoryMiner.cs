using System.Security.Cryptography;
using System.Text;
using LibGit2Sharp;
using MergeResolver.Evaluation;
using MergeResolver.Merge;
using MergeResolver.Text;

namespace MergeResolver.Git.Mining;

/// <summary>
/// Mines a repository's own merge history into the dataset format (shared/data/README.md), by its
/// rules: two-parent merges with a single merge base; <c>.cs</c> files changed on both sides; kept when
/// diff3 leaves a conflict; inputs and the committed file valid UTF-8 without NUL, at most 1 MiB and
/// free of conflict markers; identical (base, ours, theirs) triples once. The order is the history's,
/// oldest merge first, so mining twice gives the same records.
/// </summary>
public sealed class HistoryMiner(string? repositoryName = null)
{
    private const int MaxBytes = 1 << 20;

    /// <summary>The records of the repository containing <paramref name="repositoryPath"/>, from the history of HEAD.</summary>
    public IEnumerable<MergeRecord> Mine(string repositoryPath)
    {
        var gitDir = GitExecutable.GitDirectory(repositoryPath) ?? throw new IOException($"'{repositoryPath}' is not in a git repository");
        using var repo = new Repository(gitDir);
        var name = repositoryName ?? NameOf(repo);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var filter = new CommitFilter
        {
            IncludeReachableFrom = repo.Head,
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time | CommitSortStrategies.Reverse,
        };

        // The merges are listed first, so that progress can say how many there are.
        var merges = repo.Commits.QueryBy(filter).Where(c => c.Parents.Count() == 2).ToList();
        MergesTotal = merges.Count;
        foreach (var merge in merges)
        {
            MergesDone++;
            var parents = merge.Parents.ToList();

            var (ours, theirs) = (parents[0], parents[1]);
            var bases = MergeBases(gitDir, ours, theirs);
            if (bases.Count != 1)
            {
                continue;
            }

            List<MergeRecord> records;
            try
            {
                records = RecordsOf(repo, name, merge, ours, theirs, repo.Lookup<Commit>(bases[0]), seen);
            }
            catch (NotFoundException)
            {
                // A shallow or partial clone lacks some objects: that merge cannot be replayed.
                Unreadable++;
                continue;
            }

            foreach (var record in records)
            {
                yield return record;
            }
        }
    }

    /// <summary>How many two-parent merges the history of HEAD has, once mining has started.</summary>
    public int MergesTotal { get; private set; }

    /// <summary>How many of them have been read so far.</summary>
    public int MergesDone { get; private set; }

    /// <summary>How many merges were skipped because an object they need is missing from the repository.</summary>
    public int Unreadable { get; private set; }

    private static List<MergeRecord> RecordsOf(Repository repo, string name, Commit merge, Commit ours, Commit theirs, Commit @base, HashSet<string> seen)
    {
        var changedOurs = ChangedCsFiles(repo, @base, ours);
        var changedTheirs = ChangedCsFiles(repo, @base, theirs);
        var records = new List<MergeRecord>();
        foreach (var path in changedOurs.Intersect(changedTheirs).Order(StringComparer.Ordinal))
        {
            if (Record(name, merge, ours, theirs, @base, path, seen) is { } record)
            {
                records.Add(record);
            }
        }

        return records;
    }

    private static MergeRecord? Record(string name, Commit merge, Commit ours, Commit theirs, Commit @base, string path, HashSet<string> seen)
    {
        var oursText = TextAt(ours, path);
        var theirsText = TextAt(theirs, path);
        var mergedText = TextAt(merge, path);
        var baseText = @base[path] is null ? string.Empty : TextAt(@base, path);
        if (oursText is null || theirsText is null || mergedText is null || baseText is null)
        {
            return null;
        }

        if (new[] { baseText, oursText, theirsText, mergedText }.Any(HasConflictMarkers))
        {
            return null;
        }

        var conflicts = LineMerger.Merge(baseText, oursText, theirsText).Conflicts.Count();
        if (conflicts == 0 || !seen.Add(Fingerprint(baseText, oursText, theirsText)))
        {
            return null;
        }

        return new MergeRecord
        {
            Id = $"{name}@{merge.Sha[..12]}:{path}",
            Repo = name,
            Merge = merge.Sha,
            OursCommit = ours.Sha,
            TheirsCommit = theirs.Sha,
            BaseCommit = @base.Sha,
            Path = path,
            Date = merge.Committer.When.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            Conflicts = conflicts,
            Base = baseText,
            Ours = oursText,
            Theirs = theirsText,
            Merged = mergedText,
        };
    }

    private static List<string> MergeBases(string gitDir, Commit a, Commit b)
    {
        // LibGit2Sharp finds one merge base; git itself lists them all, and a criss-cross merge has several.
        // git runs in the git directory: libgit2 takes a bare repository without core.bare in its
        // config (a mirror's, say) for one whose work tree is the folder above, where git finds none.
        var (code, stdout, _) = GitExecutable.Run(gitDir, "merge-base", "--all", a.Sha, b.Sha);
        return code == 0 ? [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)] : [];
    }

    private static HashSet<string> ChangedCsFiles(Repository repo, Commit from, Commit to)
    {
        var changes = repo.Diff.Compare<TreeChanges>(from.Tree, to.Tree);
        return changes
            .Where(c => c.Status is ChangeKind.Modified or ChangeKind.Added && c.Path.EndsWith(".cs", StringComparison.Ordinal))
            .Select(c => c.Path.Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The blob at <paramref name="path"/> as text exactly as stored, or null when absent, too large, binary or not UTF-8.</summary>
    private static string? TextAt(Commit commit, string path)
    {
        if (commit[path]?.Target is not Blob blob || blob.Size > MaxBytes)
        {
            return null;
        }

        using var stream = blob.GetContentStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool HasConflictMarkers(string text) =>
        Lines.Split(text).Any(l => l.StartsWith("<<<<<<< ", StringComparison.Ordinal) || l.StartsWith(">>>>>>> ", StringComparison.Ordinal));

    private static string Fingerprint(string b, string o, string t) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{b.Length}:{b}{o.Length}:{o}{t.Length}:{t}")));

    /// <summary>owner/name from the origin remote's URL, else the work tree's folder name.</summary>
    private static string NameOf(Repository repo)
    {
        var url = repo.Network.Remotes["origin"]?.Url;
        if (url is not null)
        {
            var parts = url.TrimEnd('/').Replace(".git", string.Empty, StringComparison.Ordinal).Replace(':', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2)
            {
                return $"{parts[^2]}/{parts[^1]}";
            }
        }

        return Path.GetFileName(Path.TrimEndingDirectorySeparator(repo.Info.WorkingDirectory ?? repo.Info.Path));
    }
}
