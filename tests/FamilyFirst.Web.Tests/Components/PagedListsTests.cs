using System.Text;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Imports;

namespace FamilyFirst.Web.Tests.Components;

/// <summary>
/// The lists that used a handler parameter or property named <c>page</c>, which Razor Pages reserves for the
/// page's own path: page 2 shows the second page, and the title does not say "Error:" when nothing is wrong.
/// </summary>
public class PagedListsTests(PagedListsTests.Fixture f) : IClassFixture<PagedListsTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public const int ImportRuns = 51;
        public const int Snapshots = 26;
        public const int Families = 26;

        public FamilyFirstFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            var team = await Factory.CreateTeamAsync("Paging");
            var practitioner = await Factory.CreateStaffAsync("paging.practitioner@test.gov.uk", Roles.Practitioner, team);
            await Factory.CreateStaffAsync("paging.manager@test.gov.uk", Roles.Manager, team);

            var families = new StringBuilder("family_ref,attached_on\n");
            var references = Enumerable.Range(0, Families).Select(_ => FamilyCaseReference.Generate(Random.Shared)).ToList();
            foreach (var reference in references)
            {
                families.Append(reference).Append(",2013-09-01\n");
            }

            Assert.Equal(Families, (await Factory.ImportAsync(ImportKind.Families, families.ToString(), fileName: "paging-00.csv")).Added);
            for (var i = 1; i < ImportRuns; i++)
            {
                await Factory.ImportAsync(ImportKind.Attendance, "person_ref,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\n", fileName: $"paging-{i:D2}.csv");
            }

            var now = new DateTimeOffset(2014, 1, 15, 10, 0, 0, TimeSpan.Zero);
            await Factory.WithDbAsync(async db =>
            {
                foreach (var family in await db.FamilyCases.Where(c => references.Contains(c.Reference)).ToListAsync())
                {
                    Assert.True(family.Allocate(practitioner, team, practitioner, now).Succeeded);
                }

                for (var i = 0; i < Snapshots; i++)
                {
                    db.ImpactSnapshots.Add(ImpactSnapshot.Take(new ImpactCohort(new DateOnly(2014, 9, 1), null, null, null, null), "{}", "paging", $"Snapshot taker {i:D2}", new DateTime(2014, 1, 1, 9, 0, 0, DateTimeKind.Utc).AddDays(i)));
                }

                return await db.SaveChangesAsync();
            });
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task ImportHistory_PageTwo_ShowsTheOldestRun_WithoutAnErrorTitle()
    {
        var client = await f.Factory.SignedInClientAsync("paging.manager@test.gov.uk");

        var first = await client.GetPageAsync("/imports");
        var second = await client.GetPageAsync("/imports?page=2");

        Assert.DoesNotContain("Error:", first.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("Error:", second.Title, StringComparison.Ordinal);
        Assert.Contains("paging-50.csv", first.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("paging-00.csv", first.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("paging-00.csv", second.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("paging-50.csv", second.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", second.QuerySelector(".govuk-pagination__item--current")!.TextContent.Trim());
    }

    [Fact]
    public async Task Snapshots_PageTwo_ShowsTheOldestSnapshot_WithoutAnErrorTitle()
    {
        var client = await f.Factory.SignedInClientAsync("paging.manager@test.gov.uk");

        var first = await client.GetPageAsync("/reports/impact/snapshots");
        var second = await client.GetPageAsync("/reports/impact/snapshots?page=2");

        Assert.DoesNotContain("Error:", first.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("Error:", second.Title, StringComparison.Ordinal);
        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Snapshot taker 25", first.Body!.TextContent, StringComparison.Ordinal);
        var row = Assert.Single(second.QuerySelectorAll("tbody tr"));
        Assert.Contains("Snapshot taker 00", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", second.QuerySelector(".govuk-pagination__item--current")!.TextContent.Trim());
    }

    [Fact]
    public async Task FamiliesBehindAFigure_PageTwo_ShowsTheRest_WithoutAnErrorTitle()
    {
        var client = await f.Factory.SignedInClientAsync("paging.manager@test.gov.uk");
        const string Url = "/reports/impact/families?measure=families&asAt=2014-09-01";

        var first = await client.GetPageAsync(Url);
        var second = await client.GetPageAsync(Url + "&page=2");

        Assert.DoesNotContain("Error:", first.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("Error:", second.Title, StringComparison.Ordinal);
        var firstRows = References(first);
        var secondRows = References(second);
        Assert.Equal(25, firstRows.Count);
        Assert.Single(secondRows);
        Assert.DoesNotContain(secondRows[0], firstRows);
        Assert.Equal("2", second.QuerySelector(".govuk-pagination__item--current")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/imports?page=abc")]
    [InlineData("/imports?page=-3")]
    [InlineData("/reports/impact/snapshots?page=99999999999")]
    public async Task AMalformedPageNumber_ShowsTheFirstPage_WithoutAnErrorTitle(string url)
    {
        var client = await f.Factory.SignedInClientAsync("paging.manager@test.gov.uk");

        var page = await client.GetPageAsync(url);

        Assert.DoesNotContain("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal("1", page.QuerySelector(".govuk-pagination__item--current")!.TextContent.Trim());
    }

    private static List<string> References(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim()).ToList();
}
