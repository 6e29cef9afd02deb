using System.CommandLine;
using MergeResolver.Model.Ranking;

namespace MergeResolver.Cli.Commands;

/// <summary>
/// <c>mergeresolver optimize-model DIR</c>: the last step of training (<c>models/training/run.sh</c>),
/// which saves the exported model with ONNX Runtime's portable graph optimizations applied, so that
/// each process that ranks pays less to load it.
/// </summary>
internal static class OptimizeModelCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "The model folder (ranker.onnx, ranker.json, vocab.txt); its ranker.onnx is rewritten." };
        var command = new Command("optimize-model", "Rewrite a model folder's ranker.onnx with ONNX Runtime's graph optimizations applied, so that it loads faster.")
        {
            folder,
        };

        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            try
            {
                // A folder this version cannot rank with is refused before its model is rewritten.
                OnnxRanker.Load(dir);
                OnnxRanker.Optimize(dir);
            }
            catch (IOException e)
            {
                throw new CommandException(ExitCodes.IOError, e.Message);
            }

            Console.Error.WriteLine($"mergeresolver optimize-model: {Path.Combine(dir, OnnxRanker.ModelFile)} rewritten");
            return ExitCodes.Clean;
        });
        return command;
    }
}
