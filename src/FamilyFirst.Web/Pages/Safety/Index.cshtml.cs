using FamilyFirst.Domain.Safety;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Web.Pages.Plans;

namespace FamilyFirst.Web.Pages.Safety;

/// <summary>Worries, strengths and safety: the latest (or a chosen) assessment in three columns, and the scaling chart.</summary>
public sealed class IndexModel(PlanRecords records, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    public const double ChartWidth = 560;
    public const double ChartHeight = 220;

    public IReadOnlyList<SafetyAssessment> Assessments { get; private set; } = [];

    public SafetyAssessment? Shown { get; private set; }

    public ScalingSeries Series { get; private set; } = ScalingSeries.From([]);

    public ScalingChart Chart { get; private set; } = default!;

    public IReadOnlyDictionary<Guid, string> Staff { get; private set; } = new Dictionary<Guid, string>();

    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int? version)
    {
        if (!await LoadForViewAsync(id))
        {
            return NotFound();
        }

        Assessments = await records.AssessmentsAsync(id);
        Shown = version is { } number ? Assessments.FirstOrDefault(a => a.VersionNumber == number) : Assessments.Count > 0 ? Assessments[^1] : null;
        if (version is not null && Shown is null)
        {
            return NotFound();
        }

        var ratings = await records.Db.ScalingRatings.Where(r => r.FamilyId == id).ToListAsync();
        Series = ScalingSeries.From(ratings.OrderBy(r => r.RatedOn));
        Chart = Series.Chart(ChartWidth, ChartHeight);
        Staff = await records.StaffNamesAsync(Assessments.Select(a => a.AuthorId).Concat(ratings.Select(r => r.GivenById).OfType<Guid>()).Distinct());
        CanChange = await Access.CanChangeAsync(Family);
        await records.AuditViewAsync(PlanRecords.AssessmentRecord, Shown?.Id ?? id, id, Shown is null ? "Viewed worries, strengths and safety (no assessment yet)" : $"Viewed safety assessment version {Shown.VersionNumber}");
        return Page();
    }

    public string GivenBy(ScalingRating rating) =>
        rating.GivenByName ?? (rating.GivenById is { } id && Staff.TryGetValue(id, out var name) ? name : "Not known");

    public string GivenBy(ScalingLine line) =>
        line.GivenByName ?? (line.GivenById is { } id && Staff.TryGetValue(id, out var name) ? name : "Not known");

    public static string Role(ScalingRole role) => ScalingSeries.RoleDescription(role);

    /// <summary>The rater's role as the table shows it: someone else's in their words, a network member's as such.</summary>
    public static string Role(ScalingRating rating) => rating.RaterKind switch
    {
        ScalingRaterKind.SomeoneElse when rating.GivenByOtherRole is { } other => rating.GivenByRole == ScalingRole.SomeoneElse ? other : $"{Role(rating.GivenByRole)} (written in)",
        ScalingRaterKind.NetworkMember => "Family network",
        _ => Role(rating.GivenByRole),
    };

    /// <summary>How each role's line is drawn, in words, so the chart does not rely on colour.</summary>
    public static string LineStyle(ScalingRole role) => role switch
    {
        ScalingRole.Practitioner => "solid line with circles",
        ScalingRole.FamilyMember => "dashed line with squares",
        ScalingRole.Manager => "dotted line with diamonds",
        _ => "dash-dot line with circles",
    };

    public static string WorryKindName(WorryKind kind) => kind switch
    {
        WorryKind.Harm => "Harm",
        WorryKind.DangerStatement => "Danger statement",
        WorryKind.ComplicatingFactor => "Complicating factor",
        _ => kind.ToString(),
    };

    public static string WorkingWellKindName(WorkingWellKind kind) => kind switch
    {
        WorkingWellKind.Strength => "Strength",
        WorkingWellKind.ExistingSafety => "Existing safety",
        _ => kind.ToString(),
    };

    public static string NextStepKindName(NextStepKind kind) => kind switch
    {
        NextStepKind.SafetyGoal => "Safety goal",
        NextStepKind.NextStep => "Next step",
        _ => kind.ToString(),
    };
}
