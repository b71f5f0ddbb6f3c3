using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.WebUtilities;

namespace FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK pagination for a list: previous, numbered pages (with ellipses when there are many) and next.
/// Links keep the page's other query values (filters, sort) and change only <c>page</c> (<see cref="QueryName"/>).
/// </summary>
[HtmlTargetElement("govuk-pagination", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PaginationTagHelper : TagHelper
{
    /// <summary>The query value that carries the page number; pages bind it with <see cref="PageNumberAttribute"/>.</summary>
    public const string QueryName = "page";

    [HtmlAttributeName("current-page")]
    public int CurrentPage { get; set; } = 1;

    [HtmlAttributeName("total-pages")]
    public int TotalPages { get; set; } = 1;

    /// <summary>The query value for this list's page, when a page pages more than one list (bound with <c>[PageNumber("name")]</c>).</summary>
    [HtmlAttributeName("query-name")]
    public string Name { get; set; } = QueryName;

    /// <summary>A fragment to return to (the list's heading), when a page pages more than one list.</summary>
    [HtmlAttributeName("fragment")]
    public string? Fragment { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (TotalPages <= 1)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-pagination");
        output.Attributes.SetAttribute("aria-label", "Pagination");
        var html = new HtmlContentBuilder();
        if (CurrentPage > 1)
        {
            html.AppendHtml($"<div class=\"govuk-pagination__prev\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Link(CurrentPage - 1)}\" rel=\"prev\"><svg class=\"govuk-pagination__icon govuk-pagination__icon--prev\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z\"></path></svg><span class=\"govuk-pagination__link-title\">Previous<span class=\"govuk-visually-hidden\"> page</span></span></a></div>");
        }

        html.AppendHtml("<ul class=\"govuk-pagination__list\">");
        int? previous = null;
        foreach (var page in PagesToShow())
        {
            if (previous is not null && page > previous + 1)
            {
                html.AppendHtml("<li class=\"govuk-pagination__item govuk-pagination__item--ellipses\">&ctdot;</li>");
            }

            html.AppendHtml(page == CurrentPage
                ? $"<li class=\"govuk-pagination__item govuk-pagination__item--current\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Link(page)}\" aria-label=\"Page {page}\" aria-current=\"page\">{page}</a></li>"
                : $"<li class=\"govuk-pagination__item\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Link(page)}\" aria-label=\"Page {page}\">{page}</a></li>");
            previous = page;
        }

        html.AppendHtml("</ul>");
        if (CurrentPage < TotalPages)
        {
            html.AppendHtml($"<div class=\"govuk-pagination__next\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Link(CurrentPage + 1)}\" rel=\"next\"><span class=\"govuk-pagination__link-title\">Next<span class=\"govuk-visually-hidden\"> page</span></span><svg class=\"govuk-pagination__icon govuk-pagination__icon--next\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z\"></path></svg></a></div>");
        }

        output.Content.SetHtmlContent(html);
    }

    /// <summary>First, last, and the current page with one either side.</summary>
    private IEnumerable<int> PagesToShow() =>
        new[] { 1, CurrentPage - 1, CurrentPage, CurrentPage + 1, TotalPages }
            .Where(p => p >= 1 && p <= TotalPages)
            .Distinct()
            .Order();

    private string Link(int page)
    {
        var request = ViewContext.HttpContext.Request;
        var query = request.Query
            .Where(q => !string.Equals(q.Key, Name, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>(Name, page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return FormField.Encode(QueryHelpers.AddQueryString((request.PathBase + request.Path).ToString(), query) + (Fragment is null ? string.Empty : "#" + Fragment));
    }
}
