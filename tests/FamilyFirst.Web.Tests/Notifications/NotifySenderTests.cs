using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FamilyFirst.Web.Tests.Notifications;

public class NotifySenderTests(NotifyFactory factory) : IClassFixture<NotifyFactory>
{
    private TestNotifyServer Notify => factory.Notify;

    private OutboxDispatcher Dispatcher(TimeProvider clock) => new(
        factory.Services.GetRequiredService<IServiceScopeFactory>(),
        factory.Services.GetRequiredService<IOptions<NotificationOptions>>(),
        clock,
        factory.Services.GetRequiredService<ILogger<OutboxDispatcher>>(),
        "node-notify");

    private static FakeTimeProvider ClockFromNow() => new(DateTimeOffset.UtcNow.AddSeconds(1));

    private static Dictionary<string, string> Enquiry(string name) => new()
    {
        ["name"] = name,
        ["serviceName"] = "Family First",
        ["reference"] = "ENQ-1042",
        ["responseTarget"] = "within 2 working days",
    };

    private static Dictionary<string, string> PlanAction(string name) => new()
    {
        ["name"] = name,
        ["serviceName"] = "Family First",
        ["dueDate"] = "3 December 2026",
        ["signInLink"] = "https://familyfirst.example.gov.uk/family/sign-in",
        ["contactPhone"] = "01632 960 000",
    };

    private async Task<Guid> QueueAsync(string recipient, NotificationChannel channel, string template, Dictionary<string, string> personalisation)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var message = await scope.ServiceProvider.GetRequiredService<NotificationOutbox>().QueueAsync(recipient, channel, template, personalisation);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        return message!.Id;
    }

    private async Task<(OutboxMessage Message, List<OutboxAttempt> Attempts)> ReadAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
        var attempts = await db.OutboxAttempts.AsNoTracking().Where(a => a.OutboxMessageId == id).OrderBy(a => a.AttemptedAtUtc).ToListAsync();
        return (message, attempts);
    }

    private TestNotifyServer.NotifyRequest RequestFor(Guid id) => Assert.Single(Notify.Requests, r => r.Field("reference") == id.ToString());

    [Fact]
    public async Task Email_IsSentToNotify_AsItsApiDocumentsIt()
    {
        Notify.Next = TestNotifyServer.Behaviour.Accept;
        var id = await QueueAsync("sam.carter@example.com", NotificationChannel.Email, NotificationTemplates.EnquiryConfirmation, Enquiry("Sam Carter"));

        await Dispatcher(ClockFromNow()).DispatchDueAsync(CancellationToken.None);

        var request = RequestFor(id);
        Assert.Equal("/v2/notifications/email", request.Path);
        Assert.Null(request.TokenProblem);
        Assert.Null(request.BodyProblem);
        Assert.Equal(NotifyFactory.EnquiryConfirmationTemplateId, request.Field("template_id"));
        Assert.Equal("sam.carter@example.com", request.Field("email_address"));
        Assert.Null(request.Field("phone_number"));
        Assert.Equal(Enquiry("Sam Carter").ToDictionary(p => p.Key, p => (string?)p.Value), request.Personalisation);
        var (message, attempts) = await ReadAsync(id);
        Assert.Equal(OutboxStatus.Sent, message.Status);
        Assert.Equal(1, message.Attempts);
        var attempt = Assert.Single(attempts);
        Assert.Equal(OutboxAttemptOutcome.Sent, attempt.Outcome);
        Assert.Equal(request.NotificationId.ToString(), attempt.ProviderReference);
    }

    [Fact]
    public async Task TextMessage_IsSentToNotifysSmsEndpoint_WithThePhoneNumber()
    {
        Notify.Next = TestNotifyServer.Behaviour.Accept;
        var id = await QueueAsync("07700 900123", NotificationChannel.TextMessage, NotificationTemplates.PlanActionReminder, PlanAction("Jo"));

        await Dispatcher(ClockFromNow()).DispatchDueAsync(CancellationToken.None);

        var request = RequestFor(id);
        Assert.Equal("/v2/notifications/sms", request.Path);
        Assert.Null(request.TokenProblem);
        Assert.Null(request.BodyProblem);
        Assert.Equal(NotifyFactory.PlanActionReminderTemplateId, request.Field("template_id"));
        Assert.Equal("07700 900123", request.Field("phone_number"));
        Assert.Null(request.Field("email_address"));
        Assert.Equal("3 December 2026", request.Personalisation["dueDate"]);
        var (message, attempts) = await ReadAsync(id);
        Assert.Equal(OutboxStatus.Sent, message.Status);
        Assert.Equal(request.NotificationId.ToString(), Assert.Single(attempts).ProviderReference);
    }

    [Fact]
    public async Task BadRequestFromNotify_FailsTheMessageForGood_WithNotifysReason()
    {
        Notify.Next = TestNotifyServer.Behaviour.RejectAsBadRequest;
        var id = await QueueAsync("outside.team@example.com", NotificationChannel.Email, NotificationTemplates.EnquiryConfirmation, Enquiry("Ola"));
        var clock = ClockFromNow();

        await Dispatcher(clock).DispatchDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(3));
        await Dispatcher(clock).DispatchDueAsync(CancellationToken.None);

        RequestFor(id);
        var (message, attempts) = await ReadAsync(id);
        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Equal(1, message.Attempts);
        Assert.Contains("400", message.LastError, StringComparison.Ordinal);
        Assert.Contains("Can't send to this recipient using a team-only API key", message.LastError, StringComparison.Ordinal);
        Assert.Equal(OutboxAttemptOutcome.Failed, Assert.Single(attempts).Outcome);
    }

    [Fact]
    public async Task AuthErrorFromNotify_IsRetriedWithBackoff_ThenSent()
    {
        Notify.Next = TestNotifyServer.Behaviour.RejectAsUnauthorised;
        var id = await QueueAsync("key.revoked@example.com", NotificationChannel.Email, NotificationTemplates.EnquiryConfirmation, Enquiry("Kim"));
        var clock = ClockFromNow();

        await Dispatcher(clock).DispatchDueAsync(CancellationToken.None);

        var (waiting, _) = await ReadAsync(id);
        Assert.Equal(OutboxStatus.Queued, waiting.Status);
        Assert.Contains("403", waiting.LastError, StringComparison.Ordinal);
        Assert.True(waiting.NextAttemptAtUtc > clock.GetUtcNow().UtcDateTime);

        Notify.Next = TestNotifyServer.Behaviour.Accept;
        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await Dispatcher(clock).DispatchDueAsync(CancellationToken.None);

        var (sent, attempts) = await ReadAsync(id);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal([OutboxAttemptOutcome.WillRetry, OutboxAttemptOutcome.Sent], attempts.Select(a => a.Outcome));
    }

    [Fact]
    public async Task ServerErrorsAndTimeouts_AreRetried_UntilMaxAttempts_ThenFailed()
    {
        var id = await QueueAsync("notify.down@example.com", NotificationChannel.Email, NotificationTemplates.EnquiryConfirmation, Enquiry("Dee"));
        var clock = ClockFromNow();

        Notify.Next = TestNotifyServer.Behaviour.FailWithServerError;
        await Dispatcher(clock).DispatchDueAsync(CancellationToken.None);
        var (afterServerError, _) = await ReadAsync(id);
        Assert.Equal(OutboxStatus.Queued, afterServerError.Status);
        Assert.True(afterServerError.LastError!.Contains("500", StringComparison.Ordinal), afterServerError.LastError);

        Notify.Next = TestNotifyServer.Behaviour.Hang;
        clock.Advance(TimeSpan.FromHours(2));
        await Dispatcher(clock).DispatchDueAsync(CancellationToken.None);
        var (afterTimeout, _) = await ReadAsync(id);
        Assert.Equal(OutboxStatus.Queued, afterTimeout.Status);
        Assert.Contains("did not answer in time", afterTimeout.LastError, StringComparison.Ordinal);

        Notify.Next = TestNotifyServer.Behaviour.FailWithServerError;
        clock.Advance(TimeSpan.FromHours(2));
        await Dispatcher(clock).DispatchDueAsync(CancellationToken.None);
        var (failed, attempts) = await ReadAsync(id);
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(3, failed.Attempts);
        Assert.Equal([OutboxAttemptOutcome.WillRetry, OutboxAttemptOutcome.WillRetry, OutboxAttemptOutcome.Failed], attempts.Select(a => a.Outcome));
    }

    [Fact]
    public async Task TemplateWithoutANotifyId_FailsForGood_SayingWhichSettingToSet()
    {
        Notify.Next = TestNotifyServer.Behaviour.Accept;
        var id = await QueueAsync("new.staff@example.gov.uk", NotificationChannel.Email, NotificationTemplates.StaffInvitation, new Dictionary<string, string>
        {
            ["name"] = "Nia",
            ["serviceName"] = "Family First",
            ["link"] = "https://familyfirst.example.gov.uk/accept?token=abc",
        });

        await Dispatcher(ClockFromNow()).DispatchDueAsync(CancellationToken.None);

        Assert.DoesNotContain(Notify.Requests, r => r.Field("reference") == id.ToString());
        var (message, _) = await ReadAsync(id);
        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Contains("Notifications:Notify:Templates:staff-invitation", message.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTestServer_RejectsATokenNotSignedWithTheKeysSecret()
    {
        string Token(string secret, long issuedAt)
        {
            static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var unsigned = Encode("{\"typ\":\"JWT\",\"alg\":\"HS256\"}") + "." + Encode($"{{\"iss\":\"{TestNotifyServer.ServiceId}\",\"iat\":{issuedAt}}}");
            var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(unsigned));
            return unsigned + "." + Convert.ToBase64String(signature).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }

        var now = DateTimeOffset.UtcNow;
        Assert.Null(TestNotifyServer.CheckToken("Bearer " + Token(TestNotifyServer.Secret, now.ToUnixTimeSeconds()), now));
        Assert.NotNull(TestNotifyServer.CheckToken("Bearer " + Token(Guid.NewGuid().ToString(), now.ToUnixTimeSeconds()), now));
        Assert.NotNull(TestNotifyServer.CheckToken("Bearer " + Token(TestNotifyServer.Secret, now.AddSeconds(-31).ToUnixTimeSeconds()), now));
        Assert.NotNull(TestNotifyServer.CheckToken(null, now));

        using var http = new HttpClient { BaseAddress = new Uri(Notify.BaseUrl) };
        var forged = new HttpRequestMessage(HttpMethod.Post, "/v2/notifications/email")
        {
            Content = new StringContent($"{{\"template_id\":\"{NotifyFactory.EnquiryConfirmationTemplateId}\",\"email_address\":\"x@example.com\"}}", Encoding.UTF8, "application/json"),
        };
        forged.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(Guid.NewGuid().ToString(), now.ToUnixTimeSeconds()));
        var response = await http.SendAsync(forged);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("AuthError", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryTemplate_HasANotifyTemplateIdSetting_InAppSettings()
    {
        var templates = factory.Services.GetRequiredService<IOptions<NotificationOptions>>().Value.Notify.Templates;

        Assert.All(NotificationTemplates.Names, name => Assert.Contains(name, templates.Keys));
    }

    [Theory]
    [InlineData(TestNotifyServer.ApiKey, true)]
    [InlineData("-" + TestNotifyServer.ServiceId + "-" + TestNotifyServer.Secret, true)]
    [InlineData(TestNotifyServer.ServiceId + "-" + TestNotifyServer.Secret, false)]
    [InlineData("family_first_test-" + TestNotifyServer.ServiceId + "-not-a-secret-of-thirty-six-characters", false)]
    [InlineData("", false)]
    public void NotifyApiKey_MustBeNameServiceIdAndSecret(string key, bool valid) => Assert.Equal(valid, NotifyApiKey.IsValid(key));

    [Fact]
    public void TheAppDoesNotStart_WithNotifyChosenAndNoApiKey()
    {
        using var app = new FamilyFirst.Web.Tests.Infrastructure.FamilyFirstFactory()
            .WithSetting("Notifications:Sender", "Notify")
            .WithSetting("Notifications:Notify:ApiKey", "not-a-key");

        var error = Assert.Throws<OptionsValidationException>(() => app.Services);

        Assert.Contains("Notifications:Notify:ApiKey", error.Message, StringComparison.Ordinal);
    }
}
