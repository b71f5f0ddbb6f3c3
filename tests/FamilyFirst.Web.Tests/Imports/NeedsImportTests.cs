using FamilyFirst.Domain.Imports;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Data.Imports;

namespace FamilyFirst.Web.Tests.Imports;

/// <summary>
/// The Supporting Families needs and outcomes files (docs/data-formats.md): validated like every other kind, matched
/// by family_ref (and the person, for a need about one member), and idempotent.
/// </summary>
public class NeedsImportTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private const string NeedsHeader = "family_ref,headline,need,identified_on,person_ref,identified_by,evidence_source,evidence\n";
    private const string OutcomesHeader = "family_ref,headline,need,achieved_on,lapsed_on,evidence_source,evidence\n";

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private Task<List<RecordedNeed>> NeedsAsync(string familyRef) => WithDbAsync(async db =>
    {
        var id = await db.FamilyCases.Where(f => f.Reference == familyRef).Select(f => f.Id).SingleAsync();
        return (await db.RecordedNeeds.AsNoTracking().Where(n => n.FamilyCaseId == id).ToListAsync()).OrderBy(n => n.Headline).ToList();
    });

    private static string Needs(TestFamily family) =>
        NeedsHeader
        + $"{family.FamilyRef},education,poor-attendance,2013-09-10,{family.ChildRef},Ms Patel (school),school-records,Attendance 71% last term\n"
        + $"{family.FamilyRef},Housing,RENT-ARREARS,2013-09-12,,Housing officer,housing-records,\n"
        + $"{family.FamilyRef},crime,adult-offending,2013-09-15,{family.AdultRef},Police,police-records,Two proven offences\n";

    private static string Outcomes(TestFamily family, string lapsed = "") =>
        OutcomesHeader
        + $"{family.FamilyRef},education,poor-attendance,2014-03-28,{lapsed},school-records,Attendance 94% in the spring term\n"
        + $"{family.FamilyRef},housing,rent-arrears,2014-02-01,,housing-records,Arrears cleared\n";

    [Fact]
    public async Task NeedsAndOutcomes_AreRecordedOnTheFamily_ForAMemberOrTheWholeFamily()
    {
        var family = await factory.ImportFamilyAsync();

        var needs = await factory.ImportAsync(ImportKind.Needs, Needs(family));
        var outcomes = await factory.ImportAsync(ImportKind.Outcomes, Outcomes(family));

        Assert.Equal((3, 0, 0, 0), (needs.Added, needs.Updated, needs.Duplicates, needs.Unmatched));
        Assert.Equal((2, 0, 0, 0), (outcomes.Added, outcomes.Updated, outcomes.Duplicates, outcomes.Unmatched));
        var held = await NeedsAsync(family.FamilyRef);
        Assert.Equal([HeadlineOutcome.Education, HeadlineOutcome.Crime, HeadlineOutcome.Housing], held.Select(n => n.Headline));
        var education = held[0];
        Assert.Equal(("poor-attendance", "Ms Patel (school)", "school-records", new DateOnly(2013, 9, 10)), (education.NeedCode, education.IdentifiedBy, education.EvidenceSource, education.IdentifiedOn));
        Assert.NotNull(education.PersonId);
        Assert.Equal((new DateOnly(2014, 3, 28), (DateOnly?)null, "Attendance 94% in the spring term"), (education.AchievedOn!.Value, education.LapsedOn, education.OutcomeEvidence));
        var housing = held[2];
        Assert.Equal("rent-arrears", housing.NeedCode);
        Assert.Null(housing.PersonId);
        Assert.False(held[1].HasOutcome);
    }

    [Fact]
    public async Task ReImportingTheSameFiles_ChangesNothing_AndAChangedRowIsAnUpdate()
    {
        var family = await factory.ImportFamilyAsync();
        await factory.ImportAsync(ImportKind.Needs, Needs(family));
        await factory.ImportAsync(ImportKind.Outcomes, Outcomes(family));
        var before = await NeedsAsync(family.FamilyRef);

        var needsAgain = await factory.ImportAsync(ImportKind.Needs, Needs(family));
        var outcomesAgain = await factory.ImportAsync(ImportKind.Outcomes, Outcomes(family));
        var lapsed = await factory.ImportAsync(ImportKind.Outcomes, Outcomes(family, lapsed: "2014-06-01"));

        Assert.Equal((0, 0, 3), (needsAgain.Added, needsAgain.Updated, needsAgain.Duplicates));
        Assert.Equal((0, 0, 2), (outcomesAgain.Added, outcomesAgain.Updated, outcomesAgain.Duplicates));
        Assert.Equal((0, 1, 1), (lapsed.Added, lapsed.Updated, lapsed.Duplicates));
        var after = await NeedsAsync(family.FamilyRef);
        Assert.Equal(before.Select(n => n.Id), after.Select(n => n.Id));
        Assert.Equal(new DateOnly(2014, 6, 1), after[0].LapsedOn);
    }

    [Fact]
    public async Task BadRows_AreReportedByLineAndColumn_AndNothingIsSaved()
    {
        var family = await factory.ImportFamilyAsync();
        var csv = NeedsHeader
            + $"{family.FamilyRef},education,poor-attendance,2013-09-10,,School,school-records,\n"
            + $"{family.FamilyRef},schooling,poor-attendance,2013-09-10,,,,\n"
            + $"{family.FamilyRef},housing,poor-attendance,2013-02-30,,,gossip,\n";

        var outcome = await factory.ImportAsync(ImportKind.Needs, csv);

        Assert.True(outcome.Rejected);
        var errors = outcome.Validation.Errors;
        Assert.Contains(errors, e => e is { Line: 3, Column: "headline" } && e.Message.StartsWith("Line 3: headline must be one of education, early-years", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Line: 4, Column: "need" } && e.Message == "Line 4: need poor-attendance is not a need under housing in the council's Supporting Families configuration");
        Assert.Contains(errors, e => e is { Line: 4, Column: "identified_on" } && e.Message == "Line 4: identified_on must be a real date in the format yyyy-MM-dd");
        Assert.Contains(errors, e => e is { Line: 4, Column: "evidence_source" } && e.Message == "Line 4: evidence_source gossip is not an evidence source in the council's Supporting Families configuration");
        Assert.Empty(await NeedsAsync(family.FamilyRef));
        var run = await WithDbAsync(db => db.ImportRuns.SingleAsync(r => r.Id == outcome.RunId));
        Assert.Equal(ImportRunStatus.Rejected, run.Status);
    }

    [Fact]
    public async Task AnOutcomeBeforeItsNeed_AnUnknownNeed_OrAPersonOutsideTheFamily_IsReportedAsUnmatched()
    {
        var family = await factory.ImportFamilyAsync();
        var other = await factory.ImportFamilyAsync();
        var needs = await factory.ImportAsync(ImportKind.Needs, NeedsHeader
            + $"{family.FamilyRef},education,poor-attendance,2013-09-10,,,school-records,\n"
            + $"{family.FamilyRef},health,adult-mental-health,2013-09-10,{other.AdultRef},,health-records,\n");
        var outcomes = await factory.ImportAsync(ImportKind.Outcomes, OutcomesHeader
            + $"{family.FamilyRef},education,poor-attendance,2013-09-01,,school-records,\n"
            + $"{family.FamilyRef},housing,rent-arrears,2014-02-01,,,\n");

        Assert.Equal((1, 1), (needs.Added, needs.Unmatched));
        Assert.Contains(needs.UnmatchedRows, u => u.Line == 3 && u.Reason == $"The person is not a member of family {family.FamilyRef}");
        Assert.Equal((0, 2), (outcomes.Added, outcomes.Unmatched));
        Assert.Contains(outcomes.UnmatchedRows, u => u.Line == 2 && u.Reason == "The date the outcome was achieved must be on or after the date the need was identified");
        Assert.Contains(outcomes.UnmatchedRows, u => u.Line == 3 && u.Reason.StartsWith($"Family {family.FamilyRef} has no rent-arrears need recorded under housing", StringComparison.Ordinal));
        Assert.False(Assert.Single(await NeedsAsync(family.FamilyRef)).HasOutcome);
    }

    [Fact]
    public async Task APreview_CountsWhatWouldBeAdded_AndSavesNothing()
    {
        var family = await factory.ImportFamilyAsync();

        var preview = await factory.ImportAsync(ImportKind.Needs, Needs(family), dryRun: true);

        Assert.Equal(3, preview.Added);
        Assert.Empty(await NeedsAsync(family.FamilyRef));
    }
}
