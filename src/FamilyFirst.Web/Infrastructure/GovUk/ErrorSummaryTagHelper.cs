using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK error summary built from ModelState: one link per field in error, to the field. GOV.UK Frontend's
/// script moves focus to it when the page loads. Renders nothing when there are no errors.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = default!;

    /// <summary>The summary's heading; pages in another language pass their own.</summary>
    [HtmlAttributeName("title")]
    public string Title { get; set; } = "There is a problem";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ViewData.ModelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .Select(e => (Key: e.Key, Message: e.Value!.Errors[0].ErrorMessage))
            .Where(e => !string.IsNullOrEmpty(e.Message))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        output.Content.AppendHtml("<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">");
        output.Content.AppendHtml(FormField.Encode(Title));
        output.Content.AppendHtml("</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
        foreach (var (key, message) in errors)
        {
            output.Content.AppendHtml(key.Length == 0
                ? $"<li>{FormField.Encode(message)}</li>"
                : $"<li><a href=\"#{FormField.IdFor(key)}\">{FormField.Encode(message)}</a></li>");
        }

        output.Content.AppendHtml("</ul></div></div>");
    }
}
