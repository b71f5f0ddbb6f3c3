using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK textarea, with the character count when <c>max-length</c> is set:
/// <c>&lt;govuk-textarea for="Details" max-length="2000" /&gt;</c>. The limit is enforced on the server by the
/// model's validation; the count only helps people see it as they type.
/// </summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextareaTagHelper : LabelledFieldTagHelper
{
    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    [HtmlAttributeName("max-length")]
    public int? MaxLength { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FormField.From(For, ViewContext);
        FormGroup(output, field, MaxLength is null ? null : "govuk-character-count");
        if (MaxLength is not null)
        {
            output.Attributes.SetAttribute("data-module", "govuk-character-count");
            output.Attributes.SetAttribute("data-maxlength", MaxLength.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var infoId = field.Id + "-info";
        var describedBy = field.DescribedBy(Hint, MaxLength is null ? null : infoId);
        var classes = "govuk-textarea" + (MaxLength is null ? string.Empty : " govuk-js-character-count") + (field.HasError ? " govuk-textarea--error" : string.Empty);

        var textarea = new HtmlContentBuilder();
        textarea.AppendHtml($"<textarea class=\"{classes}\" id=\"{field.Id}\" name=\"{field.Name}\" rows=\"{Rows}\"");
        if (describedBy.Length > 0)
        {
            textarea.AppendHtml($" aria-describedby=\"{describedBy}\"");
        }

        if (Spellcheck is not null)
        {
            textarea.AppendHtml($" spellcheck=\"{(Spellcheck.Value ? "true" : "false")}\"");
        }

        // A newline after the start tag keeps a value that itself starts with a newline intact.
        textarea.AppendHtml(">\n");
        textarea.Append(field.Value ?? string.Empty);
        textarea.AppendHtml("</textarea>");

        output.Content.AppendHtml(LabelHtml(field));
        output.Content.AppendHtml(field.Hint(Hint));
        output.Content.AppendHtml(field.ErrorMessage());
        output.Content.AppendHtml(textarea);
        if (MaxLength is not null)
        {
            // Written the UK way ("2,000") whatever culture the server runs in.
            var limit = MaxLength.Value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
            output.Content.AppendHtml($"<div id=\"{infoId}\" class=\"govuk-hint govuk-character-count__message\">You can enter up to {limit} characters</div>");
        }
    }
}
