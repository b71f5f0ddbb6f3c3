using FamilyFirst.Domain.Safety;

namespace FamilyFirst.Domain.Tests.Safety;

public class SafetyAssessmentTests
{
    private static readonly Guid FamilyId = Guid.Parse("6f1d8f9e-2a55-4c1e-9d1b-0e6a1f3c2b01");
    private static readonly Guid AuthorId = Guid.Parse("b3c1d2e4-0000-4000-8000-000000000001");
    private static readonly DateOnly AssessedOn = new(2026, 3, 2);

    [Fact]
    public void Create_WithDangerStatementPairedToSafetyGoal_Succeeds()
    {
        var pairing = Guid.NewGuid();
        var danger = WorryItem.DangerStatement("Children's services are worried that Dad drinks and drives with the children", pairing);
        var goal = NextStepItem.SafetyGoal("The children only travel with a sober adult driver", pairing);

        var result = SafetyAssessment.Create(FamilyId, AssessedOn, AuthorId, [danger], [WorkingWellItem.Strength("Gran visits daily")], [goal]);

        Assert.True(result.Succeeded, result.Error);
        var assessment = result.Value!;
        Assert.Equal(1, assessment.VersionNumber);
        Assert.Same(goal, assessment.SafetyGoalFor(assessment.Worries[0]));
        Assert.Same(danger, assessment.DangerStatementFor(assessment.NextSteps[0]));
    }

    [Fact]
    public void Create_WhenDangerStatementHasNoSafetyGoal_IsRefusedNamingTheStatement()
    {
        var danger = WorryItem.DangerStatement("Mum may leave the baby alone at night", Guid.NewGuid());

        var result = SafetyAssessment.Create(FamilyId, AssessedOn, AuthorId, [danger], [], [NextStepItem.NextStep("Visit on Friday")]);

        Assert.False(result.Succeeded);
        Assert.Equal("Add a safety goal for the danger statement ‘Mum may leave the baby alone at night’", result.Error);
    }

    [Fact]
    public void Create_WhenSafetyGoalHasNoDangerStatement_IsRefusedNamingTheGoal()
    {
        var goal = NextStepItem.SafetyGoal("An adult is always with the baby", Guid.NewGuid());

        var result = SafetyAssessment.Create(FamilyId, AssessedOn, AuthorId, [WorryItem.Harm("Bruising in January")], [], [goal]);

        Assert.False(result.Succeeded);
        Assert.Equal("Add a danger statement for the safety goal ‘An adult is always with the baby’", result.Error);
    }

    [Fact]
    public void Create_WhenDangerStatementAndGoalHaveDifferentPairings_IsRefused()
    {
        var danger = WorryItem.DangerStatement("Danger", Guid.NewGuid());
        var goal = NextStepItem.SafetyGoal("Goal", Guid.NewGuid());

        var result = SafetyAssessment.Create(FamilyId, AssessedOn, AuthorId, [danger], [], [goal]);

        Assert.False(result.Succeeded);
        Assert.StartsWith("Add a safety goal for the danger statement", result.Error);
    }

    [Fact]
    public void Create_WhenDangerStatementHasTwoSafetyGoals_IsRefused()
    {
        var pairing = Guid.NewGuid();

        var result = SafetyAssessment.Create(
            FamilyId, AssessedOn, AuthorId,
            [WorryItem.DangerStatement("Danger", pairing)],
            [],
            [NextStepItem.SafetyGoal("Goal one", pairing), NextStepItem.SafetyGoal("Goal two", pairing)]);

        Assert.False(result.Succeeded);
        Assert.Equal("The danger statement ‘Danger’ must have only one safety goal", result.Error);
    }

    [Fact]
    public void Create_WhenAnEntryIsBlank_IsRefused()
    {
        var result = SafetyAssessment.Create(FamilyId, AssessedOn, AuthorId, [], [WorkingWellItem.ExistingSafety("  ")], []);

        Assert.False(result.Succeeded);
        Assert.Equal("Enter what is working well, or remove the empty entry", result.Error);
    }

    [Fact]
    public void Create_QuotesOnlyTheStartOfALongDangerStatement()
    {
        var longText = new string('a', 100);

        var result = SafetyAssessment.Create(FamilyId, AssessedOn, AuthorId, [WorryItem.DangerStatement(longText, Guid.NewGuid())], [], []);

        Assert.Equal($"Add a safety goal for the danger statement ‘{new string('a', 60)}…’", result.Error);
    }

    [Fact]
    public void CopyForward_CarriesEveryEntryIntoTheNextVersionAndLeavesThePreviousOneUnchanged()
    {
        var pairing = Guid.NewGuid();
        var first = SafetyAssessment.Create(
            FamilyId, AssessedOn, AuthorId,
            [WorryItem.DangerStatement("Danger", pairing), WorryItem.ComplicatingFactor("Housing")],
            [WorkingWellItem.Strength("Gran")],
            [NextStepItem.SafetyGoal("Goal", pairing)]).Value!;
        var otherAuthor = Guid.NewGuid();

        var result = first.CopyForward(new DateOnly(2026, 4, 1), otherAuthor);

        Assert.True(result.Succeeded, result.Error);
        var second = result.Value!;
        Assert.Equal(2, second.VersionNumber);
        Assert.Equal(first.Id, second.PreviousVersionId);
        Assert.Equal(otherAuthor, second.AuthorId);
        Assert.Equal(first.Worries.Select(w => (w.ItemKey, w.Kind, w.Text, w.PairingId)), second.Worries.Select(w => (w.ItemKey, w.Kind, w.Text, w.PairingId)));
        Assert.Equal(first.NextSteps.Select(n => (n.ItemKey, n.PairingId)), second.NextSteps.Select(n => (n.ItemKey, n.PairingId)));
        Assert.Equal(first.WorkingWell.Select(w => w.ItemKey), second.WorkingWell.Select(w => w.ItemKey));
        Assert.DoesNotContain(second.Worries, w => first.Worries.Any(f => f.Id == w.Id));
        Assert.Equal(1, first.VersionNumber);
        Assert.Equal(2, first.Worries.Count);
    }

    [Fact]
    public void NextVersion_WrittenAgain_KeepsTheKeyOfEachEntryWithTheSameWords_AndGivesChangedWordsANewKey()
    {
        var first = SafetyAssessment.Create(
            FamilyId, AssessedOn, AuthorId,
            [WorryItem.Harm("Kai misses school"), WorryItem.Harm("Kai misses school"), WorryItem.ComplicatingFactor("Housing")],
            [WorkingWellItem.Strength("Gran visits daily")],
            [NextStepItem.NextStep("Visit on Friday")]).Value!;

        // The page writes every entry anew from the text boxes: same words, one duplicate dropped, one changed, one a
        // different kind with the same words as a harm.
        var second = first.NextVersion(
            new DateOnly(2026, 4, 1), AuthorId,
            [WorryItem.Harm("Kai misses school"), WorryItem.ComplicatingFactor("Housing is damp"), WorryItem.ComplicatingFactor("Kai misses school")],
            [WorkingWellItem.Strength("Gran visits daily"), WorkingWellItem.ExistingSafety("Gran visits daily")],
            [NextStepItem.NextStep("Visit on Friday")]).Value!;

        Assert.Equal(first.Worries[0].ItemKey, second.Worries[0].ItemKey);
        Assert.DoesNotContain(second.Worries[1].ItemKey, first.Worries.Select(w => w.ItemKey));
        Assert.DoesNotContain(second.Worries[2].ItemKey, first.Worries.Select(w => w.ItemKey));
        Assert.Equal(first.WorkingWell[0].ItemKey, second.WorkingWell[0].ItemKey);
        Assert.NotEqual(first.WorkingWell[0].ItemKey, second.WorkingWell[1].ItemKey);
        Assert.Equal(first.NextSteps[0].ItemKey, second.NextSteps[0].ItemKey);
        Assert.Equal(second.Worries.Count, second.Worries.Select(w => w.ItemKey).Distinct().Count());
    }

    [Fact]
    public void NextVersion_AnEarlierEntryLendsItsKeyOnce_AndACarriedEntryKeepsItsOwn()
    {
        var first = SafetyAssessment.Create(
            FamilyId, AssessedOn, AuthorId,
            [WorryItem.Harm("Shouting at night"), WorryItem.Harm("Late for school")], [], []).Value!;
        var carried = first.CopyForward(new DateOnly(2026, 4, 1), AuthorId).Value!.Worries[1];

        var second = first.NextVersion(
            new DateOnly(2026, 4, 1), AuthorId,
            [WorryItem.Harm("Late for school"), carried, WorryItem.Harm("Shouting at night"), WorryItem.Harm("Shouting at night")], [], []).Value!;

        Assert.NotEqual(first.Worries[1].ItemKey, second.Worries[0].ItemKey); // the carried entry holds that key
        Assert.Equal(first.Worries[1].ItemKey, second.Worries[1].ItemKey);
        Assert.Equal(first.Worries[0].ItemKey, second.Worries[2].ItemKey);
        Assert.NotEqual(first.Worries[0].ItemKey, second.Worries[3].ItemKey);
    }

    [Fact]
    public void NextVersion_WhenDatedBeforeThePreviousVersion_IsRefused()
    {
        var first = SafetyAssessment.Create(FamilyId, AssessedOn, AuthorId, [], [], []).Value!;

        var result = first.NextVersion(new DateOnly(2026, 3, 1), AuthorId, [], [], []);

        Assert.False(result.Succeeded);
        Assert.Equal("The assessment date must be the same as or after 2 March 2026", result.Error);
    }

    [Fact]
    public void NextVersion_StillChecksThePairingRule()
    {
        var first = SafetyAssessment.Create(FamilyId, AssessedOn, AuthorId, [], [], []).Value!;

        var result = first.NextVersion(AssessedOn, AuthorId, [], [], [NextStepItem.SafetyGoal("Goal", Guid.NewGuid())]);

        Assert.False(result.Succeeded);
        Assert.Equal("Add a danger statement for the safety goal ‘Goal’", result.Error);
    }
}
