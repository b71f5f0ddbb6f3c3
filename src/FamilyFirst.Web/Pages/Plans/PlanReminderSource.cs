using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Infrastructure.Notifications.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Plans;

/// <summary>
/// Reminds each family's lead practitioner of overdue plan actions and overdue plan reviews. Each reminder's key names
/// the action (or plan) and its due date, so it is sent once, and again only if the date changes.
/// </summary>
public sealed class PlanReminderSource(AppDbContext db, IOptions<CouncilOptions> council) : IReminderSource
{
    public string Name => "plans";

    public async Task<IReadOnlyList<Reminder>> GetDueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var plans = await db.FamilyPlans.AsNoTracking().ToListAsync(cancellationToken);
        var overdue = OverduePlanItems.Overdue(plans, today);
        if (overdue.Count == 0)
        {
            return [];
        }

        var familyIds = overdue.Select(o => o.FamilyCaseId).Distinct().ToList();
        var leads = await db.FamilyCases.AsNoTracking()
            .Where(f => familyIds.Contains(f.Id) && f.LeadPractitionerId != null)
            .Select(f => new { f.Id, Lead = f.LeadPractitionerId!.Value })
            .ToListAsync(cancellationToken);
        var userKeys = leads.Select(l => StaffIds.ToUserKey(l.Lead)).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userKeys.Contains(u.Id) && u.Email != null).ToDictionaryAsync(u => u.Id, cancellationToken);
        var options = council.Value;

        var reminders = new List<Reminder>();
        foreach (var item in overdue)
        {
            var lead = leads.FirstOrDefault(l => l.Id == item.FamilyCaseId);
            if (lead is null || !users.TryGetValue(StaffIds.ToUserKey(lead.Lead), out var user))
            {
                continue;
            }

            var isReview = item.Kind == OverduePlanItemKind.Review;
            var due = Families.FamilyText.Date(item.DueOn);
            var personalisation = new Dictionary<string, string>
            {
                ["name"] = user.DisplayName,
                ["dueDate"] = due,
                ["serviceName"] = options.ServiceName,
                ["signInLink"] = options.WebsiteUrl,
                ["contactPhone"] = options.Phone,
            };
            var key = isReview
                ? $"reminder:plan-review:{item.PlanId:D}:{item.DueOn:yyyy-MM-dd}:overdue"
                : $"reminder:plan-action:{item.ActionKey:D}:{item.DueOn:yyyy-MM-dd}:overdue";
            reminders.Add(new Reminder(
                user.Email!,
                NotificationChannel.Email,
                isReview ? NotificationTemplates.PlanReviewReminder : NotificationTemplates.PlanActionReminder,
                personalisation,
                nameof(Domain.Plans.FamilyPlan),
                item.PlanId.ToString("D"),
                key));
        }

        return reminders;
    }
}
