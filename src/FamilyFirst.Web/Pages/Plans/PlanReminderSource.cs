using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Infrastructure.Notifications.Reminders;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Plans;

/// <summary>
/// Plan reminders (the rules are <see cref="PlanReminders"/>), for the agreed plans of families whose case is not closed:
/// <list type="bullet">
/// <item>to a family member with online access (<see cref="FamilyMemberAccess.HasOnlineAccess"/>) who is still in the
/// family, or a wider network member with online access (by their network record), and in either case may be contacted
/// (the contact rule, <see cref="ContactWay.Message"/>): their own action a few days before its date (<c>plan-action-reminder</c>), and the plan's review a few days
/// before it (<c>plan-review-reminder</c>), by email or text message as they were invited, with a link to sign in at
/// <c>/family</c> and no case details;</item>
/// <item>to the family's lead practitioner (an active account): each overdue action and an overdue review
/// (<c>plan-action-overdue-reminder</c>, <c>plan-review-overdue-reminder</c>), naming the family by its reference
/// only, with a link to the plan.</item>
/// </list>
/// Each key names the action (or plan), its date, the kind and the recipient, so each reminder is queued once
/// however often the job runs, and again if the date changes. At most seven queries (plans, families, network members,
/// accesses, names of people and of network members, staff), whatever the number of plans.
/// </summary>
public sealed class PlanReminderSource(AppDbContext db, IOptions<CouncilOptions> council, IOptions<NotificationOptions> notifications, TimeProvider time, FamilyFirstLinks links) : IReminderSource
{
    public string Name => "plans";

    public async Task<IReadOnlyList<Reminder>> GetDueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        // Only plans with an agreed version, for cases that are not closed; drafts and closed cases need no reminders.
        var plans = await db.FamilyPlans.AsNoTracking()
            .Where(p => EF.Property<List<PlanVersion>>(p, "_versions").Any(v => v.Status == PlanVersionStatus.Agreed))
            .Where(p => db.FamilyCases.Any(f => f.Id == p.FamilyId && f.Status != FamilyCaseStatus.Closed))
            .ToListAsync(cancellationToken);
        var windows = notifications.Value.Reminders.PlanWindows();
        var items = plans.SelectMany(p => PlanReminders.Due(p, today, windows)).ToList();
        if (items.Count == 0)
        {
            return [];
        }

        var familyIds = items.Select(i => i.FamilyId).Distinct().ToList();
        // A family or network member who must not be contacted gets no message (the contact rule: a reminder is a message).
        var network = (await db.NetworkMembers.AsNoTracking().Where(n => familyIds.Contains(n.FamilyCaseId)).ToListAsync(cancellationToken))
            .Where(n => n.MayReach(ContactWay.Message, today).Succeeded)
            .ToLookup(n => n.FamilyCaseId, n => n.Id);
        var families = (await db.FamilyCases.AsNoTracking()
            .Where(f => familyIds.Contains(f.Id))
            .Select(f => new { f.Id, f.Reference, f.LeadPractitionerId, Members = f.Members.Where(m => m.LeftOn == null).ToList() })
            .ToListAsync(cancellationToken))
            .Select(f => new FamilyRow(
                f.Id,
                f.Reference,
                f.LeadPractitionerId,
                f.Members.Where(m => ContactRules.MayReach("Family member", m.Restriction, ContactWay.Message, today).Succeeded).Select(m => m.PersonId).Concat(network[f.Id]).ToList()))
            .ToDictionary(f => f.Id);

        var reminders = new List<Reminder>();
        await AddFamilyRemindersAsync(reminders, items.Where(i => i.IsDueSoon).ToList(), families, cancellationToken);
        await AddStaffRemindersAsync(reminders, items.Where(i => !i.IsDueSoon).ToList(), families, cancellationToken);
        return reminders;
    }

    private async Task AddFamilyRemindersAsync(List<Reminder> reminders, IReadOnlyList<PlanReminderItem> dueSoon, IReadOnlyDictionary<Guid, FamilyRow> families, CancellationToken cancellationToken)
    {
        if (dueSoon.Count == 0)
        {
            return;
        }

        var familyIds = dueSoon.Select(i => i.FamilyId).Distinct().ToList();
        var accesses = await db.FamilyMemberAccesses.AsNoTracking()
            .Where(a => familyIds.Contains(a.FamilyCaseId) && a.RevokedAt == null)
            .ToListAsync(cancellationToken);
        var reachable = FamilyMemberAccess.ReachableByMember(
            accesses.Where(a => families.TryGetValue(a.FamilyCaseId, out var family) && family.CurrentMembers.Contains(a.Holder.Id)),
            time.GetUtcNow());
        if (reachable.Count == 0)
        {
            return;
        }

        var personIds = reachable.Values.Select(a => a.PersonId).OfType<Guid>().Distinct().ToList();
        var networkIds = reachable.Values.Select(a => a.NetworkMemberId).OfType<Guid>().Distinct().ToList();
        var names = await db.People.AsNoTracking()
            .Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.PreferredName ?? p.GivenName })
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        if (networkIds.Count > 0)
        {
            // A network member by the first word of their name, as a household member is by their given name: no family name in a message.
            foreach (var member in await db.NetworkMembers.AsNoTracking().Where(n => networkIds.Contains(n.Id)).Select(n => new { n.Id, n.Name }).ToListAsync(cancellationToken))
            {
                names[member.Id] = member.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            }
        }
        var options = council.Value;
        var signInLink = links.Absolute(links.FamilyView());

        foreach (var item in dueSoon)
        {
            var recipients = item.Kind == PlanReminderKind.ActionDueSoon
                ? reachable.Where(r => r.Key == (item.FamilyId, item.OwnerId!.Value))
                : reachable.Where(r => r.Key.FamilyCaseId == item.FamilyId);
            foreach (var (key, access) in recipients.OrderBy(r => r.Key.MemberId))
            {
                var personalisation = new Dictionary<string, string>
                {
                    ["name"] = names.GetValueOrDefault(key.MemberId) ?? "family member",
                    ["serviceName"] = options.ServiceName,
                    ["signInLink"] = signInLink,
                    ["contactPhone"] = options.Phone,
                };
                if (item.Kind == PlanReminderKind.ActionDueSoon)
                {
                    personalisation["dueDate"] = Families.FamilyText.Date(item.DueOn);
                }

                reminders.Add(new Reminder(
                    access.Contact,
                    access.Channel == ContactChannel.Email ? NotificationChannel.Email : NotificationChannel.TextMessage,
                    item.Kind == PlanReminderKind.ActionDueSoon ? NotificationTemplates.PlanActionReminder : NotificationTemplates.PlanReviewReminder,
                    personalisation,
                    nameof(FamilyPlan),
                    item.PlanId.ToString("D"),
                    Key(item, "due-soon", key.MemberId)));
            }
        }
    }

    private async Task AddStaffRemindersAsync(List<Reminder> reminders, IReadOnlyList<PlanReminderItem> overdue, IReadOnlyDictionary<Guid, FamilyRow> families, CancellationToken cancellationToken)
    {
        if (overdue.Count == 0)
        {
            return;
        }

        var userKeys = families.Values.Where(f => f.LeadPractitionerId is not null).Select(f => StaffIds.ToUserKey(f.LeadPractitionerId!.Value)).Distinct().ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => userKeys.Contains(u.Id) && u.IsActive && u.Email != null)
            .Select(u => new { u.Id, u.Email, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        var options = council.Value;

        foreach (var item in overdue)
        {
            if (!families.TryGetValue(item.FamilyId, out var family)
                || family.LeadPractitionerId is not { } lead
                || !users.TryGetValue(StaffIds.ToUserKey(lead), out var user))
            {
                continue;
            }

            reminders.Add(new Reminder(
                user.Email!,
                NotificationChannel.Email,
                item.IsAboutAction ? NotificationTemplates.PlanActionOverdueReminder : NotificationTemplates.PlanReviewOverdueReminder,
                new Dictionary<string, string>
                {
                    ["name"] = user.DisplayName,
                    ["reference"] = family.Reference,
                    ["dueDate"] = Families.FamilyText.Date(item.DueOn),
                    ["serviceName"] = options.ServiceName,
                    ["signInLink"] = links.Absolute(links.FamilyPlan(item.FamilyId)),
                },
                nameof(FamilyPlan),
                item.PlanId.ToString("D"),
                Key(item, "overdue", lead)));
        }
    }

    /// <summary>
    /// <c>reminder:plan-action:{action key}:{date}:{due-soon|overdue}:{recipient}</c>, or <c>reminder:plan-review:{plan id}:...</c>:
    /// the item, its date, the kind and who it is for (the person, or the lead practitioner's staff id).
    /// </summary>
    private static string Key(PlanReminderItem item, string kind, Guid recipient) => item.IsAboutAction
        ? $"reminder:plan-action:{item.ActionKey:N}:{item.DueOn:yyyy-MM-dd}:{kind}:{recipient:N}"
        : $"reminder:plan-review:{item.PlanId:N}:{item.DueOn:yyyy-MM-dd}:{kind}:{recipient:N}";

    /// <summary>A family, and who in it may be sent a reminder: current household members and network members (by record) who may be contacted.</summary>
    private sealed record FamilyRow(Guid Id, string Reference, Guid? LeadPractitionerId, List<Guid> CurrentMembers);
}
