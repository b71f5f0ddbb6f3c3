using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure.Notifications;

public static class NotificationServices
{
    /// <summary>The outbox, the sender chosen by Notifications:Sender, and the background dispatcher.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));
        services.AddScoped<NotificationOutbox>();
        services.AddScoped<INotificationSender>(sp => sp.GetRequiredService<IOptions<NotificationOptions>>().Value.Sender switch
        {
            NotificationSenderKind.Smtp => new SmtpNotificationSender(sp.GetRequiredService<IOptions<NotificationOptions>>()),
            _ => new OutboxOnlySender(),
        });
        services.AddSingleton(sp => new OutboxDispatcher(
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<IOptions<NotificationOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<OutboxDispatcher>>()));
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
