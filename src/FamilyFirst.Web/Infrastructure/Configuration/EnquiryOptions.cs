namespace FamilyFirst.Web.Infrastructure.Configuration;

/// <summary>Limits on the public online enquiry form (section <c>Enquiry</c>).</summary>
public sealed class EnquiryOptions
{
    public const string Section = "Enquiry";

    /// <summary>Answers to an unsent enquiry are kept this long after the last change, then deleted.</summary>
    public int DraftLifetimeHours { get; set; } = 24;

    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>How many form posts one client address may make to the enquiry form in a window.</summary>
    public sealed class RateLimitOptions
    {
        public int PermitLimit { get; set; } = 60;

        public int WindowSeconds { get; set; } = 600;
    }
}
