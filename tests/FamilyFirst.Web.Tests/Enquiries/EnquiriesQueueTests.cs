using AngleSharp.Dom;
using FamilyFirst.Domain.Enquiries;
using static FamilyFirst.Web.Tests.Enquiries.SeededEnquiries;

namespace FamilyFirst.Web.Tests.Enquiries;

public class EnquiriesQueueTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private static readonly EnquiryActor Someone = new("someone", "Someone Else");

    private async Task<HttpClient> SignedInAsync(string email, params string[] roles)
    {
        await factory.CreateUserAsync(email, roles);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(email);
        return client;
    }

    private static IReadOnlyList<string> References(IDocument page) =>
        page.QuerySelectorAll(".app-enquiry-row td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task SignedOutUser_SeesNoEnquiries()
    {
        var (id, _) = await factory.AddAsync(EnquiryType.SupportForMyFamily, On(2015, 1, 1));
        var client = factory.CreateBrowserlessClient();

        foreach (var url in new[] { "/enquiries", $"/enquiries/{id}", $"/enquiries/{id}/close" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Administrator)]
    public async Task StaffWithoutAQueue_AreRefused(string role)
    {
        var client = await SignedInAsync($"noqueue.{role.ToLowerInvariant()}@example.gov.uk", role);

        var response = await client.GetAsync("/enquiries");

        Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Null((await client.StartPageAsync()).QuerySelector("a.govuk-service-navigation__link[href='/enquiries']"));
    }

    [Fact]
    public async Task Trainer_SeesTrainingEnquiriesOnly()
    {
        var family = await factory.AddAsync(EnquiryType.SupportForMyFamily, On(2019, 5, 1));
        var referral = await factory.AddAsync(EnquiryType.ReferringAFamily, On(2019, 5, 2));
        var training = await factory.AddAsync(EnquiryType.TrainingOrConsultancy, On(2019, 5, 3));
        var trainer = await SignedInAsync("trainer.queue@example.gov.uk", Roles.Trainer);

        var page = await trainer.GetPageAsync(Year(2019));

        Assert.Equal("Training and consultancy enquiries", page.Heading());
        Assert.Equal([training.Reference], References(page));
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync($"/enquiries/{family.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync($"/enquiries/{referral.Id}/close")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await trainer.GetAsync($"/enquiries/{training.Id}")).StatusCode);
    }

    [Fact]
    public async Task Practitioner_SeesFamilyEnquiries_ButNotTraining_AndManagerSeesBoth()
    {
        var family = await factory.AddAsync(EnquiryType.SupportForMyFamily, On(2020, 5, 1));
        var training = await factory.AddAsync(EnquiryType.TrainingOrConsultancy, On(2020, 5, 3));
        var practitioner = await SignedInAsync("practitioner.queue@example.gov.uk", Roles.Practitioner);
        var manager = await SignedInAsync("manager.queue@example.gov.uk", Roles.Manager);

        Assert.Equal([family.Reference], References(await practitioner.GetPageAsync(Year(2020))));
        Assert.Equal(HttpStatusCode.NotFound, (await practitioner.GetAsync($"/enquiries/{training.Id}")).StatusCode);
        Assert.Equal([training.Reference, family.Reference], References(await manager.GetPageAsync(Year(2020))));
        var home = await practitioner.GetPageAsync("/staff");
        Assert.NotNull(home.QuerySelector("a.govuk-service-navigation__link[href='/enquiries']"));
    }

    [Fact]
    public async Task Queue_FiltersByStatusTypeAndDate_WithCountsPerStatus()
    {
        var first = await factory.AddAsync(EnquiryType.SupportForMyFamily, On(2018, 1, 10));
        var second = await factory.AddAsync(EnquiryType.SupportForMyFamily, On(2018, 2, 10), then: e => e.AssignTo(Someone, Someone, On(2018, 2, 11)));
        var third = await factory.AddAsync(EnquiryType.ReferringAFamily, On(2018, 3, 10), then: e => e.Close("Duplicate", null, Someone, On(2018, 3, 11)));
        var fourth = await factory.AddAsync(EnquiryType.ReferringAFamily, On(2018, 4, 10));
        var outside = await factory.AddAsync(EnquiryType.SupportForMyFamily, On(2017, 12, 31));
        var client = await SignedInAsync("filters@example.gov.uk", Roles.Practitioner);

        var all = await client.GetPageAsync(Year(2018));
        Assert.Equal([fourth.Reference, third.Reference, second.Reference, first.Reference], References(all));
        Assert.DoesNotContain(outside.Reference, References(all));
        Assert.Equal(("2", "1", "0", "1"), (all.GetElementById("count-New")!.TextContent, all.GetElementById("count-InTriage")!.TextContent, all.GetElementById("count-Accepted")!.TextContent, all.GetElementById("count-Closed")!.TextContent));

        Assert.Equal([fourth.Reference, first.Reference], References(await client.GetPageAsync(Year(2018, "&status=New"))));
        Assert.Equal([fourth.Reference, third.Reference], References(await client.GetPageAsync(Year(2018, "&type=ReferringAFamily"))));
        Assert.Equal([first.Reference, second.Reference, third.Reference, fourth.Reference], References(await client.GetPageAsync(Year(2018, "&sort=oldest"))));
        Assert.Equal([second.Reference], References(await client.GetPageAsync("/enquiries?from.Day=1&from.Month=2&from.Year=2018&to.Day=28&to.Month=2&to.Year=2018")));

        var none = await client.GetPageAsync(Year(2018, "&status=Accepted"));
        Assert.Empty(References(none));
        Assert.Equal("There are no enquiries that match these filters.", none.GetElementById("no-enquiries")!.TextContent.Trim());
    }

    [Fact]
    public async Task Queue_WithAnImpossibleDateRange_ShowsTheError()
    {
        var client = await SignedInAsync("badrange@example.gov.uk", Roles.Manager);

        var page = await client.GetPageAsync("/enquiries?from.Day=31&from.Month=12&from.Year=2018&to.Day=1&to.Month=1&to.Year=2018");

        page.AssertFieldError("To", "Received to must be the same as or after received from");
    }

    [Fact]
    public async Task Queue_IsPaginated()
    {
        var references = new List<string>();
        for (var day = 1; day <= 30; day++)
        {
            references.Add((await factory.AddAsync(EnquiryType.SomethingElse, On(2016, 1, day))).Reference);
        }

        var client = await SignedInAsync("pages@example.gov.uk", Roles.Practitioner);

        var first = await client.GetPageAsync(Year(2016, "&sort=oldest"));
        Assert.Equal(references.Take(25), References(first));
        var next = first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        Assert.Contains("sort=oldest", next, StringComparison.Ordinal);
        Assert.Equal(references.Skip(25), References(await client.GetPageAsync(next)));
    }

    [Fact]
    public async Task OpenEnquiryOlderThanTheResponseTarget_IsFlaggedOverdue()
    {
        var now = DateTimeOffset.UtcNow;
        var old = await factory.AddAsync(EnquiryType.SupportForMyFamily, now.AddDays(-10), "Overdue family");
        var closedOld = await factory.AddAsync(EnquiryType.SupportForMyFamily, now.AddDays(-10), "Closed family", e => e.Close("Answered", null, Someone, now.AddDays(-9)));
        var fresh = await factory.AddAsync(EnquiryType.SupportForMyFamily, now, "Fresh family");
        var client = await SignedInAsync("overdue@example.gov.uk", Roles.Practitioner);

        var page = await client.GetPageAsync($"/enquiries?from={now.AddDays(-10):yyyy-MM-dd}&to={now:yyyy-MM-dd}");

        bool Flagged(string reference) => page.QuerySelectorAll(".app-enquiry-row")
            .Single(r => r.TextContent.Contains(reference, StringComparison.Ordinal))
            .QuerySelectorAll(".govuk-tag--red").Any(t => t.TextContent.Trim() == "Overdue");
        Assert.True(Flagged(old.Reference));
        Assert.False(Flagged(closedOld.Reference));
        Assert.False(Flagged(fresh.Reference));
        Assert.NotNull((await client.GetPageAsync($"/enquiries/{old.Id}")).QuerySelector(".govuk-tag--red"));
    }

    [Fact]
    public async Task StaffHome_LinksToTheNewEnquiries()
    {
        var client = await SignedInAsync("home.queue@example.gov.uk", Roles.Manager);

        var home = await client.GetPageAsync("/staff");

        Assert.NotNull(home.QuerySelector("main a[href='/enquiries?status=New']"));
    }
}
