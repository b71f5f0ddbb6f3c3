using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Training;

namespace FamilyFirst.Domain.Tests.Training;

public class TrainingReachTests
{
    private static readonly Guid Children = Guid.Parse("7a000000-0000-4000-8000-000000000001");
    private static readonly Guid Youth = Guid.Parse("7a000000-0000-4000-8000-000000000002");
    private static readonly Guid Empty = Guid.Parse("7a000000-0000-4000-8000-000000000003");

    private static CompletedTraining Staff(string email, Course course, DateOnly date, Guid team) =>
        new(email, course.Id, date, ParticipantKind.CouncilStaff, team, null, "Team at booking");

    private static CompletedTraining Partner(string email, Course course, DateOnly date, string organisation, OrganisationType type = OrganisationType.School) =>
        new(email, course.Id, date, ParticipantKind.PartnerAgency, null, type, organisation);

    private static EvaluationResponse Answer(Course course, int before, int after) =>
        EvaluationResponse.Submit(course, Guid.NewGuid(), course.Outcomes.ToDictionary(o => o.Id, _ => ((int?)before, (int?)after)), null).Value!;

    private static Course NamedCourse(string title) =>
        Course.Create(title, null, 3, ["Use the restorative questions"]).Value!;

    [Fact]
    public void APerson_IsCountedOnce_HoweverManyCoursesTheyComplete_MatchedByEmailIgnoringCase()
    {
        var intro = NamedCourse("Introduction");
        var circles = NamedCourse("Circles");
        var reach = TrainingReach.From(
            [
                Staff("ann@council.gov.uk", intro, new(2026, 2, 10), Children),
                Staff("ANN@council.gov.uk ", circles, new(2026, 5, 1), Children),
                Partner("bo@school.org", intro, new(2026, 2, 10), "Northmoor Academy"),
            ],
            [],
            [new(intro, []), new(circles, [])]);

        Assert.Equal(2, reach.PeopleTrained);
        Assert.Equal(3, reach.Completions);
        Assert.Equal([("Circles", 1), ("Introduction", 2)], reach.ByCourse.Select(c => (c.Course, c.PeopleTrained)));
        Assert.Equal(2, reach.Organisations);
    }

    [Fact]
    public void ByQuarter_GoesByTheSessionDate_InCalendarQuarters_WithTheirEdges()
    {
        var intro = NamedCourse("Introduction");
        var reach = TrainingReach.From(
            [
                Partner("a@x.org", intro, new(2026, 3, 31), "X"),
                Partner("b@x.org", intro, new(2026, 4, 1), "X"),
                Partner("c@x.org", intro, new(2026, 6, 30), "X"),
            ],
            [],
            [new(intro, [])]);

        Assert.Equal(
            [("January to March 2026", "2026 Q1", 1), ("April to June 2026", "2026 Q2", 2)],
            reach.ByQuarter.Select(q => (q.Label, q.ShortLabel, q.PeopleTrained)));
    }

    [Fact]
    public void PartnerOrganisations_AreMatchedByName_IgnoringCaseAndSpacing_MostTrainedFirst()
    {
        var intro = NamedCourse("Introduction");
        var reach = TrainingReach.From(
            [
                Partner("a@school.org", intro, new(2026, 2, 10), "Northmoor Academy"),
                Partner("b@school.org", intro, new(2026, 2, 10), "northmoor  academy"),
                Partner("c@police.uk", intro, new(2026, 2, 10), "Northshire Police", OrganisationType.Police),
            ],
            [],
            [new(intro, [])]);

        Assert.Equal(
            [("Northmoor Academy", OrganisationType.School, 2), ("Northshire Police", OrganisationType.Police, 1)],
            reach.ByOrganisation.Select(o => (o.Organisation, o.Type, o.PeopleTrained)));
    }

    [Fact]
    public void ShareOfATeamsStaffTrained_IsAgainstTheStaffDirectory_AndATeamWithNoStaffHasNoShare()
    {
        var intro = NamedCourse("Introduction");
        var reach = TrainingReach.From(
            [
                Staff("ann@council.gov.uk", intro, new(2026, 2, 10), Children),
                Staff("former@council.gov.uk", intro, new(2026, 2, 10), Children),
                Staff("cy@council.gov.uk", intro, new(2026, 2, 10), Empty),
            ],
            [
                new("ann@council.gov.uk", Children, "Children's team"),
                new("bea@council.gov.uk", Children, "Children's team"),
                new("cat@council.gov.uk", Children, "Children's team"),
                new("dan@council.gov.uk", Youth, "Youth team"),
            ],
            [new(intro, [])]);

        var children = reach.ByTeam.Single(t => t.TeamId == Children);
        Assert.Equal(("Children's team", 2, 3, 1), (children.Team, children.PeopleTrained, children.StaffInDirectory, children.StaffTrained));
        Assert.Equal(33.3m, children.ShareOfStaffTrained);
        var youth = reach.ByTeam.Single(t => t.TeamId == Youth);
        Assert.Equal((0, 1, 0, 0m), (youth.PeopleTrained, youth.StaffInDirectory, youth.StaffTrained, youth.ShareOfStaffTrained));
        var gone = reach.ByTeam.Single(t => t.TeamId == Empty);
        Assert.Equal(("Team at booking", 0), (gone.Team, gone.StaffInDirectory));
        Assert.Null(gone.ShareOfStaffTrained);
    }

    [Fact]
    public void ConfidenceChange_ByCourse_IsShownOnlyWithFiveAnswers()
    {
        var four = NamedCourse("Four answers");
        var five = NamedCourse("Five answers");
        var reach = TrainingReach.From(
            [],
            [],
            [
                new(four, Enumerable.Range(0, 4).Select(_ => Answer(four, 2, 8)).ToList()),
                new(five, [Answer(five, 2, 8), Answer(five, 3, 8), Answer(five, 4, 9), Answer(five, 1, 6), Answer(five, 5, 9)]),
            ]);

        var shown = reach.ByCourse.Single(c => c.Course == "Five answers");
        Assert.Equal((5, 5.0m, (string?)null), (shown.Answers, shown.ConfidenceChange, shown.TooFewAnswersMessage));
        var hidden = reach.ByCourse.Single(c => c.Course == "Four answers");
        Assert.Equal(4, hidden.Answers);
        Assert.Null(hidden.ConfidenceChange);
        Assert.NotNull(hidden.TooFewAnswersMessage);
        Assert.True(reach.IsEmpty);
    }

    [Fact]
    public void AsAt_CountsOnlySessionsHeldOnOrBeforeTheDate()
    {
        var intro = NamedCourse("Introduction");
        var completions = new[]
        {
            Partner("a@x.org", intro, new(2026, 3, 31), "X"),
            Partner("b@y.org", intro, new(2026, 4, 1), "Y"),
        };

        var reach = TrainingReach.From(completions, [], [new(intro, [])], asAt: new(2026, 3, 31));

        Assert.Equal((1, 1), (reach.PeopleTrained, reach.Organisations));
    }

    [Fact]
    public void TheCouncil_CountsAsOneOrganisation_HoweverManyOfItsTeamsAreTrained()
    {
        var intro = NamedCourse("Introduction");
        var reach = TrainingReach.From(
            [Staff("a@council.gov.uk", intro, new(2026, 2, 10), Children), Staff("b@council.gov.uk", intro, new(2026, 2, 10), Youth), Partner("c@x.org", intro, new(2026, 2, 10), "X")],
            [],
            [new(intro, [])]);

        Assert.Equal(2, reach.Organisations);
    }

    [Theory]
    [InlineData(1240, 38, 10, "1,240 people trained in restorative practice across 38 organisations")]
    [InlineData(10, 10, 10, "10 people trained in restorative practice across 10 organisations")]
    [InlineData(9, 9, 10, "Fewer than 10 people trained in restorative practice across fewer than 10 organisations")]
    [InlineData(120, 9, 10, "120 people trained in restorative practice across fewer than 10 organisations")]
    [InlineData(1, 1, 1, "1 person trained in restorative practice across 1 organisation")]
    public void TheHeadline_IsPublishedWithTheSameDisclosureControlAsEveryPublishedFigure(int people, int organisations, int threshold, string expected) =>
        Assert.Equal(expected, new TrainingHeadline(people, organisations).Publish(threshold));

    [Fact]
    public void TheHeadline_SaysNothing_WhenNoOneIsTrained() =>
        Assert.Null(new TrainingHeadline(0, 0).Publish());
}
