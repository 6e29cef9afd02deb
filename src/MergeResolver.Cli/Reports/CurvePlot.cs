using System.Globalization;
using ScottPlot;

namespace MergeResolver.Cli.Reports;

/// <summary>The precision/coverage curve of an evaluation as a PNG, beside the baselines' points.</summary>
internal static class CurvePlot
{
    /// <summary>One point of the picture: a threshold of the ranker, or a baseline.</summary>
    public sealed record Point(string Label, double CoveragePct, double PrecisionPct);

    public static void Save(string path, string title, IReadOnlyList<Point> curve, IReadOnlyList<Point> baselines)
    {
        var plot = new Plot();
        var line = plot.Add.Scatter(curve.Select(p => p.CoveragePct).ToArray(), curve.Select(p => p.PrecisionPct).ToArray());
        line.LegendText = "ranker, threshold from 0 to 0.99 (hunks that are one git conflict)";
        foreach (var p in curve)
        {
            var text = plot.Add.Text(p.Label, p.CoveragePct, p.PrecisionPct);
            text.LabelFontSize = 10;
            text.OffsetY = -4;
        }

        foreach (var b in baselines)
        {
            var marker = plot.Add.Marker(b.CoveragePct, b.PrecisionPct, MarkerShape.FilledSquare, 9);
            marker.LegendText = string.Create(CultureInfo.InvariantCulture, $"{b.Label} ({b.PrecisionPct:0.#}% at {b.CoveragePct:0.#}%)");
        }

        plot.Axes.SetLimits(0, 105, 0, 100);
        plot.Title(title);
        plot.XLabel("coverage: hunks resolved (%)");
        plot.YLabel("precision: resolved hunks that are right (%)");
        plot.ShowLegend(Alignment.LowerLeft);
        plot.SavePng(path, 900, 600);
    }
}
