using System.Globalization;
using System.Text;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;
using FamilyFirst.Web.Impact;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Imports;

namespace FamilyFirst.Web.Tests.Impact;

/// <summary>
/// The Supporting Families figures on the public evidence of impact page: captured when a snapshot is taken, published
/// only once a second person approves it, under the same disclosure control as the original figures, and absent for
/// snapshots taken before they were part of the report.
/// </summary>
public class SupportingFamiliesEvidenceTests
{
    private static readonly DateOnly AsAt = new(2024, 2, 29);

    /// <summary>
    /// Families on the Supporting Families framework, each with a child, a lead practitioner and needs under three
    /// headlines achieved before the case closed on 31 August 2023; <paramref name="lapsed"/> of them had their
    /// financial stability outcome lapse the day before six months were up, so are not claimable at 29 February 2024.
    /// </summary>
    private static async Task ImportFamiliesAsync(FamilyFirstFactory factory, int count, int lapsed)
    {
        var team = await factory.CreateTeamAsync("Evidence team");
        await factory.CreateStaffAsync("sf.lead@test.familyfirst.test", Roles.Practitioner, team);
        var families = Enumerable.Range(0, count).Select(_ => TestFamily.New()).ToList();
        var csv = new StringBuilder("family_ref,attached_on,closed_on,framework,assessed_on,plan_agreed_on,lead_practitioner_email\n");
        var people = new StringBuilder("family_ref,person_ref,given_name,family_name,date_of_birth\n");
        var needs = new StringBuilder("family_ref,headline,need,identified_on,person_ref,identified_by,evidence_source,evidence\n");
        var outcomes = new StringBuilder("family_ref,headline,need,achieved_on,lapsed_on,evidence_source,evidence\n");
        for (var i = 0; i < families.Count; i++)
        {
            var f = families[i];
            csv.Append(CultureInfo.InvariantCulture, $"{f.FamilyRef},2013-09-01,2023-08-31,supporting-families-2022,2023-01-10,2023-02-01,sf.lead@test.familyfirst.test\n");
            people.Append(CultureInfo.InvariantCulture, $"{f.FamilyRef},{f.ChildRef},Zoë,Evidence-{f.ChildRef},2010-01-15\n");
            needs.Append(CultureInfo.InvariantCulture, $"{f.FamilyRef},education,poor-attendance,2023-01-10,{f.ChildRef},School,school-records,\n");
            needs.Append(CultureInfo.InvariantCulture, $"{f.FamilyRef},housing,rent-arrears,2023-01-10,,Housing officer,housing-records,\n");
            needs.Append(CultureInfo.InvariantCulture, $"{f.FamilyRef},financial-stability,problem-debt,2023-01-20,,Lead practitioner,practitioner-assessment,\n");
            outcomes.Append(CultureInfo.InvariantCulture, $"{f.FamilyRef},education,poor-attendance,2023-06-01,,school-records,Attendance 96%\n");
            outcomes.Append(CultureInfo.InvariantCulture, $"{f.FamilyRef},housing,rent-arrears,2023-05-01,,housing-records,Arrears cleared\n");
            outcomes.Append(CultureInfo.InvariantCulture, $"{f.FamilyRef},financial-stability,problem-debt,2023-07-01,{(i < lapsed ? "2024-02-28" : string.Empty)},dwp-records,Debt plan kept\n");
        }

        Assert.Equal(count, (await factory.ImportAsync(ImportKind.Families, csv.ToString())).Added);
        Assert.Equal(count, (await factory.ImportAsync(ImportKind.People, people.ToString())).Added);
        Assert.Equal(3 * count, (await factory.ImportAsync(ImportKind.Needs, needs.ToString())).Added);
        Assert.Equal(3 * count, (await factory.ImportAsync(ImportKind.Outcomes, outcomes.ToString())).Added);
    }

    private static Task<ImpactSnapshot> TakeAsync(FamilyFirstFactory factory, Actor by) =>
        factory.TakeSnapshotAsync(new ImpactCohort(AsAt, null, null, null, null), by);

    private static async Task<Domain.Common.Result> ApproveAsync(FamilyFirstFactory factory, Guid id, Actor by)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImpactSnapshots>().ApproveAsync(id, by, default);
    }

    private static string Text(AngleSharp.Dom.IElement? element) =>
        string.Join(' ', element!.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A headline's row, its cells' text joined with " | ".</summary>
    private static string Row(AngleSharp.Dom.IDocument page, string headline) =>
        string.Join(" | ", page.QuerySelector($"[data-headline='{headline}']")!.Children.Select(c => Text(c)));

    [Fact]
    public async Task ASnapshotTaken_IsPublishedWithItsSupportingFamiliesFigures_OnlyOnceASecondPersonApprovesIt()
    {
        using var factory = new FamilyFirstFactory();
        await ImportFamiliesAsync(factory, count: 12, lapsed: 2);
        var taker = new Actor("taker-" + Guid.NewGuid().ToString("N"), "Morgan Manager");

        var snapshot = await TakeAsync(factory, taker);

        // Captured with the snapshot: the same figures the impact report works out at the date.
        var stored = ImpactServices.Deserialise(snapshot.Figures).SupportingFamilies!;
        Assert.Equal((12, 12, 10, 36, 34), (stored.Families, stored.Closed, stored.Claimable, stored.Needs, stored.NeedsSustained));

        // Not approved yet: nothing is published.
        var visitor = factory.CreateBrowserlessClient();
        var before = await visitor.GetPageAsync("/evidence-of-impact");
        Assert.Null(before.GetElementById("published-supporting-families"));
        Assert.Contains("We have not published any figures yet", before.Body!.TextContent, StringComparison.Ordinal);

        // The person who took it cannot approve it.
        Assert.False((await ApproveAsync(factory, snapshot.Id, taker)).Succeeded);
        Assert.Null((await visitor.GetPageAsync("/evidence-of-impact")).GetElementById("published-supporting-families"));

        Assert.True((await ApproveAsync(factory, snapshot.Id, new Actor("approver-" + Guid.NewGuid().ToString("N"), "Ash Approver"))).Succeeded);
        var page = await visitor.GetPageAsync("/evidence-of-impact");

        Assert.NotNull(page.GetElementById("published-supporting-families"));
        Assert.Equal("83.3% of families on the programme had a successful outcome (10 of 12).", Text(page.QuerySelector("[data-figure='sf-claimable']")));
        Assert.Equal("94.4% of the needs identified were met and stayed met (34 of 36).", Text(page.QuerySelector("[data-figure='sf-needs']")));
        Assert.Equal("Getting a good education | 12 | 12 of 12 (100.0%)", Row(page, "education"));
        Assert.Equal("Financial stability | 12 | 10 of 12 (83.3%)", Row(page, "financial-stability"));
        Assert.Equal("Secure housing | 12 | 12 of 12 (100.0%)", Row(page, "housing"));
        // A headline with no families: suppressed like any small number.
        Assert.Equal("Better managed substance use | fewer than 10 | fewer than 10 of fewer than 10", Row(page, "substance-use"));
        Assert.Contains("12 families were on the Supporting Families programme on this date.", Text(page.GetElementById("published-supporting-families")), StringComparison.Ordinal);
    }

    private static ImpactReportFigures Figures(SupportingFamiliesFigures? supporting) => new(
        new ImpactCohort(AsAt, null, null, null, null),
        new ImpactFigures(
            AsAt, 100,
            new OffendingFigures(40, 20, 0, ImpactReport.Percent(20, 40)),
            new EducationFigures(40, 20, ImpactReport.Percent(20, 40)),
            new EmploymentFigures(40, 20, ImpactReport.Percent(20, 40), 0),
            0, 0, 0, 0),
        [],
        new LookedAfterFigures(0, 0, 0, 0),
        new ConferenceFigures(AsAt, AsAt, 0, 0, 0, null, null, 0, 42),
        new FeedbackFigures(0, 5, null, null, null, null),
        supporting);

    private static async Task PublishAsync(FamilyFirstFactory factory, ImpactReportFigures figures, string? json = null)
    {
        await factory.WithDbAsync(async db =>
        {
            var at = new DateTime(2024, 3, 1, 9, 0, 0, DateTimeKind.Utc);
            var snapshot = ImpactSnapshot.Take(figures.Cohort, json ?? ImpactServices.Serialise(figures), "taker", "A manager", at);
            Assert.True(snapshot.Approve("approver", "Another manager", at.AddHours(1)).Succeeded);
            db.ImpactSnapshots.Add(snapshot);
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task SmallNumbers_AreSuppressed_AndTheirPercentagesWithheld_ByTheSameDisclosureControl()
    {
        using var factory = new FamilyFirstFactory();
        var headlines = HeadlineOutcomes.All
            .Select(h => HeadlineOutcomes.Code(h) switch
            {
                "education" => new HeadlineFigures("education", HeadlineOutcomes.Name(h), 40, 40, 9),
                "housing" => new HeadlineFigures("housing", HeadlineOutcomes.Name(h), 9, 9, 9),
                "crime" => new HeadlineFigures("crime", HeadlineOutcomes.Name(h), 10, 11, 10),
                var code => new HeadlineFigures(code, HeadlineOutcomes.Name(h), 0, 0, 0),
            })
            .ToList();
        await PublishAsync(factory, Figures(new SupportingFamiliesFigures(AsAt, 40, 30, 40, 35, 35, 9, 9, 22.5m, 60, 19, headlines)));

        var page = await factory.CreateBrowserlessClient().GetPageAsync("/evidence-of-impact");

        Assert.Equal("fewer than 10 families on the programme had a successful outcome, out of 40. The percentage is not shown because the numbers are small.", Text(page.QuerySelector("[data-figure='sf-claimable']")));
        Assert.DoesNotContain("22.5%", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("31.7% of the needs identified were met and stayed met (19 of 60).", Text(page.QuerySelector("[data-figure='sf-needs']")));
        Assert.Equal("Getting a good education | 40 | fewer than 10 of 40", Row(page, "education"));
        Assert.Equal("Secure housing | fewer than 10 | fewer than 10 of fewer than 10", Row(page, "housing"));
        Assert.Equal("Families diverted from crime | 10 | 10 of 11 (90.9%)", Row(page, "crime"));

        // The original framework's figures are published as before, beside them.
        Assert.StartsWith("50.0% of families", Text(page.QuerySelector("[data-figure='offending']")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASnapshotTakenBeforeTheFiguresWereCaptured_ShowsNoSupportingFamiliesSection()
    {
        using var factory = new FamilyFirstFactory();
        // Stored as snapshots were before: no supportingFamilies property at all.
        var json = ImpactServices.Serialise(Figures(null));
        Assert.DoesNotContain("supportingFamilies", json, StringComparison.Ordinal);
        await PublishAsync(factory, Figures(null), json);

        var page = await factory.CreateBrowserlessClient().GetPageAsync("/evidence-of-impact");

        Assert.NotNull(page.QuerySelector("[data-figure='offending']"));
        Assert.Null(page.GetElementById("published-supporting-families"));
        Assert.DoesNotContain("Supporting Families", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
