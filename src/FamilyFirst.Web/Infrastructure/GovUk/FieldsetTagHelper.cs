using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>
/// The GOV.UK components that group several inputs in a fieldset with a legend (radios, checkboxes,
/// date input): their shared attributes and the fieldset's opening markup.
/// </summary>
public abstract class FieldsetTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    [HtmlAttributeName("legend")]
    public string? Legend { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>Wrap the legend in the page's h1, for one-question pages.</summary>
    [HtmlAttributeName("is-page-heading")]
    public bool IsPageHeading { get; set; }

    [HtmlAttributeName("legend-class")]
    public string? LegendClass { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = default!;

    /// <summary>Opens the form group and fieldset and writes the legend, hint and error message.</summary>
    internal void OpenFieldset(TagHelperOutput output, FormField field, string? role = null)
    {
        LabelledFieldTagHelper.FormGroup(output, field);
        var describedBy = field.DescribedBy(Hint);
        var legendClass = "govuk-fieldset__legend" + (LegendClass is null ? IsPageHeading ? " govuk-fieldset__legend--l" : " govuk-fieldset__legend--m" : " " + LegendClass);
        var legendText = FormField.Encode(Legend ?? field.DisplayName);
        var legend = IsPageHeading ? $"<h1 class=\"govuk-fieldset__heading\">{legendText}</h1>" : legendText;

        output.Content.AppendHtml($"<fieldset class=\"govuk-fieldset\"{(role is null ? string.Empty : $" role=\"{role}\"")}{(describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : string.Empty)}>");
        output.Content.AppendHtml($"<legend class=\"{legendClass}\">{legend}</legend>");
        output.Content.AppendHtml(field.Hint(Hint));
        output.Content.AppendHtml(field.ErrorMessage());
    }
}
