using FamilyFirst.Web.Infrastructure.GovUk;

namespace FamilyFirst.Web.Tests.Components;

public class PanelTests
{
    [Fact]
    public async Task Panel_HasTitleAndBody()
    {
        var panel = await TagHelperHarness.RenderElementAsync(new Node("govuk-panel", new PanelTagHelper { Title = "Enquiry sent <today>" }).Containing("Your reference number<br><strong>HDJ2123F</strong>"));

        Assert.Equal("div", panel.LocalName);
        Assert.Equal(["govuk-panel", "govuk-panel--confirmation"], panel.ClassList);
        Assert.Equal(["h1", "div"], panel.Children.Select(c => c.LocalName));
        Assert.Equal(["govuk-panel__title"], panel.Children[0].ClassList);
        Assert.Equal("Enquiry sent <today>", panel.Children[0].TextContent);
        var body = panel.Children[1];
        Assert.Equal(["govuk-panel__body"], body.ClassList);
        Assert.Equal("HDJ2123F", body.QuerySelector("strong")!.TextContent);
    }

    [Fact]
    public async Task Panel_WithoutBody_HasOnlyTheTitle()
    {
        var panel = await TagHelperHarness.RenderElementAsync(new Node("govuk-panel", new PanelTagHelper { Title = "Plan agreed" }).Containing("  \n  "));

        var title = Assert.Single(panel.Children);
        Assert.Equal("h1", title.LocalName);
        Assert.Null(panel.QuerySelector(".govuk-panel__body"));
    }
}
