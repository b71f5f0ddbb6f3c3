using FamilyFirst.Web.Data;

namespace FamilyFirst.Web.Tests.Data;

/// <summary>
/// <see cref="AppDbContext.ReadThroughIndexesAsync{T}"/>, on the database the suite runs against (scripts/test runs
/// these on SQLite and on PostgreSQL): the reads run, and on PostgreSQL the planner's steer lasts only for them.
/// </summary>
public class IndexReadsTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task TheReadsRun_AndTheSteerEndsWithThem()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();

        var people = await db.ReadThroughIndexesAsync(() => db.People.CountAsync(), CancellationToken.None);

        Assert.Equal(await db.People.CountAsync(), people);
        if (db is PostgresAppDbContext)
        {
            var during = await db.ReadThroughIndexesAsync(async () => (await SettingAsync(db, "enable_seqscan"), await SettingAsync(db, "jit")), CancellationToken.None);
            Assert.Equal(("off", "off"), during);
            Assert.Equal(("on", "on"), (await SettingAsync(db, "enable_seqscan"), await SettingAsync(db, "jit")));
        }
    }

    [Fact]
    public async Task OnPostgres_TheReadsNeedATransaction_ForTheSteerToLastUntilTheyEnd()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db is not PostgresAppDbContext)
        {
            return;
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.ReadThroughIndexesAsync(() => db.People.CountAsync(), CancellationToken.None));
    }

    private static Task<string> SettingAsync(AppDbContext db, string name) =>
        db.Database.SqlQueryRaw<string>("SELECT current_setting({0}) AS \"Value\"", name).SingleAsync();
}
