using System.Security.Cryptography;
using FamilyFirst.Web.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Enquiry;

/// <summary>
/// Finds and starts the person's <see cref="EnquiryDraft"/>. The cookie holds only the draft's random key;
/// the answers stay in the database, so they survive a failed submit and reach every app node.
/// </summary>
public sealed class EnquiryDraftStore(AppDbContext db, TimeProvider time, IOptions<EnquiryOptions> options)
{
    public const string CookieName = "familyfirst-enquiry";

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private DateTime Cutoff => Now.AddHours(-Math.Max(1, options.Value.DraftLifetimeHours));

    /// <summary>The person's draft, unless it has expired. A draft already sent counts only when asked for.</summary>
    public async Task<EnquiryDraft?> FindAsync(HttpContext context, bool includeSubmitted = false)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || !Guid.TryParseExact(value, "N", out var id))
        {
            return null;
        }

        var cutoff = Cutoff;
        var draft = await db.EnquiryDrafts.SingleOrDefaultAsync(d => d.Id == id && d.UpdatedAtUtc >= cutoff);
        return draft is null || (draft.IsSubmitted && !includeSubmitted) ? null : draft;
    }

    /// <summary>Starts a new draft (saved with the caller's SaveChanges) and gives its key to the browser.</summary>
    public async Task<EnquiryDraft> StartAsync(HttpContext context)
    {
        // Expired drafts can never be resumed; they hold personal data, so they go.
        var cutoff = Cutoff;
        await db.EnquiryDrafts.Where(d => d.UpdatedAtUtc < cutoff).ExecuteDeleteAsync();

        var now = Now;
        var draft = new EnquiryDraft { Id = new Guid(RandomNumberGenerator.GetBytes(16)), CreatedAtUtc = now, UpdatedAtUtc = now };
        db.EnquiryDrafts.Add(draft);
        context.Response.Cookies.Append(CookieName, draft.Id.ToString("N"), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = "/enquiry",
        });
        return draft;
    }
}
