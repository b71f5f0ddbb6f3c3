using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>One request to allow contact with a restricted person, with who asked and (once decided) which manager decided it.</summary>
public sealed record ContactOverrideRequestRow(ContactOverrideRequest Asked, string AskedBy, string? DecidedBy);

/// <summary>
/// The requests to allow contact with one household or network member, newest first, as their pages show them: the
/// person who asked sees the manager's decision there.
/// </summary>
public static class ContactOverrideHistory
{
    public static async Task<IReadOnlyList<ContactOverrideRequestRow>> ForAsync(AppDbContext db, StaffDirectory directory, Guid familyId, Guid? personId, Guid? networkMemberId)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(directory);
        var requests = await db.ContactOverrideRequests.AsNoTracking()
            .Where(r => r.FamilyId == familyId && r.PersonId == personId && r.NetworkMemberId == networkMemberId)
            .ToListAsync();
        var names = await directory.NamesAsync(requests.Select(r => r.RequestedBy).Concat(requests.Select(r => r.DecidedBy).OfType<Guid>()));
        string Name(Guid id) => names.TryGetValue(id, out var name) ? name : "Someone who has left";
        return requests
            .OrderByDescending(r => r.RequestedAt)
            .Take(10)
            .Select(r => new ContactOverrideRequestRow(r, Name(r.RequestedBy), r.DecidedBy is { } by ? Name(by) : null))
            .ToList();
    }
}
