using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.CommandLine;
using FamilyFirst.Web.Infrastructure.Notifications;

namespace FamilyFirst.Web.Tests.Enquiries;

public class OverdueEnquiryRemindersTests
{
    private static FamilyFirstFactory Factory() => new FamilyFirstFactory()
        .WithSetting("Notifications:DispatcherEnabled", "false")
        .WithSetting("Notifications:Reminders:Enabled", "false");

    private static async Task RunAsync(FamilyFirstFactory factory, string date)
    {
        var error = new StringWriter();
        var exit = await Verbs.Find(["reminders", "run"])!.RunAsync(factory.Services, ["--date", date], new StringReader(string.Empty), new StringWriter(), error);
        Assert.True(exit == 0, error.ToString());
    }

    private static async Task<List<OutboxMessage>> RemindersAsync(FamilyFirstFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages
            .Where(m => m.Template == NotificationTemplates.EnquiryOverdueReminder).ToListAsync();
    }

    [Fact]
    public async Task AnUnassignedOverdueEnquiry_RemindsEveryoneWhoseQueueItIsIn_Once()
    {
        using var factory = Factory();
        await factory.CreateUserAsync("triage.manager@example.gov.uk", Roles.Manager);
        await factory.CreateUserAsync("triage.practitioner@example.gov.uk", Roles.Practitioner);
        await factory.CreateUserAsync("trainer.only@example.gov.uk", Roles.Trainer);
        // Received on Monday 2 March 2026: due within 2 working days, by Wednesday 4 March.
        var (_, reference) = await factory.AddAsync(EnquiryType.SupportForMyFamily, SeededEnquiries.On(2026, 3, 2));

        await RunAsync(factory, "2026-03-04");
        Assert.Empty(await RemindersAsync(factory));

        await RunAsync(factory, "2026-03-05");
        await RunAsync(factory, "2026-03-06");

        var sent = await RemindersAsync(factory);
        Assert.Equal(["triage.manager@example.gov.uk", "triage.practitioner@example.gov.uk"], sent.Select(m => m.Recipient).Order());
        Assert.All(sent, m => Assert.Contains(reference, m.Personalisation));
        Assert.All(sent, m => Assert.Contains("4 March 2026", m.Personalisation));
    }

    [Fact]
    public async Task AnAssignedOverdueEnquiry_RemindsOnlyItsAssignee_AndAClosedOneNoOne()
    {
        using var factory = Factory();
        var owner = await factory.CreateUserAsync("owner@example.gov.uk", Roles.Practitioner);
        await factory.CreateUserAsync("colleague@example.gov.uk", Roles.Practitioner);
        var actor = new EnquiryActor(owner.Id, owner.DisplayName);
        await factory.AddAsync(EnquiryType.ReferringAFamily, SeededEnquiries.On(2026, 3, 2), then: e => e.AssignTo(actor, actor, SeededEnquiries.On(2026, 3, 2)));
        await factory.AddAsync(EnquiryType.ReferringAFamily, SeededEnquiries.On(2026, 3, 2), then: e => e.Close("Answered", null, actor, SeededEnquiries.On(2026, 3, 3)));

        await RunAsync(factory, "2026-03-10");

        Assert.Equal(["owner@example.gov.uk"], (await RemindersAsync(factory)).Select(m => m.Recipient));
    }
}
