using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>
/// What every GOV.UK form component needs to know about the field it renders: its name and id, the value
/// to show (what the person typed, when the page is redisplayed with errors) and its first error.
/// </summary>
internal sealed class FormField
{
    private FormField(string name, string id, string? attemptedValue, IReadOnlyList<string>? attemptedValues, object? modelValue, string? error, string displayName)
    {
        Name = name;
        Id = id;
        AttemptedValue = attemptedValue;
        AttemptedValues = attemptedValues;
        ModelValue = modelValue;
        Error = error;
        DisplayName = displayName;
    }

    public string Name { get; }

    public string Id { get; }

    public string? AttemptedValue { get; }

    /// <summary>Each value posted, for radios and checkboxes: a value may itself contain a comma.</summary>
    public IReadOnlyList<string>? AttemptedValues { get; }

    public object? ModelValue { get; }

    public string? Error { get; }

    public string DisplayName { get; }

    public bool HasError => Error is not null;

    public string ErrorId => Id + "-error";

    public string HintId => Id + "-hint";

    /// <summary>The value to put back in the field: what was typed if the form was posted, else the model's.</summary>
    public string? Value => AttemptedValue ?? FormatModelValue(ModelValue);

    public static FormField From(ModelExpression expression, ViewContext viewContext)
    {
        var name = viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        var id = IdFor(name);
        viewContext.ViewData.ModelState.TryGetValue(name, out var entry);
        var error = entry?.Errors.FirstOrDefault()?.ErrorMessage;
        var displayName = expression.Metadata.DisplayName ?? expression.Metadata.Name ?? expression.Name;
        IReadOnlyList<string>? attemptedValues = entry?.AttemptedValue is null ? null : entry.RawValue switch
        {
            string[] values => values,
            string value => [value],
            _ => [entry.AttemptedValue],
        };
        return new FormField(name, id, entry?.AttemptedValue, attemptedValues, expression.Model, string.IsNullOrEmpty(error) ? null : error, displayName);
    }

    /// <summary>The HTML id the error summary links to for a model-state key.</summary>
    public static string IdFor(string name) => TagBuilder.CreateSanitizedId(name, "_");

    public static string? FormatModelValue(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public IHtmlContent ErrorMessage()
    {
        var builder = new HtmlContentBuilder();
        if (Error is null)
        {
            return builder;
        }

        builder.AppendHtml($"<p id=\"{ErrorId}\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">{(Resources.FamilyViewText.IsWelsh ? "Gwall:" : "Error:")}</span> ");
        builder.Append(Error);
        builder.AppendHtml("</p>");
        return builder;
    }

    public IHtmlContent Hint(string? hint)
    {
        var builder = new HtmlContentBuilder();
        if (!string.IsNullOrEmpty(hint))
        {
            builder.AppendHtml($"<div id=\"{HintId}\" class=\"govuk-hint\">");
            builder.Append(hint);
            builder.AppendHtml("</div>");
        }

        return builder;
    }

    public string DescribedBy(string? hint, params string?[] extra)
    {
        var ids = new List<string>();
        if (!string.IsNullOrEmpty(hint))
        {
            ids.Add(HintId);
        }

        ids.AddRange(extra.Where(e => !string.IsNullOrEmpty(e))!);
        if (HasError)
        {
            ids.Add(ErrorId);
        }

        return string.Join(' ', ids);
    }

    public static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? string.Empty);
}
