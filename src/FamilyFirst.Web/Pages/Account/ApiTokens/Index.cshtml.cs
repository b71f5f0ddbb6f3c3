using System.Security.Claims;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Account.ApiTokens;

/// <summary>The signed-in person's personal access tokens: when each was used, and a way to revoke it.</summary>
[ShowsTheRecord]
public sealed class IndexModel(AppDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    public DateTime NowUtc { get; } = clock.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync()
    {
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        Tokens = await db.ApiTokens.Where(t => t.UserId == me).OrderByDescending(t => t.CreatedAtUtc).ToListAsync();
    }

    [ForAction(StaffAction.HoldApiTokens)]
    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == me);
        if (token is null)
        {
            return NotFound();
        }

        if (token.RevokedAtUtc is null)
        {
            audit.RecordTokenChange(token, $"revoked token ‘{token.Name}’ ({Status(token, NowUtc).ToLowerInvariant()} → revoked)");
        }

        token.Revoke(NowUtc);
        await db.SaveChangesAsync();
        TempData.Success($"Token ‘{token.Name}’ revoked. Anything using it can no longer call the API.");
        return RedirectToPage();
    }

    public static string Status(ApiToken token, DateTime nowUtc) =>
        token.RevokedAtUtc is not null ? "Revoked" : token.ExpiresAtUtc <= nowUtc ? "Expired" : "Active";
}
