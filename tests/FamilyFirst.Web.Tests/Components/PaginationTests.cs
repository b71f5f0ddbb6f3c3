using AngleSharp.Dom;
using FamilyFirst.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Http;

namespace FamilyFirst.Web.Tests.Components;

public class PaginationTests
{
    private static Task<IElement> Render(int current, int total, HttpContext? http = null) =>
        TagHelperHarness.RenderElementAsync(new Node("govuk-pagination", new PaginationTagHelper
        {
            CurrentPage = current,
            TotalPages = total,
            ViewContext = TagHelperHarness.CreateViewContext(http ?? TagHelperHarness.RequestTo("/admin/users")),
        }));

    private static List<string> Items(IElement nav) =>
        nav.QuerySelectorAll(".govuk-pagination__list > li").Select(li => li.TextContent.Trim()).ToList();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Pagination_ForOnePage_RendersNothing(int total)
    {
        var html = await TagHelperHarness.RenderHtmlAsync(new Node("govuk-pagination", new PaginationTagHelper
        {
            CurrentPage = 1,
            TotalPages = total,
            ViewContext = TagHelperHarness.CreateViewContext(TagHelperHarness.RequestTo("/admin/users")),
        }));

        Assert.Equal(string.Empty, html);
    }

    [Fact]
    public async Task Pagination_MiddlePage_HasPreviousNextAndTheCurrentPage()
    {
        var nav = await Render(2, 3);

        Assert.Equal("nav", nav.LocalName);
        Assert.Equal(["govuk-pagination"], nav.ClassList);
        Assert.Equal("Pagination", nav.GetAttribute("aria-label"));
        Assert.Equal(["div", "ul", "div"], nav.Children.Select(c => c.LocalName));

        var prev = nav.QuerySelector(".govuk-pagination__prev > a.govuk-link.govuk-pagination__link")!;
        Assert.Equal("prev", prev.GetAttribute("rel"));
        Assert.Equal("/admin/users?page=1", prev.GetAttribute("href"));
        Assert.Equal("Previous page", prev.QuerySelector(".govuk-pagination__link-title")!.TextContent);
        Assert.Equal(" page", prev.QuerySelector(".govuk-visually-hidden")!.TextContent);
        Assert.Equal("true", prev.QuerySelector("svg.govuk-pagination__icon--prev")!.GetAttribute("aria-hidden"));

        var next = nav.QuerySelector(".govuk-pagination__next > a.govuk-link.govuk-pagination__link")!;
        Assert.Equal("next", next.GetAttribute("rel"));
        Assert.Equal("/admin/users?page=3", next.GetAttribute("href"));
        Assert.Equal("Next page", next.QuerySelector(".govuk-pagination__link-title")!.TextContent);
        Assert.NotNull(next.QuerySelector("svg.govuk-pagination__icon--next"));

        Assert.Equal(["1", "2", "3"], Items(nav));
        var links = nav.QuerySelectorAll(".govuk-pagination__item > a.govuk-link.govuk-pagination__link").ToList();
        Assert.Equal(["Page 1", "Page 2", "Page 3"], links.Select(a => a.GetAttribute("aria-label")));
        Assert.Equal(["/admin/users?page=1", "/admin/users?page=2", "/admin/users?page=3"], links.Select(a => a.GetAttribute("href")));
        var current = Assert.Single(nav.QuerySelectorAll("[aria-current]"));
        Assert.Equal("page", current.GetAttribute("aria-current"));
        Assert.Equal("2", current.TextContent);
        Assert.Equal(["govuk-pagination__item", "govuk-pagination__item--current"], current.ParentElement!.ClassList);
        Assert.All(links.Where(a => a != current), a => Assert.Equal(["govuk-pagination__item"], a.ParentElement!.ClassList));
    }

    [Fact]
    public async Task Pagination_FirstPage_HasNoPrevious_LastPage_HasNoNext()
    {
        var first = await Render(1, 3);
        var last = await Render(3, 3);

        Assert.Null(first.QuerySelector(".govuk-pagination__prev"));
        Assert.NotNull(first.QuerySelector(".govuk-pagination__next"));
        Assert.NotNull(last.QuerySelector(".govuk-pagination__prev"));
        Assert.Null(last.QuerySelector(".govuk-pagination__next"));
        Assert.Equal("1", first.QuerySelector("[aria-current=page]")!.TextContent);
        Assert.Equal("3", last.QuerySelector("[aria-current=page]")!.TextContent);
    }

    [Theory]
    [InlineData(5, 10, new[] { "1", "⋯", "4", "5", "6", "⋯", "10" })]
    [InlineData(1, 10, new[] { "1", "2", "⋯", "10" })]
    [InlineData(10, 10, new[] { "1", "⋯", "9", "10" })]
    [InlineData(3, 10, new[] { "1", "2", "3", "4", "⋯", "10" })]
    [InlineData(2, 4, new[] { "1", "2", "3", "4" })]
    public async Task Pagination_ManyPages_UsesEllipses(int current, int total, string[] expected)
    {
        var nav = await Render(current, total);

        Assert.Equal(expected, Items(nav));
        Assert.All(
            nav.QuerySelectorAll(".govuk-pagination__list > li").Where(li => li.TextContent == "⋯"),
            li =>
            {
                Assert.Equal(["govuk-pagination__item", "govuk-pagination__item--ellipses"], li.ClassList);
                Assert.Null(li.QuerySelector("a"));
            });
    }

    [Fact]
    public async Task Pagination_Links_KeepTheOtherQueryValuesAndChangeOnlyThePage()
    {
        var nav = await Render(2, 3, TagHelperHarness.RequestTo("/admin/users", "?status=open&page=2&team=a&team=b&q=smith%20%26%20sons"));

        var next = nav.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href");
        Assert.Equal("/admin/users?status=open&team=a&team=b&q=smith%20%26%20sons&page=3", next);
        Assert.All(nav.QuerySelectorAll("a"), a => Assert.Single(a.GetAttribute("href")!.Split('?')[1].Split('&'), p => p.StartsWith("page=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Pagination_Links_KeepTheAppsPathBase()
    {
        var nav = await Render(1, 2, TagHelperHarness.RequestTo("/admin/users", "?status=open", pathBase: "/family-first"));

        Assert.Equal("/family-first/admin/users?status=open&page=2", nav.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href"));
    }
}
