using FamilyFirst.Domain.Outcomes;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Outcomes;

public static class OutcomeServices
{
    /// <summary>The configuration section holding the results framework's thresholds (<see cref="OutcomeRules"/>); defaults as published.</summary>
    public const string Section = "Outcomes";

    public static IServiceCollection AddFamilyResults(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutcomeRules>()
            .Configure(rules => configuration.GetSection(Section).Bind(rules, o => o.BindNonPublicProperties = false))
            .Validate(rules => rules.Validate().Succeeded, "The Outcomes settings are not valid")
            .ValidateOnStart();
        services.AddScoped<IProgrammeFamilies, RecordsProgrammeFamilies>();
        services.AddScoped<FamilyResultsService>();
        services.AddScoped<ResultClaims>();
        return services;
    }
}
