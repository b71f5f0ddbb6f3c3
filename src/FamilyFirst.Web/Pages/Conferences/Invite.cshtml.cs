using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>Step 3: mapping the family network onto the invitation list, with what each person needs to take part.</summary>
public sealed class InviteModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : ConferencePage(db, access, audit, time)
{
    [BindProperty]
    [Display(Name = "Full name")]
    [Required(ErrorMessage = "Enter the person's name")]
    [StringLength(200, ErrorMessage = "Full name must be 200 characters or less")]
    public string? Name { get; set; }

    [BindProperty]
    [Display(Name = "Who are they?")]
    [Required(ErrorMessage = "Select whether they are family, family network or a professional")]
    public ParticipantKind? Kind { get; set; }

    [BindProperty]
    [Display(Name = "Relationship to the child, or job (optional)")]
    [StringLength(200, ErrorMessage = "Relationship must be 200 characters or less")]
    public string? Relationship { get; set; }

    [BindProperty]
    [Display(Name = "Interpreter language (optional)")]
    [StringLength(100, ErrorMessage = "Interpreter language must be 100 characters or less")]
    public string? InterpreterLanguage { get; set; }

    [BindProperty]
    [Display(Name = "Access needs (optional)")]
    [StringLength(1000, ErrorMessage = "Access needs must be 1,000 characters or less")]
    public string? AccessNeeds { get; set; }

    [BindProperty]
    [Display(Name = "Do they need any support to come?")]
    public List<string> Support { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid conferenceId) =>
        await LoadAsync(id, conferenceId, forChange: true) ?? Page();

    [ForAction(StaffAction.RunConference)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid conferenceId)
    {
        if (await LoadAsync(id, conferenceId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var added = Conference.AddToInvitationList(Name!, Kind!.Value, Relationship, null);
        if (!added.Succeeded)
        {
            ModelState.AddModelError(nameof(Name), added.Error!);
            return Page();
        }

        Conference.RecordNeeds(added.Value!.Id, new ParticipationNeeds(InterpreterLanguage, AccessNeeds, Support.Contains("childcare"), Support.Contains("transport")));
        return await SavedAsync($"{added.Value.Name} added to the invitation list");
    }
}
