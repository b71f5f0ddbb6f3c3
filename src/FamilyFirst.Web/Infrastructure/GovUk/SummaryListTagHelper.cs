using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK summary list; rows are <c>govuk-summary-row</c> children. The list writes the rows itself, once it
/// knows whether any has a change link: as in GOV.UK Frontend, rows without one are marked
/// <c>govuk-summary-list__row--no-actions</c> only when another row has one (else the list gains an empty column).
/// </summary>
[HtmlTargetElement("govuk-summary-list")]
public sealed class SummaryListTagHelper : TagHelper
{
    [HtmlAttributeName("no-border")]
    public bool NoBorder { get; set; }

    public override void Init(TagHelperContext context) => context.Items[typeof(SummaryListTagHelper)] = new List<SummaryRow>();

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var rows = (List<SummaryRow>)context.Items[typeof(SummaryListTagHelper)];
        await output.GetChildContentAsync();
        var anyRowHasActions = rows.Any(r => r.HasActions);

        output.TagName = "dl";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-summary-list" + (NoBorder ? " govuk-summary-list--no-border" : string.Empty));
        output.Content.Clear();
        foreach (var row in rows)
        {
            output.Content.AppendHtml($"<div class=\"govuk-summary-list__row{(anyRowHasActions && !row.HasActions ? " govuk-summary-list__row--no-actions" : string.Empty)}\">");
            output.Content.AppendHtml(row.Html);
            output.Content.AppendHtml("</div>");
        }
    }
}

internal sealed record SummaryRow(bool HasActions, string Html);

/// <summary>
/// A summary list row: <c>key</c>, the value as <c>value</c> or child content, and an optional change link
/// whose hidden text names what it changes ("Change<span class=visually-hidden> email address</span>").
/// A row whose <c>change-href</c> is null or empty has no action: Razor hands a string attribute written as
/// <c>change-href="@(canChange ? link : null)"</c> to the helper as an empty string, and an empty href would
/// only reload the page.
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
        var hasAction = !string.IsNullOrWhiteSpace(ChangeHref);
        if (hasAction)
        {
            html.AppendHtml($"<dd class=\"govuk-summary-list__actions\"><a class=\"govuk-link\" href=\"{FormField.Encode(ChangeHref!)}\">{FormField.Encode(ChangeText)}<span class=\"govuk-visually-hidden\"> {FormField.Encode(ChangeHiddenText ?? Key.ToLowerInvariant())}</span></a></dd>");
        }

        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        ((List<SummaryRow>)context.Items[typeof(SummaryListTagHelper)]).Add(new SummaryRow(hasAction, writer.ToString()));
        output.SuppressOutput();
    }
}
