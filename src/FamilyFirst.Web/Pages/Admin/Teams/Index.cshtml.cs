using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Admin.Teams;

[ForAction(StaffAction.ManageTeams)]
public sealed class IndexModel(AppDbContext db, AuditTrail audit) : PageModel
{
    [BindProperty]
    [Display(Name = "Team name")]
    [Required(ErrorMessage = "Enter a team name")]
    [StringLength(200, ErrorMessage = "Team name must be 200 characters or less")]
    public string? Name { get; set; }

    public IReadOnlyList<TeamRow> Teams { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Name?.Trim();
        if (ModelState.IsValid && await db.Teams.AnyAsync(t => t.Name == name))
        {
            ModelState.AddModelError(nameof(Name), "A team with this name already exists");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var team = new Team { Id = Guid.NewGuid(), Name = name! };
        db.Teams.Add(team);
        audit.RecordTeamChange(team, $"added team ‘{team.Name}’");
        await db.SaveChangesAsync();
        TempData.Success($"Team ‘{name}’ added");
        return RedirectToPage();
    }

    private async Task LoadAsync() =>
        Teams = await db.Teams.OrderBy(t => t.Name).Select(t => new TeamRow(t.Name, t.Members.Count)).ToListAsync();

    public sealed record TeamRow(string Name, int Members);
}
