using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families.People;

/// <summary>Records a person moving: into one of the family's households, or to a new address (a new household).</summary>
public sealed class AddressModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : PersonPageModel(db, access, time)
{
    public const string NewAddress = "new";

    [BindProperty]
    [Display(Name = "Where do they live now?")]
    [Required(ErrorMessage = "Select where they live now")]
    public string? HouseholdId { get; set; }

    [BindProperty]
    [Display(Name = "Address line 1")]
    public string? Line1 { get; set; }

    [BindProperty]
    [Display(Name = "Address line 2 (optional)")]
    public string? Line2 { get; set; }

    [BindProperty]
    [Display(Name = "Town or city")]
    public string? Town { get; set; }

    [BindProperty]
    [Display(Name = "County (optional)")]
    public string? County { get; set; }

    [BindProperty]
    [Display(Name = "Postcode")]
    public string? Postcode { get; set; }

    [BindProperty]
    [Display(Name = "Date they moved in")]
    [Required(ErrorMessage = "Enter the date they moved in")]
    public DateOnly? MovedOn { get; set; }

    public IReadOnlyList<Household> Households { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid personId)
    {
        if (!await LoadForChangeFormAsync(id) || !await LoadPersonAsync(personId))
        {
            return NotFound();
        }

        await LoadHouseholdsAsync();
        return Page();
    }

    [ForAction(StaffAction.ChangeFamilyMembers)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid personId)
    {
        if (!await LoadForChangeAsync(id) || !await LoadPersonAsync(personId))
        {
            return NotFound();
        }

        await LoadHouseholdsAsync();
        Household? household = null;
        if (HouseholdId == NewAddress)
        {
            var address = Domain.Families.Address.Create(Line1, Line2, Town, County, Postcode);
            if (!address.Succeeded)
            {
                ModelState.AddModelError(AddressField(address.Error!), address.Error!);
            }
            else
            {
                household = Household.Create(Family.Id, address.Value!);
            }
        }
        else if (HouseholdId is not null)
        {
            household = Households.FirstOrDefault(h => h.Id.ToString() == HouseholdId);
            if (household is null)
            {
                ModelState.AddModelError(nameof(HouseholdId), "Select where they live now");
            }
        }

        if (MovedOn > Today)
        {
            ModelState.AddModelError(nameof(MovedOn), "Date they moved in must be today or in the past");
        }

        if (!ModelState.IsValid || household is null || Refused(Person.MoveInto(household.Id, MovedOn!.Value), nameof(MovedOn)))
        {
            return Page();
        }

        if (HouseholdId == NewAddress)
        {
            Db.Households.Add(household);
        }

        Chronology.Add(Db, Family.Id, ChronologyEventType.People, MovedOn!.Value, $"{Person.DisplayName} moved to {household.Address.Town} ({household.Address.Postcode})", UserId, UtcNow, nameof(Person), Person.Id);
        audit.Record(AuditAction.Change, nameof(Person), Person.Id.ToString(), Family.Id, "Moved address");
        await Db.SaveChangesAsync();
        TempData.Success($"{Person.DisplayName}'s address has been updated");
        return Redirect(PersonPath);
    }

    private static string AddressField(string error) =>
        error.Contains("line 1", StringComparison.Ordinal) ? nameof(Line1)
        : error.Contains("town", StringComparison.OrdinalIgnoreCase) ? nameof(Town)
        : nameof(Postcode);

    private async Task LoadHouseholdsAsync()
    {
        var current = Person.Residences.FirstOrDefault(r => r.To is null)?.HouseholdId;
        Households = await Db.Households.AsNoTracking().Where(h => h.FamilyCaseId == Family.Id && h.Id != current).ToListAsync();
    }
}
