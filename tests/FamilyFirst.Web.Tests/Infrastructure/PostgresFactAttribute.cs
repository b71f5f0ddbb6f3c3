namespace FamilyFirst.Web.Tests.Infrastructure;

/// <summary>
/// A test of something only PostgreSQL has (a streaming replica, say): it runs in the PostgreSQL run
/// (<c>FAMILYFIRST_TEST_DATABASE=Postgres</c>) and is skipped, with the reason, in the SQLite run.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute(string why)
    {
        if (!string.Equals(TestDatabase.ProviderUnderTest, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"PostgreSQL only ({why}): runs with FAMILYFIRST_TEST_DATABASE=Postgres.";
        }
    }
}
