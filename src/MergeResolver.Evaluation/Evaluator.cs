using MergeResolver.Languages;
using MergeResolver.Resolution;
using MergeResolver.Tokens;

namespace MergeResolver.Evaluation;

/// <summary>Resolves records from base, ours and theirs only, and scores what the tool wrote against what the developer committed.</summary>
internal sealed class Evaluator(ResolverOptions options, bool withOracle)
{
    private const int BatchSize = 64;

    private readonly Resolver _resolver = new(options);

    /// <summary>Evaluates in batches on every core; results come back in dataset order.</summary>
    public void Run(IEnumerable<MergeRecord> records, int threads, Action<RecordResult> onResult)
    {
        var batch = new List<MergeRecord>(BatchSize);
        foreach (var record in records)
        {
            batch.Add(record);
            if (batch.Count == BatchSize)
            {
                Flush(batch, threads, onResult);
            }
        }

        Flush(batch, threads, onResult);
    }

    public RecordResult Evaluate(MergeRecord record)
    {
        var merge = _resolver.Resolve(new MergeInput(record.Base, record.Ours, record.Theirs, record.Path));
        var output = merge.Render();
        var (hunks, markersLeft) = Scorer.Score(record, output);
        var methods = new List<(string Method, bool Correct)>();
        foreach (var h in hunks.Where(h => h.Status is HunkStatus.Correct or HunkStatus.Wrong && h.GitHunks.Count == 1))
        {
            if (merge.Hunks[h.GitHunks[0]].Resolution is { } resolution)
            {
                methods.Add((resolution.Method, h.Status == HunkStatus.Correct));
            }
        }

        var rankings = new List<(double, bool, bool)>();
        foreach (var h in hunks.Where(h => h.Status != HunkStatus.Unanchored && h.Truth is not null && h.GitHunks.Count == 1))
        {
            var ranking = merge.Hunks[h.GitHunks[0]].Ranking;
            var truth = PythonText.Words(h.Truth!);
            bool Matches(HunkResolution r) => PythonText.Words([r.Text]).SequenceEqual(truth);
            rankings.Add(ranking.IsEmpty ? (0, false, false) : (ranking[0].Confidence, Matches(ranking[0]), ranking.Any(Matches)));
        }

        int hunk = 0, token = 0, either = 0, structured = 0, all = 0;
        if (withOracle)
        {
            var tokenizer = LanguageProfile.ForPath(record.Path).Tokenizer;
            foreach (var h in hunks.Where(h => h.Status != HunkStatus.Unanchored))
            {
                bool byHunk = OracleCeiling.CoveredByHunkPattern(h);
                bool byTokens = OracleCeiling.CoveredByTokenPatterns(h, tokenizer);
                bool byStructure = OracleCeiling.CoveredByStructuredCandidate(h);
                hunk += byHunk ? 1 : 0;
                token += byTokens ? 1 : 0;
                either += byHunk || byTokens ? 1 : 0;
                structured += byHunk || byStructure ? 1 : 0;
                all += byHunk || byTokens || byStructure ? 1 : 0;
            }
        }

        return new RecordResult(record.Id, output, hunks, markersLeft, new OracleCounts(hunk, token, either, structured, all)) { Methods = methods, Rankings = rankings };
    }

    private void Flush(List<MergeRecord> batch, int threads, Action<RecordResult> onResult)
    {
        var results = new RecordResult[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => results[i] = Evaluate(batch[i]));
        foreach (var r in results)
        {
            onResult(r);
        }

        batch.Clear();
    }
}
