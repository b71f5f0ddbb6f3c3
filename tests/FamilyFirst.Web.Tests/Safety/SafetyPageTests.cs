using FamilyFirst.Domain.Safety;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Plans;

namespace FamilyFirst.Web.Tests.Safety;

/// <summary>Worries, strengths and safety: the three columns, the pairing rule, versions and the scaling chart.</summary>
public class SafetyPageTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task DangerStatement_WithoutASafetyGoal_IsRefusedByTheField()
    {
        var team = await PlanTeam.CreateAsync(factory, "Pairing");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        var path = $"/families/{team.Family.Id}/safety/assessment";
        var form = await client.GetPageAsync(path);

        var page = await (await client.PostFormAsync(path, form, [.. PlanForms.Date("Input.AssessedOn", new DateOnly(2026, 11, 1)), ("Input.Pairs[0].Danger", "Social care is worried that Mark shouts at Kai"), ("Input.Pairs[1].Goal", "Kai feels safe at home")])).ReadPageAsync();

        page.AssertFieldError("Input_Pairs_0__Goal", "Enter the safety goal for this danger statement: a danger statement is always paired with a safety goal");
        page.AssertFieldError("Input_Pairs_1__Danger", "Enter the danger statement this safety goal answers: a safety goal is always paired with a danger statement");
        Assert.Equal("Social care is worried that Mark shouts at Kai", page.QuerySelector("#Input_Pairs_0__Danger")!.TextContent.Trim());
        Assert.False(await factory.WithDbAsync(db => db.SafetyAssessments.AnyAsync(a => a.FamilyId == team.Family.Id)));
    }

    [Fact]
    public async Task Assessment_IsRecordedInThreeColumns_AndTheNextVersionStartsFromIt()
    {
        var team = await PlanTeam.CreateAsync(factory, "Columns");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        var path = $"/families/{team.Family.Id}/safety/assessment";
        var form = await client.GetPageAsync(path);

        var saved = await client.PostFormAsync(path, form, [.. PlanForms.Date("Input.AssessedOn", new DateOnly(2026, 11, 1)), ("Input.Harms", "Kai missed school\nKai was hurt"), ("Input.Pairs[0].Danger", "We worry Mark <shouts> at Kai"), ("Input.Pairs[0].Goal", "Kai feels safe"), ("Input.Strengths", "Nan visits daily"), ("Input.NextSteps", "Family meeting")]);

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await saved.ReadPageAsync()).ErrorSummary()));
        var page = await client.GetPageAsync($"/families/{team.Family.Id}/safety");
        Assert.Equal("Safety assessment version 1 recorded", page.SuccessBanner());
        Assert.Contains("We worry Mark <shouts> at Kai", page.QuerySelector(".app-assessment-columns")!.TextContent, StringComparison.Ordinal);
        var assessment = await factory.WithDbAsync(db => db.SafetyAssessments.AsNoTracking().SingleAsync(a => a.FamilyId == team.Family.Id));
        Assert.Equal(["Kai missed school", "Kai was hurt", "We worry Mark <shouts> at Kai"], assessment.Worries.Select(w => w.Text));
        Assert.Equal(assessment.Worries[2].PairingId, assessment.NextSteps.Single(n => n.Kind == NextStepKind.SafetyGoal).PairingId);

        var next = await client.GetPageAsync(path);
        Assert.Equal("Record version 2 of the safety assessment", next.Heading());
        Assert.Equal("Kai missed school\nKai was hurt", next.QuerySelector("#Input_Harms")!.TextContent.TrimStart('\n').Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScalingChart_IsAnAccessibleSvg_WithADataTableAndSummary()
    {
        var team = await PlanTeam.CreateAsync(factory, "Scaling");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        var path = $"/families/{team.Family.Id}/safety/ratings/new";
        var empty = await client.GetPageAsync(path);
        var errors = await (await client.PostFormAsync(path, empty, ("RatedOn.Day", ""), ("RatedOn.Month", ""), ("RatedOn.Year", ""))).ReadPageAsync();
        errors.AssertFieldError("GivenBy", "Select who gave the rating");
        errors.AssertFieldError("Score", "Select a rating from 0 to 10");

        // Someone else is written in, and needs their role; nothing is saved until it has one.
        var noRole = await (await client.PostFormAsync(path, empty, [("GivenBy", "someone-else"), ("GivenByName", "Ms Patel"), ("Score", "4"), .. PlanForms.Date("RatedOn", new DateOnly(2026, 9, 1))])).ReadPageAsync();
        noRole.AssertFieldError("GivenByRole", "Enter their role, for example the children's teacher");
        Assert.Equal(0, await factory.WithDbAsync(db => db.ScalingRatings.CountAsync(r => r.FamilyId == team.Family.Id)));
        var notOffered = await (await client.PostFormAsync(path, empty, [("GivenBy", $"family:{Guid.NewGuid():D}"), ("Score", "4"), .. PlanForms.Date("RatedOn", new DateOnly(2026, 9, 1))])).ReadPageAsync();
        notOffered.AssertFieldError("GivenBy", "Select who gave the rating");

        // The professional rates as themselves, chosen by their record, so both ratings are one line.
        foreach (var (score, date) in new[] { (3, new DateOnly(2026, 9, 1)), (6, new DateOnly(2026, 11, 1)) })
        {
            var form = await client.GetPageAsync(path);
            var saved = await client.PostFormAsync(path, form, [("GivenBy", "me"), ("Score", score.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. PlanForms.Date("RatedOn", date)]);
            await Task.FromResult(saved).Redirected();
        }

        var ratings = await factory.WithDbAsync(db => db.ScalingRatings.Where(r => r.FamilyId == team.Family.Id).ToListAsync());
        Assert.All(ratings, r => Assert.Equal((ScalingRaterKind.Professional, team.PractitionerId), (r.RaterKind, r.GivenById!.Value)));

        var page = await client.GetPageAsync($"/families/{team.Family.Id}/safety");
        var svg = page.QuerySelector("svg.app-scaling-chart")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.Single(svg.QuerySelectorAll("polyline"));
        Assert.Equal(2, page.QuerySelectorAll("table tbody tr").Length);
        Assert.Contains("(practitioner) is 6 (up from 3 on 1 September 2026)", page.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }
}
