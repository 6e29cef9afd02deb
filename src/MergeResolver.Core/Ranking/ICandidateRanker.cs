using System.Collections.Immutable;

namespace MergeResolver.Ranking;

/// <summary>Scores the candidates of hunks: for each, the probability that it is what the developer would write.</summary>
public interface ICandidateRanker
{
    /// <summary>The lowest probability at which a candidate is applied unattended (mergetool, driver, batch).</summary>
    double UnattendedThreshold { get; }

    /// <summary>
    /// The probabilities of each request's candidates, in their order (vetoed candidates get 0). The
    /// requests of a file come in one call, so that a model can batch them.
    /// </summary>
    ImmutableArray<ImmutableArray<double>> Rank(IReadOnlyList<RankingRequest> requests, CancellationToken cancellationToken = default);
}
