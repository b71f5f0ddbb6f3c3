using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Resources;
using Microsoft.Extensions.Localization;

namespace FamilyFirst.Web.Pages.FamilyView;

/// <summary>
/// The family member's home: their family's agreed plan in plain words (what, who, by when, how far it has got), their
/// own actions to update, the bottom lines, and what they have written on the plan. Drafts are not shown: only what
/// everyone agreed.
/// </summary>
public sealed class IndexModel(FamilyViewWorkspace workspace, IStringLocalizer<FamilyViewText> text) : FamilyViewPageModel(workspace, text)
{
    public PlanVersion? Agreed { get; private set; }

    public DateOnly? NextReview { get; private set; }

    public PlanNames Names { get; private set; } = PlanNames.None;

    public IReadOnlyList<BottomLine> BottomLines { get; private set; } = [];

    /// <summary>The family member's latest comments and requests (at most <see cref="CommentsShown"/>).</summary>
    public IReadOnlyList<FamilyPlanComment> MyComments { get; private set; } = [];

    public const int CommentsShown = 20;

    public int MyCommentCount { get; private set; }

    public IReadOnlyList<PlanAction> MyActions => Agreed?.Actions.Where(a => Member.Who.Owns(a.Owner)).ToList() ?? [];

    public DateOnly Today => Workspace.Today;

    public async Task OnGetAsync()
    {
        var plan = await Workspace.PlanAsync(Member.Family.Id);
        Agreed = plan?.CurrentVersion;
        NextReview = plan?.NextReviewDue;
        Names = await Workspace.NamesAsync(Member.Family);
        BottomLines = await Workspace.BottomLinesAsync(Member.Family.Id);
        var mine = (await Workspace.CommentsAsync(Member.Family.Id)).Where(c => c.Writer == Member.Who).ToList();
        MyCommentCount = mine.Count;
        MyComments = mine.Take(CommentsShown).ToList();
        await Workspace.AuditViewAsync(Member, Agreed is null ? "Family member viewed the family view (no agreed plan yet)" : $"Family member viewed the agreed plan (version {Agreed.Number})");
    }

    public string Status(PlanActionStatus status) => T[$"Status.{status}"];
}
