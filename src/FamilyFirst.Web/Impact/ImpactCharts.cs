using System.Globalization;
using System.Text;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Domain.Outcomes;
using Microsoft.AspNetCore.Html;

namespace FamilyFirst.Web.Impact;

/// <summary>One bar of a chart: its label, the percentage it shows (none when there is nothing to count), and the words beside it ("36 of 40").</summary>
public sealed record ChartBar(string Label, decimal? Percent, string ValueText);

/// <summary>
/// Charts drawn on the server as SVG, so they work without JavaScript: horizontal bars on a 0 to 100% scale,
/// each bar filled with a black pattern (hatching, dots, cross-hatching) and labelled with its figures, so it
/// reads the same in greyscale or printed, and never relies on colour. Every chart is shown with a one-line
/// summary and a data table by the page; the SVG's title and description repeat the summary for screen readers.
/// </summary>
public static class ImpactCharts
{
    private const int Width = 720;
    private const int LabelWidth = 190;
    private const int ValueWidth = 170;
    private const int BarHeight = 26;
    private const int RowHeight = 40;
    private const int Top = 10;
    private const int AxisHeight = 30;

    private static readonly string[] Patterns = ["hatch", "dots", "cross"];

    /// <summary>A horizontal bar chart. <paramref name="id"/> must be unique on the page.</summary>
    public static IHtmlContent Bars(string id, string title, string summary, IReadOnlyList<ChartBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var plotWidth = Width - LabelWidth - ValueWidth;
        var height = Top + bars.Count * RowHeight + AxisHeight;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"app-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\" font-family=\"arial, sans-serif\">"));
        svg.Append(Invariant($"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(summary)}</desc>"));
        svg.Append("<defs>");
        svg.Append(Invariant($"<pattern id=\"{id}-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#0b0c0c\" stroke-width=\"4\"/></pattern>"));
        svg.Append(Invariant($"<pattern id=\"{id}-dots\" width=\"7\" height=\"7\" patternUnits=\"userSpaceOnUse\"><rect width=\"7\" height=\"7\" fill=\"#ffffff\"/><circle cx=\"3.5\" cy=\"3.5\" r=\"2\" fill=\"#0b0c0c\"/></pattern>"));
        svg.Append(Invariant($"<pattern id=\"{id}-cross\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"#ffffff\"/><path d=\"M0 0L8 8M8 0L0 8\" stroke=\"#0b0c0c\" stroke-width=\"1.5\"/></pattern>"));
        svg.Append("</defs>");

        // Grid lines and axis labels at 0, 25, 50, 75 and 100%.
        var axisY = Top + bars.Count * RowHeight;
        for (var tick = 0; tick <= 100; tick += 25)
        {
            var x = LabelWidth + plotWidth * tick / 100.0;
            svg.Append(Invariant($"<line x1=\"{x:0.#}\" y1=\"{Top}\" x2=\"{x:0.#}\" y2=\"{axisY}\" stroke=\"#505a5f\" stroke-width=\"1\" stroke-dasharray=\"{(tick == 0 ? "none" : "2 3")}\"/>"));
            svg.Append(Invariant($"<text x=\"{x:0.#}\" y=\"{axisY + 20}\" text-anchor=\"middle\" font-size=\"14\" fill=\"#0b0c0c\">{tick}%</text>"));
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + i * RowHeight + (RowHeight - BarHeight) / 2;
            var textY = y + BarHeight / 2 + 5;
            svg.Append(Invariant($"<text x=\"{LabelWidth - 8}\" y=\"{textY}\" text-anchor=\"end\" font-size=\"15\" fill=\"#0b0c0c\">{Encode(bar.Label)}</text>"));
            var barWidth = bar.Percent is { } p ? (double)Math.Clamp(p, 0m, 100m) / 100.0 * plotWidth : 0;
            if (bar.Percent is not null)
            {
                svg.Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{Math.Max(barWidth, 1):0.#}\" height=\"{BarHeight}\" fill=\"url(#{id}-{Patterns[i % Patterns.Length]})\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>"));
            }

            var valueText = bar.Percent is { } shown ? Invariant($"{shown:0.0}% ({bar.ValueText})") : bar.ValueText;
            svg.Append(Invariant($"<text x=\"{LabelWidth + barWidth + 8:0.#}\" y=\"{textY}\" font-size=\"15\" font-weight=\"700\" fill=\"#0b0c0c\">{Encode(valueText)}</text>"));
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The three headline figures as bars.</summary>
    public static IReadOnlyList<ChartBar> HeadlineBars(ImpactFigures figures) =>
        ImpactHeadlines.From(figures).Select(h => new ChartBar(ShortName(h.Key), h.Percent, Invariant($"{h.Count:N0} of {h.Denominator:N0}"))).ToList();

    /// <summary>"Offending", "School attendance", "Employment": the headline's name on an axis.</summary>
    public static string ShortName(string headlineKey) => headlineKey switch
    {
        ImpactHeadlines.Offending => "Offending reduced",
        ImpactHeadlines.Education => "Attendance over 85%",
        ImpactHeadlines.Employment => "Adult into work",
        _ => headlineKey,
    };

    /// <summary>One line saying what the headline chart shows.</summary>
    public static string HeadlineSummary(ImpactFigures figures)
    {
        var headlines = ImpactHeadlines.From(figures).Where(h => h.Percent is not null).ToList();
        if (headlines.Count == 0)
        {
            return "There are no families yet whose results can be counted for the headline figures.";
        }

        var highest = headlines.MaxBy(h => h.Percent)!;
        var lowest = headlines.MinBy(h => h.Percent)!;
        return headlines.Count == 1
            ? Invariant($"{highest.Percent:0.0}% of {highest.Noun} {highest.Wording}.")
            : Invariant($"The highest headline figure is {ShortName(highest.Key).ToLowerInvariant()} at {highest.Percent:0.0}%; the lowest is {ShortName(lowest.Key).ToLowerInvariant()} at {lowest.Percent:0.0}%.");
    }

    /// <summary>The bars of one headline's trend, one for each attachment quarter.</summary>
    public static IReadOnlyList<ChartBar> TrendBars(IReadOnlyList<QuarterFigures> quarters, string headlineKey) =>
        quarters.Select(q =>
        {
            var h = ImpactHeadlines.From(q.Figures).Single(x => x.Key == headlineKey);
            return new ChartBar(q.ShortLabel, h.Percent, h.Denominator == 0 ? "none to count" : Invariant($"{h.Count:N0} of {h.Denominator:N0}"));
        }).ToList();

    /// <summary>One line saying how a headline moved from the first quarter with a figure to the last.</summary>
    public static string TrendSummary(IReadOnlyList<QuarterFigures> quarters, string headlineKey)
    {
        var points = quarters
            .Select(q => (q.Label, ImpactHeadlines.From(q.Figures).Single(x => x.Key == headlineKey)))
            .Where(p => p.Item2.Percent is not null)
            .ToList();
        var name = ShortName(headlineKey).ToLowerInvariant();
        return points.Count switch
        {
            0 => $"No attachment quarter yet has families to count for {name}.",
            1 => Invariant($"Only families attached in {points[0].Label} can be counted for {name}: {points[0].Item2.Percent:0.0}%."),
            _ => Invariant($"For {name}, families attached in {points[0].Label} reached {points[0].Item2.Percent:0.0}%, and those attached in {points[^1].Label} {points[^1].Item2.Percent:0.0}%") + Direction(points[0].Item2.Percent!.Value, points[^1].Item2.Percent!.Value),
        };
    }

    private static string Direction(decimal first, decimal last) =>
        last > first ? " (higher)." : last < first ? " (lower)." : " (the same).";

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
