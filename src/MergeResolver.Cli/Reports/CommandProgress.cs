using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace MergeResolver.Cli.Reports;

/// <summary>
/// The progress of a long command, on standard error: on a terminal Spectre.Console's live bar (done
/// of total, the rate, the time left); when standard error is redirected or <c>CI</c> is set, a plain
/// line at each tenth, so that a log stays readable. Nothing at all for a run too short to need it.
/// </summary>
internal sealed class CommandProgress
{
    private static readonly TimeSpan ShowAfter = TimeSpan.FromSeconds(1);

    private readonly string _label;
    private readonly string _unit;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private ProgressTask? _bar;
    private int _tenthsPrinted;

    private CommandProgress(string label, string unit)
    {
        _label = label;
        _unit = unit;
    }

    /// <summary>Whether a live bar can be drawn: standard error is a terminal and this is no CI run.</summary>
    public static bool IsInteractive => !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>
    /// Runs <paramref name="work"/>, which reports (done, total) through the callback it is given, from
    /// any thread; <paramref name="unit"/> names what is counted ("merges", "files").
    /// </summary>
    public static void Run(string label, string unit, Action<Action<long, long>> work)
    {
        var progress = new CommandProgress(label, unit);
        if (!IsInteractive)
        {
            work(progress.Plain);
            return;
        }

        // Standard error is a terminal here (IsInteractive): say so, since Spectre only probes standard output.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error), Ansi = AnsiSupport.Yes, Interactive = InteractionSupport.Yes });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                progress._bar = context.AddTask(label, autoStart: true, maxValue: 1);
                work(progress.Live);
            });
    }

    /// <summary>The callback as an <see cref="IProgress{T}"/> of (done, total), for the adapters that take one.</summary>
    public static IProgress<(int Done, int Total)> AsProgress(Action<long, long> report) => new Callback(report);

    private void Live(long done, long total)
    {
        lock (_gate)
        {
            var bar = _bar!;
            bar.MaxValue = Math.Max(1, total);
            bar.Value = Math.Min(done, total);
            bar.Description = string.Create(CultureInfo.InvariantCulture, $"{_label}: {done}/{total} {_unit}, {Rate(done)} {_unit}/s");
        }
    }

    private void Plain(long done, long total)
    {
        if (total <= 0 || _clock.Elapsed < ShowAfter)
        {
            return;
        }

        int tenths = (int)(10 * done / total);
        lock (_gate)
        {
            if (tenths <= _tenthsPrinted)
            {
                return;
            }

            _tenthsPrinted = tenths;
            double left = done == 0 ? 0 : _clock.Elapsed.TotalSeconds * (total - done) / done;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_label}: {done}/{total} {_unit} ({10 * tenths}%), {Rate(done)} {_unit}/s, about {left:0} s left"));
        }
    }

    private string Rate(long done) => (done / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3)).ToString("0.0", CultureInfo.InvariantCulture);

    private sealed class Callback(Action<long, long> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value.Done, value.Total);
    }
}
