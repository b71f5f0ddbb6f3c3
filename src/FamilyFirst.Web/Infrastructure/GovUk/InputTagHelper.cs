using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>GOV.UK text input: <c>&lt;govuk-input for="Email" type="email" autocomplete="email" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InputTagHelper : LabelledFieldTagHelper
{
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    /// <summary>Fixed width in characters (2, 3, 4, 5, 10, 20, 30), or omitted for full width.</summary>
    [HtmlAttributeName("width")]
    public int? Width { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FormField.From(For, ViewContext);
        FormGroup(output, field);

        var classes = "govuk-input" + (Width is null ? string.Empty : $" govuk-input--width-{Width}") + (field.HasError ? " govuk-input--error" : string.Empty);
        var describedBy = field.DescribedBy(Hint);
        var input = new HtmlContentBuilder();
        input.AppendHtml($"<input class=\"{classes}\" id=\"{field.Id}\" name=\"{field.Name}\" type=\"{FormField.Encode(Type)}\" value=\"{FormField.Encode(Type == "password" ? null : field.Value)}\"");
        if (describedBy.Length > 0)
        {
            input.AppendHtml($" aria-describedby=\"{describedBy}\"");
        }

        if (Autocomplete is not null)
        {
            input.AppendHtml($" autocomplete=\"{FormField.Encode(Autocomplete)}\"");
        }

        if (InputMode is not null)
        {
            input.AppendHtml($" inputmode=\"{FormField.Encode(InputMode)}\"");
        }

        if (Spellcheck is not null)
        {
            input.AppendHtml($" spellcheck=\"{(Spellcheck.Value ? "true" : "false")}\"");
        }

        input.AppendHtml(">");

        output.Content.AppendHtml(LabelHtml(field));
        output.Content.AppendHtml(field.Hint(Hint));
        output.Content.AppendHtml(field.ErrorMessage());
        output.Content.AppendHtml(input);
    }
}
