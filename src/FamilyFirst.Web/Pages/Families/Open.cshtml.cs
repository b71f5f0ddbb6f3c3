using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Pages.Enquiries;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using EnquiryRecord = FamilyFirst.Domain.Enquiries.Enquiry;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>
/// Opens a family case, directly or from an accepted enquiry (<c>?enquiry={id}</c>, pre-filled from its answers and
/// linked both ways): the family's name, why the service is involved, the lead practitioner (a manager chooses one
/// from their teams; a practitioner opens the case as its lead) and Family First attachment.
/// </summary>
public sealed class OpenModel(AppDbContext db, FamilyAccess access, StaffDirectory directory, AuditTrail audit, TimeProvider time, Microsoft.Extensions.Options.IOptions<FamilyFirst.Web.Outcomes.OutcomeFrameworkSettings> frameworks) : PageModel
{
    [BindProperty]
    [Display(Name = "Family name")]
    [Required(ErrorMessage = "Enter a name for the family, for example Smith family")]
    [StringLength(200, ErrorMessage = "Family name must be 200 characters or less")]
    public string? FamilyName { get; set; }

    [BindProperty]
    [Display(Name = "Reason for involvement")]
    [Required(ErrorMessage = "Enter the reason for involvement")]
    [StringLength(4000, ErrorMessage = "Reason for involvement must be 4,000 characters or less")]
    public string? ReasonForInvolvement { get; set; }

    [BindProperty]
    [Display(Name = "Lead practitioner")]
    [Required(ErrorMessage = "Select the lead practitioner")]
    public string? LeadPractitioner { get; set; }

    [BindProperty]
    [Display(Name = "Is the family attached to the Family First programme?")]
    [Required(ErrorMessage = "Select yes if the family is attached to the Family First programme")]
    public string? AttachToFamilyFirst { get; set; }

    [BindProperty]
    [Display(Name = "Date attached to Family First")]
    public DateOnly? AttachedOn { get; set; }

    /// <summary>The accepted enquiry the case is opened from, if any.</summary>
    [BindProperty(SupportsGet = true, Name = "enquiry")]
    public Guid? EnquiryId { get; set; }

    public EnquiryRecord? Enquiry { get; private set; }

    /// <summary>Why a case cannot be opened from the enquiry (not accepted, or a case exists already).</summary>
    public string? EnquiryProblem { get; private set; }

    public IReadOnlyList<AllocationChoice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadChoicesAsync() is { } refused)
        {
            return refused;
        }

        if (EnquiryId is not null)
        {
            if (!await LoadEnquiryAsync())
            {
                return NotFound();
            }

            FamilyName = FamilyCaseFromEnquiry.SuggestedFamilyName(Enquiry!.FamilyNames);
            ReasonForInvolvement = FamilyCaseFromEnquiry.ReasonForInvolvement(Enquiry);
        }

        if (Choices.Count == 1)
        {
            LeadPractitioner = Choices[0].Value;
        }

        return Page();
    }

    [ForAction(StaffAction.OpenFamily)]
    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadChoicesAsync() is { } refused)
        {
            return refused;
        }

        if (EnquiryId is not null && !await LoadEnquiryAsync())
        {
            return NotFound();
        }

        if (EnquiryProblem is not null)
        {
            return Page();
        }

        var choice = Choices.FirstOrDefault(c => c.Value == LeadPractitioner);
        if (LeadPractitioner is not null && choice is null)
        {
            ModelState.AddModelError(nameof(LeadPractitioner), "Select the lead practitioner");
        }

        var today = time.Today;
        if (AttachToFamilyFirst == "yes" && ModelState.GetFieldValidationState(nameof(AttachedOn)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            if (AttachedOn is null)
            {
                ModelState.AddModelError(nameof(AttachedOn), "Enter the date the family was attached to Family First");
            }
            else if (AttachedOn > today)
            {
                ModelState.AddModelError(nameof(AttachedOn), "Date attached to Family First must be today or in the past");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var staff = await access.CurrentStaffAsync();
        var now = time.GetUtcNow();
        var reference = await RecordReferences.NewFamilyCaseReferenceAsync(db);
        var opened = FamilyCase.Open(reference, FamilyName!, ReasonForInvolvement!, staff.UserId, now, Enquiry?.Id);
        if (!opened.Succeeded)
        {
            ModelState.AddModelError(nameof(FamilyName), opened.Error!);
            return Page();
        }

        var familyCase = opened.Value!;

        // A new family is on the council's default outcome framework (OutcomeFramework:Default) until its record says otherwise.
        familyCase.SetOutcomeFramework(frameworks.Value.Default, null, null, time.Today);
        if (Enquiry is not null)
        {
            var linked = Enquiry.RecordFamilyCaseOpened(familyCase.Id, familyCase.Reference, EnquiryQueue.Actor(User), now);
            if (!linked.Succeeded)
            {
                ModelState.AddModelError(string.Empty, linked.Error!);
                return Page();
            }
        }

        familyCase.Allocate(choice!.PractitionerId, choice.TeamId, staff.UserId, now);
        var openedHow = Enquiry is null ? "Case opened" : $"Case opened from enquiry {Enquiry.Reference}";
        Chronology.Add(db, familyCase.Id, ChronologyEventType.CaseStatus, today, $"{openedHow}: {familyCase.ReasonForInvolvement}", staff.UserId, now, nameof(FamilyCase), familyCase.Id);
        Chronology.Add(db, familyCase.Id, ChronologyEventType.Allocation, today, $"Allocated to {choice.Name} ({choice.TeamName})", staff.UserId, now, nameof(FamilyCase), familyCase.Id);
        if (AttachToFamilyFirst == "yes")
        {
            familyCase.AttachToProgramme(Programme.FamilyFirst, AttachedOn!.Value);
            Chronology.Add(db, familyCase.Id, ChronologyEventType.Programme, AttachedOn.Value, "Attached to the Family First programme", staff.UserId, now, nameof(FamilyCase), familyCase.Id);
        }

        db.FamilyCases.Add(familyCase);
        audit.Record(AuditAction.Create, FamilyAccess.FamilyCaseRecord, familyCase.Id.ToString(), familyCase.Id, Enquiry is null ? "Opened directly" : $"Opened from enquiry {Enquiry.Reference}");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // The enquiry changed meanwhile (most likely a case was opened from it in another tab): nothing was saved.
            db.ChangeTracker.Clear();
            await LoadEnquiryAsync();
            ModelState.AddModelError(string.Empty, EnquiryProblem ?? "Someone else changed this enquiry at the same time. Check the enquiry, then try again.");
            return Page();
        }

        TempData.Success($"Family case {familyCase.Reference} opened for {familyCase.FamilyName}");
        return Redirect(this.Links().Family(familyCase.Id));
    }

    /// <summary>
    /// Loads the enquiry to open the case from: a family enquiry the user may work (otherwise false, for a 404).
    /// An enquiry not accepted, or with a case already, sets <see cref="EnquiryProblem"/>.
    /// </summary>
    private async Task<bool> LoadEnquiryAsync()
    {
        var enquiry = await db.Enquiries.Include(e => e.History).SingleOrDefaultAsync(e => e.Id == EnquiryId);
        if (enquiry is null || !enquiry.IsAboutAFamily || !EnquiryAccess.CanWork(User, enquiry.Type) || !FamilyFirst.Domain.Enquiries.EnquiryRouting.IsInQueueOf(await access.CurrentStaffAsync(), enquiry.Type, enquiry.TeamId))
        {
            return false;
        }

        Enquiry = enquiry;
        if (enquiry.FamilyCaseId is { } caseId)
        {
            var caseReference = await db.FamilyCases.Where(f => f.Id == caseId).Select(f => f.Reference).FirstOrDefaultAsync();
            EnquiryProblem = $"Family case {caseReference} has already been opened from enquiry {enquiry.Reference}";
        }
        else if (enquiry.Status != Domain.Enquiries.EnquiryStatus.Accepted)
        {
            EnquiryProblem = $"Accept enquiry {enquiry.Reference} before opening a family case from it";
        }

        return true;
    }

    /// <summary>Managers choose among the practitioners in their teams; anyone else opens the case as its lead, in their own team.</summary>
    private async Task<IActionResult?> LoadChoicesAsync()
    {
        var staff = await access.CurrentStaffAsync();
        if (!(staff.HasRole(StaffRole.Practitioner) || staff.HasRole(StaffRole.Coordinator) || staff.HasRole(StaffRole.Manager)))
        {
            return Forbid();
        }

        var inTeams = await directory.PractitionersInAsync(staff.TeamIds);
        Choices = staff.HasRole(StaffRole.Manager) ? inTeams : inTeams.Where(c => c.PractitionerId == staff.UserId).ToList();
        return null;
    }
}
