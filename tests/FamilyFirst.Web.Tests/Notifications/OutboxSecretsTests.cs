using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.FamilyView;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FamilyFirst.Web.Tests.Notifications;

/// <summary>
/// Sign-in secrets (the family-view link and code, the staff invitation link) are never readable in the outbox: not in
/// the stored row and not on the outbox pages, before or after sending. The sender still gets them.
/// </summary>
public class OutboxSecretsTests(NotificationsFactory factory) : IClassFixture<NotificationsFactory>
{
    [Fact]
    public async Task FamilyViewLinkAndCode_AreNeverStoredOrShownReadable_ButTheSenderGetsThem()
    {
        var family = await FamilyViewFamily.CreateAsync(factory, "Sealed secrets");
        var token = await family.InviteAsync(factory, family.Dana, "dana.sealed@example.com");
        var client = factory.CreateBrowserlessClient();
        await client.PostFormAsync($"/family/invitation/{token}", await client.GetPageAsync($"/family/invitation/{token}"));
        var code = (await FamilyViewFamily.LatestMessageAsync(factory, "dana.sealed@example.com", NotificationTemplates.FamilyViewCode))["code"];
        var stored = await MessagesToAsync("dana.sealed@example.com");
        Assert.Equal(2, stored.Count);

        Assert.All(stored, m => Assert.DoesNotContain(token, m.Personalisation, StringComparison.Ordinal));
        Assert.DoesNotContain(code, stored.Single(m => m.Template == NotificationTemplates.FamilyViewCode).Personalisation, StringComparison.Ordinal);
        Assert.All(stored, m => Assert.Contains(OutboxSecrets.Hidden, NotificationOutbox.ReadPersonalisation(m).Values));
        var admin = await AdministratorAsync("sealed.admin@example.gov.uk");
        foreach (var message in stored)
        {
            var page = await admin.GetStringAsync($"/admin/outbox/{message.Id}");
            Assert.DoesNotContain(token, page, StringComparison.Ordinal);
            Assert.DoesNotContain(">" + code, page, StringComparison.Ordinal);
            Assert.Contains("[hidden: sent to the recipient only]", page, StringComparison.Ordinal);
        }

        await using var smtp = new TestSmtpServer(factory.SmtpPort);
        await smtp.StartAsync();
        await Dispatcher().DispatchDueAsync(CancellationToken.None);

        var invitation = Assert.Single(smtp.Received, m => m.To.Mailboxes.Single().Address == "dana.sealed@example.com" && (m.TextBody ?? string.Empty).Contains("/family/invitation/", StringComparison.Ordinal));
        Assert.Contains(token, invitation.TextBody, StringComparison.Ordinal);
        Assert.Single(smtp.Received, m => m.To.Mailboxes.Single().Address == "dana.sealed@example.com" && (m.TextBody ?? string.Empty).StartsWith(code, StringComparison.Ordinal));
        var sent = await MessagesToAsync("dana.sealed@example.com");
        Assert.All(sent, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        Assert.All(sent, m => Assert.DoesNotContain(OutboxSecrets.SealedKey, m.Personalisation, StringComparison.Ordinal));
        Assert.All(sent, m => Assert.DoesNotContain(token, factory.Services.GetRequiredService<OutboxSecrets>().Reveal(m).Values));
    }

    [Fact]
    public async Task StaffInvitationLink_IsNeverShownOnTheOutboxPages()
    {
        var admin = await AdministratorAsync("sealed.inviter@example.gov.uk");
        var team = await factory.CreateTeamAsync("Sealed invite team");
        var form = await admin.GetPageAsync("/admin/users/invite");
        await admin.PostFormAsync("/admin/users/invite", form, ("DisplayName", "Sealed Newcomer"), ("Email", "sealed.newcomer@example.gov.uk"), ("SelectedRoles", Roles.Practitioner), ("SelectedTeams", team.ToString()));
        var message = Assert.Single(await MessagesToAsync("sealed.newcomer@example.gov.uk"));
        var link = factory.Services.GetRequiredService<OutboxSecrets>().Reveal(message)["link"];
        Assert.StartsWith("http", link, StringComparison.Ordinal);

        var page = await admin.GetStringAsync($"/admin/outbox/{message.Id}");

        Assert.DoesNotContain(new Uri(link).PathAndQuery, System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain(new Uri(link).PathAndQuery, message.Personalisation, StringComparison.Ordinal);
        Assert.Contains("[hidden: sent to the recipient only]", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMessageStoredBeforeSecretsWereSealed_ShowsItsLinkHidden_AndLosesItWhenSent()
    {
        var legacy = new OutboxMessage
        {
            Recipient = "legacy.secret@example.com",
            Template = NotificationTemplates.FamilyViewCode,
            Personalisation = """{"code":"424242","serviceName":"Family First"}""",
            CreatedAtUtc = DateTime.UtcNow,
            NextAttemptAtUtc = DateTime.UtcNow,
        };
        await factory.WithDbAsync(async db =>
        {
            db.OutboxMessages.Add(legacy);
            return await db.SaveChangesAsync();
        });
        var admin = await AdministratorAsync("legacy.admin@example.gov.uk");

        Assert.DoesNotContain("424242", await admin.GetStringAsync($"/admin/outbox/{legacy.Id}"), StringComparison.Ordinal);

        await using var smtp = new TestSmtpServer(factory.SmtpPort);
        await smtp.StartAsync();
        await Dispatcher().DispatchDueAsync(CancellationToken.None);
        Assert.Contains(smtp.Received, m => (m.TextBody ?? string.Empty).StartsWith("424242", StringComparison.Ordinal));
        Assert.DoesNotContain("424242", Assert.Single(await MessagesToAsync("legacy.secret@example.com")).Personalisation, StringComparison.Ordinal);
    }

    private async Task<HttpClient> AdministratorAsync(string email)
    {
        await factory.CreateUserAsync(email, Roles.Administrator);
        return await factory.SignedInClientAsync(email);
    }

    private Task<List<OutboxMessage>> MessagesToAsync(string recipient) =>
        factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Recipient == recipient).OrderBy(m => m.CreatedAtUtc).ToListAsync());

    private OutboxDispatcher Dispatcher() => new(
        factory.Services.GetRequiredService<IServiceScopeFactory>(),
        factory.Services.GetRequiredService<IOptions<NotificationOptions>>(),
        new FakeTimeProvider(DateTimeOffset.UtcNow.AddSeconds(1)),
        factory.Services.GetRequiredService<ILogger<OutboxDispatcher>>(),
        "node-secrets");
}
