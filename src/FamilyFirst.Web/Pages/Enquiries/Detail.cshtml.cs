using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Enquiries;

using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Access;

/// <summary>
/// One enquiry: everything the person told us, and the triage actions (assign, note, accept, reopen), each
/// kept in the enquiry's history. Closing has its own page, to choose the reason.
/// </summary>
[ShowsTheRecord]
public sealed class DetailModel(AppDbContext db, FamilyAccess access, TimeProvider time, IOptions<CouncilOptions> council, UserManager<ApplicationUser> users) : PageModel
{
    public Enquiry Enquiry { get; private set; } = default!;

    public bool Overdue { get; private set; }

    public DateOnly DueBy { get; private set; }

    public IReadOnlyList<SelectListItem> Colleagues { get; private set; } = [];

    /// <summary>The reference of the family case opened from this enquiry, once there is one.</summary>
    public string? FamilyCaseReference { get; private set; }

    /// <summary>Whether this person may open a family case (the roles that can lead one, or allocate it).</summary>
    public bool CanOpenFamilyCase => User.IsInRole(Roles.Practitioner) || User.IsInRole(Roles.Manager);

    /// <summary>The teams a manager may route a family enquiry to (empty for anyone who may not route).</summary>
    public IReadOnlyList<SelectListItem> TeamChoices { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Team")]
    public Guid? RouteTeamId { get; set; }

    [BindProperty]
    [Display(Name = "Colleague")]
    public string? AssigneeId { get; set; }

    [BindProperty]
    [Display(Name = "Add a triage note")]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    [ForAction(StaffAction.WorkEnquiries)]
    public Task<IActionResult> OnPostAssignToMeAsync(Guid id) =>
        ActAsync(id, null, e => e.AssignTo(Me, Me, time.GetUtcNow()), "The enquiry is assigned to you");

    [ForAction(StaffAction.WorkEnquiries)]
    public async Task<IActionResult> OnPostAssignAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var colleague = Colleagues.FirstOrDefault(c => c.Value == AssigneeId);
        if (colleague is null)
        {
            ModelState.AddModelError(nameof(AssigneeId), "Select a colleague to assign the enquiry to");
            return Page();
        }

        return await ActAsync(id, nameof(AssigneeId), e => e.AssignTo(new EnquiryActor(colleague.Value, colleague.Text), Me, time.GetUtcNow()), $"The enquiry is assigned to {colleague.Text}");
    }

    /// <summary>A manager routes a family enquiry to a team's queue at triage.</summary>
    [ForAction(StaffAction.RouteEnquiries)]
    public async Task<IActionResult> OnPostRouteAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var team = RouteTeamId is { } teamId ? await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == teamId) : null;
        if (team is null)
        {
            ModelState.AddModelError(nameof(RouteTeamId), "Select the team to route the enquiry to");
            return Page();
        }

        return await ActAsync(id, nameof(RouteTeamId), e => e.RouteTo(team.Id, team.Name, Me, time.GetUtcNow()), $"The enquiry is routed to {team.Name}");
    }

    [ForAction(StaffAction.WorkEnquiries)]
    public Task<IActionResult> OnPostNoteAsync(Guid id) =>
        ActAsync(id, nameof(Note), e => e.AddNote(Note, Me, time.GetUtcNow()), "Triage note added");

    [ForAction(StaffAction.WorkEnquiries)]
    public Task<IActionResult> OnPostAcceptAsync(Guid id) =>
        ActAsync(id, null, e => e.Accept(Me, time.GetUtcNow()), "The enquiry is accepted for a family case");

    [ForAction(StaffAction.WorkEnquiries)]
    public Task<IActionResult> OnPostReopenAsync(Guid id) =>
        ActAsync(id, null, e => e.Reopen(Me, time.GetUtcNow()), "The enquiry is reopened for triage");

    private EnquiryActor Me => EnquiryQueue.Actor(User);

    /// <summary>Loads the enquiry, runs one domain action, and saves; or shows the page again with the reason it was refused.</summary>
    private async Task<IActionResult> ActAsync(Guid id, string? field, Func<Enquiry, Result> action, string done)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var result = action(Enquiry);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(field ?? string.Empty, result.Error!);
            return Page();
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id);
            ModelState.AddModelError(string.Empty, "Someone else changed this enquiry at the same time. Check what they did, then try again.");
            return Page();
        }

        TempData.Success(done);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var enquiry = await db.Enquiries.Include(e => e.History).SingleOrDefaultAsync(e => e.Id == id);
        var staff = await access.CurrentStaffAsync();
        if (enquiry is null || !EnquiryAccess.CanWork(User, enquiry.Type) || !EnquiryRouting.IsInQueueOf(staff, enquiry.Type, enquiry.TeamId))
        {
            return false;
        }

        if (enquiry.IsAboutAFamily && EnquiryRouting.MayRoute(staff))
        {
            TeamChoices = (await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync())
                .Select(t => new SelectListItem(t.Name, t.Id.ToString()))
                .Prepend(new SelectListItem("Select a team", string.Empty))
                .ToList();
        }

        Enquiry = enquiry;
        if (enquiry.FamilyCaseId is { } caseId)
        {
            FamilyCaseReference = await db.FamilyCases.Where(f => f.Id == caseId).Select(f => f.Reference).FirstOrDefaultAsync();
        }

        var target = council.Value.EnquiryResponseTarget();
        var receivedOn = time.DateOf(enquiry.ReceivedAtUtc);
        DueBy = target.DueBy(receivedOn);
        Overdue = target.IsOverdue(receivedOn, enquiry.Status, time.Today);
        // A routed enquiry is assigned within its team.
        var teamMembers = enquiry.TeamId is { } routedTo
            ? (await db.TeamMemberships.Where(m => m.TeamId == routedTo).Select(m => m.UserId).ToListAsync()).ToHashSet()
            : null;
        var colleagues = new Dictionary<string, string>();
        foreach (var role in EnquiryAccess.RolesFor(enquiry.Type))
        {
            foreach (var user in await users.GetUsersInRoleAsync(role))
            {
                if (user.IsActive && (teamMembers is null || teamMembers.Contains(user.Id)))
                {
                    colleagues[user.Id] = user.DisplayName;
                }
            }
        }

        Colleagues = colleagues.OrderBy(c => c.Value, StringComparer.OrdinalIgnoreCase)
            .Select(c => new SelectListItem(c.Value, c.Key))
            .Prepend(new SelectListItem("Select a colleague", string.Empty))
            .ToList();
        return true;
    }
}
