using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>Shared attributes of the GOV.UK components that are a single labelled field.</summary>
public abstract class LabelledFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    /// <summary>The label text; defaults to the property's display name.</summary>
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>Wrap the label in the page's h1, for one-question pages.</summary>
    [HtmlAttributeName("is-page-heading")]
    public bool IsPageHeading { get; set; }

    /// <summary>Extra label classes, for example govuk-label--l.</summary>
    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = default!;

    internal IHtmlContent LabelHtml(FormField field)
    {
        var labelClass = "govuk-label" + (LabelClass is null ? IsPageHeading ? " govuk-label--l" : string.Empty : " " + LabelClass);
        var label = $"<label class=\"{labelClass}\" for=\"{field.Id}\">{FormField.Encode(Label ?? field.DisplayName)}</label>";
        return new HtmlString(IsPageHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label);
    }

    internal static void FormGroup(TagHelperOutput output, FormField field, string? extraClass = null)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-form-group" + (field.HasError ? " govuk-form-group--error" : string.Empty) + (extraClass is null ? string.Empty : " " + extraClass));
    }
}
