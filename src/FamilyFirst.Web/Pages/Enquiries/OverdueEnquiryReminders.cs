using System.Globalization;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Infrastructure.Notifications.Reminders;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Enquiries;

/// <summary>
/// Reminds staff about open enquiries past their response target: the person it is assigned to, or, when
/// nobody has it, everyone whose queue it is in. Once per enquiry and person.
/// </summary>
public sealed class OverdueEnquiryReminders(AppDbContext db, IOptions<CouncilOptions> council, FamilyFirstLinks links, TimeProvider time) : IReminderSource
{
    public string Name => "overdue enquiries";

    public async Task<IReadOnlyList<Reminder>> GetDueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var target = council.Value.EnquiryResponseTarget();
        var open = await db.Enquiries.AsNoTracking()
            .Where(e => e.Status == EnquiryStatus.New || e.Status == EnquiryStatus.InTriage)
            .Select(e => new { e.Id, e.Reference, e.Type, e.ReceivedAtUtc, e.Status, e.AssignedToId })
            .ToListAsync(cancellationToken);
        var overdue = open.Where(e => target.IsOverdue(time.DateOf(e.ReceivedAtUtc), e.Status, today)).ToList();
        if (overdue.Count == 0)
        {
            return [];
        }

        var staff = await (from user in db.Users
                           where user.IsActive && user.Email != null
                           join userRole in db.UserRoles on user.Id equals userRole.UserId
                           join role in db.Roles on userRole.RoleId equals role.Id
                           select new { user.Id, user.Email, user.DisplayName, Role = role.Name })
            .ToListAsync(cancellationToken);
        var signInLink = links.Absolute(links.Enquiries());
        var reminders = new List<Reminder>();
        foreach (var enquiry in overdue)
        {
            var roles = EnquiryAccess.RolesFor(enquiry.Type);
            var recipients = staff
                .Where(s => enquiry.AssignedToId is null ? roles.Contains(s.Role!) : s.Id == enquiry.AssignedToId)
                .DistinctBy(s => s.Id);
            foreach (var recipient in recipients)
            {
                var due = target.DueBy(time.DateOf(enquiry.ReceivedAtUtc));
                reminders.Add(new Reminder(
                    recipient.Email!,
                    NotificationChannel.Email,
                    NotificationTemplates.EnquiryOverdueReminder,
                    new Dictionary<string, string>
                    {
                        ["name"] = recipient.DisplayName,
                        ["reference"] = enquiry.Reference,
                        ["responseDue"] = due.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")),
                        ["serviceName"] = council.Value.ServiceName,
                        ["signInLink"] = signInLink,
                    },
                    "Enquiry",
                    enquiry.Id.ToString(),
                    $"reminder:enquiry-overdue:{enquiry.Id:N}:{recipient.Id}"));
            }
        }

        return reminders;
    }
}
