using AngleSharp.Html.Dom;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Plans;

/// <summary>Recording a plan review keeps the next review date unless it is changed; clearing it needs a reason.</summary>
public class PlanReviewPageTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private static readonly DateOnly AgreedReview = new(2027, 3, 1);

    private async Task<(PlanTeam Team, HttpClient Client)> AgreedPlanAsync(string name)
    {
        var team = await PlanTeam.CreateAsync(factory, name);
        var client = await factory.SignedInClientAsync(team.Practitioner);
        await client.CreatePlanAsync(team.PlanPath);
        await client.AddActionAsync(team.PlanPath, "Dana walks Kai to school every day").Redirected();
        await client.SaveDetailsAsync(team.PlanPath, "We ring Nan and Kai stays with her").Redirected();
        await client.AgreeAsync(team.PlanPath).Redirected();
        return (team, client);
    }

    private static async Task<HttpResponseMessage> ReviewAsync(HttpClient client, PlanTeam team, DateOnly? next, string? noNextReason)
    {
        var url = $"{team.PlanPath}/review";
        var form = await client.GetPageAsync(url);
        var today = DateOnly.ParseExact(
            $"{((IHtmlInputElement)form.QuerySelector("input[name='ReviewedOn.Year']")!).Value}-{int.Parse(((IHtmlInputElement)form.QuerySelector("input[name='ReviewedOn.Month']")!).Value, System.Globalization.CultureInfo.InvariantCulture):00}-{int.Parse(((IHtmlInputElement)form.QuerySelector("input[name='ReviewedOn.Day']")!).Value, System.Globalization.CultureInfo.InvariantCulture):00}",
            "yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture);
        var values = new List<(string, string)>
        {
            ("Revision", form.Revision()),
            ("Progress[0].ActionKey", ((IHtmlInputElement)form.QuerySelector("input[name='Progress[0].ActionKey']")!).Value),
            ("Progress[0].Status", "InProgress"),
            ("NoNextReviewReason", noNextReason ?? string.Empty),
        };
        values.AddRange(PlanForms.Date("ReviewedOn", today));
        values.AddRange(next is { } date ? PlanForms.Date("NextReviewOn", date) : [("NextReviewOn.Day", ""), ("NextReviewOn.Month", ""), ("NextReviewOn.Year", "")]);
        return await client.PostFormAsync(url, form, values.ToArray());
    }

    private Task<FamilyPlan> PlanAsync(PlanTeam team) =>
        factory.WithDbAsync(db => db.FamilyPlans.AsNoTracking().SingleAsync(p => p.FamilyId == team.Family.Id));

    [Fact]
    public async Task Review_WithTheNextReviewLeftBlank_KeepsTheAgreedDate()
    {
        var (team, client) = await AgreedPlanAsync("Review keeps");

        Assert.Contains("Leave blank to keep the next review on 1 March 2027", (await client.GetPageAsync($"{team.PlanPath}/review")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await ReviewAsync(client, team, null, null).Redirected();

        var plan = await PlanAsync(team);
        Assert.Equal(AgreedReview, plan.NextReviewDue);
        Assert.Equal(AgreedReview, plan.Reviews.Single().NextReviewOn);
    }

    [Fact]
    public async Task Review_ClearingTheNextReview_WithAReason_ClearsIt_AndBothAtOnceIsRefused()
    {
        var (team, client) = await AgreedPlanAsync("Review clears");

        var both = await ReviewAsync(client, team, new DateOnly(2027, 6, 1), "The case is closing");
        Assert.Equal("Enter a next review date or a reason for having no next review, not both", (await both.ReadPageAsync()).FieldError("NextReviewOn"));
        Assert.Empty((await PlanAsync(team)).Reviews);

        await ReviewAsync(client, team, null, "The case is closing").Redirected();

        var plan = await PlanAsync(team);
        Assert.Null(plan.NextReviewDue);
        Assert.Equal("The case is closing", plan.Reviews.Single().NoNextReviewReason);
    }
}
