using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>
/// Supporting Families needs and outcomes on the family's record: recorded by those who hold the case, with the
/// GOV.UK errors for bad answers (and nothing saved), each need once per family, audited, listed with an empty state.
/// </summary>
public class NeedsPagesTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task ANeedAndItsOutcome_AreRecordedOnTheFamily_WithErrorsForBadAnswers_AndEachNeedOnce()
    {
        var north = await factory.CreateTeamAsync("Needs north");
        var south = await factory.CreateTeamAsync("Needs south");
        var lead = await factory.CreateStaffAsync("needs.lead@test.familyfirst.test", Roles.Practitioner, north);
        await factory.CreateStaffAsync("needs.other@test.familyfirst.test", Roles.Practitioner, south);
        var family = await factory.CreateFamilyAsync("Needham family", lead, north, null, ("Mia", "Needham", new DateOnly(2015, 2, 9), FamilyRole.ChildOrYoungPerson));
        var mia = family.Members[0].PersonId;
        var client = await factory.SignedInClientAsync("needs.lead@test.familyfirst.test");
        var list = $"/families/{family.Id}/needs";
        var path = $"{list}/new";

        var empty = await client.GetPageAsync(list);
        Assert.Contains("No needs have been recorded yet.", empty.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var form = await client.GetPageAsync(path);
        var blank = await (await client.PostFormAsync(path, form)).ReadPageAsync();
        blank.AssertFieldError("Need", "Select the need");
        blank.AssertFieldError("About", "Select who the need is about");
        blank.AssertFieldError("IdentifiedBy", "Enter who identified the need");
        blank.AssertFieldError("EvidenceSource", "Select the evidence the need was identified from");
        blank.AssertFieldError("IdentifiedOn", "Enter the date the need was identified");

        (string, string)[] Answers(string day) =>
        [
            ("Need", "education:poor-attendance"), ("About", mia.ToString()), ("IdentifiedBy", "Ms Patel, attendance officer"),
            ("EvidenceSource", "school-records"), ("Evidence", "Attendance 71% last term"),
            ("IdentifiedOn.Day", day), ("IdentifiedOn.Month", "9"), ("IdentifiedOn.Year", "2026"),
        ];
        var future = await (await client.PostFormAsync(path, form, [.. Answers("1")[..5], ("IdentifiedOn.Day", "1"), ("IdentifiedOn.Month", "1"), ("IdentifiedOn.Year", "2099")])).ReadPageAsync();
        future.AssertFieldError("IdentifiedOn", "The date the need was identified must be today or in the past");
        Assert.Equal(0, await factory.WithDbAsync(db => db.RecordedNeeds.CountAsync(n => n.FamilyCaseId == family.Id)));

        var saved = await client.PostFormAsync(path, form, Answers("1"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var listed = await client.GetPageAsync(list);
        Assert.Equal("Need recorded: A child does not attend school regularly", listed.SuccessBanner());
        var text = listed.QuerySelector("main")!.TextContent;
        Assert.Contains("1 need under 1 headline outcome.", text, StringComparison.Ordinal);
        Assert.Contains("About Mia Needham", text, StringComparison.Ordinal);
        Assert.Contains("No outcome recorded", text, StringComparison.Ordinal);

        var again = await (await client.PostFormAsync(path, form, Answers("2"))).ReadPageAsync();
        again.AssertFieldError("Need", "This need is already recorded for the family: record its outcome from the list of needs");

        var need = await factory.WithDbAsync(db => db.RecordedNeeds.AsNoTracking().SingleAsync(n => n.FamilyCaseId == family.Id));
        var outcomePath = $"{list}/{need.Id}/outcome";
        var outcomeForm = await client.GetPageAsync(outcomePath);
        (string, string)[] Outcome(string month) =>
        [
            ("AchievedOn.Day", "15"), ("AchievedOn.Month", month), ("AchievedOn.Year", "2026"),
            ("OutcomeEvidenceSource", "school-records"), ("OutcomeEvidence", "Attendance 94% this half term"),
        ];
        var tooEarly = await (await client.PostFormAsync(outcomePath, outcomeForm, Outcome("8"))).ReadPageAsync();
        tooEarly.AssertFieldError("AchievedOn", "The date the outcome was achieved must be on or after the date the need was identified");
        var recorded = await client.PostFormAsync(outcomePath, outcomeForm, Outcome("10"));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var withOutcome = await client.GetPageAsync(list);
        Assert.Equal("Outcome recorded: A child does not attend school regularly", withOutcome.SuccessBanner());
        Assert.Contains("Achieved on 15 October 2026", withOutcome.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var audited = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.RecordType == nameof(RecordedNeed) && a.RecordId == need.Id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Equal(2, audited.Count);

        var outsider = await factory.SignedInClientAsync("needs.other@test.familyfirst.test");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(list)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(outcomePath)).StatusCode);
    }

    [Fact]
    public async Task TheDatabase_HoldsEachNeedOncePerFamily()
    {
        var team = await factory.CreateTeamAsync("Needs unique");
        var lead = await factory.CreateStaffAsync("needs.unique@test.familyfirst.test", Roles.Practitioner, team);
        var family = await factory.CreateFamilyAsync("Unique family", lead, team, null, ("Ivy", "Unique", new DateOnly(2015, 2, 9), FamilyRole.ChildOrYoungPerson));
        RecordedNeed New() => RecordedNeed.Record(family.Id, HeadlineOutcome.Housing, "rent-arrears", null, "Housing", "housing-records", null, new DateOnly(2026, 9, 1), SupportingFamiliesFramework.National, lead, new DateOnly(2026, 11, 1), DateTimeOffset.UtcNow).Value!;
        await factory.WithDbAsync(async db =>
        {
            db.RecordedNeeds.Add(New());
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            db.RecordedNeeds.Add(New());
            return await db.SaveChangesAsync();
        }));
    }
}
