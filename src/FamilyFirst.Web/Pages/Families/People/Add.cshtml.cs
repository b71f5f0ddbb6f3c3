using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families.People;

/// <summary>
/// Adds a person to the family. Before anyone new is created the duplicate check runs: likely matches are
/// shown, and the user either adds one of them to the family or confirms a new person with a reason.
/// </summary>
[ForAction(StaffAction.ChangeFamilyMembers)]
public sealed class AddModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time), IPersonFieldsPage
{
    [BindProperty]
    public PersonFields Details { get; set; } = new();

    [BindProperty]
    [Display(Name = "Role in the family")]
    [Required(ErrorMessage = "Select the person's role in the family")]
    public FamilyRole? Role { get; set; }

    [BindProperty]
    [Display(Name = "Address")]
    public string? HouseholdId { get; set; }

    /// <summary>Set by the "Add this person" button beside a likely match.</summary>
    [BindProperty]
    public Guid? UseExisting { get; set; }

    /// <summary>Set once the likely matches have been shown, so a new person needs a reason.</summary>
    [BindProperty]
    public bool MatchesShown { get; set; }

    [BindProperty]
    [Display(Name = "Why is this a different person from the possible matches?")]
    [StringLength(2000, ErrorMessage = "Reason must be 2,000 characters or less")]
    public string? ReasonNotADuplicate { get; set; }

    public IReadOnlyList<Household> Households { get; private set; } = [];

    public IReadOnlyList<PersonMatches.Match> Matches { get; private set; } = [];

    /// <summary>
    /// Whether there are likely matches in families this user may not see. Never counted or described to them: a task
    /// goes to a manager of each such family (<see cref="PossibleMatchCheck"/>), and the page says only that.
    /// </summary>
    public bool HiddenMatchNeedsChecking { get; private set; }

    /// <summary>Shows the form, with the name filled in when the link came from a person named in the case's enquiry.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, string? givenName, string? familyName)
    {
        if (!await LoadForChangeFormAsync(id))
        {
            return NotFound();
        }

        Details.GivenName = Limit(givenName);
        Details.FamilyName = Limit(familyName);

        await LoadHouseholdsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        await LoadHouseholdsAsync();
        if (UseExisting is { } existingId)
        {
            return await AddExistingAsync(existingId);
        }

        var details = Details.ToDetails(ModelState, nameof(Details), Today);
        Guid? householdId = null;
        if (!string.IsNullOrEmpty(HouseholdId) && HouseholdId != "none")
        {
            householdId = Households.FirstOrDefault(h => h.Id.ToString() == HouseholdId)?.Id;
            if (householdId is null)
            {
                ModelState.AddModelError(nameof(HouseholdId), "Select an address from the list");
            }
        }

        if (!ModelState.IsValid || details is null)
        {
            return Page();
        }

        var found = await PersonMatches.FindAsync(db, Access, details);
        Matches = found.Visible.Where(m => !Family.HasMember(m.PersonId)).ToList();
        // A hidden match counts only where a manager can check it: a person who belongs to no family has nobody to ask,
        // so the page says nothing of them (saying anything would reveal that they exist).
        var hiddenInFamilies = found.HiddenCount > 0 ? await RaiseChecksAsync(found.HiddenIds) : [];
        HiddenMatchNeedsChecking = hiddenInFamilies.Count > 0;
        var likelyIds = found.Visible.Select(m => m.PersonId).Concat(hiddenInFamilies).ToList();
        var alreadyInFamily = found.Visible.FirstOrDefault(m => Family.HasMember(m.PersonId));
        if (alreadyInFamily is not null && !MatchesShown)
        {
            ModelState.AddModelError($"{nameof(Details)}.{nameof(PersonFields.GivenName)}", $"{alreadyInFamily.Name} is already in this family - check you are not adding them twice");
        }

        if (likelyIds.Count > 0 && !MatchesShown)
        {
            MatchesShown = true;
            ModelState.Remove(nameof(MatchesShown));
            return Page();
        }

        if (likelyIds.Count > 0 && string.IsNullOrWhiteSpace(ReasonNotADuplicate))
        {
            ModelState.AddModelError(nameof(ReasonNotADuplicate), "Enter why this is a different person from the possible matches");
            return Page();
        }

        var reference = await RecordReferences.NewPersonReferenceAsync(db);
        var created = Person.Create(details, new DuplicateCheckOutcome(likelyIds, ReasonNotADuplicate), UserId, Today, UtcNow, reference);
        if (Refused(created.Succeeded ? Domain.Common.Result.Ok() : Domain.Common.Result.Fail(created.Error!), $"{nameof(Details)}.{nameof(PersonFields.GivenName)}"))
        {
            return Page();
        }

        var person = created.Value!;
        if (Refused(person.RecordExpecting(Details.ExpectingOn), $"{nameof(Details)}.{nameof(PersonFields.ExpectingOn)}"))
        {
            return Page();
        }

        if (householdId is { } home)
        {
            person.MoveInto(home, Today);
        }

        db.People.Add(person);
        audit.Record(AuditAction.Create, nameof(Person), person.Id.ToString(), Family.Id, likelyIds.Count > 0 ? $"Created after {likelyIds.Count} possible matches were shown" : null);
        return await JoinFamilyAsync(person);
    }

    private async Task<IActionResult> AddExistingAsync(Guid personId)
    {
        // Only a person the user may see can be chosen; anyone else is not offered, so cannot be posted either.
        var visible = await Access.VisiblePeopleAsync();
        var person = await visible.FirstOrDefaultAsync(p => p.Id == personId && p.MergedIntoPersonId == null);
        if (person is null || Family.HasMember(personId))
        {
            ModelState.AddModelError($"{nameof(Details)}.{nameof(PersonFields.GivenName)}", "Select a person from the possible matches");
            return Page();
        }

        if (Role is null)
        {
            return Page();
        }

        return await JoinFamilyAsync(person);
    }

    private async Task<IActionResult> JoinFamilyAsync(Person person)
    {
        if (Role is null || Refused(Family.AddMember(person.Id, Role.Value, Today), nameof(Role)))
        {
            return Page();
        }

        Chronology.Add(db, Family.Id, ChronologyEventType.People, Today, $"{person.DisplayName} added to the family ({FamilyText.Role(Role.Value).ToLowerInvariant()})", UserId, UtcNow, nameof(Person), person.Id);
        audit.Record(AuditAction.Change, FamilyAccess.FamilyCaseRecord, Family.Id.ToString(), Family.Id, $"Added person {person.Reference}");
        await db.SaveChangesAsync();
        TempData.Success($"{person.DisplayName} has been added to the family");
        return Redirect(this.Links().Person(Family.Id, person.Id));
    }

    /// <summary>
    /// A task for a manager of each family a hidden match is in (once while it is open), and an audit row of every probe
    /// that found one, against the matched family; saved at once, whatever the person adding does next. A match with a
    /// person in no family raises no task (there is no manager to ask) and is audited without a family. Returns the
    /// hidden matches that are in a family.
    /// </summary>
    private async Task<IReadOnlyList<Guid>> RaiseChecksAsync(IReadOnlyList<Guid> hiddenPersonIds)
    {
        var ids = hiddenPersonIds.ToList();
        var families = await db.FamilyCases.AsNoTracking().Where(f => f.Members.Any(m => ids.Contains(m.PersonId))).ToListAsync();
        var matched = families
            .SelectMany(f => f.Members.Where(m => ids.Contains(m.PersonId)).Select(m => (FamilyId: f.Id, m.PersonId)))
            .Distinct()
            .ToList();
        var open = await db.PossibleMatchChecks.AsNoTracking()
            .Where(c => c.FromFamilyId == Family.Id && c.CheckedAtUtc == null && ids.Contains(c.MatchedPersonId))
            .Select(c => new { c.MatchedFamilyId, c.MatchedPersonId })
            .ToListAsync();
        foreach (var match in matched)
        {
            if (open.Any(o => o.MatchedFamilyId == match.FamilyId && o.MatchedPersonId == match.PersonId))
            {
                audit.Record(AuditAction.View, nameof(PossibleMatchCheck), match.PersonId.ToString(), match.FamilyId, "Duplicate check from another family's record matched a person here again (not shown; the check already waits for a manager)");
                continue;
            }

            var check = PossibleMatchCheck.Raise(Family.Id, match.PersonId, match.FamilyId, StaffIds.ToUserKey(UserId), UtcNow);
            db.PossibleMatchChecks.Add(check);
            audit.Record(AuditAction.Create, nameof(PossibleMatchCheck), check.Id.ToString(), match.FamilyId, "Duplicate check from another family's record matched a person here (not shown); a manager of this family's team is asked to check it");
        }

        foreach (var loner in ids.Except(matched.Select(m => m.PersonId)))
        {
            audit.Record(AuditAction.View, nameof(Person), loner.ToString(), detail: "Duplicate check from a family's record matched a person who belongs to no family (not shown; no manager to ask, so no task)");
        }

        await db.SaveChangesAsync();
        return [.. matched.Select(m => m.PersonId).Distinct()];
    }

    private static string? Limit(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Trim()[..Math.Min(name.Trim().Length, Person.MaximumNameLength)];

    private async Task LoadHouseholdsAsync() =>
        Households = await db.Households.AsNoTracking().Where(h => h.FamilyCaseId == Family.Id).OrderBy(h => h.Address.Postcode).ToListAsync();
}
