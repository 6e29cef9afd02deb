using System.Text.Json.Serialization;

namespace MergeResolver.Evaluation;

/// <summary>The figures of one evaluation run, with the same names and rounding as the reference scorer's JSON, plus the oracle ceilings.</summary>
internal sealed class EvaluationSummary
{
    private readonly Dictionary<string, (int Hunks, int Correct)> _classes = [];
    private static readonly double[] CurveThresholds = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99];

    private readonly SortedDictionary<string, (int Correct, int Wrong)> _methods = new(StringComparer.Ordinal);
    private readonly List<(double Probability, bool Top1, bool Top3)> _rankings = [];

    [JsonPropertyName("strategy")]
    public required string Strategy { get; init; }

    [JsonPropertyName("files")]
    public int Files { get; private set; }

    [JsonPropertyName("hunks")]
    public int Hunks { get; private set; }

    [JsonPropertyName("unanchored")]
    public int Unanchored { get; private set; }

    [JsonPropertyName("scored")]
    public int Scored => Correct + Wrong + Abstained;

    [JsonPropertyName("correct")]
    public int Correct { get; private set; }

    [JsonPropertyName("wrong")]
    public int Wrong { get; private set; }

    [JsonPropertyName("abstained")]
    public int Abstained { get; private set; }

    [JsonPropertyName("accuracy_pct")]
    public double? AccuracyPct => Pct(Correct, Scored);

    [JsonPropertyName("precision_pct")]
    public double? PrecisionPct => Pct(Correct, Correct + Wrong);

    [JsonPropertyName("coverage_pct")]
    public double? CoveragePct => Pct(Correct + Wrong, Scored);

    [JsonPropertyName("strict_correct")]
    public int StrictCorrect { get; private set; }

    [JsonPropertyName("files_fully_correct")]
    public int FilesFullyCorrect { get; private set; }

    [JsonPropertyName("files_fully_correct_pct")]
    public double? FilesFullyCorrectPct => Pct(FilesFullyCorrect, Files);

    [JsonPropertyName("oracle_hunk_pattern_pct")]
    public double? OracleHunkPct => Pct(OracleHunk, Scored);

    [JsonPropertyName("oracle_token_patterns_pct")]
    public double? OracleTokenPct => Pct(OracleToken, Scored);

    [JsonPropertyName("oracle_either_pct")]
    public double? OracleEitherPct => Pct(OracleEither, Scored);

    [JsonPropertyName("oracle_hunk_or_structured_pct")]
    public double? OracleStructuredPct => Pct(OracleStructured, Scored);

    [JsonPropertyName("oracle_all_pct")]
    public double? OracleAllPct => Pct(OracleAll, Scored);

    [JsonPropertyName("methods")]
    public Dictionary<string, MethodFigures> Methods => _methods.ToDictionary(m => m.Key, m => new MethodFigures(m.Value.Correct, m.Value.Wrong, Pct(m.Value.Correct, m.Value.Correct + m.Value.Wrong)));

    [JsonPropertyName("classes")]
    public Dictionary<string, ClassFigures> Classes =>
        _classes.OrderByDescending(c => c.Value.Hunks).ToDictionary(c => c.Key, c => new ClassFigures(c.Value.Hunks, c.Value.Correct));

    /// <summary>The shipped (or given) threshold the curve marks.</summary>
    [JsonPropertyName("threshold")]
    public double? Threshold { get; init; }

    [JsonPropertyName("ranked_hunks")]
    public int RankedHunks => _rankings.Count;

    [JsonPropertyName("top1_pct")]
    public double? Top1Pct => Pct(_rankings.Count(r => r.Top1), _rankings.Count);

    [JsonPropertyName("top3_pct")]
    public double? Top3Pct => Pct(_rankings.Count(r => r.Top3), _rankings.Count);

    /// <summary>Precision and coverage over the ranked hunks if the best candidate were applied at each threshold.</summary>
    [JsonPropertyName("curve")]
    public List<CurvePoint> Curve =>
        [.. CurveThresholds.Append(Threshold ?? 0).Distinct().Order().Select(t =>
        {
            var applied = _rankings.Where(r => r.Probability > 0 && r.Probability >= t).ToList();
            return new CurvePoint(t, applied.Count, applied.Count(r => r.Top1), Pct(applied.Count(r => r.Top1), applied.Count), Pct(applied.Count, _rankings.Count));
        })];

    [JsonIgnore]
    public int OracleHunk { get; private set; }

    [JsonIgnore]
    public int OracleToken { get; private set; }

    [JsonIgnore]
    public int OracleEither { get; private set; }

    [JsonIgnore]
    public int OracleStructured { get; private set; }

    [JsonIgnore]
    public int OracleAll { get; private set; }

    public void Add(RecordResult result)
    {
        Files++;
        var scored = result.Hunks.Where(h => h.Status != HunkStatus.Unanchored).ToList();
        if (scored.Count > 0 && scored.All(h => h.Status == HunkStatus.Correct) && !result.MarkersLeft)
        {
            FilesFullyCorrect++;
        }

        foreach (var h in result.Hunks)
        {
            Hunks++;
            switch (h.Status)
            {
                case HunkStatus.Unanchored: Unanchored++; break;
                case HunkStatus.Correct: Correct++; break;
                case HunkStatus.Wrong: Wrong++; break;
                default: Abstained++; break;
            }

            if (h.Strict)
            {
                StrictCorrect++;
            }

            if (h.Class is { } cls)
            {
                var (n, ok) = _classes.GetValueOrDefault(cls);
                _classes[cls] = (n + 1, ok + (h.Status == HunkStatus.Correct ? 1 : 0));
            }
        }

        foreach (var (method, correct) in result.Methods)
        {
            var (ok, bad) = _methods.GetValueOrDefault(method);
            _methods[method] = correct ? (ok + 1, bad) : (ok, bad + 1);
        }

        _rankings.AddRange(result.Rankings);
        OracleHunk += result.Oracle.Hunk;
        OracleToken += result.Oracle.Token;
        OracleEither += result.Oracle.Either;
        OracleStructured += result.Oracle.HunkOrStructured;
        OracleAll += result.Oracle.All;
    }

    public void Print(TextWriter w, bool withOracle)
    {
        w.WriteLine($"strategy {Strategy}");
        w.WriteLine($"files {Files}  hunks {Hunks}  scored {Scored}  unanchored {Unanchored}");
        w.WriteLine($"correct {Correct}  wrong {Wrong}  abstained {Abstained}");
        w.WriteLine($"accuracy {Fmt(AccuracyPct)}  precision {Fmt(PrecisionPct)}  coverage {Fmt(CoveragePct)}  files fully correct {Fmt(FilesFullyCorrectPct)}");
        if (withOracle)
        {
            w.WriteLine($"oracle ceiling: one pattern per hunk {Fmt(OracleHunkPct)}  token merge + a pattern per token conflict {Fmt(OracleTokenPct)}  either {Fmt(OracleEitherPct)}");
            w.WriteLine($"oracle ceiling with C#-aware candidates: hunk patterns or structured {Fmt(OracleStructuredPct)}  all candidates {Fmt(OracleAllPct)}");
        }

        foreach (var (method, figures) in Methods)
        {
            w.WriteLine($"by method (hunks that are one git conflict): {method}: correct {figures.Correct}  wrong {figures.Wrong}  precision {Fmt(figures.PrecisionPct)}");
        }

        if (RankedHunks > 0 && Strategy == "default")
        {
            w.WriteLine($"ranking (scored hunks that are one git conflict: {RankedHunks}): top-1 {Fmt(Top1Pct)}  top-3 {Fmt(Top3Pct)}");
            w.WriteLine("precision/coverage if the best candidate is applied at a threshold (* the one in force):");
            foreach (var point in Curve)
            {
                string mark = point.Threshold == Threshold ? "*" : " ";
                w.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, "  {0}{1,5:0.00}  applied {2,6}  correct {3,6}  precision {4,7}  coverage {5,7}", mark, point.Threshold, point.Applied, point.Correct, Fmt(point.PrecisionPct), Fmt(point.CoveragePct)));
            }
        }

        w.WriteLine("resolution classes (hunks, correct):");
        foreach (var (name, figures) in Classes)
        {
            w.WriteLine($"  {name,-18} {figures.Hunks,7} {figures.Correct,7}");
        }
    }

    private static double? Pct(int x, int y) => y == 0 ? null : Math.Round(100.0 * x / y, 2, MidpointRounding.ToEven);

    /// <summary>A percentage as printed; "n/a" when nothing was counted (no hunk scored, say).</summary>
    private static string Fmt(double? v) => v is null ? "n/a" : v.Value.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture) + "%";

    internal sealed record MethodFigures([property: JsonPropertyName("correct")] int Correct, [property: JsonPropertyName("wrong")] int Wrong, [property: JsonPropertyName("precision_pct")] double? PrecisionPct);

    internal sealed record CurvePoint(
        [property: JsonPropertyName("threshold")] double Threshold,
        [property: JsonPropertyName("applied")] int Applied,
        [property: JsonPropertyName("correct")] int Correct,
        [property: JsonPropertyName("precision_pct")] double? PrecisionPct,
        [property: JsonPropertyName("coverage_pct")] double? CoveragePct);

    internal sealed record ClassFigures([property: JsonPropertyName("hunks")] int Hunks, [property: JsonPropertyName("correct")] int Correct);
}
