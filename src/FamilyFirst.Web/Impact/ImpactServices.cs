using System.Text.Json;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Domain.Outcomes;

namespace FamilyFirst.Web.Impact;

/// <summary>Settings for the public evidence of impact page (section <c>Impact</c>).</summary>
public sealed class ImpactOptions
{
    public const string Section = "Impact";

    /// <summary>Counts below this are published as "fewer than N", with their percentage withheld.</summary>
    public int DisclosureThreshold { get; set; } = DisclosureControl.DefaultThreshold;
}

/// <summary>Settings for taking snapshots in the background (section <c>Impact:Snapshots</c>, ADR 0034).</summary>
public sealed class ImpactSnapshotOptions
{
    public const string Section = "Impact:Snapshots";

    /// <summary>Whether this node runs the snapshot worker. Any number of nodes may: each job is claimed by one.</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>How often the worker looks for queued snapshots.</summary>
    public int PollSeconds { get; set; } = 5;

    /// <summary>How long a claim lasts without being renewed; a job whose node stopped is taken again after it.</summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>How often a running job writes its progress (renewing its lease at the same time).</summary>
    public int ProgressSeconds { get; set; } = 2;

    /// <summary>Attempts before a job is failed for good (a crash of the node running it counts as one).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The wait before a failed attempt is tried again.</summary>
    public int RetrySeconds { get; set; } = 60;
}

public static class ImpactServices
{
    public static IServiceCollection AddImpactReport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImpactOptions>()
            .Bind(configuration.GetSection(ImpactOptions.Section))
            .Validate(o => o.DisclosureThreshold >= 1, "Impact:DisclosureThreshold must be at least 1")
            .ValidateOnStart();
        services.AddOptions<ImpactSnapshotOptions>()
            .Bind(configuration.GetSection(ImpactSnapshotOptions.Section))
            .Validate(o => o.PollSeconds >= 1, "Impact:Snapshots:PollSeconds must be at least 1")
            .Validate(o => o.ProgressSeconds >= 1, "Impact:Snapshots:ProgressSeconds must be at least 1")
            .Validate(o => o.LeaseSeconds > 2 * o.ProgressSeconds, "Impact:Snapshots:LeaseSeconds must be more than twice ProgressSeconds")
            .Validate(o => o.MaxAttempts >= 1, "Impact:Snapshots:MaxAttempts must be at least 1")
            .Validate(o => o.RetrySeconds >= 0, "Impact:Snapshots:RetrySeconds must not be negative")
            .ValidateOnStart();
        services.AddScoped<ImpactReportService>();
        services.AddScoped<ImpactSnapshots>();
        services.AddSingleton(sp => new ImpactSnapshotWorker(
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ImpactSnapshotOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ImpactSnapshotWorker>>()));
        services.AddHostedService(sp => sp.GetRequiredService<ImpactSnapshotWorker>());
        return services;
    }

    /// <summary>How a snapshot's figures are stored: the report's figures as camelCase JSON.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static string Serialise(ImpactReportFigures figures) => JsonSerializer.Serialize(figures, Json);

    public static ImpactReportFigures Deserialise(string json) =>
        JsonSerializer.Deserialize<ImpactReportFigures>(json, Json) ?? throw new InvalidOperationException("The snapshot holds no figures.");
}
