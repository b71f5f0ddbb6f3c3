using FamilyFirst.Web.Infrastructure.GovUk;

namespace FamilyFirst.Web.Tests.Components;

public class TableTests
{
    private static Node Part(string tag, bool numeric = false, params object[] children) =>
        new Node(tag, new TablePartTagHelper { Numeric = numeric }).Containing(children);

    [Fact]
    public async Task Table_GivesEveryPartItsGovUkClass()
    {
        var table = new Node("govuk-table", new TableTagHelper { Caption = "Open cases <this week>", CaptionClass = "govuk-table__caption--l" }).Containing(
            Part("thead", false,
                Part("tr", false,
                    Part("th", false, "Family").WithAttribute("scope", "col"),
                    Part("th", true, "Children").WithAttribute("scope", "col"))),
            Part("tbody", false,
                Part("tr", false,
                    Part("th", false, "Smith").WithAttribute("scope", "row"),
                    Part("td", true, "3")),
                Part("tr", false,
                    Part("td", false, "Jones").WithAttribute("class", "app-family"),
                    Part("td", true, "1"))));

        var element = await TagHelperHarness.RenderElementAsync(table);

        Assert.Equal("table", element.LocalName);
        Assert.Equal(["govuk-table"], element.ClassList);
        var caption = element.QuerySelector("caption")!;
        Assert.Same(element.FirstElementChild, caption);
        Assert.Equal(["govuk-table__caption", "govuk-table__caption--l"], caption.ClassList);
        Assert.Equal("Open cases <this week>", caption.TextContent);
        Assert.Equal(["govuk-table__head"], element.QuerySelector("thead")!.ClassList);
        Assert.Equal(["govuk-table__body"], element.QuerySelector("tbody")!.ClassList);
        Assert.All(element.QuerySelectorAll("tr"), tr => Assert.Equal(["govuk-table__row"], tr.ClassList));
        var headers = element.QuerySelectorAll("thead th").ToList();
        Assert.Equal(["govuk-table__header"], headers[0].ClassList);
        Assert.Equal(["govuk-table__header", "govuk-table__header--numeric"], headers[1].ClassList);
        Assert.Equal("col", headers[1].GetAttribute("scope"));
        var rowHeader = element.QuerySelector("tbody th")!;
        Assert.Equal(["govuk-table__header"], rowHeader.ClassList);
        Assert.Equal("row", rowHeader.GetAttribute("scope"));
        var cells = element.QuerySelectorAll("tbody td").ToList();
        Assert.Equal(["govuk-table__cell", "govuk-table__cell--numeric"], cells[0].ClassList);
        Assert.Equal(["govuk-table__cell", "app-family"], cells[1].ClassList);
        Assert.Equal(["govuk-table__cell", "govuk-table__cell--numeric"], cells[2].ClassList);
        Assert.Equal(["Smith", "3", "Jones", "1"], element.QuerySelectorAll("tbody th, tbody td").Select(c => c.TextContent));
    }

    [Fact]
    public async Task Table_WithoutCaption_HasNone_AndDefaultCaptionClassIsMedium()
    {
        var bare = await TagHelperHarness.RenderElementAsync(new Node("govuk-table", new TableTagHelper()).Containing(Part("tbody", false, Part("tr", false, Part("td", false, "x")))));
        var captioned = await TagHelperHarness.RenderElementAsync(new Node("govuk-table", new TableTagHelper { Caption = "Teams" }).Containing(Part("tbody", false, Part("tr", false, Part("td", false, "x")))));

        Assert.Null(bare.QuerySelector("caption"));
        Assert.Equal(["govuk-table__caption", "govuk-table__caption--m"], captioned.QuerySelector("caption")!.ClassList);
    }

    [Fact]
    public async Task TableParts_OutsideAGovUkTable_AreLeftAlone()
    {
        var table = new Node("table").Containing(Part("tbody", false, Part("tr", false, Part("td", true, "1").WithAttribute("class", "mine"))));

        var element = await TagHelperHarness.RenderElementAsync(table);

        Assert.Empty(element.QuerySelectorAll("[class*=govuk]"));
        Assert.Equal(["mine"], element.QuerySelector("td")!.ClassList);
    }
}
