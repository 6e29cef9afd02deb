using System.Collections.Immutable;
using MergeResolver.Features;

namespace MergeResolver.Ranking;

/// <summary>
/// The learned ranker computed in managed code, for hosts that cannot load ONNX Runtime (an editor
/// loads analyzers into its own process, where a native library has no place): the same network,
/// weights, featurizer and calibration as the command line's ONNX ranker, so the editor and
/// <c>resolve</c> give a conflict the same probabilities.
/// </summary>
public sealed class ManagedRanker : ICandidateRanker
{
    private readonly Featurizer _featurizer;
    private readonly ImmutableArray<TransformerNetwork> _members;
    private readonly int _maxCandidates;
    private readonly double _temperature;

    private ManagedRanker(Featurizer featurizer, ImmutableArray<TransformerNetwork> members, int maxCandidates, double temperature, double threshold)
    {
        _featurizer = featurizer;
        _members = members;
        _maxCandidates = maxCandidates;
        _temperature = temperature;
        UnattendedThreshold = threshold;
    }

    /// <inheritdoc />
    public double UnattendedThreshold { get; }

    /// <summary>
    /// The ranker of <paramref name="weights"/> (<c>ranker.weights</c>) and <paramref name="vocabulary"/>
    /// (<c>vocab.txt</c>). Throws <see cref="InvalidDataException"/> naming what is wrong.
    /// </summary>
    public static ManagedRanker Load(Stream weights, TextReader vocabulary)
    {
        var read = RankerWeights.Read(weights);
        int maxLength = (int)read.Number("max_length"), maxCandidates = (int)read.Number("max_candidates"), features = (int)read.Number("features");
        double temperature = read.Number("temperature");
        if (features != CandidateFeatures.Count || maxLength < 8 || maxCandidates < 1 || temperature <= 0)
        {
            throw new InvalidDataException($"the weights describe a model this version cannot run ({features} features, this version computes {CandidateFeatures.Count})");
        }

        var members = ImmutableArray.CreateBuilder<TransformerNetwork>();
        while (read.Has($"members.{members.Count}.encoder.pieces.weight"))
        {
            members.Add(new TransformerNetwork(read, $"members.{members.Count}.", features, maxLength));
        }

        if (members.Count == 0)
        {
            throw new InvalidDataException("the weights file holds no network");
        }

        return new ManagedRanker(new Featurizer(Vocabulary.Read(vocabulary), maxLength), members.ToImmutable(), maxCandidates, temperature, read.Number("unattended_threshold"));
    }

    /// <inheritdoc />
    public ImmutableArray<ImmutableArray<double>> Rank(IReadOnlyList<RankingRequest> requests, CancellationToken cancellationToken = default)
    {
        var result = ImmutableArray.CreateBuilder<ImmutableArray<double>>(requests.Count);
        foreach (var request in requests)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(request.Candidates.IsEmpty ? [] : Probabilities(request, cancellationToken));
        }

        return result.MoveToImmutable();
    }

    private ImmutableArray<double> Probabilities(RankingRequest request, CancellationToken cancellationToken)
    {
        int seen = Math.Min(_maxCandidates, request.Candidates.Length);
        var features = _featurizer.Featurize(request.Hunk);
        var mean = new float[seen + 1];
        foreach (var member in _members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var logits = member.Logits(features, request.Features, seen);
            for (int i = 0; i <= seen; i++)
            {
                mean[i] += logits[i] / _members.Length;
            }
        }

        return CalibratedProbabilities.Of(mean, 0, seen, seen, request.Candidates, _temperature);
    }
}
