using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FamilyFirst.Web.Tests.Notifications;

public class OutboxTests(NotificationsFactory factory) : IClassFixture<NotificationsFactory>
{
    private OutboxDispatcher Dispatcher(TimeProvider clock, string nodeId) => new(
        factory.Services.GetRequiredService<IServiceScopeFactory>(),
        factory.Services.GetRequiredService<IOptions<NotificationOptions>>(),
        clock,
        factory.Services.GetRequiredService<ILogger<OutboxDispatcher>>(),
        nodeId);

    private static Dictionary<string, string> Enquiry(string name, string reference) => new()
    {
        ["name"] = name,
        ["serviceName"] = "Family First",
        ["reference"] = reference,
        ["responseTarget"] = "within 2 working days",
    };

    private async Task<IReadOnlyList<Guid>> QueueAsync(params string[] recipients)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();
        var ids = new List<Guid>();
        foreach (var recipient in recipients)
        {
            var message = await outbox.QueueAsync(recipient, NotificationChannel.Email, NotificationTemplates.EnquiryConfirmation, Enquiry("Sam Carter", "ENQ-" + recipient.GetHashCode().ToString("X8", System.Globalization.CultureInfo.InvariantCulture)));
            ids.Add(message!.Id);
        }

        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        return ids;
    }

    private async Task<OutboxMessage> ReadAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private static FakeTimeProvider ClockFromNow() => new(DateTimeOffset.UtcNow.AddSeconds(1));

    [Fact]
    public async Task Dispatch_SendsAQueuedEmailThroughSmtp()
    {
        var id = (await QueueAsync("sam.carter@example.com")).Single();
        await using var smtp = new TestSmtpServer(factory.SmtpPort);
        await smtp.StartAsync();

        await Dispatcher(ClockFromNow(), "node-send").DispatchDueAsync(CancellationToken.None);

        var received = Assert.Single(smtp.Received, m => m.Headers["X-FamilyFirst-Message-Id"] == id.ToString());
        Assert.Equal("sam.carter@example.com", received.To.Mailboxes.Single().Address);
        Assert.Equal("family.first@example.gov.uk", received.From.Mailboxes.Single().Address);
        Assert.Equal("We have received your enquiry", received.Subject);
        Assert.Contains("Dear Sam Carter,", received.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("((", received.TextBody, StringComparison.Ordinal);
        var stored = await ReadAsync(id);
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Equal(1, stored.Attempts);
        Assert.NotNull(stored.SentAtUtc);
        Assert.Null(stored.LeaseOwner);
    }

    [Fact]
    public async Task SmtpDown_MessageStaysQueuedWithABackoff_AndGoesWhenTheServerIsBack()
    {
        var id = (await QueueAsync("down.then.up@example.com")).Single();
        var clock = ClockFromNow();
        var dispatcher = Dispatcher(clock, "node-retry");

        await dispatcher.DispatchDueAsync(CancellationToken.None);

        var failed = await ReadAsync(id);
        Assert.Equal(OutboxStatus.Queued, failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.True(failed.NextAttemptAtUtc > clock.GetUtcNow().UtcDateTime, $"Next attempt {failed.NextAttemptAtUtc:O} is not after {clock.GetUtcNow():O}");
        Assert.False(string.IsNullOrEmpty(failed.LastError));
        Assert.Null(failed.LeaseOwner);

        await using var smtp = new TestSmtpServer(factory.SmtpPort);
        await smtp.StartAsync();
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(1, (await ReadAsync(id)).Attempts);
        Assert.DoesNotContain(smtp.Received, m => m.Headers["X-FamilyFirst-Message-Id"] == id.ToString());

        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Single(smtp.Received, m => m.Headers["X-FamilyFirst-Message-Id"] == id.ToString());
        var sent = await ReadAsync(id);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(2, sent.Attempts);
    }

    [Fact]
    public async Task Smtp_RefusesATextMessage_MarkingItFailedWithTheReason_AndSendsTheRest()
    {
        Guid textId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var queued = await scope.ServiceProvider.GetRequiredService<NotificationOutbox>().QueueAsync(
                "07700 900456", NotificationChannel.TextMessage, NotificationTemplates.EnquiryConfirmation, Enquiry("Tia", "ENQ-TXT"));
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
            textId = queued!.Id;
        }

        var emailId = (await QueueAsync("alongside.text@example.com")).Single();
        await using var smtp = new TestSmtpServer(factory.SmtpPort);
        await smtp.StartAsync();

        await Dispatcher(ClockFromNow(), "node-text").DispatchDueAsync(CancellationToken.None);

        var text = await ReadAsync(textId);
        Assert.Equal(NotificationChannel.TextMessage, text.Channel);
        Assert.Equal(OutboxStatus.Failed, text.Status);
        Assert.Equal(1, text.Attempts);
        Assert.Contains("Text messages cannot be sent by email", text.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(smtp.Received, m => m.Headers["X-FamilyFirst-Message-Id"] == textId.ToString());
        Assert.Equal(OutboxStatus.Sent, (await ReadAsync(emailId)).Status);
        await using var read = factory.Services.CreateAsyncScope();
        var attempt = await read.ServiceProvider.GetRequiredService<AppDbContext>().OutboxAttempts.AsNoTracking().SingleAsync(a => a.OutboxMessageId == textId);
        Assert.Equal(OutboxAttemptOutcome.Failed, attempt.Outcome);
        Assert.Equal("node-text", attempt.Node);
    }

    [Fact]
    public void Backoff_DoublesFromOneMinute_UpToTheCap()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), OutboxDispatcher.Backoff(1, 60));
        Assert.Equal(TimeSpan.FromMinutes(2), OutboxDispatcher.Backoff(2, 60));
        Assert.Equal(TimeSpan.FromMinutes(4), OutboxDispatcher.Backoff(3, 60));
        Assert.Equal(TimeSpan.FromMinutes(32), OutboxDispatcher.Backoff(6, 60));
        Assert.Equal(TimeSpan.FromMinutes(60), OutboxDispatcher.Backoff(7, 60));
        Assert.Equal(TimeSpan.FromMinutes(60), OutboxDispatcher.Backoff(40, 60));
    }

    [Fact]
    public async Task AfterMaxAttempts_MessageIsFailed_ListedAsFailed_AndResendRequeuesIt()
    {
        var id = (await QueueAsync("never.arrives@example.com")).Single();
        var clock = ClockFromNow();
        var dispatcher = Dispatcher(clock, "node-fail");
        for (var attempt = 1; attempt <= NotificationsFactory.MaxAttempts; attempt++)
        {
            await dispatcher.DispatchDueAsync(CancellationToken.None);
            clock.Advance(TimeSpan.FromHours(2));
        }

        var failed = await ReadAsync(id);
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(NotificationsFactory.MaxAttempts, failed.Attempts);
        Assert.False(string.IsNullOrEmpty(failed.LastError));
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(NotificationsFactory.MaxAttempts, (await ReadAsync(id)).Attempts);

        await factory.CreateUserAsync("admin.outbox@example.gov.uk", Roles.Administrator);
        var admin = factory.CreateBrowserlessClient();
        await admin.SignInAsync("admin.outbox@example.gov.uk");
        var users = await admin.GetPageAsync("/admin/users");
        Assert.Contains(users.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/admin/outbox");

        var list = await admin.GetPageAsync("/admin/outbox?status=Failed");
        Assert.Equal("Outbox", list.Heading());
        Assert.Contains(list.QuerySelectorAll("table a"), a => a.GetAttribute("href") == $"/admin/outbox/{id}");
        Assert.All(list.QuerySelectorAll("table .govuk-tag"), tag => Assert.Equal("Failed", tag.TextContent.Trim()));
        var queued = await admin.GetPageAsync("/admin/outbox?status=Sent");
        Assert.DoesNotContain(queued.QuerySelectorAll("table a"), a => a.GetAttribute("href") == $"/admin/outbox/{id}");

        var detail = await admin.GetPageAsync($"/admin/outbox/{id}");
        Assert.Equal("never.arrives@example.com", detail.SummaryValue("Recipient"));
        Assert.Equal(NotificationTemplates.EnquiryConfirmation, detail.SummaryValue("Template"));
        Assert.Equal("Failed", detail.SummaryValue("Status"));
        Assert.Equal(NotificationsFactory.MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture), detail.SummaryValue("Attempts"));
        Assert.False(string.IsNullOrEmpty(detail.SummaryValue("Last error")));
        Assert.Equal("We have received your enquiry", detail.QuerySelector(".app-outbox-subject")!.TextContent.Trim());
        Assert.Contains("Dear Sam Carter,", detail.QuerySelector(".app-outbox-body")!.TextContent, StringComparison.Ordinal);

        var resend = await admin.PostFormAsync($"/admin/outbox/{id}?handler=Resend", detail, [], "form[action*='Resend']");
        Assert.Equal(HttpStatusCode.Redirect, resend.StatusCode);
        var after = await admin.GetPageAsync(resend.Headers.Location!.OriginalString);
        Assert.Equal("The message to never.arrives@example.com has been queued to send again", after.SuccessBanner());
        Assert.Equal("Queued", after.SummaryValue("Status"));
        Assert.Null(after.QuerySelector("form[action*='Resend']"));
        var requeued = await ReadAsync(id);
        Assert.Equal(OutboxStatus.Queued, requeued.Status);
        Assert.Equal(0, requeued.Attempts);

        await using var smtp = new TestSmtpServer(factory.SmtpPort);
        await smtp.StartAsync();
        await Dispatcher(new FakeTimeProvider(DateTimeOffset.UtcNow.AddSeconds(1)), "node-fail").DispatchDueAsync(CancellationToken.None);
        Assert.Single(smtp.Received, m => m.Headers["X-FamilyFirst-Message-Id"] == id.ToString());
        Assert.Equal(OutboxStatus.Sent, (await ReadAsync(id)).Status);
    }

    [Fact]
    public async Task TwoDispatchers_Concurrently_SendEachMessageExactlyOnce()
    {
        var ids = await QueueAsync(Enumerable.Range(1, 50).Select(i => $"family{i}@example.com").ToArray());
        await using var smtp = new TestSmtpServer(factory.SmtpPort);
        await smtp.StartAsync();
        var clock = ClockFromNow();
        var first = Dispatcher(clock, "node-a");
        var second = Dispatcher(clock, "node-b");

        var sentByEach = new List<int>();
        for (var pass = 0; pass < 10; pass++)
        {
            var counts = await Task.WhenAll(
                Task.Run(() => first.DispatchDueAsync(CancellationToken.None)),
                Task.Run(() => second.DispatchDueAsync(CancellationToken.None)));
            sentByEach.AddRange(counts);
            if (counts.Sum() == 0)
            {
                break;
            }
        }

        var received = smtp.CountsByMessageId;
        Assert.All(ids, id => Assert.Equal(1, received.GetValueOrDefault(id.ToString())));
        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync();
        Assert.Equal(50, stored.Count);
        Assert.All(stored, m =>
        {
            Assert.Equal(OutboxStatus.Sent, m.Status);
            Assert.Equal(1, m.Attempts);
        });
    }

    [Fact]
    public async Task QueueingTheSameDeduplicationKeyTwice_StoresOneRow()
    {
        const string key = "reminder:conference:42:2026-12-01";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();
            Assert.NotNull(await outbox.QueueAsync("reminded@example.com", NotificationChannel.Email, NotificationTemplates.EnquiryConfirmation, Enquiry("Rita", "R1"), "Conference", "42", key));
            Assert.Null(await outbox.QueueAsync("reminded@example.com", NotificationChannel.Email, NotificationTemplates.EnquiryConfirmation, Enquiry("Rita", "R1"), "Conference", "42", key));
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();
            Assert.Null(await outbox.QueueAsync("reminded@example.com", NotificationChannel.Email, NotificationTemplates.EnquiryConfirmation, Enquiry("Rita", "R1"), "Conference", "42", key));
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.SaveChangesAsync();
            Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.DeduplicationKey == key));
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // The unique index holds even if two requests race past the check.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.OutboxMessages.Add(new OutboxMessage { Recipient = "reminded@example.com", Template = NotificationTemplates.EnquiryConfirmation, Personalisation = "{}", DeduplicationKey = key, CreatedAtUtc = DateTime.UtcNow, NextAttemptAtUtc = DateTime.UtcNow });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task Queue_IsNotSaved_UntilTheCallerSaves()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();
        var message = await outbox.QueueAsync("unsaved@example.com", NotificationChannel.Email, NotificationTemplates.EnquiryConfirmation, Enquiry("Una", "U1"));

        await using var other = factory.Services.CreateAsyncScope();
        Assert.False(await other.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AnyAsync(m => m.Id == message!.Id));
    }

    [Fact]
    public async Task MissingPersonalisation_IsAnErrorAtQueueTime()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => outbox.QueueAsync(
            "someone@example.com", NotificationChannel.Email, NotificationTemplates.StaffInvitation, new Dictionary<string, string> { ["name"] = "Nia" }));

        Assert.Contains("serviceName", error.Message, StringComparison.Ordinal);
        Assert.Contains("link", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => outbox.QueueAsync("someone@example.com", NotificationChannel.Email, "no-such-template", new Dictionary<string, string>()));
        Assert.Empty(scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.Local);
    }

    [Fact]
    public void Templates_RenderPlaceholders()
    {
        var (subject, body) = NotificationTemplates.Render(NotificationTemplates.StaffInvitation, new Dictionary<string, string>
        {
            ["name"] = "Nia New",
            ["serviceName"] = "Family First",
            ["link"] = "https://example.gov.uk/accept?token=abc",
        });

        Assert.Equal("You have been invited to use Family First", subject);
        Assert.Contains("Dear Nia New,", body, StringComparison.Ordinal);
        Assert.Contains("https://example.gov.uk/accept?token=abc", body, StringComparison.Ordinal);
        Assert.DoesNotContain("((", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonAdministrator_CannotReachTheOutbox()
    {
        var id = (await QueueAsync("private@example.com")).Single();
        await factory.CreateUserAsync("practitioner.outbox@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("practitioner.outbox@example.gov.uk");

        foreach (var url in new[] { "/admin/outbox", $"/admin/outbox/{id}" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery);
        }
    }
}
