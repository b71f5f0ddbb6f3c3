using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>The emailed forgotten-password links: they last 1 hour (invitations last 3 days) and stop working once used.</summary>
public sealed class ForgottenPasswordTokenOptions : DataProtectionTokenProviderOptions
{
    public const string ProviderName = "ForgottenPassword";

    public ForgottenPasswordTokenOptions()
    {
        Name = ProviderName;
        TokenLifespan = TimeSpan.FromHours(1);
    }
}

/// <summary>Identity's data-protection tokens with the forgotten-password lifetime; a token carries the account's security stamp, so it stops working once the password changes.</summary>
public sealed class ForgottenPasswordTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<ForgottenPasswordTokenOptions> options,
    ILogger<DataProtectorTokenProvider<ApplicationUser>> logger)
    : DataProtectorTokenProvider<ApplicationUser>(dataProtectionProvider, options, logger);
