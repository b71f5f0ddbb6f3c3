using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Web.Pages.Meetings;
using Microsoft.AspNetCore.Mvc.RazorPages;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>Step 1: the referral, with consent from a person with parental responsibility, the worries and the questions the plan must answer.</summary>
public sealed class ReferModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : PageModel
{
    public FamilyCase Family { get; private set; } = default!;

    /// <summary>The family's approved bottom lines in use: those the referral may say apply.</summary>
    public IReadOnlyList<BottomLine> UsableBottomLines { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Who gave consent")]
    [Required(ErrorMessage = "Enter the name of the person who gave consent")]
    [StringLength(200, ErrorMessage = "Who gave consent must be 200 characters or less")]
    public string? ConsentGivenBy { get; set; }

    [BindProperty]
    [Display(Name = "Do they have parental responsibility for the child?")]
    [Required(ErrorMessage = "Select yes if the person who gave consent has parental responsibility")]
    public string? HasParentalResponsibility { get; set; }

    [BindProperty]
    [Display(Name = "Date consent was given")]
    [Required(ErrorMessage = "Enter the date consent was given")]
    public DateOnly? ConsentGivenOn { get; set; }

    [BindProperty]
    [Display(Name = "What did they agree to?")]
    public List<string> ConsentTo { get; set; } = [];

    [BindProperty]
    [Display(Name = "Worries")]
    [Required(ErrorMessage = "Enter at least one worry")]
    [StringLength(4000, ErrorMessage = "Worries must be 4,000 characters or less")]
    public string? Worries { get; set; }

    [BindProperty]
    [Display(Name = "Questions the family's plan must answer")]
    [Required(ErrorMessage = "Enter at least one question the family's plan must answer")]
    [StringLength(4000, ErrorMessage = "Questions must be 4,000 characters or less")]
    public string? Questions { get; set; }

    [BindProperty]
    [Display(Name = "Which bottom lines apply?")]
    public List<Guid> BottomLines { get; set; } = [];

    [BindProperty]
    [Display(Name = "If a bottom line does not apply to this conference, why not?")]
    [StringLength(2000, ErrorMessage = "Why a bottom line does not apply must be 2,000 characters or less")]
    public string? BottomLinesLeftOutReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var family = await access.FindForChangeAsync(id);
        if (family is null)
        {
            return NotFound();
        }

        Family = family;
        UsableBottomLines = await UsableBottomLinesAsync(id);

        // The family's bottom lines follow it: each approved one applies unless it is deliberately left out.
        BottomLines = UsableBottomLines.Select(b => b.Id).ToList();
        return Page();
    }

    [ForAction(StaffAction.ReferToConference)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var family = await access.FindForChangeAsync(id);
        if (family is null)
        {
            return NotFound();
        }

        Family = family;
        UsableBottomLines = await UsableBottomLinesAsync(id);
        var now = time.LocalNow;
        if (HasParentalResponsibility == "no")
        {
            ModelState.AddModelError(nameof(HasParentalResponsibility), "Consent must come from a person with parental responsibility for the child");
        }

        if (ConsentGivenOn is { } givenOn && givenOn > time.Today)
        {
            ModelState.AddModelError(nameof(ConsentGivenOn), "The date consent was given must be today or in the past");
        }

        if (!ConsentTo.Contains("conference"))
        {
            ModelState.AddModelError(nameof(ConsentTo), "The family must consent to the Family Group Conference before it can be referred");
        }
        else if (!ConsentTo.Contains("information-sharing"))
        {
            ModelState.AddModelError(nameof(ConsentTo), "The family must consent to information being shared before the conference can be referred");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var staff = StaffIds.Of(User);
        var consent = new Domain.Conferences.Consent(ConsentGivenBy!, null, HasParentalResponsibility == "yes", ConsentGivenOn!.Value, true, true);
        var referred = FamilyGroupConference.Refer(id, StaffIds.ToUserKey(staff), consent, MeetingText.Lines(Worries), MeetingText.Lines(Questions), UsableBottomLines, BottomLines.Distinct().ToList(), BottomLinesLeftOutReason, now);
        if (!referred.Succeeded)
        {
            var field = referred.Field switch
            {
                "reasonForLeavingOut" => nameof(BottomLinesLeftOutReason),
                "chosenBottomLineIds" => nameof(BottomLines),
                _ => string.Empty,
            };
            ModelState.AddModelError(field, referred.Error!);
            return Page();
        }

        var conference = referred.Value!;
        db.FamilyGroupConferences.Add(conference);
        audit.Record(AuditAction.Create, nameof(FamilyGroupConference), conference.Id.ToString(), id, "Referred for a Family Group Conference");
        Chronology.Add(db, id, ChronologyEventType.Conference, conference.ReferredOn, $"Referred for a Family Group Conference. Consent given by {conference.Consent.GivenBy}", staff, time.GetUtcNow(), nameof(FamilyGroupConference), conference.Id);
        await db.SaveChangesAsync();
        TempData.Success("Family referred for a Family Group Conference. Next, allocate an independent coordinator");
        return Redirect(this.Links().Conference(id, conference.Id));
    }

    private async Task<IReadOnlyList<BottomLine>> UsableBottomLinesAsync(Guid familyId) =>
        (await db.BottomLines.AsNoTracking().Where(b => b.FamilyId == familyId).ToListAsync()).Where(b => b.IsUsable).OrderBy(b => b.WrittenAt).ToList();
}
