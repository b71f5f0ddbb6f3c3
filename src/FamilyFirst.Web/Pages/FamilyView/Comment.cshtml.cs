using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Web.Resources;
using Microsoft.Extensions.Localization;

namespace FamilyFirst.Web.Pages.FamilyView;

/// <summary>
/// A family member writes on their plan in their own words: a comment (route <c>/family/comment</c>), or a request to
/// change the plan (<c>/family/change-request</c>), which becomes a task for the lead practitioner.
/// </summary>
public abstract class WriteOnPlanModel(FamilyViewWorkspace workspace, IStringLocalizer<FamilyViewText> text, FamilyCommentKind kind) : FamilyViewPageModel(workspace, text)
{
    [BindProperty]
    public string? Text { get; set; }

    public FamilyCommentKind Kind => kind;

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            ModelState.AddModelError(nameof(Text), T[kind == FamilyCommentKind.Comment ? "Comment.Error.Missing" : "ChangeRequest.Error.Missing"]);
        }
        else if (Text.Length > FamilyPlanComment.TextMaxLength)
        {
            ModelState.AddModelError(nameof(Text), T["Error.TooLong"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var comment = FamilyPlanComment.Write(Member.Family.Id, Member.Who, kind, Text, Workspace.Now).Value!;
        Workspace.Db.FamilyPlanComments.Add(comment);
        Workspace.AuditChange(Member, AuditAction.Create, nameof(FamilyPlanComment), comment.Id, kind == FamilyCommentKind.Comment ? "Family member commented on the plan" : "Family member asked for a change to the plan");
        await Workspace.Db.SaveChangesAsync();
        Confirm(kind == FamilyCommentKind.Comment ? "Comment.Confirm" : "ChangeRequest.Confirm");
        return Redirect(this.Links().FamilyView());
    }
}

public sealed class CommentModel(FamilyViewWorkspace workspace, IStringLocalizer<FamilyViewText> text) : WriteOnPlanModel(workspace, text, FamilyCommentKind.Comment);

public sealed class ChangeRequestModel(FamilyViewWorkspace workspace, IStringLocalizer<FamilyViewText> text) : WriteOnPlanModel(workspace, text, FamilyCommentKind.ChangeRequest);
