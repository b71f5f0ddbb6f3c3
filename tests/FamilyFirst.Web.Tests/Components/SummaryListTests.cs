using AngleSharp.Dom;
using FamilyFirst.Web.Infrastructure.GovUk;

namespace FamilyFirst.Web.Tests.Components;

public class SummaryListTests
{
    [Fact]
    public async Task SummaryList_RowsWithChangeLinks()
    {
        var list = new Node("govuk-summary-list", new SummaryListTagHelper()).Containing(
            new Node("govuk-summary-row", new SummaryRowTagHelper { Key = "Email address", Value = "sam@example.com", ChangeHref = "/admin/users/1/email?from=summary&x=1" }),
            new Node("govuk-summary-row", new SummaryRowTagHelper { Key = "Teams", Value = "North <East>", ChangeHref = "/admin/users/1/teams", ChangeText = "Edit", ChangeHiddenText = "teams for Sam" }),
            new Node("govuk-summary-row", new SummaryRowTagHelper { Key = "Status" }).Containing("<strong class=\"govuk-tag\">Active</strong>"));

        var dl = await TagHelperHarness.RenderElementAsync(list);

        Assert.Equal("dl", dl.LocalName);
        Assert.Equal(["govuk-summary-list"], dl.ClassList);
        var rows = dl.Children.ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("div", r.LocalName));
        Assert.Equal(["govuk-summary-list__row"], rows[0].ClassList);
        Assert.Equal(["dt", "dd", "dd"], rows[0].Children.Select(c => c.LocalName));
        Assert.Equal("Email address", rows[0].QuerySelector("dt.govuk-summary-list__key")!.TextContent);
        Assert.Equal("sam@example.com", rows[0].QuerySelector("dd.govuk-summary-list__value")!.TextContent);
        var change = rows[0].QuerySelector("dd.govuk-summary-list__actions > a.govuk-link")!;
        Assert.Equal("/admin/users/1/email?from=summary&x=1", change.GetAttribute("href"));
        Assert.Equal("Change email address", change.TextContent);
        Assert.Equal(" email address", change.QuerySelector("span.govuk-visually-hidden")!.TextContent);

        Assert.Equal("North <East>", rows[1].QuerySelector(".govuk-summary-list__value")!.TextContent);
        var edit = rows[1].QuerySelector(".govuk-summary-list__actions a")!;
        Assert.Equal("Edit teams for Sam", edit.TextContent);
        Assert.Equal(" teams for Sam", edit.QuerySelector(".govuk-visually-hidden")!.TextContent);

        // A row without a change link in a list where others have one keeps the actions column.
        Assert.Equal(["govuk-summary-list__row", "govuk-summary-list__row--no-actions"], rows[2].ClassList);
        Assert.Equal(["dt", "dd"], rows[2].Children.Select(c => c.LocalName));
        Assert.Equal("Active", rows[2].QuerySelector(".govuk-summary-list__value > strong.govuk-tag")!.TextContent);
    }

    [Fact]
    public async Task SummaryList_WithNoChangeLinksAtAll_HasTwoColumns()
    {
        var list = new Node("govuk-summary-list", new SummaryListTagHelper { NoBorder = true }).Containing(
            "\n    ",
            new Node("govuk-summary-row", new SummaryRowTagHelper { Key = "Practitioner", Value = "Works with families" }),
            "\n    ",
            new Node("govuk-summary-row", new SummaryRowTagHelper { Key = "Manager", Value = "Manages a team" }),
            "\n");

        var dl = await TagHelperHarness.RenderElementAsync(list);

        Assert.Equal(["govuk-summary-list", "govuk-summary-list--no-border"], dl.ClassList);
        var rows = dl.Children.ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(["govuk-summary-list__row"], r.ClassList));
        Assert.Equal(["Practitioner", "Manager"], rows.Select(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent));
        Assert.Empty(dl.QuerySelectorAll(".govuk-summary-list__actions"));
    }

    [Fact]
    public async Task SummaryList_ValuesAndKeysAreText()
    {
        var list = new Node("govuk-summary-list", new SummaryListTagHelper()).Containing(
            new Node("govuk-summary-row", new SummaryRowTagHelper { Key = "<b>Name</b>", Value = "<script>alert(1)</script>" }));

        var html = await TagHelperHarness.RenderHtmlAsync(list);
        var row = TagHelperHarness.Parse(html).QuerySelector(".govuk-summary-list__row")!;

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal("<b>Name</b>", row.QuerySelector(".govuk-summary-list__key")!.TextContent);
        Assert.Equal("<script>alert(1)</script>", row.QuerySelector(".govuk-summary-list__value")!.TextContent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public async Task SummaryRow_WithNoChangeLink_HasNoAction(string? changeHref)
    {
        // Razor passes change-href="@(canChange ? link : null)" to the helper as "" when the user may not change it.
        var list = new Node("govuk-summary-list", new SummaryListTagHelper()).Containing(
            new Node("govuk-summary-row", new SummaryRowTagHelper { Key = "Review by", Value = "1 May 2026", ChangeHref = changeHref }),
            new Node("govuk-summary-row", new SummaryRowTagHelper { Key = "Plan lead", Value = "Sam", ChangeHref = changeHref }));

        var html = await TagHelperHarness.RenderHtmlAsync(list);
        var dl = TagHelperHarness.Parse(html).QuerySelector("dl")!;

        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
        Assert.Empty(dl.QuerySelectorAll(".govuk-summary-list__actions"));
        Assert.All(dl.Children, r => Assert.Equal(["govuk-summary-list__row"], r.ClassList));
        Assert.All(dl.Children, r => Assert.Equal(["dt", "dd"], r.Children.Select(c => c.LocalName)));
    }

    [Fact]
    public async Task SummaryRow_WithAChangeLink_HasTheAction_AndAnEmptyLinkInAnotherRowDoesNot()
    {
        var list = new Node("govuk-summary-list", new SummaryListTagHelper()).Containing(
            new Node("govuk-summary-row", new SummaryRowTagHelper { Key = "Review by", Value = "1 May 2026", ChangeHref = "/families/1/plan/details" }),
            new Node("govuk-summary-row", new SummaryRowTagHelper { Key = "Plan lead", Value = "Sam", ChangeHref = string.Empty }));

        var dl = await TagHelperHarness.RenderElementAsync(list);

        var rows = dl.Children.ToList();
        Assert.Equal("/families/1/plan/details", rows[0].QuerySelector(".govuk-summary-list__actions > a.govuk-link")!.GetAttribute("href"));
        Assert.Equal(["govuk-summary-list__row", "govuk-summary-list__row--no-actions"], rows[1].ClassList);
        Assert.Null(rows[1].QuerySelector("a"));
        Assert.Single(dl.QuerySelectorAll("a[href]"));
    }
}
