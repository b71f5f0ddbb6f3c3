namespace FamilyFirst.Web.Tests.Enquiry;

/// <summary>The app with a rate limit of three posts a minute to the enquiry form.</summary>
public sealed class RateLimitedFactory : FamilyFirstFactory
{
    public RateLimitedFactory()
    {
        WithSetting("Enquiry:RateLimit:PermitLimit", "3");
        WithSetting("Enquiry:RateLimit:WindowSeconds", "60");
    }
}

public class EnquiryRateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task PostsBeyondTheLimit_AreRefusedWith429AndRetryAfter_WhileReadingAndStaffPagesStillWork()
    {
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetPageAsync("/enquiry/who-are-you");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/enquiry/who-are-you", page, ("Role", "Other"))).StatusCode);
        }

        var refused = await client.PostFormAsync("/enquiry/who-are-you", page, ("Role", "Other"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("Too many requests", (await refused.ReadPageAsync()).Heading());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/enquiry/who-are-you")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sign-in")).StatusCode);
    }
}
