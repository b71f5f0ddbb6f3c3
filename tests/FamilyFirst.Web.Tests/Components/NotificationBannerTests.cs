using FamilyFirst.Web.Infrastructure.GovUk;

namespace FamilyFirst.Web.Tests.Components;

public class NotificationBannerTests
{
    [Fact]
    public async Task SuccessBanner_IsAnAlertWithTheSuccessClass()
    {
        var banner = await TagHelperHarness.RenderElementAsync(new Node("govuk-notification-banner", new NotificationBannerTagHelper { Success = true }).Containing("Invitation sent to sam@example.com"));

        Assert.Equal("div", banner.LocalName);
        Assert.Equal(["govuk-notification-banner", "govuk-notification-banner--success"], banner.ClassList);
        Assert.Equal("alert", banner.GetAttribute("role"));
        Assert.Equal("govuk-notification-banner", banner.GetAttribute("data-module"));
        var title = banner.QuerySelector(".govuk-notification-banner__header > h2.govuk-notification-banner__title")!;
        Assert.Equal("Success", title.TextContent);
        Assert.Equal(title.Id, banner.GetAttribute("aria-labelledby"));
        var heading = banner.QuerySelector(".govuk-notification-banner__content > p.govuk-notification-banner__heading")!;
        Assert.Equal("Invitation sent to sam@example.com", heading.TextContent);
    }

    [Fact]
    public async Task ImportantBanner_IsARegion()
    {
        var banner = await TagHelperHarness.RenderElementAsync(new Node("govuk-notification-banner", new NotificationBannerTagHelper()).Containing("The service will be unavailable on Sunday"));

        Assert.Equal(["govuk-notification-banner"], banner.ClassList);
        Assert.Equal("region", banner.GetAttribute("role"));
        var title = banner.QuerySelector("h2.govuk-notification-banner__title")!;
        Assert.Equal("Important", title.TextContent);
        Assert.Equal(title.Id, banner.GetAttribute("aria-labelledby"));
    }

    [Fact]
    public async Task Banner_WithTitle_EncodesIt()
    {
        var banner = await TagHelperHarness.RenderElementAsync(new Node("govuk-notification-banner", new NotificationBannerTagHelper { Title = "Plan <saved>" }).Containing("Done"));

        Assert.Equal("Plan <saved>", banner.QuerySelector(".govuk-notification-banner__title")!.TextContent);
    }
}
