namespace MergeResolver.Cli.Reports;

/// <summary>A one-line progress count on standard error, drawn only on a terminal and only once a run is long enough to need it.</summary>
internal sealed class ProgressBar(TextWriter writer, string label) : IProgress<int>, IDisposable
{
    private const int ShowFrom = 20;
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private bool _drawn;

    public void Report(int value)
    {
        if (!_enabled || value < ShowFrom)
        {
            return;
        }

        writer.Write($"\r{label}: {value} files");
        _drawn = true;
    }

    public void Dispose()
    {
        if (_drawn)
        {
            writer.WriteLine();
        }
    }
}
