namespace FamilyFirst.Web.Pages.Families.Notes;

/// <summary>Messages shared by the note pages.</summary>
public static class NoteLimits
{
    public const string TooLong = "Case note must be 20,000 characters or less";
}
