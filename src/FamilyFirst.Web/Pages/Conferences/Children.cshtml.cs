using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>Step 3: how each child takes part: attends, an advocate speaks for them, or written or recorded views.</summary>
public sealed class ChildrenModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : ConferencePage(db, access, audit, time)
{
    [BindProperty]
    [Display(Name = "Which child?")]
    [Required(ErrorMessage = "Select the child")]
    public string? Child { get; set; }

    [BindProperty]
    [Display(Name = "Child's full name")]
    [StringLength(200, ErrorMessage = "Child's name must be 200 characters or less")]
    public string? OtherChildName { get; set; }

    [BindProperty]
    [Display(Name = "How will they take part?")]
    [Required(ErrorMessage = "Select how the child will take part")]
    public ChildParticipationWay? Way { get; set; }

    [BindProperty]
    [Display(Name = "Advocate's name")]
    [StringLength(200, ErrorMessage = "Advocate's name must be 200 characters or less")]
    public string? AdvocateName { get; set; }

    public IReadOnlyList<(string Value, string Name)> Children { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid conferenceId)
    {
        if (await LoadAsync(id, conferenceId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        await LoadChildrenAsync();
        return Page();
    }

    [ForAction(StaffAction.RunConference)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid conferenceId)
    {
        if (await LoadAsync(id, conferenceId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        await LoadChildrenAsync();
        var chosen = Children.FirstOrDefault(c => c.Value == Child);
        if (Child == "other" && string.IsNullOrWhiteSpace(OtherChildName))
        {
            ModelState.AddModelError(nameof(OtherChildName), "Enter the child's name");
        }
        else if (Child is not null && Child != "other" && chosen.Value is null)
        {
            ModelState.AddModelError(nameof(Child), "Select the child");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var name = Child == "other" ? OtherChildName! : chosen.Name;
        Guid? personId = Child == "other" ? null : Guid.Parse(Child!);
        if (Refused(Conference.RecordChildParticipation(name, personId, Way!.Value, AdvocateName), Way == ChildParticipationWay.AdvocateSpeaksForThem ? nameof(AdvocateName) : nameof(Child)))
        {
            return Page();
        }

        return await SavedAsync($"Recorded how {name.Trim()} will take part");
    }

    private async Task LoadChildrenAsync()
    {
        var ids = Family.Members.Where(m => m.LeftOn is null && m.Role == FamilyRole.ChildOrYoungPerson).Select(m => m.PersonId).ToList();
        var people = await Db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync();
        Children = people.OrderBy(p => p.DisplayName).Select(p => (p.Id.ToString(), p.DisplayName)).ToList();
    }
}
