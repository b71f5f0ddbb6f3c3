using Microsoft.AspNetCore.Identity;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace FamilyFirst.Web.Data;

/// <summary>Which database Family First uses: <c>Database:Provider</c> is Sqlite (the default) or Postgres.</summary>
public sealed class DatabaseOptions
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public string Provider { get; set; } = Sqlite;

    /// <summary>Apply migrations when the app starts (on in Development; production runs the migrate verb).</summary>
    public bool MigrateOnStart { get; set; }

    /// <summary>
    /// PostgreSQL: how many times a query, a save or a block of work is run again after a transient failure
    /// (a restart, a dropped connection, a failover), and the longest wait between two tries. With the defaults a
    /// request waits at most about four seconds for the database before the "service unavailable" page.
    /// </summary>
    public int MaxRetryCount { get; set; } = 3;

    public double MaxRetryDelaySeconds { get; set; } = 2;

    /// <summary>
    /// Registers the provider's context, with Identity's schema version (<see cref="IdentitySchema"/>): every context
    /// made from these services, the app's or a command-line verb's, builds the same model. Queries load collections
    /// (such as a family's members and histories) with one query each rather than one joined query that multiplies rows.
    /// The reports' context (<see cref="ReportingDatabase"/>) is registered with it. The context is one per request (scoped),
    /// its options one per app (a singleton): built per request they cost a view about a twentieth of its processor time
    /// (issue 21: the provider, the retries, the interceptors and the warnings configuration put together again and
    /// looked up in EF's cache of internal service providers every time). Whatever configures the context
    /// (<c>ConfigureDbContext</c>) therefore configures it once, as a singleton, and may only use singleton services.
    /// </summary>
    public static IServiceCollection AddAppDatabase(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<IdentityOptions>(IdentitySchema.Configure);
        var provider = configuration["Database:Provider"] ?? Sqlite;
        var connectionString = configuration.GetConnectionString("Default");
        // Optional: where the reports read (a streaming replica); the main database when not set (ReportingDatabase).
        var reporting = configuration.GetConnectionString("Reporting");
        if (string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Default is not set.");
            }

            var retries = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
            void Retrying(NpgsqlDbContextOptionsBuilder n) => n
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                .ExecutionStrategy(d => new FamilyFirstRetryingStrategy(d, retries.MaxRetryCount, TimeSpan.FromSeconds(retries.MaxRetryDelaySeconds)));
            services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(connectionString, Retrying), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
            ReportingDatabase.Add(services, string.IsNullOrWhiteSpace(reporting) ? null : o => o.UseNpgsql(ReportingDatabase.ReadOnly(reporting), Retrying));
        }
        else if (string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                var folder = Path.GetFullPath(configuration["DataFolder"] ?? "App_Data", contentRoot);
                Directory.CreateDirectory(folder);
                connectionString = $"Data Source={Path.Combine(folder, "familyfirst.db")}";
            }

            if (!string.IsNullOrWhiteSpace(reporting))
            {
                throw new InvalidOperationException("ConnectionStrings:Reporting is for a PostgreSQL replica: leave it unset with Database:Provider Sqlite.");
            }

            services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connectionString, s => s.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
            ReportingDatabase.Add(services, null);
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider must be {Sqlite} or {Postgres}, not '{provider}'.");
        }

        return services;
    }
}
