using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.CommandLine;

namespace FamilyFirst.Web.Tests.Audit;

public class AuditTrailTests
{
    private static async Task RecordAsync(IServiceProvider services, int count, string recordId = "case-1")
    {
        await using var scope = services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        for (var i = 0; i < count; i++)
        {
            audit.Record(AuditAction.View, "FamilyCase", recordId, Guid.NewGuid(), "Viewed the family page");
        }

        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
    }

    private static async Task<(int Exit, string Output, string Error)> VerifyAsync(IServiceProvider services)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await Verbs.Find(["audit", "verify"])!.RunAsync(services, [], new StringReader(string.Empty), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task ExecuteAsync(IServiceProvider services, string sql)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(sql);
    }

    [Fact]
    public async Task SavedRows_FormAContiguousChain_ThatVerifies()
    {
        using var factory = new FamilyFirstFactory();
        await RecordAsync(factory.Services, 1);
        await RecordAsync(factory.Services, 3);

        await using var scope = factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([1L, 2L, 3L, 4L], rows.Select(r => r.Sequence));
        Assert.Equal(AuditChain.GenesisHash, rows[0].PreviousHash);
        Assert.Equal(rows[2].Hash, rows[3].PreviousHash);
        Assert.All(rows, r => Assert.Equal(AuditTrail.SystemActor, r.UserDisplayName));

        var (exit, output, _) = await VerifyAsync(factory.Services);
        Assert.Equal(0, exit);
        Assert.Contains("intact: 4 row(s) checked", output);
    }

    [Fact]
    public async Task ConcurrentWriters_NeverForkTheChain()
    {
        using var factory = new FamilyFirstFactory();
        var services = factory.Services; // starts the app once, before the writers race

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => RecordAsync(services, 5, $"case-{i}"))));

        var (exit, output, error) = await VerifyAsync(factory.Services);
        Assert.True(exit == 0, error);
        Assert.Contains("intact: 30 row(s) checked", output);
    }

    [Fact]
    public async Task ARowIsNeverUpdatedOrDeleted_ByTheAppOrInTheDatabase()
    {
        using var factory = new FamilyFirstFactory();
        await RecordAsync(factory.Services, 2);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var row = await db.AuditEntries.FirstAsync();
            db.Entry(row).Property(r => r.Detail).CurrentValue = "Changed";
            var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("append-only", changed.Message);

            db.ChangeTracker.Clear();
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        var update = await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync(factory.Services, """UPDATE "AuditEntries" SET "Detail" = 'Changed' WHERE "Sequence" = 1"""));
        Assert.Contains("append-only", update.Message);
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync(factory.Services, """DELETE FROM "AuditEntries" WHERE "Sequence" = 2"""));
        Assert.Contains("append-only", delete.Message);
        Assert.Equal(0, (await VerifyAsync(factory.Services)).Exit);
    }

    [Fact]
    public async Task AnAlteredRow_MakesVerifyFail_AndNamesTheFirstBrokenRow()
    {
        using var factory = new FamilyFirstFactory();
        await RecordAsync(factory.Services, 4);

        // Someone with database administrator rights switches off the guard and edits history.
        await ExecuteAsync(factory.Services, factory.Database.Provider == "Postgres"
            ? """ALTER TABLE "AuditEntries" DISABLE TRIGGER "AuditEntries_append_only" """
            : """DROP TRIGGER "AuditEntries_no_update" """);
        await ExecuteAsync(factory.Services, """UPDATE "AuditEntries" SET "UserDisplayName" = 'Nobody' WHERE "Sequence" = 3""");

        var (exit, _, error) = await VerifyAsync(factory.Services);

        Assert.Equal(1, exit);
        Assert.Contains("broken at row 3", error);
        Assert.Contains("2 row(s) before it are intact", error);
    }

    [Fact]
    public async Task ARemovedRow_MakesVerifyFail()
    {
        using var factory = new FamilyFirstFactory();
        await RecordAsync(factory.Services, 3);
        await ExecuteAsync(factory.Services, factory.Database.Provider == "Postgres"
            ? """ALTER TABLE "AuditEntries" DISABLE TRIGGER "AuditEntries_append_only" """
            : """DROP TRIGGER "AuditEntries_no_delete" """);
        await ExecuteAsync(factory.Services, """DELETE FROM "AuditEntries" WHERE "Sequence" = 2""");

        var (exit, _, error) = await VerifyAsync(factory.Services);

        Assert.Equal(1, exit);
        Assert.Contains("broken at row 2", error);
    }

    [Fact]
    public async Task DeletingTheNewestRows_MakesVerifyFail_AgainstTheCheckpointOutsideTheDatabase()
    {
        using var factory = new FamilyFirstFactory();
        await RecordAsync(factory.Services, 5);
        var (first, output, _) = await VerifyAsync(factory.Services);
        Assert.Equal(0, first);
        Assert.Contains("Checkpoint written to", output, StringComparison.Ordinal);
        Assert.True(File.Exists(factory.Services.GetRequiredService<AuditKey>().CheckpointPath));

        // A database writer removes the newest rows: what is left is still a chain that holds by itself.
        await ExecuteAsync(factory.Services, factory.Database.Provider == "Postgres"
            ? """ALTER TABLE "AuditEntries" DISABLE TRIGGER "AuditEntries_append_only" """
            : """DROP TRIGGER "AuditEntries_no_delete" """);
        await ExecuteAsync(factory.Services, """DELETE FROM "AuditEntries" WHERE "Sequence" > 3""");

        var (exit, _, error) = await VerifyAsync(factory.Services);

        Assert.Equal(1, exit);
        Assert.Contains("broken at row 4", error, StringComparison.Ordinal);
        Assert.Contains("rows 4 to 5 have been deleted", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChainRewrittenAndRecomputedWithoutTheKey_MakesVerifyFail()
    {
        using var factory = new FamilyFirstFactory();
        await RecordAsync(factory.Services, 4);
        await ExecuteAsync(factory.Services, factory.Database.Provider == "Postgres"
            ? """ALTER TABLE "AuditEntries" DISABLE TRIGGER "AuditEntries_append_only" """
            : """DROP TRIGGER "AuditEntries_no_update" """);

        // The writer edits row 2 and recomputes every hash from the first row, as the unkeyed chain allowed.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var rows = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
            var previous = AuditChain.GenesisHash;
            foreach (var row in rows)
            {
                var link = row.ToLink() with { UserDisplayName = row.Sequence == 2 ? "Nobody" : row.UserDisplayName, PreviousHash = previous };
                var hash = AuditChain.ComputeHash(link);
                await db.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "AuditEntries" SET "UserDisplayName" = {link.UserDisplayName}, "PreviousHash" = {previous}, "Hash" = {hash} WHERE "Sequence" = {row.Sequence}""");
                previous = hash;
            }
        }

        var (exit, _, error) = await VerifyAsync(factory.Services);

        Assert.Equal(1, exit);
        Assert.Contains("broken at row 1", error, StringComparison.Ordinal);
        Assert.Contains("altered", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// Writes rows while another transaction holds chain 0 (PostgreSQL: its advisory lock), so they go to chain 1 as a
    /// concurrent request's would (docs/adr/0030). SQLite has one chain: the rows go to chain 0.
    /// </summary>
    private static async Task<int> RecordBesideAnotherWriterAsync(FamilyFirstFactory factory, int count)
    {
        if (factory.Database.Provider != "Postgres")
        {
            await RecordAsync(factory.Services, count, "beside");
            return 0;
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var other = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await other.Database.BeginTransactionAsync();
        await other.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7426001, 0)");
        await RecordAsync(factory.Services, count, "beside");
        await transaction.RollbackAsync();
        return 1;
    }

    private static async Task<T> QueryAsync<T>(IServiceProvider services, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static Task DisableGuardAsync(FamilyFirstFactory factory) =>
        ExecuteAsync(factory.Services, factory.Database.Provider == "Postgres"
            ? """ALTER TABLE "AuditEntries" DISABLE TRIGGER "AuditEntries_append_only" """
            : """DROP TRIGGER "AuditEntries_no_delete"; DROP TRIGGER "AuditEntries_no_update" """);

    [Fact]
    public async Task SixtyFourConcurrentWriters_AllRowsAreSealed_TheCountIsExact_AndTheTrailVerifies()
    {
        using var factory = new FamilyFirstFactory();
        var services = factory.Services;

        await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() => RecordAsync(services, 2, $"case-{i}"))));

        await using (var scope = services.CreateAsyncScope())
        {
            var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().ToListAsync();
            Assert.Equal(128, rows.Count);
            Assert.Equal(64, rows.Select(r => r.RecordId).Distinct().Count());
            foreach (var chain in rows.GroupBy(r => r.Chain))
            {
                Assert.Equal(Enumerable.Range(1, chain.Count()).Select(i => (long)i), chain.Select(r => r.Sequence).Order());
            }

            // A request's rows are sealed together, in one chain.
            Assert.All(rows.GroupBy(r => r.RecordId), g => Assert.Single(g.Select(r => r.Chain).Distinct()));
        }

        var (exit, output, error) = await VerifyAsync(services);
        Assert.True(exit == 0, error);
        Assert.Contains("intact: 128 row(s) checked", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWriterBesideAnother_AppendsToTheNextChain_AndBothVerify()
    {
        using var factory = new FamilyFirstFactory();
        await RecordAsync(factory.Services, 2);
        var chain = await RecordBesideAnotherWriterAsync(factory, 3);
        await RecordAsync(factory.Services, 1);

        var rows = await QueryAsync(factory.Services, db => db.AuditEntries.AsNoTracking().Where(e => e.RecordId == "beside").ToListAsync());
        Assert.All(rows, r => Assert.Equal(chain, r.Chain));
        long[] expected = chain == 0 ? [3, 4, 5] : [1, 2, 3];
        Assert.Equal(expected, rows.Select(r => r.Sequence).Order());
        var (exit, output, error) = await VerifyAsync(factory.Services);
        Assert.True(exit == 0, error);
        Assert.Contains("intact: 6 row(s) checked", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingTheHeadOfOneChain_MakesVerifyFail_EvenAfterOtherChainsGrew()
    {
        using var factory = new FamilyFirstFactory();
        await RecordAsync(factory.Services, 2);
        var chain = await RecordBesideAnotherWriterAsync(factory, 3);
        Assert.Equal(0, (await VerifyAsync(factory.Services)).Exit);

        // A database writer truncates one chain below its checkpoint; writing goes on in the others.
        await DisableGuardAsync(factory);
        var head = await QueryAsync(factory.Services, db => db.AuditEntries.Where(e => e.Chain == chain).MaxAsync(e => e.Sequence));
        await ExecuteAsync(factory.Services, $"""DELETE FROM "AuditEntries" WHERE "Chain" = {chain} AND "Sequence" = {head}""");
        await RecordAsync(factory.Services, 2);

        var (exit, _, error) = await VerifyAsync(factory.Services);

        Assert.Equal(1, exit);
        // One chain (SQLite): the new rows took the deleted row's place, which is no longer the row the checkpoint recorded.
        Assert.Contains(chain == 0 ? "row 5 is not the row the checkpoint" : "rows 3 to 3 of chain 1 have been deleted", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARowMovedToAnotherChain_MakesVerifyFail()
    {
        using var factory = new FamilyFirstFactory();
        await RecordAsync(factory.Services, 3);
        await RecordBesideAnotherWriterAsync(factory, 2);
        await DisableGuardAsync(factory);

        // Row 2 of chain 0 and row 2 of the next chain swap chains (on SQLite, with one chain, row 2 moves to chain 1).
        await ExecuteAsync(factory.Services, """
            UPDATE "AuditEntries" SET "Chain" = 99 WHERE "Chain" = 0 AND "Sequence" = 2;
            UPDATE "AuditEntries" SET "Chain" = 0 WHERE "Chain" = 1 AND "Sequence" = 2;
            UPDATE "AuditEntries" SET "Chain" = 1 WHERE "Chain" = 99;
            """);

        var (exit, _, error) = await VerifyAsync(factory.Services);

        Assert.Equal(1, exit);
        Assert.Contains("broken at row 2", error, StringComparison.Ordinal);
    }
}
