namespace FamilyFirst.Web.Data;

/// <summary>
/// One of the council's reasons for closing an enquiry ("Signposted elsewhere"). Administrators edit the
/// list; a reason no longer used stays on the enquiries closed with it.
/// </summary>
public sealed class EnquiryClosureReason
{
    public const int NameMaximumLength = 200;

    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public bool IsActive { get; set; } = true;

    /// <summary>Where it comes in the list.</summary>
    public int Position { get; set; }

    /// <summary>The reasons every council starts with (fixed ids, so migrations can add them).</summary>
    public static readonly IReadOnlyList<EnquiryClosureReason> Defaults =
    [
        new() { Id = new Guid("6f1d7c2e-9a41-4b6e-8f0a-1c2d3e4f5a01"), Name = "No further action", Position = 1 },
        new() { Id = new Guid("6f1d7c2e-9a41-4b6e-8f0a-1c2d3e4f5a02"), Name = "Signposted elsewhere", Position = 2 },
        new() { Id = new Guid("6f1d7c2e-9a41-4b6e-8f0a-1c2d3e4f5a03"), Name = "Duplicate", Position = 3 },
        new() { Id = new Guid("6f1d7c2e-9a41-4b6e-8f0a-1c2d3e4f5a04"), Name = "Answered", Position = 4 },
        new() { Id = new Guid("6f1d7c2e-9a41-4b6e-8f0a-1c2d3e4f5a05"), Name = "Could not make contact", Position = 5 },
        new() { Id = new Guid("6f1d7c2e-9a41-4b6e-8f0a-1c2d3e4f5a06"), Name = "Passed to the children's services front door", Position = 6 },
    ];
}
