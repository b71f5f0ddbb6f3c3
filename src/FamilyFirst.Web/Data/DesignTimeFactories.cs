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
/// Identity's schema version 3, with the passkeys table (docs/adr/0020). Identity reads it from the application's
/// services when it builds the model, and EF Core keeps a context type's first model for the whole process: a context
/// made without it would fix a model without passkeys for every context after it, and every sign-in would fail. So the
/// database's services set it (<see cref="DatabaseOptions.AddAppDatabase"/>), and a context made outside them (adding
/// a migration, the tests' migrated template) is given <see cref="Services"/>.
/// </summary>
public static class IdentitySchema
{
    public static readonly IServiceProvider Services = new ServiceCollection().Configure<IdentityOptions>(Configure).BuildServiceProvider();

    public static void Configure(IdentityOptions options) => options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
}
