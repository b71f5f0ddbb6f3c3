using Microsoft.AspNetCore.Identity;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>
/// The password rules beyond Identity's minimum length (ASVS level 2): at most 128 characters, no
/// composition rules, and not a well-known or breached password (<see cref="CommonPasswords"/>, 437,651 of them).
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<ApplicationUser>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    // Common passwords of 12 or more characters from public breach corpora; a council may extend this list.
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "12345678901234", "123456789abc", "qwertyuiopas", "qwertyuiop123",
        "password1234", "password12345", "password123!", "passwordpassword", "iloveyou1234", "1q2w3e4r5t6y",
        "qwerty123456", "123qweasdzxc", "abcdefghijkl", "abc123abc123", "letmein12345", "welcome12345",
        "administrator", "changeme1234", "football1234", "monkey123456", "aaaaaaaaaaaa", "111111111111",
        "000000000000", "zaq12wsxcde3", "1qaz2wsx3edc", "trustno1trustno1", "superman1234", "sunshine1234",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (password is null || password.Length < MinimumLength)
        {
            return Task.FromResult(Failed("PasswordTooShort", $"Password must be {MinimumLength} characters or more"));
        }

        if (password.Length > MaximumLength)
        {
            return Task.FromResult(Failed("PasswordTooLong", $"Password must be {MaximumLength} characters or less"));
        }

        if (Common.Contains(password) || CommonPasswords.Contains(password) || (user.Email is { Length: > 0 } email && password.Contains(email, StringComparison.OrdinalIgnoreCase)))
        {
            return Task.FromResult(Failed("PasswordTooCommon", "Choose a password that is harder to guess: this one is too common or contains your email address"));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static IdentityResult Failed(string code, string description) => IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}
