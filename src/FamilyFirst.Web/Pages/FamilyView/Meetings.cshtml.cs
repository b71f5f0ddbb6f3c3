using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Resources;
using Microsoft.Extensions.Localization;

namespace FamilyFirst.Web.Pages.FamilyView;

/// <summary>
/// The family's upcoming meetings (when, where, who is coming) and the recent ones they can give feedback on.
/// Professionals' meetings are not shown, and nothing of what was said at a meeting is.
/// </summary>
public sealed class MeetingsModel(FamilyViewWorkspace workspace, IStringLocalizer<FamilyViewText> text) : FamilyViewPageModel(workspace, text)
{
    /// <summary>Recent meetings listed for feedback: the last few, within this many days.</summary>
    public const int RecentDays = 90;
    public const int RecentCount = 5;

    public sealed record MeetingView(Guid Id, MeetingType Type, DateTimeOffset StartsAt, string? Venue, IReadOnlyList<string> WhoIsComing, string? FeedbackToken);

    public IReadOnlyList<MeetingView> Upcoming { get; private set; } = [];

    public IReadOnlyList<MeetingView> Recent { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var now = Workspace.Now;
        var since = now.AddDays(-RecentDays);
        var familyId = Member.Family.Id;
        var meetings = (await Workspace.Db.Meetings.AsNoTracking()
                .Where(m => m.FamilyId == familyId && m.Type != MeetingType.ProfessionalsMeeting)
                .ToListAsync())
            .Where(m => m.StartsAt >= since)
            .ToList();
        var ids = meetings.Select(m => m.Id).ToList();
        var tokens = await Workspace.Db.FeedbackLinks.AsNoTracking().Where(l => ids.Contains(l.MeetingId)).ToDictionaryAsync(l => l.MeetingId, l => l.Token);
        MeetingView View(Meeting m) => new(
            m.Id,
            m.Type,
            m.StartsAt,
            m.Venue,
            m.Participants.Select(p => p.Name).ToList(),
            tokens.TryGetValue(m.Id, out var token) ? token : null);
        Upcoming = meetings.Where(m => m.StartsAt >= now).OrderBy(m => m.StartsAt).Select(View).ToList();
        Recent = meetings.Where(m => m.StartsAt < now).OrderByDescending(m => m.StartsAt).Take(RecentCount).Select(View).ToList();
        await Workspace.AuditViewAsync(Member, "Family member viewed the family's meetings");
    }

    public string When(DateTimeOffset instant)
    {
        var local = Workspace.Clock.ToCouncilTime(instant);
        var time = FamilyViewText.IsWelsh ? local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : Workspace.Clock.TimeOfDay(instant);
        return T["Meetings.When", local.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture), time];
    }
}
