using FamilyFirst.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace FamilyFirst.Web.Tests.Data;

/// <summary>
/// Every context made from the database's services builds the app's model. EF Core builds a context type's model once
/// per process and keeps it; when a command-line verb's own services (the database alone) left out Identity's schema
/// version, the first such context fixed a model without the passkeys table for every app after it in the process,
/// and every staff sign-in failed with a server error.
/// </summary>
public class ModelTests
{
    [Theory]
    [InlineData(DatabaseOptions.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseOptions.Postgres, "Host=localhost;Database=model_only")]
    public void AContextFromTheDatabasesServicesAlone_HasThePasskeysTable(string provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Default"] = connectionString,
        }).Build();
        using var services = DatabaseOptions.AddAppDatabase(new ServiceCollection(), configuration, AppContext.BaseDirectory).BuildServiceProvider();
        using var scope = services.CreateScope();

        var model = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;

        Assert.NotNull(model.FindEntityType(typeof(IdentityUserPasskey<string>)));
    }
}
