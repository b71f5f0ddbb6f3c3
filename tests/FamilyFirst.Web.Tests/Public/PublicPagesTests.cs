namespace FamilyFirst.Web.Tests.Public;

public class PublicPagesTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task StartPage_IsTheCouncilsOwnService_NotGovUk()
    {
        var page = await factory.CreateClient().GetPageAsync("/");

        Assert.Contains("Northmoor Borough Council", page.QuerySelector(".govuk-generic-header")!.TextContent);
        Assert.Equal("Family First", page.QuerySelector(".govuk-service-navigation__service-name")!.TextContent.Trim());
        Assert.Null(page.QuerySelector(".govuk-header__logotype, .govuk-footer__crown, .govuk-logo-dot"));
        Assert.DoesNotContain("GOV.UK", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Family Group Conference", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a.govuk-skip-link[href='#main-content']"));
        Assert.NotNull(page.QuerySelector(".govuk-phase-banner"));
    }

    [Fact]
    public async Task CouncilDetails_ComeFromConfiguration()
    {
        using var custom = new FamilyFirstFactory()
            .WithSetting("Council:Name", "Eastvale District Council")
            .WithSetting("Council:ServiceName", "Families Together")
            .WithSetting("Council:FrontDoorPhone", "01632 999 111");

        var page = await custom.CreateClient().GetPageAsync("/");

        Assert.Contains("Eastvale District Council", page.QuerySelector(".govuk-generic-header")!.TextContent);
        Assert.Equal("Families Together", page.QuerySelector(".govuk-service-navigation__service-name")!.TextContent.Trim());
        Assert.Contains("01632 999 111", page.Body!.TextContent);
    }

    [Theory]
    [InlineData("/accessibility", "Accessibility statement for Family First")]
    [InlineData("/privacy", "Privacy notice")]
    [InlineData("/cookies", "Cookies")]
    [InlineData("/contact", "Contact us")]
    public async Task FooterPages_AreRealPagesAnyoneCanRead(string url, string heading)
    {
        var client = factory.CreateClient();
        var start = await client.GetPageAsync("/");
        Assert.NotNull(start.QuerySelector($".govuk-footer a[href='{url}']"));

        var page = await client.GetPageAsync(url);

        Assert.Equal(heading, page.Heading());
    }

    [Fact]
    public async Task UnknownPage_Returns404WithAPlainMessage()
    {
        var response = await factory.CreateClient().GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await response.ReadPageAsync()).Heading());
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        var response = await factory.CreateClient().GetAsync("/");

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task HealthChecks_ReportLiveAndReadyWithTheDatabase()
    {
        var client = factory.CreateClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task StylesheetAndScripts_AreServed()
    {
        var client = factory.CreateClient();
        var page = await client.GetPageAsync("/");

        foreach (var url in page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
                     .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!)))
        {
            var response = await client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url} returned {(int)response.StatusCode}");
        }
    }
}
