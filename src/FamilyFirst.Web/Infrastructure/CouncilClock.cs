using FamilyFirst.Web.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure;

/// <summary>
/// The one council clock: the instant from a source clock (the system's, or a <c>FakeTimeProvider</c> in tests) with
/// the council's time zone (<c>Council:TimeZone</c>, Europe/London by default) as its local zone, so "today" is the
/// council's today on every page, job and report. It is the app's <see cref="TimeProvider"/>; read it through
/// <see cref="CouncilTime"/> (<c>time.Today</c>, <c>time.ToCouncilTime(instant)</c>). Instants stay UTC.
/// </summary>
public sealed class CouncilClock(TimeProvider source, TimeZoneInfo zone) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => zone;

    public override DateTimeOffset GetUtcNow() => source.GetUtcNow();

    public override long TimestampFrequency => source.TimestampFrequency;

    public override long GetTimestamp() => source.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        source.CreateTimer(callback, state, dueTime, period);

    /// <summary>The zone named by <see cref="CouncilOptions.TimeZone"/>.</summary>
    public static TimeZoneInfo Zone(CouncilOptions council)
    {
        ArgumentNullException.ThrowIfNull(council);
        return TimeZoneInfo.FindSystemTimeZoneById(council.TimeZone);
    }

    /// <summary>
    /// Makes the council clock over <paramref name="source"/> the app's <see cref="TimeProvider"/>: the system clock in
    /// the app (no source), a fake one in tests (registered later, so it replaces the app's).
    /// </summary>
    public static IServiceCollection AddCouncilClock(IServiceCollection services, TimeProvider? source = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        source ??= System;
        services.AddOptions<CouncilOptions>()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Council:TimeZone must be a time zone this machine knows, such as Europe/London.")
            .ValidateOnStart();
        return services.AddSingleton<TimeProvider>(sp => new CouncilClock(source, Zone(sp.GetRequiredService<IOptions<CouncilOptions>>().Value)));
    }
}
