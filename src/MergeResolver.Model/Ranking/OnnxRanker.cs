using System.Collections.Immutable;
using System.Text.Json;
using MergeResolver.Features;
using MergeResolver.Ranking;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace MergeResolver.Model.Ranking;

/// <summary>
/// The learned ranker: the transformer trained by <c>models/training/train.py</c>, run with ONNX
/// Runtime. Probabilities are the model's, divided by the calibration temperature, over the
/// candidates and "none of them"; the unattended threshold is the one calibrated on held-out train.
/// The session is created when a hunk first needs ranking, and is shared by every thread.
/// </summary>
public sealed class OnnxRanker : ICandidateRanker, IDisposable
{
    /// <summary>The files of a model folder.</summary>
    public const string ModelFile = "ranker.onnx", CardFile = "ranker.json", VocabularyFile = "vocab.txt";

    private readonly RankerCard _card;
    private readonly Featurizer _featurizer;
    private readonly Lazy<InferenceSession> _session;

    private OnnxRanker(string modelPath, RankerCard card, Vocabulary vocabulary, int threads)
    {
        _card = card;
        _featurizer = new Featurizer(vocabulary, card.MaxLength);
        _session = new Lazy<InferenceSession>(() => CreateSession(modelPath, threads), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc />
    public double UnattendedThreshold => _card.UnattendedThreshold;

    /// <summary>
    /// Loads the model in <paramref name="directory"/>: its card and vocabulary now, the ONNX session
    /// when first needed. ONNX Runtime uses up to <paramref name="threads"/> threads within one
    /// ranking: one where callers rank files in parallel (eval), the machine's cores where one file
    /// is ranked at a time (a merge driver's process). Throws <see cref="InvalidDataException"/>
    /// naming what is wrong.
    /// </summary>
    public static OnnxRanker Load(string directory, int threads = 1)
    {
        var modelPath = Path.Combine(directory, ModelFile);
        foreach (var file in new[] { ModelFile, CardFile, VocabularyFile })
        {
            if (!File.Exists(Path.Combine(directory, file)))
            {
                throw new InvalidDataException($"the model folder {directory} has no {file}");
            }
        }

        RankerCard card;
        try
        {
            card = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(directory, CardFile)), RankerCardJson.Default.RankerCard)
                ?? throw new InvalidDataException($"{CardFile} is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{CardFile} is not valid: {e.Message}", e);
        }

        if (card.Format != 1 || card.MaxLength < 8 || card.MaxCandidates < 1 || card.Features != CandidateFeatures.Count || card.Temperature <= 0)
        {
            throw new InvalidDataException($"{CardFile} describes a model this version cannot run (format {card.Format}, {card.Features} features, this version computes {CandidateFeatures.Count})");
        }

        using var reader = new StreamReader(Path.Combine(directory, VocabularyFile));
        return new OnnxRanker(modelPath, card, Vocabulary.Read(reader), Math.Max(1, threads));
    }

    /// <summary>
    /// Rewrites the model of <paramref name="directory"/> with ONNX Runtime's graph optimizations
    /// already applied (constant folding, fused attention, layer norm and GELU), so that a session
    /// created from it has little left to do: what a merge driver, one process a file, pays on every
    /// call (bench measured 150 ms to create one from the exported graph, 60 ms from this one). Only
    /// the portable optimizations are saved, none that depend on this machine's CPU.
    /// </summary>
    public static void Optimize(string directory)
    {
        var modelPath = Path.Combine(directory, ModelFile);
        var temp = modelPath + ".optimized.tmp";
        using (var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_EXTENDED, OptimizedModelFilePath = temp })
        {
            try
            {
                new InferenceSession(modelPath, options).Dispose();
            }
            catch (OnnxRuntimeException e)
            {
                File.Delete(temp);
                throw new InvalidDataException($"{modelPath} is not a model ONNX Runtime can load: {e.Message}", e);
            }
        }

        File.Move(temp, modelPath, overwrite: true);
    }

    /// <inheritdoc />
    public ImmutableArray<ImmutableArray<double>> Rank(IReadOnlyList<RankingRequest> requests, CancellationToken cancellationToken = default)
    {
        var ranked = requests.Where(r => r.Candidates.Length > 0).ToList();
        var logits = ranked.Count == 0 ? [] : Run(ranked, cancellationToken);
        var result = ImmutableArray.CreateBuilder<ImmutableArray<double>>(requests.Count);
        int row = 0;
        foreach (var request in requests)
        {
            result.Add(request.Candidates.Length == 0 ? [] : Probabilities(request, logits, row++));
        }

        return result.MoveToImmutable();
    }

    public void Dispose()
    {
        if (_session.IsValueCreated)
        {
            _session.Value.Dispose();
        }
    }

    private static InferenceSession CreateSession(string modelPath, int threads)
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        try
        {
            return new InferenceSession(modelPath, options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new InvalidDataException($"{modelPath} is not a model ONNX Runtime can load: {e.Message}", e);
        }
    }

    private float[] Run(List<RankingRequest> requests, CancellationToken cancellationToken)
    {
        int b = requests.Count, length = _card.MaxLength, k = _card.MaxCandidates, f = _card.Features;
        var oursIds = new DenseTensor<long>([b, length]);
        var oursEdits = new DenseTensor<long>([b, length]);
        var theirsIds = new DenseTensor<long>([b, length]);
        var theirsEdits = new DenseTensor<long>([b, length]);
        var features = new DenseTensor<float>([b, k, f]);
        var mask = new DenseTensor<float>([b, k]);
        for (int i = 0; i < b; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var x = _featurizer.Featurize(requests[i].Hunk);
            for (int j = 0; j < x.OursTokens.Length; j++)
            {
                oursIds[i, j] = x.OursTokens[j];
                oursEdits[i, j] = (long)x.OursEdits[j];
            }

            for (int j = 0; j < x.TheirsTokens.Length; j++)
            {
                theirsIds[i, j] = x.TheirsTokens[j];
                theirsEdits[i, j] = (long)x.TheirsEdits[j];
            }

            var candidateFeatures = requests[i].Features;
            for (int c = 0; c < Math.Min(k, candidateFeatures.Length); c++)
            {
                mask[i, c] = 1;
                for (int j = 0; j < f; j++)
                {
                    features[i, c, j] = candidateFeatures[c][j];
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var inputs = new[]
        {
            NamedOnnxValue.CreateFromTensor("ours_ids", oursIds),
            NamedOnnxValue.CreateFromTensor("ours_edits", oursEdits),
            NamedOnnxValue.CreateFromTensor("theirs_ids", theirsIds),
            NamedOnnxValue.CreateFromTensor("theirs_edits", theirsEdits),
            NamedOnnxValue.CreateFromTensor("features", features),
            NamedOnnxValue.CreateFromTensor("mask", mask),
        };
        try
        {
            using var outputs = _session.Value.Run(inputs);
            var logits = outputs[0].AsTensor<float>();
            if (logits.Dimensions.Length != 2 || logits.Dimensions[0] != b || logits.Dimensions[1] != k + 1)
            {
                throw new InvalidDataException($"the model gives logits of shape [{string.Join(", ", logits.Dimensions.ToArray())}], not [{b}, {k + 1}]");
            }

            return [.. logits];
        }
        catch (OnnxRuntimeException e)
        {
            throw new InvalidDataException($"the model does not take this version's inputs: {e.Message}", e);
        }
    }

    private ImmutableArray<double> Probabilities(RankingRequest request, float[] logits, int row)
    {
        int k = _card.MaxCandidates;
        return CalibratedProbabilities.Of(logits, row * (k + 1), Math.Min(k, request.Candidates.Length), k, request.Candidates, _card.Temperature);
    }
}
