using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Notifications;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FamilyFirst.Web.Data;

/// <summary>
/// The one database of Family First. Provider-neutral: <see cref="SqliteAppDbContext"/> and
/// <see cref="PostgresAppDbContext"/> exist only so each provider keeps its own migrations.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Team> Teams => Set<Team>();

    public DbSet<TeamMembership> TeamMemberships => Set<TeamMembership>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<FamilyCase> FamilyCases => Set<FamilyCase>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Household> Households => Set<Household>();

    public DbSet<Relationship> Relationships => Set<Relationship>();

    public DbSet<NetworkMember> NetworkMembers => Set<NetworkMember>();

    public DbSet<Consent> Consents => Set<Consent>();

    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    public DbSet<ChronologyEntry> ChronologyEntries => Set<ChronologyEntry>();

    public DbSet<PersonMergeRecord> PersonMerges => Set<PersonMergeRecord>();

    /// <summary>
    /// Domain times (<see cref="DateTimeOffset"/>, always UTC from <see cref="TimeProvider"/>) are stored as UTC
    /// <see cref="DateTime"/>: SQLite can then sort and compare them, and PostgreSQL keeps timestamptz.
    /// </summary>
    private static readonly ValueConverter<DateTimeOffset, DateTime> UtcTime =
        new(v => v.UtcDateTime, v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly, t => t.Namespace?.StartsWith("FamilyFirst.Web.Data", StringComparison.Ordinal) == true);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(e => e.ClrType.Namespace?.StartsWith("FamilyFirst.Domain", StringComparison.Ordinal) == true || e.ClrType == typeof(PersonMergeRecord)))
        {
            foreach (var property in entityType.GetProperties().Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
            {
                property.SetValueConverter(UtcTime);
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as their names, so the data reads plainly and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(64);
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
