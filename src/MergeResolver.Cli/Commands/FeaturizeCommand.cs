using System.CommandLine;
using System.Text;
using System.Text.Json;
using MergeResolver.Cli.Evaluation;
using MergeResolver.Model.Features;
using MergeResolver.Patterns;

namespace MergeResolver.Cli.Commands;

/// <summary>
/// <c>mergeresolver featurize DATASET... -o DIR</c>: the training tensors. Every scored hunk (one the
/// developer's resolution anchors) becomes an example: its features, and label bits telling which
/// candidates equal what the developer committed (bits 0-9: the primitive patterns in
/// <see cref="MergePattern"/> order; bit 10: the C#-aware union). Writes features.bin.gz,
/// meta.jsonl and, unless one is given, the vocabulary learned from these datasets.
/// </summary>
internal static class FeaturizeCommand
{
    /// <summary>Label bit of the C#-aware union candidate, after the primitive patterns.</summary>
    public const int StructuredLabel = 10;

    public static Command Create()
    {
        var datasets = new Argument<string[]>("DATASET") { Description = "Dataset files (.jsonl or .jsonl.zst); learn the vocabulary on training data only.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write into.", Required = true };
        var vocab = new Option<string?>("--vocab") { Description = "Use this vocabulary (vocab.txt) instead of learning one: for dev and test sets." };
        var vocabSize = new Option<int>("--vocab-size") { Description = "Pieces in a learned vocabulary.", DefaultValueFactory = _ => 16_000 };
        var maxLength = new Option<int>("--max-length") { Description = "The longest sequence, in pieces.", DefaultValueFactory = _ => 256 };
        var limit = new Option<int>("--limit") { Description = "Featurize only the first N records of each dataset (0: all)." };

        var command = new Command("featurize", "Write the classifier's training tensors for dataset files: features.bin.gz, meta.jsonl and vocab.txt.")
        {
            datasets, output, vocab, vocabSize, maxLength, limit,
        };

        command.SetAction(parse =>
        {
            var files = parse.GetValue(datasets)!;
            var dir = parse.GetValue(output)!;
            Directory.CreateDirectory(dir);
            int max = parse.GetValue(limit);
            IEnumerable<ScoredHunk> Hunks() => files
                .SelectMany(f => max > 0 ? Dataset.Read(f).Take(max) : Dataset.Read(f))
                .SelectMany(r => Scorer.Score(r, null).Hunks.Where(h => h.Truth is not null));

            Vocabulary vocabulary;
            if (parse.GetValue(vocab) is { } vocabPath)
            {
                using var reader = new StreamReader(vocabPath);
                vocabulary = Vocabulary.Read(reader);
            }
            else
            {
                vocabulary = Vocabulary.Learn(Hunks().SelectMany(h => h.Before.Concat(h.Ours).Concat(h.Base).Concat(h.Theirs).Concat(h.After)), parse.GetValue(vocabSize));
                using var writer = new StreamWriter(Path.Combine(dir, "vocab.txt"), false, new UTF8Encoding(false));
                vocabulary.Write(writer);
            }

            var featurizer = new Featurizer(vocabulary, parse.GetValue(maxLength));
            using var features = new FeatureWriter(File.Create(Path.Combine(dir, "features.bin.gz")), StructuredLabel + 1);
            using var meta = new StreamWriter(Path.Combine(dir, "meta.jsonl"), false, new UTF8Encoding(false)) { NewLine = "\n" };
            foreach (var record in files.SelectMany(f => max > 0 ? Dataset.Read(f).Take(max) : Dataset.Read(f)))
            {
                foreach (var hunk in Scorer.Score(record, null).Hunks.Where(h => h.Truth is not null))
                {
                    var labels = Labels(hunk);
                    features.Write(featurizer.Featurize(hunk.Before, hunk.Ours, hunk.Base, hunk.Theirs, hunk.After), labels);
                    meta.WriteLine(JsonSerializer.Serialize(new { id = record.Id, hunk = hunk.Index, labels, truth_class = hunk.Class }));
                }
            }

            Console.Error.WriteLine($"mergeresolver featurize: {features.Count} examples, {vocabulary.Pieces.Length} pieces, into {dir}");
            return ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>Bit k is set when candidate k gives, word for word, what the developer committed.</summary>
    internal static ushort Labels(ScoredHunk hunk)
    {
        var truth = PythonText.Words(hunk.Truth!);
        var ours = MergePatterns.Side.Of(hunk.Ours);
        var bas = MergePatterns.Side.Of(hunk.Base);
        var theirs = MergePatterns.Side.Of(hunk.Theirs);
        int bits = 0;
        foreach (var pattern in MergePatterns.All)
        {
            if (PythonText.Words([MergePatterns.Apply(pattern, ours, bas, theirs)]).SequenceEqual(truth))
            {
                bits |= 1 << (int)pattern;
            }
        }

        if (StructuredCandidates.For(hunk.Ours, hunk.Base, hunk.Theirs).Any(c => PythonText.Words([c]).SequenceEqual(truth)))
        {
            bits |= 1 << StructuredLabel;
        }

        return (ushort)bits;
    }
}
