using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK radios and checkboxes: a fieldset with a legend whose items are <c>govuk-radios-item</c> or
/// <c>govuk-checkboxes-item</c> children. An item's child content is its conditional reveal.
/// </summary>
public abstract class ChoicesTagHelper : FieldsetTagHelper
{
    [HtmlAttributeName("inline")]
    public bool Inline { get; set; }

    internal abstract string Kind { get; }

    public override void Init(TagHelperContext context)
    {
        var field = FormField.From(For, ViewContext);
        context.Items[typeof(ChoicesContext)] = new ChoicesContext(Kind, field, SelectedValues(field));
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var choices = (ChoicesContext)context.Items[typeof(ChoicesContext)];
        var field = choices.Field;
        var items = await output.GetChildContentAsync();

        OpenFieldset(output, field);
        output.Content.AppendHtml($"<div class=\"govuk-{Kind}{(Inline ? $" govuk-{Kind}--inline" : string.Empty)}\" data-module=\"govuk-{Kind}\">");
        output.Content.AppendHtml(items);
        output.Content.AppendHtml("</div></fieldset>");
    }

    private static HashSet<string> SelectedValues(FormField field)
    {
        var selected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (field.AttemptedValues is not null)
        {
            selected.UnionWith(field.AttemptedValues);
            return selected;
        }

        switch (field.ModelValue)
        {
            case null:
                break;
            case string s:
                selected.Add(s);
                break;
            case System.Collections.IEnumerable values:
                foreach (var value in values)
                {
                    if (FormField.FormatModelValue(value) is { } formatted)
                    {
                        selected.Add(formatted);
                    }
                }

                break;
            default:
                if (FormField.FormatModelValue(field.ModelValue) is { } single)
                {
                    selected.Add(single);
                }

                break;
        }

        return selected;
    }
}

internal sealed class ChoicesContext(string kind, FormField field, HashSet<string> selected)
{
    private int _count;

    public string Kind { get; } = kind;

    public FormField Field { get; } = field;

    public bool IsSelected(string value) => selected.Contains(value);

    /// <summary>The first item takes the field's own id, so the error summary's link lands on it.</summary>
    public string NextItemId() => ++_count == 1 ? Field.Id : $"{Field.Id}-{_count}";
}

/// <summary>A radio item. Child content becomes its conditional reveal, shown when it is chosen.</summary>
[HtmlTargetElement("govuk-radios-item", ParentTag = "govuk-radios")]
[HtmlTargetElement("govuk-checkboxes-item", ParentTag = "govuk-checkboxes")]
public sealed class ChoiceItemTagHelper : TagHelper
{
    [HtmlAttributeName("value")]
    public string Value { get; set; } = string.Empty;

    [HtmlAttributeName("label")]
    public string Label { get; set; } = string.Empty;

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>For a checkbox that clears the others ("None of these").</summary>
    [HtmlAttributeName("exclusive")]
    public bool Exclusive { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var choices = (ChoicesContext)context.Items[typeof(ChoicesContext)];
        var kind = choices.Kind;
        var type = kind == "radios" ? "radio" : "checkbox";
        var id = choices.NextItemId();
        var isChecked = choices.IsSelected(Value);
        var conditional = (await output.GetChildContentAsync()).GetContent();
        var hasConditional = !string.IsNullOrWhiteSpace(conditional);
        var conditionalId = $"conditional-{id}";
        var hintId = $"{id}-item-hint";

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"govuk-{kind}__item");
        var html = new HtmlContentBuilder();
        html.AppendHtml($"<input class=\"govuk-{kind}__input\" id=\"{id}\" name=\"{choices.Field.Name}\" type=\"{type}\" value=\"{FormField.Encode(Value)}\"");
        html.AppendHtml(isChecked ? " checked" : string.Empty);
        html.AppendHtml(hasConditional ? $" data-aria-controls=\"{conditionalId}\"" : string.Empty);
        html.AppendHtml(Hint is null ? string.Empty : $" aria-describedby=\"{hintId}\"");
        html.AppendHtml(Exclusive ? " data-behaviour=\"exclusive\"" : string.Empty);
        html.AppendHtml(">");
        html.AppendHtml($"<label class=\"govuk-label govuk-{kind}__label\" for=\"{id}\">{FormField.Encode(Label)}</label>");
        if (Hint is not null)
        {
            html.AppendHtml($"<div id=\"{hintId}\" class=\"govuk-hint govuk-{kind}__hint\">{FormField.Encode(Hint)}</div>");
        }

        output.Content.SetHtmlContent(html);
        if (hasConditional)
        {
            output.PostElement.AppendHtml($"<div class=\"govuk-{kind}__conditional{(isChecked ? string.Empty : $" govuk-{kind}__conditional--hidden")}\" id=\"{conditionalId}\">{conditional}</div>");
        }
    }
}

/// <summary>The "or" between radio items.</summary>
[HtmlTargetElement("govuk-radios-divider", ParentTag = "govuk-radios")]
public sealed class RadiosDividerTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.Attributes.SetAttribute("class", "govuk-radios__divider");
    }
}

/// <summary>The "or" before an exclusive checkbox such as "None" or "Not yet".</summary>
[HtmlTargetElement("govuk-checkboxes-divider", ParentTag = "govuk-checkboxes")]
public sealed class CheckboxesDividerTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.Attributes.SetAttribute("class", "govuk-checkboxes__divider");
    }
}

/// <summary>GOV.UK radios: <c>&lt;govuk-radios for="Answer" legend="..."&gt;&lt;govuk-radios-item value="yes" label="Yes" /&gt;...</c></summary>
[HtmlTargetElement("govuk-radios")]
public sealed class RadiosTagHelper : ChoicesTagHelper
{
    internal override string Kind => "radios";
}

/// <summary>GOV.UK checkboxes, bound to a collection (or a single bool with one item of value "true").</summary>
[HtmlTargetElement("govuk-checkboxes")]
public sealed class CheckboxesTagHelper : ChoicesTagHelper
{
    internal override string Kind => "checkboxes";
}
