using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>GOV.UK tag: <c>&lt;govuk-tag colour="green"&gt;Open&lt;/govuk-tag&gt;</c>.</summary>
[HtmlTargetElement("govuk-tag")]
public sealed class TagTagHelper : TagHelper
{
    /// <summary>grey, green, turquoise, blue, light-blue, purple, pink, red, orange or yellow; none for the default.</summary>
    [HtmlAttributeName("colour")]
    public string? Colour { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-tag" + (string.IsNullOrEmpty(Colour) ? string.Empty : $" govuk-tag--{Colour}"));
    }
}

/// <summary>
/// GOV.UK button. A submit button by default, protected against double clicks; with <c>href</c> a link that
/// looks like a button (a start button with <c>is-start</c>).
/// </summary>
[HtmlTargetElement("govuk-button")]
public sealed class ButtonTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    [HtmlAttributeName("secondary")]
    public bool Secondary { get; set; }

    [HtmlAttributeName("warning")]
    public bool Warning { get; set; }

    [HtmlAttributeName("is-start")]
    public bool IsStart { get; set; }

    [HtmlAttributeName("name")]
    public string? Name { get; set; }

    [HtmlAttributeName("value")]
    public string? Value { get; set; }

    [HtmlAttributeName("form-action")]
    public string? FormAction { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = "govuk-button" + (Secondary ? " govuk-button--secondary" : string.Empty) + (Warning ? " govuk-button--warning" : string.Empty) + (IsStart ? " govuk-button--start" : string.Empty);
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", classes);
        output.Attributes.SetAttribute("data-module", "govuk-button");
        if (Href is not null)
        {
            output.TagName = "a";
            output.Attributes.SetAttribute("href", Href);
            output.Attributes.SetAttribute("role", "button");
            output.Attributes.SetAttribute("draggable", "false");
            if (IsStart)
            {
                output.PostContent.AppendHtml("<svg class=\"govuk-button__start-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" height=\"19\" viewBox=\"0 0 33 40\" aria-hidden=\"true\" focusable=\"false\"><path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\" /></svg>");
            }

            return;
        }

        output.TagName = "button";
        output.Attributes.SetAttribute("type", "submit");
        output.Attributes.SetAttribute("data-prevent-double-click", "true");
        if (Name is not null)
        {
            output.Attributes.SetAttribute("name", Name);
        }

        if (Value is not null)
        {
            output.Attributes.SetAttribute("value", Value);
        }

        if (FormAction is not null)
        {
            output.Attributes.SetAttribute("formaction", FormAction);
        }
    }
}

/// <summary>GOV.UK confirmation panel: <c>&lt;govuk-panel title="Enquiry sent"&gt;Your reference ...&lt;/govuk-panel&gt;</c>.</summary>
[HtmlTargetElement("govuk-panel")]
public sealed class PanelTagHelper : TagHelper
{
    [HtmlAttributeName("title")]
    public string Title { get; set; } = string.Empty;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var body = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-panel govuk-panel--confirmation");
        output.Content.SetHtmlContent($"<h1 class=\"govuk-panel__title\">{FormField.Encode(Title)}</h1>");
        if (!body.IsEmptyOrWhiteSpace)
        {
            output.Content.AppendHtml("<div class=\"govuk-panel__body\">").AppendHtml(body).AppendHtml("</div>");
        }
    }
}

/// <summary>
/// GOV.UK notification banner. <c>success</c> gives the green "Success" banner used after an action
/// (it takes focus, so screen reader users hear what happened); otherwise the blue "Important" banner.
/// </summary>
[HtmlTargetElement("govuk-notification-banner")]
public sealed class NotificationBannerTagHelper : TagHelper
{
    [HtmlAttributeName("success")]
    public bool Success { get; set; }

    [HtmlAttributeName("title")]
    public string? Title { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var body = await output.GetChildContentAsync();
        var title = Title ?? (Success ? "Success" : "Important");
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-notification-banner" + (Success ? " govuk-notification-banner--success" : string.Empty));
        output.Attributes.SetAttribute("role", Success ? "alert" : "region");
        output.Attributes.SetAttribute("aria-labelledby", "govuk-notification-banner-title");
        output.Attributes.SetAttribute("data-module", "govuk-notification-banner");
        output.Content.SetHtmlContent($"<div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"govuk-notification-banner-title\">{FormField.Encode(title)}</h2></div><div class=\"govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading\">");
        output.Content.AppendHtml(body);
        output.Content.AppendHtml("</p></div>");
    }
}

/// <summary>GOV.UK back link: <c>&lt;govuk-back-link href="/enquiry/who" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-back-link", TagStructure = TagStructure.WithoutEndTag)]
public sealed class BackLinkTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string Href { get; set; } = "#";

    [HtmlAttributeName("text")]
    public string Text { get; set; } = "Back";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-back-link");
        output.Attributes.SetAttribute("href", Href);
        output.Content.SetContent(Text);
    }
}
