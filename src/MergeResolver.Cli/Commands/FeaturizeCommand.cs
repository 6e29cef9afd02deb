using System.CommandLine;
using System.Text;
using System.Text.Json;
using MergeResolver.Evaluation;
using MergeResolver.Features;
using MergeResolver.Model.Features;
using MergeResolver.Resolution;

namespace MergeResolver.Cli.Commands;

/// <summary>
/// <c>mergeresolver featurize DATASET... -o DIR</c>: the ranker's training tensors. Every git conflict
/// hunk that is a scoring unit of its own and that the developer's resolution anchors becomes an
/// example: the hunk's features and its candidates' (the resolver's own pipeline, so that training
/// sees what inference sees), with label bits telling which candidates equal what the developer
/// committed, word for word. Writes features.bin.gz, meta.jsonl and, unless one is given, the
/// vocabulary learned from these datasets.
/// </summary>
internal static class FeaturizeCommand
{
    public static Command Create()
    {
        var datasets = new Argument<string[]>("DATASET") { Description = "Dataset files (.jsonl or .jsonl.zst); learn the vocabulary on training data only.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write into.", HelpName = "DIR", Required = true };
        var vocab = new Option<string?>("--vocab") { Description = "Use this vocabulary (vocab.txt) instead of learning one: for dev and test sets.", HelpName = "FILE" };
        var vocabSize = new Option<int>("--vocab-size") { Description = "Pieces in a learned vocabulary.", DefaultValueFactory = _ => 16_000 };
        var maxLength = new Option<int>("--max-length") { Description = "The longest sequence, in pieces.", DefaultValueFactory = _ => Featurizer.DefaultMaxLength };
        var limit = new Option<int>("--limit") { Description = "Featurize only the first N records of each dataset (0: all).", HelpName = "N" };

        var command = new Command("featurize", "Write the ranker's training tensors for dataset files: features.bin.gz, meta.jsonl and vocab.txt.")
        {
            datasets, output, vocab, vocabSize, maxLength, limit,
        };

        command.SetAction(parse =>
        {
            var files = parse.GetValue(datasets)!;
            var dir = parse.GetValue(output)!;
            Directory.CreateDirectory(dir);
            int max = parse.GetValue(limit);
            IEnumerable<MergeRecord> Records() => files.SelectMany(f => max > 0 ? DatasetReader.Read(f).Take(max) : DatasetReader.Read(f));

            Vocabulary vocabulary;
            if (parse.GetValue(vocab) is { } vocabPath)
            {
                using var reader = new StreamReader(vocabPath);
                vocabulary = Vocabulary.Read(reader);
            }
            else
            {
                // One list a record, flattened after the parallel part: a SelectMany inside an ordered
                // parallel query is a generic cycle Native AOT cannot compile ahead of time.
                var texts = Records().AsParallel().AsOrdered().Select(r => Scorer.Score(r, null).Hunks.Where(h => h.Truth is not null).ToList())
                    .AsSequential().SelectMany(hunks => hunks).SelectMany(h => h.Before.Concat(h.Ours).Concat(h.Base).Concat(h.Theirs).Concat(h.After));
                vocabulary = Vocabulary.Learn(texts, parse.GetValue(vocabSize));
                using var writer = new StreamWriter(Path.Combine(dir, "vocab.txt"), false, new UTF8Encoding(false));
                vocabulary.Write(writer);
            }

            var featurizer = new Featurizer(vocabulary, parse.GetValue(maxLength));
            var resolver = new Resolver();
            using var features = new FeatureWriter(File.Create(Path.Combine(dir, "features.bin.gz")));
            using var meta = new StreamWriter(Path.Combine(dir, "meta.jsonl"), false, new UTF8Encoding(false)) { NewLine = "\n" };
            foreach (var (record, examples) in Records().AsParallel().AsOrdered().Select(r => (r, Examples(r, resolver, featurizer))))
            {
                foreach (var e in examples)
                {
                    features.Write(e.Features, e.Candidates, e.Labels);
                    meta.WriteLine(JsonSerializer.Serialize(new FeatureMeta(record.Id, record.Repo, e.Hunk, e.Labels, e.Kinds, e.Class), CliJson.Default.FeatureMeta));
                }
            }

            Console.Error.WriteLine($"mergeresolver featurize: {features.Count} examples, {vocabulary.Pieces.Length} pieces, into {dir}");
            return ExitCodes.Clean;
        });
        return command;
    }

    private static List<Example> Examples(MergeRecord record, Resolver resolver, Featurizer featurizer)
    {
        var analysis = resolver.Analyze(new MergeInput(record.Base, record.Ours, record.Theirs, record.Path));
        var examples = new List<Example>();
        foreach (var unit in Scorer.Score(record, null).Hunks.Where(h => h.Truth is not null && h.GitHunks.Count == 1))
        {
            var request = analysis.Hunks[unit.GitHunks[0]].Request;
            var truth = PythonText.Words(unit.Truth!);
            var candidates = request.Candidates.Take(FeatureWriter.MaxCandidates).ToList();
            uint labels = 0;
            for (int k = 0; k < candidates.Count; k++)
            {
                if (PythonText.Words([candidates[k].Text]).SequenceEqual(truth))
                {
                    labels |= 1u << k;
                }
            }

            examples.Add(new Example(unit.Index, featurizer.Featurize(request.Hunk), [.. request.Features.Take(candidates.Count)], labels, [.. candidates.Select(c => (int)c.Kinds)], unit.Class));
        }

        return examples;
    }

    private sealed record Example(int Hunk, ConflictFeatures Features, List<float[]> Candidates, uint Labels, List<int> Kinds, string? Class);
}
