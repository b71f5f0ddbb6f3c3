using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>
/// A member of staff who has forgotten their password asks for a link by email. Whatever the email, the answer is the
/// same page after the same time, so nobody can find out which emails have accounts; only an active account with a
/// password gets the email (through the outbox).
/// </summary>
public sealed class ForgottenPasswordModel(
    UserManager<ApplicationUser> users, NotificationOutbox outbox, AppDbContext db, SignInEvents events, SignInThrottle throttle, IOptions<CouncilOptions> council)
    : PageModel
{
    /// <summary>Every answer takes at least this long, so a sent email and no email look the same.</summary>
    public static readonly TimeSpan SameTime = TimeSpan.FromMilliseconds(600);

    [BindProperty]
    [Display(Name = "Email address")]
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var started = Stopwatch.GetTimestamp();
        if (throttle.IsThrottled(HttpContext, Email))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(nameof(Email), $"You have asked too many times. Wait {(int)throttle.Window.TotalMinutes} minutes, then try again");
            return Page();
        }

        throttle.CountFailure(HttpContext, Email);
        var account = await users.FindByEmailAsync(Email!.Trim());
        if (account is { IsActive: true } && await users.HasPasswordAsync(account))
        {
            var token = await users.GenerateUserTokenAsync(account, ForgottenPasswordTokenOptions.ProviderName, UserManager<ApplicationUser>.ResetPasswordTokenPurpose);
            var links = this.Links();
            await outbox.QueueAsync(
                account.Email!,
                NotificationChannel.Email,
                NotificationTemplates.StaffPasswordReset,
                new Dictionary<string, string> { ["name"] = account.DisplayName, ["serviceName"] = council.Value.ServiceName, ["link"] = links.Absolute(links.ResetPassword(account.Id, token)) },
                regardingType: "StaffUser",
                regardingId: account.Id);
            await db.SaveChangesAsync();
            await events.RecordAsync(SignInEvent.PasswordResetRequested, account.Id);
        }
        else
        {
            await events.RecordAsync(SignInEvent.PasswordResetRequested, account?.Id, account is null ? "no such account, no email sent" : "account not active or without a password, no email sent");
        }

        var left = SameTime - Stopwatch.GetElapsedTime(started);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left);
        }

        Sent = true;
        return Page();
    }
}
