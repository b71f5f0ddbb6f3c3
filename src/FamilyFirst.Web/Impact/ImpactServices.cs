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

public static class ImpactServices
{
    public static IServiceCollection AddImpactReport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImpactOptions>()
            .Bind(configuration.GetSection(ImpactOptions.Section))
            .Validate(o => o.DisclosureThreshold >= 1, "Impact:DisclosureThreshold must be at least 1")
            .ValidateOnStart();
        services.AddScoped<ImpactReportService>();
        services.AddScoped<ImpactSnapshots>();
        return services;
    }

    /// <summary>How a snapshot's figures are stored: the report's figures as camelCase JSON.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static string Serialise(ImpactReportFigures figures) => JsonSerializer.Serialize(figures, Json);

    public static ImpactReportFigures Deserialise(string json) =>
        JsonSerializer.Deserialize<ImpactReportFigures>(json, Json) ?? throw new InvalidOperationException("The snapshot holds no figures.");
}
