using System.Globalization;

namespace FamilyFirst.Domain.Outcomes;

/// <summary>A figure made safe to publish: small counts hidden, and percentages that would reveal them withheld.</summary>
public sealed record PublishedFigure(string Count, string Denominator, string? Percent, bool Suppressed);

/// <summary>
/// Statistical disclosure control for figures shown to the public: a count below the threshold (10 unless
/// configured) is shown as "fewer than 10", and any percentage built on such a count, or on such a
/// denominator, is withheld, so no published figure points to a handful of identifiable families.
/// </summary>
public static class DisclosureControl
{
    public const int DefaultThreshold = 10;

    public static string CountText(int count, int threshold = DefaultThreshold)
    {
        if (threshold < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), "The threshold is at least 1.");
        }

        return count < threshold
            ? $"fewer than {threshold.ToString(CultureInfo.InvariantCulture)}"
            : count.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));
    }

    /// <summary>"<paramref name="count"/> of <paramref name="denominator"/>, <c>percent</c>%", made safe to publish.</summary>
    public static PublishedFigure Publish(int count, int denominator, int threshold = DefaultThreshold)
    {
        var suppressed = count < threshold || denominator < threshold;
        var percent = suppressed ? null : WorkingText.Percent(count, denominator);
        return new PublishedFigure(
            CountText(count, threshold),
            CountText(denominator, threshold),
            percent is { } shown ? shown.ToString("0.0", CultureInfo.InvariantCulture) + "%" : null,
            suppressed);
    }
}
