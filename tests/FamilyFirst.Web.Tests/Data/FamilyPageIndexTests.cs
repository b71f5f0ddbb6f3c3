using FamilyFirst.Web.Data;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Data;

/// <summary>
/// The family page's reads stay cheap as a family's record grows: the latest chronology entries come straight off
/// an index that holds the recorded time (no sort), and the note count is stored, kept as notes are saved.
/// On the provider under test (scripts/test runs these on SQLite and PostgreSQL).
/// </summary>
public class FamilyPageIndexTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task TheLatestChronologyEntries_AreReadInIndexOrder_WithoutASort()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        const string Query = "SELECT * FROM \"ChronologyEntries\" WHERE \"FamilyCaseId\" = '00000000-0000-0000-0000-000000000001' ORDER BY \"OccurredOn\" DESC, \"RecordedAt\" DESC LIMIT 5";
        await using var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var plan = new List<string>();
        if (db is PostgresAppDbContext)
        {
            // With the scan of the whole table priced out, a plan that still sorts would show the index cannot give the order.
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var steer = connection.CreateCommand())
            {
                steer.CommandText = "SET LOCAL enable_seqscan = off";
                await steer.ExecuteNonQueryAsync();
            }

            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN " + Query;
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }

            Assert.DoesNotContain(plan, line => line.Contains("Sort", StringComparison.Ordinal));
        }
        else
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + Query;
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }

            Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
        }

        Assert.Contains(plan, line => line.Contains("IX_ChronologyEntries_FamilyCaseId_OccurredOn_RecordedAt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheNoteCount_IsKeptAsNotesAreSaved_AndShownOnTheFamilyPage()
    {
        var team = await factory.CreateTeamAsync("Count team");
        var lead = await factory.CreateStaffAsync("count.lead@test.familyfirst.test", Roles.Practitioner, team);
        var family = await factory.CreateFamilyAsync("Count family", lead, team);
        var other = await factory.CreateFamilyAsync("Other count family", lead, team);
        var client = await factory.SignedInClientAsync("count.lead@test.familyfirst.test");

        var form = await client.GetPageAsync($"/families/{family.Id}/notes/new");
        for (var day = 1; day <= 3; day++)
        {
            var saved = await client.PostFormAsync($"/families/{family.Id}/notes/new", form, ("Type", "Visit"), ("OccurredOn.Day", day.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("OccurredOn.Month", "11"), ("OccurredOn.Year", "2026"), ("Text", $"Visit {day}"));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var stored = await factory.WithDbAsync(db => db.FamilyCases.Where(f => f.Id == family.Id || f.Id == other.Id)
            .Select(f => new { f.Id, Count = EF.Property<int>(f, FamilyCaseConfiguration.NoteCount) }).ToDictionaryAsync(f => f.Id, f => f.Count));
        Assert.Equal(3, stored[family.Id]);
        Assert.Equal(0, stored[other.Id]);
        Assert.Equal(3, await factory.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.FamilyCaseId == family.Id)));

        var page = await client.GetPageAsync($"/families/{family.Id}");
        Assert.Contains("Case notes (3)", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
