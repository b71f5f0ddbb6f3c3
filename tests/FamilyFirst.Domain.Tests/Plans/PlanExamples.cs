using FamilyFirst.Domain.Plans;

namespace FamilyFirst.Domain.Tests.Plans;

/// <summary>Fixed people, dates and a ready-to-agree plan shared by the plan tests.</summary>
internal static class PlanExamples
{
    public static readonly Guid FamilyId = Guid.Parse("6f1d8f9e-2a55-4c1e-9d1b-0e6a1f3c2b01");
    public static readonly Guid Practitioner = Guid.Parse("00000000-0000-4000-8000-00000000000a");
    public static readonly Guid Manager = Guid.Parse("00000000-0000-4000-8000-00000000000b");
    public static readonly Guid Mum = Guid.Parse("00000000-0000-4000-8000-000000000001");
    public static readonly Guid Gran = Guid.Parse("00000000-0000-4000-8000-000000000002");
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 3, 2);

    public static PlanActionDetails Action(string what, DateOnly? byWhen = null, Guid? bottomLineId = null) =>
        new(
            what,
            new ActionOwner(ActionOwnerKind.FamilyMember, Gran, null),
            byWhen ?? new DateOnly(2026, 4, 1),
            new ActionChecker(Mum, null),
            AddressesBottomLineId: bottomLineId);

    public static BottomLine ApprovedBottomLine(string text)
    {
        var bottomLine = BottomLine.Write(FamilyId, text, Practitioner, Now).Value!;
        Assert.True(bottomLine.Approve(Manager, Now).Succeeded);
        return bottomLine;
    }

    /// <summary>A direct plan with one action and every part agreement needs, not yet agreed.</summary>
    public static FamilyPlan ReadyToAgree(params PlanActionDetails[] actions)
    {
        var plan = FamilyPlan.StartDirect(FamilyId, Practitioner, Now);
        foreach (var action in actions.Length == 0 ? [Action("Gran will collect the children from school")] : actions)
        {
            Assert.True(plan.AddAction(action).Succeeded);
        }

        Assert.True(plan.UpdateDetails("We will ring Auntie Bev and the children will stay with her", "A bus pass for Gran", Mum, "A family meeting at Gran's", new DateOnly(2026, 6, 1)).Succeeded);
        return plan;
    }

    public static PlanVersion AgreeOrFail(FamilyPlan plan, params BottomLine[] bottomLines)
    {
        var result = plan.Agree([Mum, Gran], "Agreed: the plan keeps the children safe", bottomLines, null, Practitioner, Now);
        Assert.True(result.Succeeded, result.Error);
        return result.Value!;
    }
}
