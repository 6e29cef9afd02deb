using System.Collections.Immutable;
using System.Globalization;
using MergeResolver.Languages;
using MergeResolver.Merge;
using MergeResolver.Ranking;
using MergeResolver.Tokens;

namespace MergeResolver.Resolution;

/// <summary>
/// The merge pipeline: git's line merge; each conflict hunk with the lines around it; its candidates
/// (the token merge among them); the syntax veto; the ranker; and the decision, which applies the
/// best candidate when the ranker is sure enough and otherwise leaves the hunk exactly as git drew it.
/// Every command, the evaluation, the featurizer and the editor go through here.
/// </summary>
public sealed class Resolver(ResolverOptions? options = null)
{
    /// <summary>Lines of ours' file on each side of a hunk that the ranker reads.</summary>
    public const int ContextLines = 5;

    private readonly ResolverOptions _options = options ?? ResolverOptions.Default;

    /// <summary>The threshold decisions are made with: the options', or the ranker's unattended one.</summary>
    public double Threshold => _options.Threshold ?? Ranker.UnattendedThreshold;

    private ICandidateRanker Ranker => _options.Ranker ?? DefaultRanker.Instance;

    /// <summary>Merges and resolves one file.</summary>
    public ResolvedMerge Resolve(MergeInput input, CancellationToken cancellationToken = default)
    {
        var analysis = Analyze(input, cancellationToken);
        var hunks = ImmutableArray.CreateBuilder<HunkOutcome>(analysis.Hunks.Length);
        var probabilities = _options.Strategy == ResolutionStrategy.Default
            ? Ranker.Rank([.. analysis.Hunks.Select(h => h.Request)], cancellationToken)
            : default;
        for (int k = 0; k < analysis.Hunks.Length; k++)
        {
            var hunk = analysis.Hunks[k];
            var (resolution, why) = _options.Strategy == ResolutionStrategy.Default ? Decide(hunk, probabilities[k]) : Baseline(hunk);
            var ranking = _options.Strategy == ResolutionStrategy.Default ? Top(hunk.Request.Candidates, probabilities[k]) : [];
            hunks.Add(new HunkOutcome(k, hunk.Conflict, resolution, why) { Ranking = ranking });
        }

        return new ResolvedMerge(analysis.LineMerge, WholeRegions(analysis.LineMerge, hunks.MoveToImmutable()), _options.Markers);
    }

    /// <summary>
    /// A region git draws as one conflict is resolved whole or left whole: a resolved hunk that shares
    /// its region with a hunk left is left too, so the user never sees half of what git showed.
    /// </summary>
    private ImmutableArray<HunkOutcome> WholeRegions(LineMergeResult lineMerge, ImmutableArray<HunkOutcome> hunks)
    {
        var groups = ConflictGroups.Of(lineMerge, _options.Markers);
        var left = new Dictionary<int, int>();
        for (int k = hunks.Length - 1; k >= 0; k--)
        {
            if (!hunks[k].IsResolved)
            {
                left[groups[k]] = k;
            }
        }

        return [.. hunks.Select(h => h.IsResolved && left.TryGetValue(groups[h.Index], out int other)
            ? h with { Resolution = null, Explanation = $"left: git draws it as one conflict with hunk {other + 1}, which is left" }
            : h)];
    }

    /// <summary>The line merge and each hunk's candidates, before any ranking: what the featurizer and the editor read.</summary>
    public MergeAnalysis Analyze(MergeInput input, CancellationToken cancellationToken = default)
    {
        var lineMerge = LineMerger.Merge(input.Base, input.Ours, input.Theirs, new LineMergeOptions { Algorithm = _options.Algorithm });
        var profile = LanguageProfile.ForPath(input.Path);
        var file = new OursFile(lineMerge);
        var conflicts = lineMerge.Conflicts.ToList();
        var changed = conflicts.Select(c => (Ours: ChangedLines(c.Ours, c.Base), Theirs: ChangedLines(c.Theirs, c.Base))).ToList();
        int oursInHunks = changed.Sum(c => c.Ours), theirsInHunks = changed.Sum(c => c.Theirs);
        var settled = new CleanLines(lineMerge.Chunks.OfType<CleanChunk>().SelectMany(c => c.Lines));
        var hunks = ImmutableArray.CreateBuilder<HunkAnalysis>(file.HunkCount);
        for (int k = 0; k < conflicts.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var changes = new FileChanges(
                lineMerge.OneSidedChanges.Ours,
                lineMerge.OneSidedChanges.Theirs,
                conflicts.Count - 1,
                oursInHunks - changed[k].Ours,
                theirsInHunks - changed[k].Theirs);
            hunks.Add(AnalyzeHunk(conflicts[k], k, changes, settled, profile, file, cancellationToken));
        }

        return new MergeAnalysis(lineMerge, hunks.MoveToImmutable());
    }

    /// <summary>The lines a side changed in a hunk, as a diff would count them: the larger of the lines it added and the base lines it dropped.</summary>
    private static int ChangedLines(ImmutableArray<string> side, ImmutableArray<string> baseLines)
    {
        var sideSet = new HashSet<string>(side, StringComparer.Ordinal);
        var baseSet = new HashSet<string>(baseLines, StringComparer.Ordinal);
        return Math.Max(side.Count(l => !baseSet.Contains(l)), baseLines.Count(l => !sideSet.Contains(l)));
    }

    private static HunkAnalysis AnalyzeHunk(ConflictChunk conflict, int index, FileChanges changes, CleanLines settled, LanguageProfile profile, OursFile file, CancellationToken cancellationToken)
    {
        var hunk = new ConflictHunk(file.Before(index, ContextLines), conflict.Ours, conflict.Base, conflict.Theirs, file.After(index, ContextLines)) { File = changes, Settled = settled };
        bool isCSharp = profile == LanguageProfile.CSharp;
        bool cutsThroughToken = isCSharp && file.CutsThroughToken(index);
        TokenMergeResult? tokens = null;
        string? noTokenMerge = null;
        if (cutsThroughToken)
        {
            noTokenMerge = "the hunk starts or ends inside a string literal or comment, where white space is part of the text";
        }
        else if (!profile.MergesTokens)
        {
            noTokenMerge = profile.WhiteSpaceIsSyntax
                ? $"white space is syntax in {profile.Name}, and changes inside the lines of {profile.Name} files are not merged, only whole hunks"
                : $"changes inside the lines of {profile.Name} files are not merged, only whole hunks";
        }
        else
        {
            tokens = TokenMerger.Merge(string.Concat(conflict.Base), string.Concat(conflict.Ours), string.Concat(conflict.Theirs), profile.Tokenizer, cancellationToken);
        }

        var addsErrors = isCSharp ? file.SyntaxJudge(index) : null;
        var candidateProfile = cutsThroughToken ? LanguageProfile.Indented : profile;
        var candidates = CandidateGenerator.For(hunk, candidateProfile, tokens, addsErrors, cancellationToken);
        var request = new RankingRequest(hunk, candidates, [.. CandidateFeatures.Of(hunk, candidates, tokens)]);
        return new HunkAnalysis(conflict, request, tokens, noTokenMerge);
    }

    private (HunkResolution? Resolution, string Why) Decide(HunkAnalysis hunk, ImmutableArray<double> probabilities)
    {
        var candidates = hunk.Request.Candidates;
        int best = -1;
        for (int i = 0; i < candidates.Length; i++)
        {
            if (!candidates[i].IsVetoed && probabilities[i] > 0 && (best < 0 || probabilities[i] > probabilities[best]))
            {
                best = i;
            }
        }

        if (best < 0)
        {
            return (null, "left: " + WhyNothing(hunk));
        }

        var candidate = candidates[best];
        var resolution = new HunkResolution(candidate.Text, MethodOf(candidate.Kinds), probabilities[best]);
        if (resolution.Confidence < Threshold)
        {
            return (null, string.Format(
                CultureInfo.InvariantCulture,
                "left: the best candidate, {0}, has confidence {1:0.00}, below the threshold {2:0.00}",
                resolution.Method,
                resolution.Confidence,
                Threshold));
        }

        return (resolution, string.Format(CultureInfo.InvariantCulture, "resolved: {0} ({1:0%}): {2}", resolution.Method, resolution.Confidence, Describe(candidate.Kinds)));
    }

    private static ImmutableArray<HunkResolution> Top(ImmutableArray<Candidate> candidates, ImmutableArray<double> probabilities) =>
        [.. Enumerable.Range(0, candidates.Length)
            .Where(i => !candidates[i].IsVetoed && probabilities[i] > 0)
            .OrderByDescending(i => probabilities[i])
            .Take(3)
            .Select(i => new HunkResolution(candidates[i].Text, MethodOf(candidates[i].Kinds), probabilities[i]))];

    private (HunkResolution? Resolution, string Why) Baseline(HunkAnalysis hunk)
    {
        switch (_options.Strategy)
        {
            case ResolutionStrategy.Markers:
                return (null, "left: the markers baseline resolves nothing");
            case ResolutionStrategy.Ours:
                return (new HunkResolution(string.Concat(hunk.Conflict.Ours), "ours", 1), "took ours (baseline)");
            case ResolutionStrategy.Theirs:
                return (new HunkResolution(string.Concat(hunk.Conflict.Theirs), "theirs", 1), "took theirs (baseline)");
        }

        var merged = hunk.Request.Candidates.FirstOrDefault(c => (c.Kinds & (CandidateKinds.TokenMerge | CandidateKinds.SameTokens)) != 0);
        return merged is null
            ? (null, "left: " + WhyNothing(hunk))
            : (new HunkResolution(merged.Text, MethodOf(merged.Kinds), 1), "resolved: the token merge (baseline, unchecked)");
    }

    private static string WhyNothing(HunkAnalysis hunk)
    {
        if (hunk.NoTokenMerge is { } reason)
        {
            return reason;
        }

        if (hunk.Request.Candidates.Any(c => c.IsVetoed && (c.Kinds & CandidateKinds.TokenMerge) != 0))
        {
            return "the token merge resolves it, but the result adds C# syntax errors";
        }

        int n = hunk.Tokens?.Conflicts.Length ?? 0;
        return n > 0
            ? $"{n} token conflict{(n == 1 ? " remains" : "s remain")} after the token merge"
            : "no candidate is likely enough";
    }

    /// <summary>The name of the way a candidate was made, as reports and the evaluation show it: the most specific of its kinds.</summary>
    public static string MethodOf(CandidateKinds kinds)
    {
        foreach (var kind in new[] { CandidateKinds.SameTokens, CandidateKinds.TokenMerge, CandidateKinds.TokenMergeOurs, CandidateKinds.TokenMergeTheirs, CandidateKinds.SortedUnion, CandidateKinds.Union })
        {
            if ((kinds & kind) != 0)
            {
                return Kebab(kind.ToString());
            }
        }

        for (int bit = 0; bit < 16; bit++)
        {
            var kind = (CandidateKinds)(1 << bit);
            if ((kinds & kind) != 0)
            {
                return Kebab(kind.ToString());
            }
        }

        return "none";
    }

    private static string Describe(CandidateKinds kinds) =>
        (kinds & CandidateKinds.SameTokens) != 0 ? "ours and theirs differ in white space alone; ours is kept"
        : (kinds & CandidateKinds.TokenMerge) != 0 ? "ours and theirs change different tokens, and the token merge combines them"
        : $"the ranker chose {string.Join(", ", Enumerable.Range(0, 16).Select(b => (CandidateKinds)(1 << b)).Where(k => (kinds & k) != 0).Select(k => Kebab(k.ToString())))}";

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
