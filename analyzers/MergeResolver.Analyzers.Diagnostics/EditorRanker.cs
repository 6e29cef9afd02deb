using MergeResolver.Ranking;

namespace MergeResolver.Analyzers;

/// <summary>
/// The learned ranker the package carries, computed in managed code (an editor's process has no place
/// for ONNX Runtime's native library), loaded once a process and shared by the analyzer, the code fix
/// and the build's report; the default rules when it cannot be read, so that the editor then ranks as
/// the command line does without its model.
/// </summary>
internal static class EditorRanker
{
    private static readonly Lazy<ICandidateRanker> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The ranker.</summary>
    public static ICandidateRanker Instance => Loaded.Value;

    private static ICandidateRanker Load()
    {
        var assembly = typeof(EditorRanker).Assembly;
        using var weights = assembly.GetManifestResourceStream("MergeResolver.ranker.weights");
        using var vocabulary = assembly.GetManifestResourceStream("MergeResolver.vocab.txt");
        if (weights is null || vocabulary is null)
        {
            return DefaultRanker.Instance;
        }

        try
        {
            using var reader = new StreamReader(vocabulary);
            return ManagedRanker.Load(weights, reader);
        }
        catch (InvalidDataException)
        {
            return DefaultRanker.Instance;
        }
    }
}
