using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyFirst.Web.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without a database or the app's configuration.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design-time.db").UseApplicationServiceProvider(IdentitySchema.Services).Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without a database.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design_time").UseApplicationServiceProvider(IdentitySchema.Services).Options);
}

/// <summary>
/// Identity's options as the app sets them (<c>FamilyFirstApp</c>), for a context made outside the app (adding a
/// migration, the tests' migrated template): Identity reads its schema version from the application's services, so
/// without them the model would be schema version 1, without the passkeys table (docs/adr/0020).
/// </summary>
public static class IdentitySchema
{
    public static readonly IServiceProvider Services = new ServiceCollection()
        .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();
}
