using System.Globalization;

namespace FamilyFirst.Domain.Safety;

/// <summary>
/// A dated, versioned three-column assessment of a family: what are we worried about, what is working well,
/// and what needs to happen. Each version is a separate record; a new version starts as a copy of the previous one.
/// </summary>
public sealed class SafetyAssessment
{
    private const int QuotedTextLength = 60;

    private readonly List<WorryItem> _worries = [];
    private readonly List<WorkingWellItem> _workingWell = [];
    private readonly List<NextStepItem> _nextSteps = [];

    private SafetyAssessment()
    {
    }

    private SafetyAssessment(Guid familyId, DateOnly assessedOn, int versionNumber, Guid authorId, Guid? previousVersionId)
    {
        Id = Guid.NewGuid();
        FamilyId = familyId;
        AssessedOn = assessedOn;
        VersionNumber = versionNumber;
        AuthorId = authorId;
        PreviousVersionId = previousVersionId;
    }

    public Guid Id { get; private set; }

    public Guid FamilyId { get; private set; }

    public DateOnly AssessedOn { get; private set; }

    /// <summary>1 for the family's first assessment, then 2, 3, ...</summary>
    public int VersionNumber { get; private set; }

    /// <summary>The practitioner who wrote this version.</summary>
    public Guid AuthorId { get; private set; }

    public Guid? PreviousVersionId { get; private set; }

    public IReadOnlyList<WorryItem> Worries => _worries;

    public IReadOnlyList<WorkingWellItem> WorkingWell => _workingWell;

    public IReadOnlyList<NextStepItem> NextSteps => _nextSteps;

    /// <summary>Records a family's first assessment. Refused when an entry is blank or a danger statement and safety goal are not paired.</summary>
    public static Result<SafetyAssessment> Create(
        Guid familyId,
        DateOnly assessedOn,
        Guid authorId,
        IEnumerable<WorryItem> worries,
        IEnumerable<WorkingWellItem> workingWell,
        IEnumerable<NextStepItem> nextSteps)
    {
        var assessment = new SafetyAssessment(familyId, assessedOn, 1, authorId, null);
        return assessment.Fill(worries, workingWell, nextSteps);
    }

    /// <summary>
    /// Records the next version with the columns as now written. This version stays as it was. An entry written again
    /// with the same words keeps its item key (see AssessmentEntry.KeepKeys).
    /// </summary>
    public Result<SafetyAssessment> NextVersion(
        DateOnly assessedOn,
        Guid authorId,
        IEnumerable<WorryItem> worries,
        IEnumerable<WorkingWellItem> workingWell,
        IEnumerable<NextStepItem> nextSteps)
    {
        if (assessedOn < AssessedOn)
        {
            return Result<SafetyAssessment>.Fail(
                $"The assessment date must be the same as or after {AssessedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}");
        }

        var next = new SafetyAssessment(FamilyId, assessedOn, VersionNumber + 1, authorId, Id);
        return next.Fill(
            AssessmentEntry<WorryKind>.KeepKeys(worries, _worries),
            AssessmentEntry<WorkingWellKind>.KeepKeys(workingWell, _workingWell),
            AssessmentEntry<NextStepKind>.KeepKeys(nextSteps, _nextSteps));
    }

    /// <summary>
    /// Starts the next version as a copy of this one: every entry is carried forward with its item key and pairing,
    /// so the practitioner changes only what has changed.
    /// </summary>
    public Result<SafetyAssessment> CopyForward(DateOnly assessedOn, Guid authorId) =>
        NextVersion(
            assessedOn,
            authorId,
            _worries.Select(w => w.CarryForward()),
            _workingWell.Select(w => w.CarryForward()),
            _nextSteps.Select(n => n.CarryForward()));

    /// <summary>The safety goal paired with a danger statement in this version, if any.</summary>
    public NextStepItem? SafetyGoalFor(WorryItem dangerStatement) =>
        dangerStatement.PairingId is { } pairing
            ? _nextSteps.FirstOrDefault(n => n.Kind == NextStepKind.SafetyGoal && n.PairingId == pairing)
            : null;

    /// <summary>The danger statement paired with a safety goal in this version, if any.</summary>
    public WorryItem? DangerStatementFor(NextStepItem safetyGoal) =>
        safetyGoal.PairingId is { } pairing
            ? _worries.FirstOrDefault(w => w.Kind == WorryKind.DangerStatement && w.PairingId == pairing)
            : null;

    private Result<SafetyAssessment> Fill(
        IEnumerable<WorryItem> worries,
        IEnumerable<WorkingWellItem> workingWell,
        IEnumerable<NextStepItem> nextSteps)
    {
        _worries.AddRange(worries);
        _workingWell.AddRange(workingWell);
        _nextSteps.AddRange(nextSteps);

        var check = CheckEntries();
        return check.Succeeded ? Result<SafetyAssessment>.Ok(this) : Result<SafetyAssessment>.Fail(check.Error!);
    }

    private Result CheckEntries()
    {
        if (_worries.Any(w => string.IsNullOrWhiteSpace(w.Text)))
        {
            return Result.Fail("Enter what we are worried about, or remove the empty entry");
        }

        if (_workingWell.Any(w => string.IsNullOrWhiteSpace(w.Text)))
        {
            return Result.Fail("Enter what is working well, or remove the empty entry");
        }

        if (_nextSteps.Any(n => string.IsNullOrWhiteSpace(n.Text)))
        {
            return Result.Fail("Enter what needs to happen, or remove the empty entry");
        }

        var dangerStatements = _worries.Where(w => w.Kind == WorryKind.DangerStatement).ToList();
        var safetyGoals = _nextSteps.Where(n => n.Kind == NextStepKind.SafetyGoal).ToList();

        foreach (var danger in dangerStatements)
        {
            var goals = safetyGoals.Count(g => g.PairingId == danger.PairingId);
            if (goals == 0)
            {
                return Result.Fail($"Add a safety goal for the danger statement ‘{Quote(danger.Text)}’");
            }

            if (goals > 1)
            {
                return Result.Fail($"The danger statement ‘{Quote(danger.Text)}’ must have only one safety goal");
            }
        }

        foreach (var goal in safetyGoals)
        {
            var dangers = dangerStatements.Count(d => d.PairingId == goal.PairingId);
            if (dangers == 0)
            {
                return Result.Fail($"Add a danger statement for the safety goal ‘{Quote(goal.Text)}’");
            }

            if (dangers > 1)
            {
                return Result.Fail($"The safety goal ‘{Quote(goal.Text)}’ must answer only one danger statement");
            }
        }

        return Result.Ok();
    }

    // Messages quote the start of long entries so the error summary stays readable.
    private static string Quote(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= QuotedTextLength ? trimmed : string.Concat(trimmed.AsSpan(0, QuotedTextLength), "…");
    }
}
