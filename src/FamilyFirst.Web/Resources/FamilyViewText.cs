using System.Globalization;
using Microsoft.Extensions.Localization;

namespace FamilyFirst.Web.Resources;

/// <summary>
/// The family view's interface text, in <c>FamilyViewText.resx</c> (English) and <c>FamilyViewText.cy.resx</c> (Welsh).
/// Pages ask for it through <see cref="IStringLocalizer{FamilyViewText}"/>; the family member picks the language.
/// </summary>
public sealed class FamilyViewText
{
    public const string English = "en-GB";
    public const string Welsh = "cy";

    public static readonly IReadOnlyList<CultureInfo> Cultures = [new(English), new(Welsh)];

    public static bool IsWelsh => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "cy";

    /// <summary>"4 June 2027" or "4 Mehefin 2027".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}
