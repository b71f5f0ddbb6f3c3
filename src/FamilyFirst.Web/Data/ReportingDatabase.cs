using Npgsql;

namespace FamilyFirst.Web.Data;

/// <summary>
/// The database the reports read: <c>ConnectionStrings:Reporting</c> when it is set (PostgreSQL only; meant for a streaming
/// replica, docs/operations.md), otherwise the main database. The reports' own reads (the results engine, the impact report,
/// and so the results and report verbs, the report API, downloads and the figures a snapshot stores) take the context
/// registered under <see cref="Key"/>:
/// <c>[FromKeyedServices(ReportingDatabase.Key)] AppDbContext db</c>. Everything that writes (the audit of a view or export,
/// a snapshot, a claim) and everything read straight after a write (snapshots, claims, the access checks) stays on the main
/// context, so a replica's lag never hides what someone has just done.
/// </summary>
/// <remarks>
/// With a reporting connection, its context is a context of its own, for reading: nothing it reads is tracked, and every
/// session on it is read-only (<c>default_transaction_read_only</c>), so even pointed at a writable server it can never write.
/// Without one, the key gives the request's main context itself: one connection, as before.
/// </remarks>
public static class ReportingDatabase
{
    public const string Key = "Reporting";

    /// <summary>The name the reporting connections show in <c>pg_stat_activity</c> unless the connection string names one.</summary>
    public const string ApplicationName = "familyfirst-reporting";

    /// <summary>Registers the reporting context: <paramref name="useReporting"/> configures it, or null for the main context.</summary>
    public static void Add(IServiceCollection services, Action<DbContextOptionsBuilder>? useReporting)
    {
        if (useReporting is null)
        {
            services.AddKeyedScoped<AppDbContext>(Key, (sp, _) => sp.GetRequiredService<AppDbContext>());
            return;
        }

        services.AddKeyedSingleton<DbContextOptions<PostgresAppDbContext>>(Key, (sp, _) =>
        {
            var options = new DbContextOptionsBuilder<PostgresAppDbContext>()
                .UseApplicationServiceProvider(sp)
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
            useReporting(options);
            return options.Options;
        });
        services.AddKeyedScoped<AppDbContext>(Key, (sp, key) => new PostgresAppDbContext(sp.GetRequiredKeyedService<DbContextOptions<PostgresAppDbContext>>(key)));
    }

    /// <summary>The reporting connection string, made read-only for every session and named for <c>pg_stat_activity</c>.</summary>
    public static string ReadOnly(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        const string readOnly = "-c default_transaction_read_only=on";
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? readOnly : builder.Options + " " + readOnly;
        if (string.IsNullOrWhiteSpace(builder.ApplicationName))
        {
            builder.ApplicationName = ApplicationName;
        }

        return builder.ConnectionString;
    }
}
