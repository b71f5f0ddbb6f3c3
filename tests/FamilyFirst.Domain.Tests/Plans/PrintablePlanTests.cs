using CsCheck;
using FamilyFirst.Domain.Plans;
using static FamilyFirst.Domain.Tests.Plans.PlanExamples;

namespace FamilyFirst.Domain.Tests.Plans;

public class PrintablePlanTests
{
    // The family's words: any characters, plus the whitespace and markup most likely to be "tidied" by mistake.
    private static readonly Gen<string> FamilyWords =
        Gen.OneOf<string>(
                Gen.String,
                Gen.OneOf(" ", "  ", "\t", "\n", "\r\n", "\u00A0", "<b>bold</b>", "<script>alert(1)</script>", "&amp;", "**Mum**", "GRAN", "é", "😀", "We'll"))
            .Array[1, 8]
            .Select(parts => string.Concat(parts));

    [Fact]
    public void From_KeepsTheFamilysWordsExactlyAsWritten()
    {
        // What and the contingency plan must have some words for the plan to be agreed; the rest may be anything.
        var someWords = FamilyWords.Where(w => !string.IsNullOrWhiteSpace(w));
        Gen.Select(someWords, someWords, FamilyWords, FamilyWords).Sample((what, contingency, resources, review) =>
        {
            var plan = FamilyPlan.StartDirect(FamilyId, Practitioner, Now);
            plan.AddAction(Action(what));
            plan.UpdateDetails(contingency, resources, Mum, review, new DateOnly(2026, 6, 1));
            var version = AgreeOrFail(plan);

            var printable = PrintablePlan.From(version, PlanNames.None, TimeZoneInfo.Utc);

            return string.Equals(printable.Actions[0].What, what, StringComparison.Ordinal)
                && string.Equals(printable.ContingencyPlan, contingency, StringComparison.Ordinal)
                && string.Equals(printable.ResourcesAskedOfAgencies, resources, StringComparison.Ordinal)
                && string.Equals(printable.ReviewArrangements, review, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void From_SpellsOutNamesDatesAndWhatEachActionAddresses()
    {
        var bottomLine = ApprovedBottomLine("No contact with Mr X");
        var plan = ReadyToAgree(Action("  Gran will SUPERVISE all contact  ", new DateOnly(2026, 4, 1), bottomLine.Id));
        var version = AgreeOrFail(plan, bottomLine);
        var names = new PlanNames(
            new Dictionary<Guid, string> { [Mum] = "Kerry Smith", [Gran] = "Maureen Smith" },
            bottomLines: new Dictionary<Guid, string> { [bottomLine.Id] = bottomLine.Text });

        var printable = PrintablePlan.From(version, names, TimeZoneInfo.Utc);

        Assert.Equal("Version 1, agreed on 2 March 2026", printable.VersionLine);
        Assert.Equal("Kerry Smith", printable.PlanLead);
        Assert.Equal(["Kerry Smith", "Maureen Smith"], printable.AgreedBy);
        Assert.Equal(
            new PrintableAction(1, "  Gran will SUPERVISE all contact  ", "Maureen Smith", "1 April 2026", "Kerry Smith", "the bottom line ‘No contact with Mr X’", "Not started"),
            Assert.Single(printable.Actions));
        Assert.Equal("1 June 2026", printable.ReviewBy);
    }

    [Fact]
    public void From_GivesTheDayAgreed_AsTheCouncilCountsDays()
    {
        // 23:30 UTC on 31 March 2026 is 00:30 on 1 April in London (summer time): the family agreed it on the 1st.
        var plan = ReadyToAgree(Action("Gran walks the children to school", new DateOnly(2026, 4, 30)));
        var agreed = plan.Agree([Mum, Gran], "Agreed", [], null, Practitioner, new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.Zero));
        Assert.True(agreed.Succeeded, agreed.Error);

        var printable = PrintablePlan.From(agreed.Value!, PlanNames.None, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

        Assert.Equal("Version 1, agreed on 1 April 2026", printable.VersionLine);
    }

    [Fact]
    public void From_ADraft_SaysItIsNotYetAgreed()
    {
        var plan = FamilyPlan.StartDirect(FamilyId, Practitioner, Now);

        var printable = PrintablePlan.From(plan.Draft!, PlanNames.None, TimeZoneInfo.Utc);

        Assert.Equal("Version 1: a draft, not yet agreed", printable.VersionLine);
        Assert.Equal("Not written yet", printable.ContingencyPlan);
        Assert.Equal("Not chosen yet", printable.PlanLead);
    }

    [Fact]
    public void From_AProfessionalWithoutARecord_UsesTheNameAsWritten()
    {
        var plan = ReadyToAgree(Action("Health check") with { Owner = new ActionOwner(ActionOwnerKind.ProfessionalOrService, null, "Health visitor") });

        var printable = PrintablePlan.From(plan.Draft!, PlanNames.None, TimeZoneInfo.Utc);

        Assert.Equal("Health visitor", printable.Actions[0].Who);
        Assert.Equal(PlanNames.NotKnown, printable.Actions[0].WhoChecks);
    }
}
