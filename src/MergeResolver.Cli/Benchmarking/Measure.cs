using System.Diagnostics;

namespace MergeResolver.Cli.Benchmarking;

/// <summary>Median wall time of repeated runs, after one warm-up run, within a time budget.</summary>
internal static class Measure
{
    public static TimeSpan Median(Action run, TimeSpan budget, int maxRuns = 25)
    {
        run();
        var times = new List<TimeSpan>();
        var total = Stopwatch.StartNew();
        do
        {
            var sw = Stopwatch.StartNew();
            run();
            times.Add(sw.Elapsed);
        }
        while (total.Elapsed < budget && times.Count < maxRuns);
        times.Sort();
        return times[times.Count / 2];
    }

    /// <summary>Bytes allocated by one run on this thread.</summary>
    public static long Allocated(Action run)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        run();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>Runs a process to its end and returns its wall time.</summary>
    public static TimeSpan Process(string file, IEnumerable<string> args, string workDir)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        var sw = Stopwatch.StartNew();
        using var p = System.Diagnostics.Process.Start(start)!;
        var stdout = p.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        stdout.Wait();
        stderr.Wait();
        return sw.Elapsed;
    }
}
