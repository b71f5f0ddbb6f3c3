using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>GOV.UK select: <c>&lt;govuk-select for="TeamId" items="Model.Teams" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelectTagHelper : LabelledFieldTagHelper
{
    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FormField.From(For, ViewContext);
        FormGroup(output, field);
        var selected = field.Value;
        var describedBy = field.DescribedBy(Hint);

        var select = new HtmlContentBuilder();
        select.AppendHtml($"<select class=\"govuk-select{(field.HasError ? " govuk-select--error" : string.Empty)}\" id=\"{field.Id}\" name=\"{field.Name}\"{(describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : string.Empty)}>");
        foreach (var item in Items)
        {
            var isSelected = selected is null ? item.Selected : string.Equals(item.Value, selected, StringComparison.OrdinalIgnoreCase);
            select.AppendHtml($"<option value=\"{FormField.Encode(item.Value)}\"{(isSelected ? " selected" : string.Empty)}>");
            select.Append(item.Text);
            select.AppendHtml("</option>");
        }

        select.AppendHtml("</select>");
        output.Content.AppendHtml(LabelHtml(field));
        output.Content.AppendHtml(field.Hint(Hint));
        output.Content.AppendHtml(field.ErrorMessage());
        output.Content.AppendHtml(select);
    }
}
