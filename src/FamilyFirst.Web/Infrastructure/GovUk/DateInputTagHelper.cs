using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK date input (day, month, year) for a <see cref="DateOnly"/> property, bound by
/// <see cref="DateOnlyModelBinder"/>. When a part is missing only that part is highlighted.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateInputTagHelper : FieldsetTagHelper
{
    /// <summary>bday for a date of birth, so browsers can fill it in.</summary>
    [HtmlAttributeName("autocomplete-prefix")]
    public string? AutocompletePrefix { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FormField.From(For, ViewContext);
        var date = field.ModelValue as DateOnly?;
        var parts = new[]
        {
            new Part("Day", "day", 2, date?.Day, "-day"),
            new Part("Month", "month", 2, date?.Month, "-month"),
            new Part("Year", "year", 4, date?.Year, "-year"),
        };
        var modelState = ViewContext.ViewData.ModelState;
        var attempted = parts.Select(p => modelState.TryGetValue($"{field.Name}.{p.Label}", out var e) ? e.AttemptedValue : null).ToArray();
        var wasPosted = attempted.Any(a => a is not null);
        var someEmpty = attempted.Any(string.IsNullOrWhiteSpace) && attempted.Any(a => !string.IsNullOrWhiteSpace(a));

        OpenFieldset(output, field, role: "group");
        output.Content.AppendHtml($"<div class=\"govuk-date-input\" id=\"{field.Id}-group\">");
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var value = wasPosted ? attempted[i] : part.ModelValue?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var highlight = field.HasError && (!someEmpty || string.IsNullOrWhiteSpace(attempted[i]));
            var id = i == 0 ? field.Id : field.Id + part.IdSuffix;
            var autocomplete = AutocompletePrefix is null ? string.Empty : $" autocomplete=\"{AutocompletePrefix}-{part.Lower}\"";
            var html = new HtmlContentBuilder();
            html.AppendHtml("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">");
            html.AppendHtml($"<label class=\"govuk-label govuk-date-input__label\" for=\"{id}\">{part.Label}</label>");
            html.AppendHtml($"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{part.Width}{(highlight ? " govuk-input--error" : string.Empty)}\" id=\"{id}\" name=\"{field.Name}.{part.Label}\" type=\"text\" inputmode=\"numeric\" value=\"{FormField.Encode(value)}\"{autocomplete}>");
            html.AppendHtml("</div></div>");
            output.Content.AppendHtml(html);
        }

        output.Content.AppendHtml("</div></fieldset>");
    }

    private sealed record Part(string Label, string Lower, int Width, int? ModelValue, string IdSuffix);
}
