using System.Numerics;
using MergeResolver.Features;

namespace MergeResolver.Ranking;

/// <summary>
/// One member of the learned ranker, computed in managed code exactly as <c>train.py</c>'s
/// <c>Ranker</c> computes it: a pre-norm transformer encoder over each side's aligned pieces, a
/// hunk vector, a per-candidate MLP and a logit per candidate and for "none of them". Only a
/// sequence's own positions are computed: the padding the ONNX graph carries is masked out there,
/// so it changes nothing.
/// </summary>
internal sealed class TransformerNetwork
{
    /// <summary>Attention heads, as <c>train.py</c> builds the encoder.</summary>
    private const int Heads = 4;

    private const float NormEpsilon = 1e-5f;

    private readonly int _d, _features, _maxLength;
    private readonly float[] _pieces, _edits, _positions, _norm, _normBias;
    private readonly Layer[] _layers;
    private readonly Dense _hunk, _candidate1, _candidate2, _score1, _score2, _none1, _none2;

    public TransformerNetwork(RankerWeights weights, string prefix, int features, int maxLength)
    {
        var pieces = weights.ShapeOf(prefix + "encoder.pieces.weight");
        _d = pieces.Count == 2 && pieces[1] % Heads == 0 ? pieces[1] : throw new InvalidDataException($"{prefix}encoder.pieces.weight has shape [{string.Join(", ", pieces)}]");
        _features = features;
        _maxLength = maxLength;
        int d = _d;
        _pieces = weights.Tensor(prefix + "encoder.pieces.weight", pieces[0], d);
        _edits = weights.Tensor(prefix + "encoder.edits.weight", weights.ShapeOf(prefix + "encoder.edits.weight")[0], d);
        _positions = weights.Tensor(prefix + "encoder.positions.weight", maxLength, d);
        _norm = weights.Tensor(prefix + "encoder.norm.weight", d);
        _normBias = weights.Tensor(prefix + "encoder.norm.bias", d);
        var layers = new List<Layer>();
        while (weights.Has($"{prefix}encoder.layers.{layers.Count}.qkv.weight"))
        {
            string l = $"{prefix}encoder.layers.{layers.Count}.";
            layers.Add(new Layer(
                weights.Tensor(l + "norm1.weight", d), weights.Tensor(l + "norm1.bias", d),
                Dense.Of(weights, l + "qkv", d, 3 * d), Dense.Of(weights, l + "out", d, d),
                weights.Tensor(l + "norm2.weight", d), weights.Tensor(l + "norm2.bias", d),
                Dense.Of(weights, l + "ff.0", d, 4 * d), Dense.Of(weights, l + "ff.2", 4 * d, d)));
        }

        _layers = [.. layers];
        _hunk = Dense.Of(weights, prefix + "hunk.0", 4 * d, d);
        _candidate1 = Dense.Of(weights, prefix + "candidate.0", features, d);
        _candidate2 = Dense.Of(weights, prefix + "candidate.2", d, d);
        _score1 = Dense.Of(weights, prefix + "score.0", 3 * d, d);
        _score2 = Dense.Of(weights, prefix + "score.2", d, 1);
        _none1 = Dense.Of(weights, prefix + "none.0", d, d);
        _none2 = Dense.Of(weights, prefix + "none.2", d, 1);
    }

    /// <summary>The logits of the first <paramref name="seen"/> candidates, then the one of "none".</summary>
    public float[] Logits(ConflictFeatures hunk, IReadOnlyList<float[]> candidates, int seen)
    {
        int d = _d;
        var encoded = new float[4 * d];
        Encode(hunk.OursTokens, hunk.OursEdits, encoded, 0);
        Encode(hunk.TheirsTokens, hunk.TheirsEdits, encoded, 2 * d);
        var h = new float[d];
        _hunk.Apply(encoded, 0, h, 0);
        Gelu(h, 0, d);

        var logits = new float[seen + 1];
        var c = new float[d];
        var c2 = new float[d];
        var joined = new float[3 * d];
        var hidden = new float[d];
        var one = new float[1];
        Array.Copy(h, 0, joined, 0, d);
        for (int k = 0; k < seen; k++)
        {
            if (candidates[k].Length != _features)
            {
                throw new InvalidDataException($"a candidate has {candidates[k].Length} features, the model {_features}");
            }

            _candidate1.Apply(candidates[k], 0, c, 0);
            Gelu(c, 0, d);
            _candidate2.Apply(c, 0, c2, 0);
            Gelu(c2, 0, d);
            for (int j = 0; j < d; j++)
            {
                joined[d + j] = c2[j];
                joined[2 * d + j] = h[j] * c2[j];
            }

            _score1.Apply(joined, 0, hidden, 0);
            Gelu(hidden, 0, d);
            _score2.Apply(hidden, 0, one, 0);
            logits[k] = one[0];
        }

        _none1.Apply(h, 0, hidden, 0);
        Gelu(hidden, 0, d);
        _none2.Apply(hidden, 0, one, 0);
        logits[seen] = one[0];
        return logits;
    }

    /// <summary>Writes the sequence's pooled conflict positions, then its first position, at <paramref name="offset"/>.</summary>
    private void Encode(IReadOnlyList<ushort> ids, IReadOnlyList<EditKind> edits, float[] output, int offset)
    {
        int n = Math.Min(ids.Count, _maxLength), d = _d, dh = d / Heads;
        var x = new float[n * d];
        for (int t = 0; t < n; t++)
        {
            int id = ids[t], edit = (int)edits[t];
            if (id * d >= _pieces.Length || edit * d >= _edits.Length)
            {
                throw new InvalidDataException($"piece {id} or edit kind {edit} is outside the model's embeddings");
            }

            for (int j = 0; j < d; j++)
            {
                x[t * d + j] = _pieces[id * d + j] + _edits[edit * d + j] + _positions[t * d + j];
            }
        }

        var h = new float[n * d];
        var qkv = new float[n * 3 * d];
        var attended = new float[n * d];
        var projected = new float[d];
        var wide = new float[4 * d];
        var scores = new float[n];
        float scale = 1f / (float)Math.Sqrt(dh);
        foreach (var layer in _layers)
        {
            for (int t = 0; t < n; t++)
            {
                Normalize(x, t * d, d, layer.Norm1, layer.Norm1Bias, h, t * d);
                layer.Qkv.Apply(h, t * d, qkv, t * 3 * d);
            }

            for (int head = 0; head < Heads; head++)
            {
                int q = head * dh, k = d + head * dh, v = 2 * d + head * dh;
                for (int t = 0; t < n; t++)
                {
                    float max = float.NegativeInfinity;
                    for (int u = 0; u < n; u++)
                    {
                        scores[u] = Dot(qkv, t * 3 * d + q, qkv, u * 3 * d + k, dh) * scale;
                        max = Math.Max(max, scores[u]);
                    }

                    float total = 0;
                    for (int u = 0; u < n; u++)
                    {
                        scores[u] = (float)Math.Exp(scores[u] - max);
                        total += scores[u];
                    }

                    WeightedSum(scores, n, qkv, v, 3 * d, dh, 1 / total, attended, t * d + head * dh);
                }
            }

            for (int t = 0; t < n; t++)
            {
                layer.Out.Apply(attended, t * d, projected, 0);
                for (int j = 0; j < d; j++)
                {
                    x[t * d + j] += projected[j];
                }

                Normalize(x, t * d, d, layer.Norm2, layer.Norm2Bias, h, t * d);
                layer.Expand.Apply(h, t * d, wide, 0);
                Gelu(wide, 0, 4 * d);
                layer.Contract.Apply(wide, 0, projected, 0);
                for (int j = 0; j < d; j++)
                {
                    x[t * d + j] += projected[j];
                }
            }
        }

        int body = 0;
        for (int t = 0; t < n; t++)
        {
            Normalize(x, t * d, d, _norm, _normBias, h, t * d);
            if (edits[t] >= EditKind.Equal)
            {
                body++;
                for (int j = 0; j < d; j++)
                {
                    output[offset + j] += h[t * d + j];
                }
            }
        }

        for (int j = 0; j < d; j++)
        {
            output[offset + j] /= Math.Max(1, body);
            output[offset + d + j] = n > 0 ? h[j] : 0;
        }
    }

    private static void Normalize(float[] x, int at, int d, float[] weight, float[] bias, float[] output, int to)
    {
        float mean = 0;
        for (int j = 0; j < d; j++)
        {
            mean += x[at + j];
        }

        mean /= d;
        float variance = 0;
        for (int j = 0; j < d; j++)
        {
            float centred = x[at + j] - mean;
            variance += centred * centred;
        }

        float inverse = 1f / (float)Math.Sqrt((variance / d) + NormEpsilon);
        for (int j = 0; j < d; j++)
        {
            output[to + j] = ((x[at + j] - mean) * inverse * weight[j]) + bias[j];
        }
    }

    /// <summary>GELU as PyTorch computes it by default, with the error function, a vector at a time.</summary>
    private static void Gelu(float[] x, int at, int count)
    {
        int i = at, end = at + count, width = Vector<float>.Count;
        for (; i <= end - width; i += width)
        {
            var v = new Vector<float>(x, i);
            (v * 0.5f * (Vector<float>.One + Erf(v * 0.70710678f))).CopyTo(x, i);
        }

        for (; i < end; i++)
        {
            x[i] = (float)(0.5 * x[i] * (1 + Erf(x[i] / Math.Sqrt(2))));
        }
    }

    /// <summary>The error function by Abramowitz and Stegun's 7.1.26 (within 1.5e-7, below what float resolves near 1).</summary>
    private static Vector<float> Erf(Vector<float> x)
    {
        var a = Vector.Abs(x);
        var t = Vector<float>.One / (Vector<float>.One + (a * 0.3275911f));
        var poly = ((((((((t * 1.061405429f) - new Vector<float>(1.453152027f)) * t) + new Vector<float>(1.421413741f)) * t)
            - new Vector<float>(0.284496736f)) * t) + new Vector<float>(0.254829592f)) * t;
        var y = Vector<float>.One - (poly * Exp(-(a * a)));
        return Vector.ConditionalSelect(Vector.LessThan(x, Vector<float>.Zero), -y, y);
    }

    /// <summary>
    /// e to the power of <paramref name="x"/>, for x at most 0 (Cephes' single-precision polynomial
    /// after taking out a power of two); below -87 it is 0 as far as GELU can tell.
    /// </summary>
    private static Vector<float> Exp(Vector<float> x)
    {
        x = Vector.Max(x, new Vector<float>(-87f));
        var k = Vector.ConvertToInt32((x * 1.44269504f) - new Vector<float>(0.5f));
        var kf = Vector.ConvertToSingle(k);
        var r = x - (kf * 0.693359375f) + (kf * 2.12194440e-4f);
        var p = (((((((((r * 1.9875691500e-4f) + new Vector<float>(1.3981999507e-3f)) * r) + new Vector<float>(8.3334519073e-3f)) * r)
            + new Vector<float>(4.1665795894e-2f)) * r) + new Vector<float>(1.6666665459e-1f)) * r) + new Vector<float>(5.0000001201e-1f);
        var e = (p * r * r) + r + Vector<float>.One;
        var scale = Vector.AsVectorSingle((k + new Vector<int>(127)) * new Vector<int>(1 << 23));
        return e * scale;
    }

    /// <summary>The error function, by Numerical Recipes' Chebyshev fit of erfc (within 1.2e-7: below float precision).</summary>
    private static double Erf(double x)
    {
        double t = 1 / (1 + (0.5 * Math.Abs(x)));
        double y = 1 - (t * Math.Exp((-x * x) - 1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418
            + (t * (-0.18628806 + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))))));
        return x >= 0 ? y : -y;
    }

    /// <summary>
    /// Writes <paramref name="scale"/> times the sum of the <paramref name="rows"/> rows of
    /// <paramref name="values"/> (each <paramref name="count"/> wide, at <paramref name="column"/>,
    /// <paramref name="stride"/> apart) weighted by <paramref name="weights"/>: the attention's
    /// mix of values, a vector of columns at a time.
    /// </summary>
    private static void WeightedSum(float[] weights, int rows, float[] values, int column, int stride, int count, float scale, float[] output, int to)
    {
        int j = 0, width = Vector<float>.Count;
        for (; j <= count - width; j += width)
        {
            var sum = Vector<float>.Zero;
            for (int u = 0; u < rows; u++)
            {
                sum += new Vector<float>(values, (u * stride) + column + j) * weights[u];
            }

            (sum * scale).CopyTo(output, to + j);
        }

        for (; j < count; j++)
        {
            float sum = 0;
            for (int u = 0; u < rows; u++)
            {
                sum += weights[u] * values[(u * stride) + column + j];
            }

            output[to + j] = sum * scale;
        }
    }

    private static float Dot(float[] a, int ai, float[] b, int bi, int n)
    {
        int i = 0, width = Vector<float>.Count;
        var sum = Vector<float>.Zero;
        for (; i <= n - width; i += width)
        {
            sum += new Vector<float>(a, ai + i) * new Vector<float>(b, bi + i);
        }

        float result = Vector.Dot(sum, Vector<float>.One);
        for (; i < n; i++)
        {
            result += a[ai + i] * b[bi + i];
        }

        return result;
    }

    private sealed record Layer(float[] Norm1, float[] Norm1Bias, Dense Qkv, Dense Out, float[] Norm2, float[] Norm2Bias, Dense Expand, Dense Contract);

    /// <summary>
    /// A linear layer. PyTorch keeps its weight one row an output; a layer with outputs enough for a
    /// vector keeps it one row an input, so that each input adds its row to the outputs a vector at
    /// a time, with no sum across a vector's lanes.
    /// </summary>
    private sealed class Dense
    {
        private readonly float[] _weight, _bias;
        private readonly int _inputs, _outputs;
        private readonly bool _byInput;

        private Dense(float[] weight, float[] bias, int inputs, int outputs)
        {
            _bias = bias;
            _inputs = inputs;
            _outputs = outputs;
            _byInput = outputs >= Vector<float>.Count;
            _weight = _byInput ? Transposed(weight, outputs, inputs) : weight;
        }

        public static Dense Of(RankerWeights weights, string name, int inputs, int outputs) =>
            new(weights.Tensor(name + ".weight", outputs, inputs), weights.Tensor(name + ".bias", outputs), inputs, outputs);

        public void Apply(float[] x, int at, float[] y, int to)
        {
            if (!_byInput)
            {
                for (int o = 0; o < _outputs; o++)
                {
                    y[to + o] = Dot(_weight, o * _inputs, x, at, _inputs) + _bias[o];
                }

                return;
            }

            // Four vectors of outputs at once: four independent sums keep the multiply-adds from
            // waiting on each other.
            int width = Vector<float>.Count, o0 = 0;
            for (; o0 <= _outputs - (4 * width); o0 += 4 * width)
            {
                Vector<float> s0 = new(_bias, o0), s1 = new(_bias, o0 + width), s2 = new(_bias, o0 + (2 * width)), s3 = new(_bias, o0 + (3 * width));
                for (int i = 0, row = o0; i < _inputs; i++, row += _outputs)
                {
                    float xi = x[at + i];
                    s0 += new Vector<float>(_weight, row) * xi;
                    s1 += new Vector<float>(_weight, row + width) * xi;
                    s2 += new Vector<float>(_weight, row + (2 * width)) * xi;
                    s3 += new Vector<float>(_weight, row + (3 * width)) * xi;
                }

                s0.CopyTo(y, to + o0);
                s1.CopyTo(y, to + o0 + width);
                s2.CopyTo(y, to + o0 + (2 * width));
                s3.CopyTo(y, to + o0 + (3 * width));
            }

            for (; o0 <= _outputs - width; o0 += width)
            {
                var sum = new Vector<float>(_bias, o0);
                for (int i = 0; i < _inputs; i++)
                {
                    sum += new Vector<float>(_weight, (i * _outputs) + o0) * x[at + i];
                }

                sum.CopyTo(y, to + o0);
            }

            for (; o0 < _outputs; o0++)
            {
                float sum = _bias[o0];
                for (int i = 0; i < _inputs; i++)
                {
                    sum += _weight[(i * _outputs) + o0] * x[at + i];
                }

                y[to + o0] = sum;
            }
        }

        private static float[] Transposed(float[] weight, int rows, int columns)
        {
            var result = new float[weight.Length];
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < columns; c++)
                {
                    result[(c * rows) + r] = weight[(r * columns) + c];
                }
            }

            return result;
        }
    }
}
