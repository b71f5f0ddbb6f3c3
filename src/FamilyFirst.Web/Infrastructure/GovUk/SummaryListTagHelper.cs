using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>GOV.UK summary list; rows are <c>govuk-summary-row</c> children.</summary>
[HtmlTargetElement("govuk-summary-list")]
public sealed class SummaryListTagHelper : TagHelper
{
    [HtmlAttributeName("no-border")]
    public bool NoBorder { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "dl";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-summary-list" + (NoBorder ? " govuk-summary-list--no-border" : string.Empty));
    }
}

/// <summary>
/// A summary list row: <c>key</c>, the value as <c>value</c> or child content, and an optional change link
/// whose hidden text names what it changes ("Change<span class=visually-hidden> email address</span>").
/// </summary>
[HtmlTargetElement("govuk-summary-row", ParentTag = "govuk-summary-list")]
public sealed class SummaryRowTagHelper : TagHelper
{
    [HtmlAttributeName("key")]
    public string Key { get; set; } = string.Empty;

    [HtmlAttributeName("value")]
    public string? Value { get; set; }

    [HtmlAttributeName("change-href")]
    public string? ChangeHref { get; set; }

    [HtmlAttributeName("change-text")]
    public string ChangeText { get; set; } = "Change";

    /// <summary>What the change link changes, for screen readers; defaults to the key in lower case.</summary>
    [HtmlAttributeName("change-hidden-text")]
    public string? ChangeHiddenText { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var child = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-summary-list__row" + (ChangeHref is null ? " govuk-summary-list__row--no-actions" : string.Empty));
        var html = new HtmlContentBuilder();
        html.AppendHtml("<dt class=\"govuk-summary-list__key\">").Append(Key).AppendHtml("</dt>");
        html.AppendHtml("<dd class=\"govuk-summary-list__value\">");
        if (Value is not null)
        {
            html.Append(Value);
        }
        else
        {
            html.AppendHtml(child);
        }

        html.AppendHtml("</dd>");
        if (ChangeHref is not null)
        {
            html.AppendHtml($"<dd class=\"govuk-summary-list__actions\"><a class=\"govuk-link\" href=\"{FormField.Encode(ChangeHref)}\">{FormField.Encode(ChangeText)}<span class=\"govuk-visually-hidden\"> {FormField.Encode(ChangeHiddenText ?? Key.ToLowerInvariant())}</span></a></dd>");
        }

        output.Content.SetHtmlContent(html);
    }
}
