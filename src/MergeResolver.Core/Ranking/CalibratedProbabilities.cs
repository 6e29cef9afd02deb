using System.Collections.Immutable;

namespace MergeResolver.Ranking;

/// <summary>
/// How the learned ranker's logits become probabilities, wherever the network runs: a softmax at the
/// calibration temperature over the candidates the model saw and "none of them"; candidates past the
/// model's count and vetoed ones get 0.
/// </summary>
public static class CalibratedProbabilities
{
    /// <summary>
    /// The probabilities of <paramref name="candidates"/> from <paramref name="logits"/>: one a seen
    /// candidate, in order, then the logit of "none" at <paramref name="noneIndex"/>.
    /// </summary>
    public static ImmutableArray<double> Of(IReadOnlyList<float> logits, int offset, int seen, int noneIndex, ImmutableArray<Candidate> candidates, double temperature)
    {
        double max = logits[offset + noneIndex];
        for (int c = 0; c < seen; c++)
        {
            max = Math.Max(max, logits[offset + c]);
        }

        double total = Math.Exp((logits[offset + noneIndex] - max) / temperature);
        var exp = new double[candidates.Length];
        for (int c = 0; c < seen; c++)
        {
            exp[c] = Math.Exp((logits[offset + c] - max) / temperature);
            total += exp[c];
        }

        var result = ImmutableArray.CreateBuilder<double>(candidates.Length);
        for (int c = 0; c < candidates.Length; c++)
        {
            result.Add(candidates[c].IsVetoed ? 0 : exp[c] / total);
        }

        return result.MoveToImmutable();
    }
}
