using FamilyFirst.Web.Infrastructure.Notifications.Reminders;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure.Notifications;

public static class NotificationServices
{
    /// <summary>
    /// The outbox, the sender chosen by Notifications:Sender, the background dispatcher, and the daily
    /// reminders job (which asks every registered <see cref="IReminderSource"/>).
    /// </summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>()
            .Bind(configuration.GetSection(NotificationOptions.Section))
            .Validate(o => o.Sender != NotificationSenderKind.Notify || NotifyApiKey.IsValid(o.Notify.ApiKey), "Notifications:Notify:ApiKey must be a GOV.UK Notify API key (name-{service id}-{secret}) when Notifications:Sender is Notify.")
            .Validate(o => o.Sender != NotificationSenderKind.Notify || Uri.TryCreate(o.Notify.BaseUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http", "Notifications:Notify:BaseUrl must be an absolute http(s) address.")
            .Validate(o => o.Sender != NotificationSenderKind.Smtp || !string.IsNullOrWhiteSpace(o.Smtp.From), "Notifications:Smtp:From must be set when Notifications:Sender is Smtp.")
            .Validate(o => o.Reminders.RunFromHour is >= 0 and <= 23, "Notifications:Reminders:RunFromHour must be an hour from 0 to 23.")
            .Validate(o => o.Reminders.PlanActionDueSoonDays is >= 0 and <= 60, "Notifications:Reminders:PlanActionDueSoonDays must be a number of days from 0 to 60.")
            .Validate(o => o.Reminders.PlanReviewDueSoonDays is >= 0 and <= 60, "Notifications:Reminders:PlanReviewDueSoonDays must be a number of days from 0 to 60.")
            .ValidateOnStart();
        services.AddScoped<NotificationOutbox>();
        services.AddSingleton<OutboxSecrets>();
        services.AddHttpClient(NotifyNotificationSender.HttpClientName, (sp, http) =>
            http.Timeout = TimeSpan.FromSeconds(Math.Max(1, sp.GetRequiredService<IOptions<NotificationOptions>>().Value.Notify.TimeoutSeconds)));
        services.AddScoped<INotificationSender>(sp => sp.GetRequiredService<IOptions<NotificationOptions>>().Value.Sender switch
        {
            NotificationSenderKind.Smtp => new SmtpNotificationSender(sp.GetRequiredService<IOptions<NotificationOptions>>()),
            NotificationSenderKind.Notify => new NotifyNotificationSender(sp.GetRequiredService<IOptions<NotificationOptions>>(), sp.GetRequiredService<IHttpClientFactory>()),
            _ => new OutboxOnlySender(),
        });
        services.AddSingleton(sp => new OutboxDispatcher(
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<IOptions<NotificationOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<OutboxDispatcher>>()));
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());

        services.AddSingleton(sp => new ReminderJob(
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<IOptions<NotificationOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ReminderJob>>()));
        services.AddHostedService(sp => sp.GetRequiredService<ReminderJob>());
        return services;
    }

    /// <summary>Registers a source of reminders for the daily job (scoped: it may use the DbContext).</summary>
    public static IServiceCollection AddReminderSource<TSource>(this IServiceCollection services)
        where TSource : class, IReminderSource
    {
        services.AddScoped<IReminderSource, TSource>();
        return services;
    }
}

/// <summary>The shape of a GOV.UK Notify API key: <c>{key name}-{service id}-{secret}</c>, the last two 36-character GUIDs.</summary>
public static class NotifyApiKey
{
    public static bool IsValid(string? key) =>
        key is { Length: >= 74 }
        && !key.Contains(' ', StringComparison.Ordinal)
        && Guid.TryParseExact(key[^73..^37], "D", out _)
        && key[^37] == '-'
        && Guid.TryParseExact(key[^36..], "D", out _);
}
