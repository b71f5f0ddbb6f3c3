using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Notifications;

namespace FamilyFirst.Web.Tests.Notifications;

public class OutboxAdministrationTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private const string FailedListUrl = "/admin/outbox?status=Failed";

    private const string AdminEmail = "admin.outbox.filters@example.gov.uk";

    private async Task<HttpClient> AdministratorAsync()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            if (!await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AnyAsync(u => u.Email == AdminEmail))
            {
                await factory.CreateUserAsync(AdminEmail, Roles.Administrator);
            }
        }

        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(AdminEmail);
        return client;
    }

    private async Task<OutboxMessage> StoreAsync(string recipient, OutboxStatus status, NotificationChannel channel = NotificationChannel.Email, string template = NotificationTemplates.PlanReviewReminder, DateTime? createdAtUtc = null, params OutboxAttempt[] attempts)
    {
        var created = createdAtUtc ?? DateTime.UtcNow;
        var message = new OutboxMessage
        {
            Recipient = recipient,
            Channel = channel,
            Template = template,
            Personalisation = """{"name":"Jo","serviceName":"Family First","signInLink":"https://familyfirst.example.gov.uk/family/sign-in","contactPhone":"01632 960 000"}""",
            Status = status,
            Attempts = attempts.Length,
            LastError = status == OutboxStatus.Failed ? "GOV.UK Notify answered 400: BadRequestError: phone_number Not a UK mobile number" : null,
            CreatedAtUtc = created,
            NextAttemptAtUtc = created,
        };
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.OutboxMessages.Add(message);
        foreach (var attempt in attempts)
        {
            attempt.OutboxMessageId = message.Id;
            db.OutboxAttempts.Add(attempt);
        }

        await db.SaveChangesAsync();
        return message;
    }

    private async Task<int> FailedCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await OutboxAlerts.CountFailedAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static IReadOnlyList<string> Recipients(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task FailedMessages_AreShownToAdministrators_OnTheStaffHomeAndTheOutbox_ButNotToOtherStaff()
    {
        await StoreAsync("failed.one@example.com", OutboxStatus.Failed);
        await StoreAsync("failed.two@example.com", OutboxStatus.Failed, NotificationChannel.TextMessage);
        await StoreAsync("sent.fine@example.com", OutboxStatus.Sent);
        var failed = await FailedCountAsync();
        Assert.True(failed >= 2);
        var admin = await AdministratorAsync();

        foreach (var url in new[] { "/staff", "/admin/outbox" })
        {
            var page = await admin.GetPageAsync(url);
            var banner = page.QuerySelector(".govuk-notification-banner:not(.govuk-notification-banner--success) .govuk-notification-banner__heading");
            Assert.NotNull(banner);
            Assert.StartsWith($"{failed} messages could not be sent.", banner!.TextContent.Trim(), StringComparison.Ordinal);
            Assert.Equal(FailedListUrl, banner.QuerySelector("a")!.GetAttribute("href"));
        }

        var list = await admin.GetPageAsync(FailedListUrl);
        Assert.Contains("failed.two@example.com", Recipients(list));
        Assert.DoesNotContain("sent.fine@example.com", Recipients(list));

        await factory.CreateUserAsync("practitioner.home@example.gov.uk", Roles.Practitioner);
        var practitioner = factory.CreateBrowserlessClient();
        await practitioner.SignInAsync("practitioner.home@example.gov.uk");
        var home = await practitioner.GetPageAsync("/staff");
        Assert.DoesNotContain("could not be sent", home.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutboxList_FiltersByChannelTemplateAndDate()
    {
        var day = new DateTime(2029, 5, 14, 9, 30, 0, DateTimeKind.Utc);
        await StoreAsync("filter.email@example.com", OutboxStatus.Sent, NotificationChannel.Email, NotificationTemplates.PlanReviewReminder, day);
        await StoreAsync("filter.text@example.com", OutboxStatus.Sent, NotificationChannel.TextMessage, NotificationTemplates.PlanReviewReminder, day);
        await StoreAsync("filter.action@example.com", OutboxStatus.Queued, NotificationChannel.Email, NotificationTemplates.EnquiryConfirmation, day.AddDays(1));
        await StoreAsync("filter.before@example.com", OutboxStatus.Sent, NotificationChannel.Email, NotificationTemplates.PlanReviewReminder, day.AddDays(-1));
        var admin = await AdministratorAsync();
        const string onTheDay = "From.Day=14&From.Month=5&From.Year=2029&To.Day=14&To.Month=5&To.Year=2029";

        Assert.Equal(["filter.email@example.com", "filter.text@example.com"], Recipients(await admin.GetPageAsync($"/admin/outbox?{onTheDay}")).Order());
        Assert.Equal(["filter.text@example.com"], Recipients(await admin.GetPageAsync($"/admin/outbox?{onTheDay}&Channel=TextMessage")));
        var byTemplate = await admin.GetPageAsync($"/admin/outbox?Template={NotificationTemplates.EnquiryConfirmation}&From.Day=14&From.Month=5&From.Year=2029&To.Day=15&To.Month=5&To.Year=2029");
        Assert.Equal(["filter.action@example.com"], Recipients(byTemplate));
        Assert.True(byTemplate.QuerySelector($"#Template option[value='{NotificationTemplates.EnquiryConfirmation}']")!.HasAttribute("selected"));
        Assert.Equal("2029", byTemplate.QuerySelector("#From-year")!.GetAttribute("value"));

        var none = await admin.GetPageAsync($"/admin/outbox?{onTheDay}&Status=Failed");
        Assert.Empty(Recipients(none));
        Assert.Contains("There are no messages that match these filters", none.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutboxList_WithAnImpossibleDate_SaysSo_AndTheWrongRangeIsRejected()
    {
        var admin = await AdministratorAsync();

        var page = await admin.GetPageAsync("/admin/outbox?From.Day=31&From.Month=2&From.Year=2029");
        Assert.Contains("must be a real date", page.FieldError("From"), StringComparison.Ordinal);

        var backwards = await admin.GetPageAsync("/admin/outbox?From.Day=2&From.Month=3&From.Year=2029&To.Day=1&To.Month=3&To.Year=2029");
        backwards.AssertFieldError("To", "Queued to must be the same as or after queued from");
    }

    [Fact]
    public async Task OutboxList_IsPaged_KeepingTheFilters()
    {
        var day = new DateTime(2028, 7, 1, 12, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 30; i++)
        {
            await StoreAsync($"paged{i:00}@example.com", OutboxStatus.Sent, NotificationChannel.TextMessage, NotificationTemplates.PlanActionReminder, day.AddMinutes(i));
        }

        var admin = await AdministratorAsync();
        var first = await admin.GetPageAsync($"/admin/outbox?Template={NotificationTemplates.PlanActionReminder}&Channel=TextMessage");
        Assert.Equal(25, Recipients(first).Count);
        var next = first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        Assert.Contains($"Template={NotificationTemplates.PlanActionReminder}", next, StringComparison.Ordinal);
        Assert.Contains("Channel=TextMessage", next, StringComparison.Ordinal);

        Assert.Contains("page=2", next, StringComparison.Ordinal);
        var second = await admin.GetPageAsync(next);
        Assert.Equal(5, Recipients(second).Count);
        Assert.Empty(Recipients(first).Intersect(Recipients(second)));
    }

    [Fact]
    public async Task MessageDetail_ShowsTheHistoryOfAttempts()
    {
        var first = DateTime.UtcNow.AddMinutes(-10);
        var message = await StoreAsync(
            "history@example.com",
            OutboxStatus.Failed,
            NotificationChannel.TextMessage,
            NotificationTemplates.PlanReviewReminder,
            first.AddMinutes(-1),
            new OutboxAttempt { Node = "node-1", AttemptedAtUtc = first, Outcome = OutboxAttemptOutcome.WillRetry, Error = "GOV.UK Notify answered 500: Exception: Internal server error" },
            new OutboxAttempt { Node = "node-2", AttemptedAtUtc = first.AddMinutes(1), Outcome = OutboxAttemptOutcome.Failed, Error = "GOV.UK Notify answered 400: BadRequestError: phone_number Not a UK mobile number" });
        var admin = await AdministratorAsync();

        var page = await admin.GetPageAsync($"/admin/outbox/{message.Id}");

        Assert.Equal("Text message", page.SummaryValue("Channel"));
        var rows = page.QuerySelectorAll("tr.app-outbox-attempt").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("Will retry", rows[0].QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Contains("Internal server error", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("node-1", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("Failed", rows[1].QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Contains("Not a UK mobile number", rows[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form[action*='Resend']"));
    }
}
