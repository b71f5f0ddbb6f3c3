using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Plans;

/// <summary>
/// The wider network takes part in the plan: a grandmother from the network can be the plan lead and, owning an action,
/// agree the plan; a network member who must not be contacted is refused as plan lead and nothing changes.
/// </summary>
public class NetworkMembersInThePlanTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private static readonly DateOnly RecordedOn = new(2026, 11, 20);

    private async Task<(PlanTeam Team, Guid RoseId, Guid DeanId)> SetUpAsync(string name)
    {
        var team = await PlanTeam.CreateAsync(factory, name);
        var ids = await factory.WithDbAsync(async db =>
        {
            var dean = NetworkMember.Add(team.Family.Id, "Dean Smith", "the children's father", isFriend: false).Value!;
            Assert.True(dean.RestrictContact("Violence towards the children's mother", "Non-molestation order", new DateOnly(2030, 6, 30), RecordedOn).Succeeded);
            var rose = NetworkMember.Add(team.Family.Id, "Rose Smith", "maternal grandmother", isFriend: false).Value!;
            db.NetworkMembers.AddRange(dean, rose);
            await db.SaveChangesAsync();
            return (rose.Id, dean.Id);
        });
        return (team, ids.Item1, ids.Item2);
    }

    private static async Task<HttpResponseMessage> ChooseLeadAsync(HttpClient client, PlanTeam team, string leadLabel)
    {
        var form = await client.GetPageAsync($"{team.PlanPath}/details");
        var values = new List<(string, string)>
        {
            ("Revision", form.Revision()),
            ("Input.ContingencyPlan", "We ring Nan Rose"),
            ("Input.PlanLead", form.ChoiceValue("Input.PlanLead", leadLabel)),
        };
        values.AddRange(PlanForms.Date("Input.ReviewBy", new DateOnly(2030, 3, 1)));
        return await client.PostFormAsync($"{team.PlanPath}/details", form, values.ToArray());
    }

    [Fact]
    public async Task TheGrandmotherFromTheNetwork_LeadsThePlan_AndOwningAnAction_AgreesIt()
    {
        var (team, roseId, _) = await SetUpAsync("Network lead");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        await client.CreatePlanAsync(team.PlanPath);
        await client.AddActionAsync(team.PlanPath, "Nan Rose takes Kai to school on Mondays", ownerLabel: "Rose Smith").Redirected();

        await ChooseLeadAsync(client, team, "Rose Smith").Redirected();

        var planPage = await client.GetPageAsync(team.PlanPath);
        Assert.Equal("Rose Smith", planPage.SummaryValue("Who leads our plan"));
        var agreeForm = await client.GetPageAsync($"{team.PlanPath}/agree");
        var values = new List<(string, string)>
        {
            ("Revision", agreeForm.Revision()),
            ("AgreedBy", agreeForm.ChoiceValue("AgreedBy", "Dana")),
            ("AgreedBy", agreeForm.ChoiceValue("AgreedBy", "Rose Smith")),
            ("Decision", "Agreed: the plan keeps Kai safe"),
        };
        await client.PostFormAsync($"{team.PlanPath}/agree", agreeForm, values.ToArray()).Redirected();

        var plan = await factory.WithDbAsync(db => db.FamilyPlans.AsNoTracking().SingleAsync(p => p.FamilyId == team.Family.Id));
        Assert.Equal(roseId, plan.CurrentVersion!.PlanLeadNetworkMemberId);
        Assert.Contains(roseId, plan.CurrentVersion.AgreedFamilyMemberIds);
        Assert.Equal("Rose Smith", (await client.GetPageAsync(team.PlanPath)).SummaryValue("Plan lead"));
    }

    [Fact]
    public async Task ANetworkMemberWhoMustNotBeContacted_IsRefusedAsPlanLead_AndNothingChanges()
    {
        var (team, _, _) = await SetUpAsync("Network restricted lead");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        await client.CreatePlanAsync(team.PlanPath);

        var response = await ChooseLeadAsync(client, team, "Dean Smith");

        Assert.Equal(
            "Dean Smith must not be contacted (Non-molestation order until 30 June 2030: Violence towards the children's mother), so they cannot be named as the plan lead. A manager can allow contact by recording why",
            (await response.ReadPageAsync()).FieldError("Input_PlanLead"));
        var plan = await factory.WithDbAsync(db => db.FamilyPlans.AsNoTracking().SingleAsync(p => p.FamilyId == team.Family.Id));
        Assert.Null(plan.Draft!.PlanLeadId);
        Assert.Null(plan.Draft.ContingencyPlan);
    }
}
