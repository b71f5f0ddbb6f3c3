using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>
/// The duplicate check never reveals a person in a family the user may not see: the page says only "A possible match
/// needs checking by a manager", a task goes to a manager of the matched family's team (in their approvals inbox),
/// they check it and mark it checked, and every step is audited.
/// </summary>
public class HiddenMatchTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private static (string, string)[] Person(string given, string family, string day, string month, string year) =>
    [
        ("Details.GivenName", given), ("Details.FamilyName", family),
        ("Details.DateOfBirth.Day", day), ("Details.DateOfBirth.Month", month), ("Details.DateOfBirth.Year", year),
        ("Details.Gender", "Female"), ("Role", "ChildOrYoungPerson"),
    ];

    [Fact]
    public async Task AMatchInAFamilyTheUserCannotSee_RevealsNothing_AndAManagerOfThatFamilyChecksIt()
    {
        var north = await factory.CreateTeamAsync("Hidden north");
        var south = await factory.CreateTeamAsync("Hidden south");
        var northLead = await factory.CreateStaffAsync("hidden.north.lead@test.familyfirst.test", Roles.Practitioner, north);
        var northManagerId = await factory.CreateStaffAsync("hidden.north.manager@test.familyfirst.test", Roles.Manager, north);
        var southLead = await factory.CreateStaffAsync("hidden.south.lead@test.familyfirst.test", Roles.Practitioner, south);
        await factory.CreateStaffAsync("hidden.south.manager@test.familyfirst.test", Roles.Manager, south);
        var known = await factory.CreateFamilyAsync("Wexford-Hidden", northLead, north, null, ("Zainab", "Quarrendon", new DateOnly(2013, 5, 6), FamilyRole.ChildOrYoungPerson));
        var adding = await factory.CreateFamilyAsync("Southgate", southLead, south);
        var knownPerson = await factory.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == known.Members[0].PersonId));
        var practitioner = await factory.SignedInClientAsync("hidden.south.lead@test.familyfirst.test");
        var url = $"/families/{adding.Id}/people/add";

        var form = await practitioner.GetPageAsync(url);
        var warnedResponse = await practitioner.PostFormAsync(url, form, Person("Zaynab", "Quarendon", "6", "5", "2013"));
        var warnedHtml = await warnedResponse.Content.ReadAsStringAsync();
        var warned = HtmlAssertions.Parse(warnedHtml);

        Assert.Contains("A possible match needs checking by a manager", warned.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        foreach (var secret in new[] { "Zainab", "Quarrendon", knownPerson.Reference, known.Reference, "Wexford", known.Id.ToString(), knownPerson.Id.ToString(), "possible matches are", "1 possible match" })
        {
            Assert.DoesNotContain(secret, warnedHtml, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Null(warned.QuerySelector("button[name=UseExisting]"));

        // Asked again (the reason step), the same check is not raised twice, but the probe is audited again.
        var again = await practitioner.PostFormAsync(url, warned, [.. Person("Zaynab", "Quarendon", "6", "5", "2013"), ("MatchesShown", "true")]);
        Assert.DoesNotContain("Quarrendon", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var check = await factory.WithDbAsync(db => db.PossibleMatchChecks.AsNoTracking().SingleAsync(c => c.FromFamilyId == adding.Id));
        Assert.Equal(known.Id, check.MatchedFamilyId);
        Assert.Equal(knownPerson.Id, check.MatchedPersonId);
        var probes = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.UserId == southLead.ToString() && e.FamilyCaseId == known.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal([AuditAction.View, AuditAction.Create], probes.Order());

        // The other team's manager is not given the task, nor can open it.
        var southManager = await factory.SignedInClientAsync("hidden.south.manager@test.familyfirst.test");
        Assert.DoesNotContain("Quarrendon", (await southManager.GetPageAsync("/approvals")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await southManager.GetAsync($"/approvals/possible-matches/{check.Id}")).StatusCode);
        var refusedPractitioner = await practitioner.GetAsync($"/approvals/possible-matches/{check.Id}");
        Assert.Contains("/access-denied", refusedPractitioner.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // The matched family's manager finds it in their inbox, checks it and marks it checked.
        var manager = await factory.SignedInClientAsync("hidden.north.manager@test.familyfirst.test");
        var inbox = await manager.GetPageAsync("/approvals");
        var link = inbox.QuerySelector($"a[href='/approvals/possible-matches/{check.Id}']");
        Assert.NotNull(link);
        Assert.Contains(knownPerson.Reference, inbox.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var task = await manager.GetPageAsync($"/approvals/possible-matches/{check.Id}");
        Assert.Equal("Check a possible match", task.Heading());
        Assert.Contains("Zainab Quarrendon", task.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("a family you cannot see", task.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var marked = await manager.PostFormAsync($"/approvals/possible-matches/{check.Id}", task);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var after = await manager.GetPageAsync(marked.Headers.Location!.OriginalString);
        Assert.Equal("The possible match with Zainab Quarrendon has been marked as checked", after.SuccessBanner());
        Assert.Null(after.QuerySelector($"a[href='/approvals/possible-matches/{check.Id}']"));
        Assert.True(await factory.WithDbAsync(db => db.PossibleMatchChecks.AnyAsync(c => c.Id == check.Id && c.CheckedAtUtc != null)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == northManagerId.ToString() && e.Action == AuditAction.Change && e.RecordId == check.Id.ToString())));

        // Marked twice, it says so and changes nothing.
        var done = await manager.GetPageAsync($"/approvals/possible-matches/{check.Id}");
        Assert.Contains("This possible match has been checked", done.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Mark as checked", done.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMatchWithAPersonInNoFamily_RaisesNoTask_AndTheFormSaysNothingOfThem()
    {
        var team = await factory.CreateTeamAsync("Loner match team");
        var lead = await factory.CreateStaffAsync("loner.match.lead@test.familyfirst.test", Roles.Practitioner, team);
        var adding = await factory.CreateFamilyAsync("Loner adding", lead, team);
        var loner = FamilyFirst.Domain.Families.Person.Create(
            new PersonDetails("Perpetua", "Lonsdale-Ashby", new DateOnly(2012, 8, 9), null, Gender.Female),
            new DuplicateCheckOutcome([], null),
            lead,
            new DateOnly(2026, 1, 5),
            new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero)).Value!;
        await factory.WithDbAsync(async db =>
        {
            db.People.Add(loner);
            await db.SaveChangesAsync();
            return 0;
        });
        var client = await factory.SignedInClientAsync("loner.match.lead@test.familyfirst.test");
        var url = $"/families/{adding.Id}/people/add";
        var form = await client.GetPageAsync(url);

        var answer = await client.PostFormAsync(url, form, Person("Perpetua", "Lonsdale-Ashby", "9", "8", "2012"));

        // Added straight away, as if there were no match: no warning, no reason asked for, no task.
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.PossibleMatchChecks.AnyAsync(c => c.FromFamilyId == adding.Id)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.RecordId == loner.Id.ToString() && e.Detail!.Contains("belongs to no family"))));
    }

    [Fact]
    public async Task AMatchTheUserCanSee_RaisesNoTask()
    {
        var team = await factory.CreateTeamAsync("Visible match team");
        var lead = await factory.CreateStaffAsync("visible.match.lead@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateFamilyAsync("Visible first", lead, team, null, ("Ottoline", "Brackenbury", new DateOnly(2011, 2, 3), FamilyRole.ChildOrYoungPerson));
        var second = await factory.CreateFamilyAsync("Visible second", lead, team);
        var client = await factory.SignedInClientAsync("visible.match.lead@test.familyfirst.test");
        var form = await client.GetPageAsync($"/families/{second.Id}/people/add");

        var warned = await (await client.PostFormAsync($"/families/{second.Id}/people/add", form, Person("Ottoline", "Brackenbury", "3", "2", "2011"))).ReadPageAsync();

        Assert.NotNull(warned.QuerySelector("button[name=UseExisting]"));
        Assert.DoesNotContain("needs checking by a manager", warned.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.PossibleMatchChecks.AnyAsync(c => c.FromFamilyId == second.Id)));
    }
}
