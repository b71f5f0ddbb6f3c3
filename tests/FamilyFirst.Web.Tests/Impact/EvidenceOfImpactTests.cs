using FamilyFirst.Domain.Impact;
using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Impact;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Impact;

/// <summary>
/// The public evidence of impact page: only the latest approved snapshot, its headline figures under disclosure
/// control (a count below the threshold is "fewer than 10", its percentage withheld), never anything unapproved.
/// Snapshots are stored here directly with chosen figures, as the page only ever reads stored figures.
/// </summary>
public class EvidenceOfImpactTests
{
    private static ImpactReportFigures Figures(DateOnly asAt, int reduced, int offendingFamilies, int improved, int children, int entered, int employmentFamilies) => new(
        new ImpactCohort(asAt, null, null, null, null),
        new ImpactFigures(
            asAt, 100,
            new OffendingFigures(offendingFamilies, reduced, 0, ImpactReport.Percent(reduced, offendingFamilies)),
            new EducationFigures(children, improved, ImpactReport.Percent(improved, children)),
            new EmploymentFigures(employmentFamilies, entered, ImpactReport.Percent(entered, employmentFamilies), 0),
            0, 0, 0, 0),
        [],
        new LookedAfterFigures(0, 0, 0, 0),
        new ConferenceFigures(asAt, asAt, 0, 0, 0, null, null, 0, 42),
        new FeedbackFigures(0, 5, null, null, null, null));

    private static async Task AddSnapshotAsync(FamilyFirstFactory factory, ImpactReportFigures figures, DateTime takenAt, bool approve, TrainingHeadline? training = null)
    {
        await factory.WithDbAsync(async db =>
        {
            var snapshot = ImpactSnapshot.Take(figures.Cohort, ImpactServices.Serialise(figures), Guid.NewGuid().ToString("D"), "A manager", takenAt, training);
            if (approve)
            {
                Assert.True(snapshot.Approve(Guid.NewGuid().ToString("D"), "A manager", takenAt.AddHours(1)).Succeeded);
            }

            db.ImpactSnapshots.Add(snapshot);
            return await db.SaveChangesAsync();
        });
    }

    private static string Figure(AngleSharp.Dom.IDocument page, string key) =>
        string.Join(' ', page.QuerySelector($"[data-figure='{key}']")!.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task WithNothingApproved_ThePageSaysSo_AndShowsNoFigures()
    {
        using var factory = new FamilyFirstFactory();
        await AddSnapshotAsync(factory, Figures(new DateOnly(2014, 9, 1), 50, 60, 50, 60, 50, 60), new DateTime(2014, 9, 2, 9, 0, 0, DateTimeKind.Utc), approve: false);

        var page = await factory.CreateBrowserlessClient().GetPageAsync("/evidence-of-impact");

        Assert.Equal("Evidence of impact", page.Heading());
        Assert.Contains("We have not published any figures yet", page.Body!.TextContent);
        Assert.Empty(page.QuerySelectorAll("[data-figure]"));
        Assert.DoesNotContain("83.3%", page.Body.TextContent);
    }

    [Fact]
    public async Task TheReachOfTraining_IsPublishedOnlyWithAnApprovedSnapshot_UnderTheSameDisclosureControl()
    {
        using var factory = new FamilyFirstFactory();
        await AddSnapshotAsync(factory, Figures(new DateOnly(2014, 9, 1), 50, 60, 50, 60, 50, 60), new DateTime(2014, 9, 2, 9, 0, 0, DateTimeKind.Utc), approve: true, new TrainingHeadline(1240, 9));
        await AddSnapshotAsync(factory, Figures(new DateOnly(2014, 10, 1), 50, 60, 50, 60, 50, 60), new DateTime(2014, 10, 2, 9, 0, 0, DateTimeKind.Utc), approve: false, new TrainingHeadline(2000, 50));

        var page = await factory.CreateBrowserlessClient().GetPageAsync("/evidence-of-impact");

        Assert.Equal("1,240 people trained in restorative practice across fewer than 10 organisations, by 1 September 2014.", page.GetElementById("training-headline")!.TextContent.Trim());
        Assert.DoesNotContain("2,000", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASnapshotWithNoOneTrained_SaysNothingAboutTraining()
    {
        using var factory = new FamilyFirstFactory();
        await AddSnapshotAsync(factory, Figures(new DateOnly(2014, 9, 1), 50, 60, 50, 60, 50, 60), new DateTime(2014, 9, 2, 9, 0, 0, DateTimeKind.Utc), approve: true, new TrainingHeadline(0, 0));

        var page = await factory.CreateBrowserlessClient().GetPageAsync("/evidence-of-impact");

        Assert.Null(page.GetElementById("training-headline"));
        Assert.DoesNotContain("Restorative practice training", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suppression_At9_10_And11()
    {
        using var factory = new FamilyFirstFactory();
        await AddSnapshotAsync(factory, Figures(new DateOnly(2014, 9, 1), 9, 40, 10, 50, 11, 12), new DateTime(2014, 9, 2, 9, 0, 0, DateTimeKind.Utc), approve: true);

        var page = await factory.CreateBrowserlessClient().GetPageAsync("/evidence-of-impact");

        // 9 is below the threshold: hidden, and no percentage.
        var nine = Figure(page, ImpactHeadlines.Offending);
        Assert.Contains("fewer than 10 families significantly reduced (or stopped) their offending, out of 40", nine);
        Assert.DoesNotContain("22.5%", nine);
        Assert.DoesNotContain("9 ", nine);

        // 10 and 11 are shown, with their percentages.
        Assert.Equal("20.0% of children and young people increased their school attendance to over 85% and reduced their exclusions (10 of 50).", Figure(page, ImpactHeadlines.Education));
        Assert.Equal("91.7% of families had an adult who entered into employment (11 of 12).", Figure(page, ImpactHeadlines.Employment));
        Assert.Contains("1 September 2014", page.Body!.TextContent);
    }

    [Fact]
    public async Task ADenominatorBelowTheThreshold_WithholdsThePercentage()
    {
        using var factory = new FamilyFirstFactory();
        await AddSnapshotAsync(factory, Figures(new DateOnly(2014, 9, 1), 10, 40, 0, 0, 10, 9), new DateTime(2014, 9, 2, 9, 0, 0, DateTimeKind.Utc), approve: true);

        var page = await factory.CreateBrowserlessClient().GetPageAsync("/evidence-of-impact");

        Assert.Equal("10 families had an adult who entered into employment, out of fewer than 10. The percentage is not shown because the numbers are small.", Figure(page, ImpactHeadlines.Employment));
        Assert.Equal("fewer than 10 children and young people increased their school attendance to over 85% and reduced their exclusions, out of fewer than 10. The percentage is not shown because the numbers are small.", Figure(page, ImpactHeadlines.Education));
    }

    [Fact]
    public async Task TheThreshold_IsConfigurable()
    {
        using var factory = new FamilyFirstFactory().WithSetting("Impact:DisclosureThreshold", "5");
        await AddSnapshotAsync(factory, Figures(new DateOnly(2014, 9, 1), 9, 40, 4, 50, 5, 12), new DateTime(2014, 9, 2, 9, 0, 0, DateTimeKind.Utc), approve: true);

        var page = await factory.CreateBrowserlessClient().GetPageAsync("/evidence-of-impact");

        Assert.Equal("22.5% of families significantly reduced (or stopped) their offending (9 of 40).", Figure(page, ImpactHeadlines.Offending));
        Assert.StartsWith("fewer than 5 children and young people", Figure(page, ImpactHeadlines.Education));
        Assert.StartsWith("41.7% of families", Figure(page, ImpactHeadlines.Employment));
    }

    [Fact]
    public async Task OnlyTheLatestApprovedSnapshot_IsShown_NeverALaterUnapprovedOne()
    {
        using var factory = new FamilyFirstFactory();
        await AddSnapshotAsync(factory, Figures(new DateOnly(2014, 3, 1), 20, 40, 20, 40, 20, 40), new DateTime(2014, 3, 2, 9, 0, 0, DateTimeKind.Utc), approve: true);
        await AddSnapshotAsync(factory, Figures(new DateOnly(2014, 6, 1), 30, 40, 30, 40, 30, 40), new DateTime(2014, 6, 2, 9, 0, 0, DateTimeKind.Utc), approve: true);
        await AddSnapshotAsync(factory, Figures(new DateOnly(2014, 9, 1), 40, 40, 40, 40, 40, 40), new DateTime(2014, 9, 2, 9, 0, 0, DateTimeKind.Utc), approve: false);

        var page = await factory.CreateBrowserlessClient().GetPageAsync("/evidence-of-impact");

        Assert.StartsWith("75.0% of families", Figure(page, ImpactHeadlines.Offending));
        Assert.Contains("1 June 2014", page.Body!.TextContent);
        Assert.DoesNotContain("100.0%", page.Body.TextContent);
        Assert.DoesNotContain("1 September 2014", page.Body.TextContent);
    }

    [Fact]
    public async Task TheFooter_LinksToThePage()
    {
        using var factory = new FamilyFirstFactory();

        var home = await factory.CreateBrowserlessClient().GetPageAsync("/");

        Assert.Contains(home.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/evidence-of-impact");
        var definitions = await factory.CreateBrowserlessClient().GetPageAsync("/reports/impact/definitions");
        Assert.Equal("What the impact figures mean", definitions.Heading());
        Assert.NotNull(definitions.GetElementById("offending"));
    }
}
