using Microsoft.AspNetCore.Html;

namespace FamilyFirst.Web.Pages.Enquiry;

/// <summary>
/// A text field people never see or reach (hidden visually and from assistive technology, out of the tab
/// order) that form-filling robots complete. A form that comes back with it filled in is not accepted.
/// </summary>
public static class Honeypot
{
    public const string FieldName = "website";

    /// <summary>Shown if a person's browser ever fills it in: they can still reach us.</summary>
    public const string Message = "Sorry, we could not accept this form. Call us instead.";

    public static bool IsFilled(string? value) => !string.IsNullOrEmpty(value);

    public static IHtmlContent Field() => new HtmlString(
        $"<div class=\"govuk-visually-hidden\" aria-hidden=\"true\"><label for=\"{FieldName}\">Leave this field empty</label><input id=\"{FieldName}\" name=\"{FieldName}\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\"></div>");
}
