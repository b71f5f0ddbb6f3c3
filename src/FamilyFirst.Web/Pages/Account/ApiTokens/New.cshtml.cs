using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Account.ApiTokens;

/// <summary>Creates a personal access token and shows it once; only its hash is kept.</summary>
[ForAction(StaffAction.HoldApiTokens)]
public sealed class NewModel(AppDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    public static readonly int[] ValidityChoices = [30, 90, 180, 365];

    [BindProperty]
    [Display(Name = "What is this token for?")]
    [Required(ErrorMessage = "Enter what the token is for")]
    [StringLength(100, ErrorMessage = "What the token is for must be 100 characters or less")]
    public string? Name { get; set; }

    [BindProperty]
    [Display(Name = "How long should it last?")]
    [Required(ErrorMessage = "Select how long the token should last")]
    public int? ValidForDays { get; set; }

    /// <summary>The token itself, shown on this response only.</summary>
    public string? Secret { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ValidForDays is { } days && !ValidityChoices.Contains(days))
        {
            ModelState.AddModelError(nameof(ValidForDays), "Select how long the token should last");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (secret, token) = ApiToken.Issue(User.FindFirstValue(ClaimTypes.NameIdentifier)!, Name!.Trim(), clock.GetUtcNow().UtcDateTime, ValidForDays!.Value);
        db.ApiTokens.Add(token);
        audit.RecordTokenChange(token, $"created token ‘{token.Name}’ (none → active until {clock.LongDate(token.ExpiresAtUtc)})");
        await db.SaveChangesAsync();
        Secret = secret;
        return Page();
    }
}
