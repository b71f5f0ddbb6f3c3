using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Outcomes;

public static class OutcomeServices
{
    /// <summary>The configuration section holding the results framework's thresholds (<see cref="OutcomeRules"/>); defaults as published.</summary>
    public const string Section = "Outcomes";

    /// <summary>
    /// The setting naming the council's own Supporting Families configuration file (an edited copy of
    /// supporting-families-2022.json); when it is not set, the national defaults shipped with the service apply.
    /// </summary>
    public const string SupportingFamiliesFileSetting = "SupportingFamilies:ConfigurationFile";

    public static IServiceCollection AddFamilyResults(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => SupportingFamiliesConfiguration(configuration, sp.GetRequiredService<IHostEnvironment>()));
        services.AddOptions<OutcomeRules>()
            .Configure(rules => configuration.GetSection(Section).Bind(rules, o => o.BindNonPublicProperties = false))
            .Validate(rules => rules.Validate().Succeeded, "The Outcomes settings are not valid")
            .ValidateOnStart();
        services.AddOptions<OutcomeFrameworkSettings>()
            .Configure(settings => settings.DefaultCode = configuration[OutcomeFrameworkSettings.Section + ":Default"] ?? settings.DefaultCode)
            .Validate(settings => OutcomeFrameworks.FromCode(settings.DefaultCode) is not null, $"{OutcomeFrameworkSettings.Section}:Default must be {OutcomeFrameworks.FamilyFirst2012Code} or {OutcomeFrameworks.SupportingFamilies2022Code}")
            .ValidateOnStart();
        services.AddScoped<IProgrammeFamilies, RecordsProgrammeFamilies>();
        services.AddScoped<FamilyResultsService>();
        services.AddScoped<SupportingFamiliesResultsService>();
        services.AddScoped<ResultClaims>();
        return services;
    }

    /// <summary>The council's Supporting Families configuration: its own file when the setting names one, else the national defaults.</summary>
    private static SupportingFamiliesFramework SupportingFamiliesConfiguration(IConfiguration configuration, IHostEnvironment environment)
    {
        var file = configuration[SupportingFamiliesFileSetting];
        if (string.IsNullOrWhiteSpace(file))
        {
            return SupportingFamiliesFramework.National;
        }

        var path = Path.GetFullPath(file, environment.ContentRootPath);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{SupportingFamiliesFileSetting} names {path}, which does not exist.");
        }

        var parsed = SupportingFamiliesFramework.Parse(File.ReadAllText(path));
        return parsed.Value ?? throw new InvalidOperationException($"The Supporting Families configuration in {path} is not valid: {parsed.Error}");
    }
}
