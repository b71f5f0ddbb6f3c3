using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK table: write plain <c>thead</c>, <c>tbody</c>, <c>tr</c>, <c>th</c> and <c>td</c> inside
/// <c>&lt;govuk-table caption="..."&gt;</c> and they get the Design System's classes.
/// </summary>
[HtmlTargetElement("govuk-table")]
public sealed class TableTagHelper : TagHelper
{
    [HtmlAttributeName("caption")]
    public string? Caption { get; set; }

    /// <summary>govuk-table__caption--s, --m or --l.</summary>
    [HtmlAttributeName("caption-class")]
    public string CaptionClass { get; set; } = "govuk-table__caption--m";

    public override void Init(TagHelperContext context) => context.Items[typeof(TableTagHelper)] = true;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "table";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-table");
        if (Caption is not null)
        {
            output.PreContent.AppendHtml($"<caption class=\"govuk-table__caption {CaptionClass}\">{FormField.Encode(Caption)}</caption>");
        }
    }
}

/// <summary>Adds the GOV.UK table classes to the parts of a table inside <c>govuk-table</c>.</summary>
[HtmlTargetElement("thead")]
[HtmlTargetElement("tbody")]
[HtmlTargetElement("tr")]
[HtmlTargetElement("th")]
[HtmlTargetElement("td")]
public sealed class TablePartTagHelper : TagHelper
{
    /// <summary>Right-aligns a numeric cell.</summary>
    [HtmlAttributeName("numeric")]
    public bool Numeric { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.Items.ContainsKey(typeof(TableTagHelper)))
        {
            return;
        }

        var part = output.TagName switch
        {
            "thead" => "govuk-table__head",
            "tbody" => "govuk-table__body",
            "tr" => "govuk-table__row",
            "th" => "govuk-table__header",
            _ => "govuk-table__cell",
        };
        if (Numeric && output.TagName is "th" or "td")
        {
            part += output.TagName == "th" ? " govuk-table__header--numeric" : " govuk-table__cell--numeric";
        }

        var existing = output.Attributes["class"]?.Value?.ToString();
        output.Attributes.SetAttribute("class", existing is null ? part : $"{part} {existing}");
    }
}
