using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Domain.Safety;

namespace FamilyFirst.Web.Infrastructure.Demo;

/// <summary>
/// The Rivers family's worries, strengths and safety: an assessment, scaling ratings over time, approved bottom lines
/// and an agreed plan with two versions. Added once: skipped when the family already has an assessment.
/// </summary>
public static class DemoSafetyAndPlans
{
    public static async Task SeedAsync(AppDbContext db, Guid manager, Guid practitioner, DateTimeOffset now, DateOnly today)
    {
        var family = await db.FamilyCases.FirstOrDefaultAsync(f => f.Reference == DemoFamilies.RiversReference);
        if (family is null || await db.SafetyAssessments.AnyAsync(a => a.FamilyId == family.Id))
        {
            return;
        }

        var ids = family.Members.Select(m => m.PersonId).ToList();
        var people = await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.GivenName, p => p.Id);
        var jade = people["Jade"];
        var dean = people["Dean"];
        var carol = people["Carol"];

        var pairing = Guid.NewGuid();
        var first = Ok(SafetyAssessment.Create(
            family.Id,
            today.AddMonths(-3),
            practitioner,
            [
                WorryItem.Harm("Kai missed 30 school days last year and was late on most others"),
                WorryItem.DangerStatement("School and children's services are worried that if mornings stay chaotic, Kai and Mia will keep missing school and fall behind, and Kai will feel he is to blame", pairing),
                WorryItem.ComplicatingFactor("The family moved house twice in a year; Jade is pregnant and tired"),
            ],
            [
                WorkingWellItem.Strength("Jade and Dean love the children and want things to change"),
                WorkingWellItem.ExistingSafety("Carol (Nan) takes the children to school when Jade asks her"),
            ],
            [
                NextStepItem.SafetyGoal("For three months, Kai and Mia are at school on time every day, and the family have a plan for hard mornings", pairing),
                NextStepItem.NextStep("Family meeting with Nan to agree the morning plan"),
            ]));
        var second = Ok(first.CopyForward(today.AddDays(-14), practitioner));
        db.SafetyAssessments.AddRange(first, second);

        var priya = ScalingRater.Professional(practitioner, "Priya Practitioner", isManager: false);
        var jadeRates = ScalingRater.HouseholdMember(jade, "Jade Rivers");
        var ratings = new (int Score, ScalingRater Rater, int DaysAgo, string Comment)[]
        {
            (3, priya, 90, "Attendance is poor and mornings are hard"),
            (5, jadeRates, 90, "We are trying but it is a lot"),
            (5, priya, 45, "The picture routine is helping Mia"),
            (6, jadeRates, 45, "Mornings are calmer"),
            (7, priya, 14, "Kai's attendance is up to 88%"),
            (6, ScalingRater.Professional(manager, "Morgan Manager", isManager: true), 14, "Good progress; keep Nan involved"),
            (8, jadeRates, 14, "Nan is a big help"),
        };
        foreach (var r in ratings)
        {
            db.ScalingRatings.Add(Ok(ScalingRating.Record(family.Id, r.Score, r.Rater, today.AddDays(-r.DaysAgo), r.Comment)));
        }

        var school = Ok(BottomLine.Write(family.Id, "Kai and Mia go to school every day unless they are ill", practitioner, now.AddDays(-80)));
        Check(school.Approve(manager, now.AddDays(-79)));
        var adult = Ok(BottomLine.Write(family.Id, "The children are always looked after by an adult the family has agreed, never left home alone", practitioner, now.AddDays(-80)));
        Check(adult.Approve(manager, now.AddDays(-79)));
        db.BottomLines.AddRange(school, adult);

        var plan = FamilyPlan.StartDirect(family.Id, practitioner, now.AddDays(-70));
        // The plan asks the contact rules like any page; no one in this demo family is restricted.
        var contacts = FamilyContacts.None;
        var walk = Ok(plan.AddAction(new PlanActionDetails("I will walk Kai and Mia to school every morning, leaving at 8:15", new ActionOwner(ActionOwnerKind.FamilyMember, jade, null), today.AddDays(-10), new ActionChecker(null, "Priya Practitioner"), null, school.Id), contacts, today.AddDays(-70)));
        Ok(plan.AddAction(new PlanActionDetails("Nan has the children after school on Tuesdays and Thursdays so Jade can rest", new ActionOwner(ActionOwnerKind.FamilyMember, carol, null), today.AddDays(20), new ActionChecker(null, "Jade Rivers"), null, adult.Id), contacts, today.AddDays(-70)));
        Check(plan.UpdateDetails("If Jade is unwell Dean takes the children, and if he is at work we ring Nan before 7:30", "A place at the Northmoor Family Hub parenting group", jade, "We meet at Nan's house with Priya", today.AddDays(-3), contacts, today.AddDays(-70)));
        Ok(plan.Agree([jade, dean, carol], "Agreed: the plan meets both bottom lines", [school, adult], null, null, practitioner, now.AddDays(-70)));
        Check(plan.RecordProgress(walk.ActionKey, PlanActionStatus.InProgress, "Most mornings so far", practitioner, now.AddDays(-40)));
        Ok(plan.StartRevision());
        Ok(plan.AddAction(new PlanActionDetails("Dean will do the school run on Fridays", new ActionOwner(ActionOwnerKind.FamilyMember, dean, null), today.AddDays(30), new ActionChecker(null, "Jade Rivers"), null, school.Id), contacts, today.AddDays(-70)));
        Check(plan.UpdateDetails("If Jade is unwell Dean takes the children, and if he is at work we ring Nan or Sandra before 7:30", "A place at the Northmoor Family Hub parenting group", jade, "We meet at Nan's house with Priya", today.AddDays(-3), contacts, today.AddDays(-70)));
        Ok(plan.Agree([jade, dean], "Agreed: the revised plan adds Fridays and Sandra as back-up", [school, adult], null, null, practitioner, now.AddDays(-30)));
        db.FamilyPlans.Add(plan);

        db.ChronologyEntries.Add(Ok(ChronologyEntry.Record(family.Id, ChronologyEventType.Plan, today.AddMonths(-3), "Safety assessment recorded (version 1)", practitioner, now, nameof(SafetyAssessment), first.Id)));
        db.ChronologyEntries.Add(Ok(ChronologyEntry.Record(family.Id, ChronologyEventType.Plan, today.AddDays(-70), "Family plan agreed (version 1)", practitioner, now, nameof(FamilyPlan), plan.Id)));
        db.ChronologyEntries.Add(Ok(ChronologyEntry.Record(family.Id, ChronologyEventType.Plan, today.AddDays(-30), "Family plan revised: version 2 agreed", practitioner, now, nameof(FamilyPlan), plan.Id)));
        await db.SaveChangesAsync();
    }

    private static T Ok<T>(Result<T> result) =>
        result.Succeeded ? result.Value! : throw new InvalidOperationException(result.Error);

    private static void Check(Result result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.Error);
        }
    }
}
