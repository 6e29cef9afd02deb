using System.Collections.Concurrent;
using MergeResolver.Evaluation;
using MergeResolver.Merge;
using Xunit.Abstractions;

namespace MergeResolver.Cli.Tests;

/// <summary>The line merge prints what <c>git merge-file -p --diff3</c> prints, on the real conflicts of the dev set.</summary>
public sealed class GitAgreementOnDevTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Line_merge_agrees_with_git_merge_file_on_every_dev_record()
    {
        var records = DatasetReader.Read(SharedData.DevSet).ToList();
        var differing = new ConcurrentBag<string>();
        Parallel.ForEach(records, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 }, record =>
        {
            var git = GitProcess.MergeFile(record.Ours, record.Base, record.Theirs, "--diff3");
            var ours = ConflictRenderer.Render(LineMerger.Merge(record.Base, record.Ours, record.Theirs).Chunks);
            if (git != ours)
            {
                differing.Add(record.Id);
            }
        });

        double agreement = 100.0 * (records.Count - differing.Count) / records.Count;
        output.WriteLine($"agreement with git merge-file --diff3 on dev: {agreement:F2}% ({records.Count - differing.Count} of {records.Count})");
        foreach (var id in differing.Order().Take(20))
        {
            output.WriteLine($"differs: {id}");
        }

        Assert.True(differing.IsEmpty, $"{differing.Count} of {records.Count} records differ from git merge-file, first {differing.Order().FirstOrDefault()}");
    }
}
