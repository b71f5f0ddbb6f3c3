using FamilyFirst.Web.Infrastructure.GovUk;

namespace FamilyFirst.Web.Tests.Components;

public class TagTests
{
    [Fact]
    public async Task Tag_WithColour_IsAStrongWithTheColourClass()
    {
        var tag = await TagHelperHarness.RenderElementAsync(new Node("govuk-tag", new TagTagHelper { Colour = "green" }).Containing("Open"));

        Assert.Equal("strong", tag.LocalName);
        Assert.Equal(["govuk-tag", "govuk-tag--green"], tag.ClassList);
        Assert.Equal("Open", tag.TextContent);
    }

    [Fact]
    public async Task Tag_WithoutColour_HasOnlyTheTagClass()
    {
        var tag = await TagHelperHarness.RenderElementAsync(new Node("govuk-tag", new TagTagHelper()).Containing("Draft"));

        Assert.Equal(["govuk-tag"], tag.ClassList);
        Assert.Equal("Draft", tag.TextContent);
    }
}
