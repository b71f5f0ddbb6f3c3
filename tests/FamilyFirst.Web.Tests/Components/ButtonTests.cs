using FamilyFirst.Web.Infrastructure.GovUk;

namespace FamilyFirst.Web.Tests.Components;

public class ButtonTests
{
    [Fact]
    public async Task Button_IsASubmitButtonProtectedFromDoubleClicks()
    {
        var button = await TagHelperHarness.RenderElementAsync(new Node("govuk-button", new ButtonTagHelper { Name = "action", Value = "save", FormAction = "/plans/1?handler=Save" }).Containing("Save and continue"));

        Assert.Equal("button", button.LocalName);
        Assert.Equal(["govuk-button"], button.ClassList);
        Assert.Equal("submit", button.GetAttribute("type"));
        Assert.Equal("govuk-button", button.GetAttribute("data-module"));
        Assert.Equal("true", button.GetAttribute("data-prevent-double-click"));
        Assert.Equal("action", button.GetAttribute("name"));
        Assert.Equal("save", button.GetAttribute("value"));
        Assert.Equal("/plans/1?handler=Save", button.GetAttribute("formaction"));
        Assert.Equal("Save and continue", button.TextContent);
        Assert.False(button.HasAttribute("href"));
        Assert.False(button.HasAttribute("role"));
    }

    [Fact]
    public async Task Button_WithHref_IsALinkWithTheButtonRole()
    {
        var link = await TagHelperHarness.RenderElementAsync(new Node("govuk-button", new ButtonTagHelper { Href = "/admin/users/new", Secondary = true }).Containing("Invite a user"));

        Assert.Equal("a", link.LocalName);
        Assert.Equal(["govuk-button", "govuk-button--secondary"], link.ClassList);
        Assert.Equal("/admin/users/new", link.GetAttribute("href"));
        Assert.Equal("button", link.GetAttribute("role"));
        Assert.Equal("false", link.GetAttribute("draggable"));
        Assert.Equal("govuk-button", link.GetAttribute("data-module"));
        Assert.False(link.HasAttribute("type"));
        Assert.False(link.HasAttribute("data-prevent-double-click"));
        Assert.Null(link.QuerySelector("svg"));
        Assert.Equal("Invite a user", link.TextContent);
    }

    [Fact]
    public async Task StartButton_HasTheStartClassAndIcon()
    {
        var link = await TagHelperHarness.RenderElementAsync(new Node("govuk-button", new ButtonTagHelper { Href = "/enquiry", IsStart = true }).Containing("Start now"));

        Assert.Equal(["govuk-button", "govuk-button--start"], link.ClassList);
        Assert.Equal("button", link.GetAttribute("role"));
        Assert.Equal("Start now", link.TextContent);
        var icon = link.LastElementChild!;
        Assert.Equal("svg", icon.LocalName);
        Assert.Equal(["govuk-button__start-icon"], icon.ClassList);
        Assert.Equal("true", icon.GetAttribute("aria-hidden"));
        Assert.Equal("false", icon.GetAttribute("focusable"));
    }

    [Fact]
    public async Task WarningButton_HasTheWarningClass()
    {
        var button = await TagHelperHarness.RenderElementAsync(new Node("govuk-button", new ButtonTagHelper { Warning = true }).Containing("Deactivate account"));

        Assert.Equal("button", button.LocalName);
        Assert.Equal(["govuk-button", "govuk-button--warning"], button.ClassList);
        Assert.Equal("true", button.GetAttribute("data-prevent-double-click"));
    }
}
