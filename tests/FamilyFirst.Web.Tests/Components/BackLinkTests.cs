using FamilyFirst.Web.Infrastructure.GovUk;

namespace FamilyFirst.Web.Tests.Components;

public class BackLinkTests
{
    [Fact]
    public async Task BackLink_IsALinkWithTheBackLinkClass()
    {
        var link = await TagHelperHarness.RenderElementAsync(new Node("govuk-back-link", new BackLinkTagHelper { Href = "/enquiry/who?x=1&y=2" }));

        Assert.Equal("a", link.LocalName);
        Assert.Equal(["govuk-back-link"], link.ClassList);
        Assert.Equal("/enquiry/who?x=1&y=2", link.GetAttribute("href"));
        Assert.Equal("Back", link.TextContent);
    }

    [Fact]
    public async Task BackLink_WithText_UsesItAsText()
    {
        var link = await TagHelperHarness.RenderElementAsync(new Node("govuk-back-link", new BackLinkTagHelper { Href = "/admin/users", Text = "Back to <users>" }));

        Assert.Equal("Back to <users>", link.TextContent);
    }
}
