using FamilyFirst.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FamilyFirst.Web.Tests.Enquiry;

/// <summary>
/// The app for enquiry form tests: a rate limit high enough for many journeys from one test client, and a
/// switch that makes saving an enquiry fail, as a database outage would.
/// </summary>
public sealed class EnquiryFactory : FamilyFirstFactory
{
    public EnquiryFactory() => WithSetting("Enquiry:RateLimit:PermitLimit", "100000");

    public FailingSave Fault { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            if (Database.Provider == "Postgres")
            {
                services.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(Fault), ServiceLifetime.Singleton);
            }
            else
            {
                services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Fault), ServiceLifetime.Singleton);
            }
        });
    }

    /// <summary>When on, any save that adds an enquiry throws before anything is written.</summary>
    public sealed class FailingSave : SaveChangesInterceptor
    {
        public bool On { get; set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (On && eventData.Context!.ChangeTracker.Entries<FamilyFirst.Domain.Enquiries.Enquiry>().Any(e => e.State == EntityState.Added))
            {
                throw new DbUpdateException("Simulated database failure");
            }

            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
