using FamilyFirst.Domain.Families;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>A family's references in other systems: recorded with validation, unique per system, shown, searchable and removed.</summary>
public class ExternalReferencesTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task AReference_IsRecordedShownAndFound_UniquePerSystem_AndOnlyByThoseWhoMayChangeTheFamily()
    {
        var north = await factory.CreateTeamAsync("References north");
        var south = await factory.CreateTeamAsync("References south");
        var lead = await factory.CreateStaffAsync("references.lead@test.familyfirst.test", Roles.Practitioner, north);
        var other = await factory.CreateStaffAsync("references.other@test.familyfirst.test", Roles.Practitioner, south);
        var family = await factory.CreateFamilyAsync("Ashby family", lead, north, null, ("Mia", "Ashby", new DateOnly(2015, 2, 9), FamilyRole.ChildOrYoungPerson));
        var held = "CSC-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await factory.CreateFamilyAsync("Other family", other, south, f => f.RecordExternalReference(ReferenceSource.ChildrensSocialCare, held, FamilyTestData.Now));
        var client = await factory.SignedInClientAsync("references.lead@test.familyfirst.test");
        var path = $"/families/{family.Id}/references";
        var reference = "TF/2013/" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

        var form = await client.GetPageAsync(path);
        Assert.Contains("No references from other systems have been recorded.", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var empty = await (await client.PostFormAsync(path, form)).ReadPageAsync();
        empty.AssertFieldError("Source", "Select the system the reference comes from");
        empty.AssertFieldError("Value", "Enter the reference");
        var taken = await (await client.PostFormAsync(path, form, ("Source", "ChildrensSocialCare"), ("Value", held.ToLowerInvariant()))).ReadPageAsync();
        taken.AssertFieldError("Value", $"Another family already has {held.ToLowerInvariant()} as its children's social care system reference");

        var recorded = await client.PostFormAsync(path, form, ("Source", "ProgrammeList"), ("Value", reference));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var after = await client.GetPageAsync(path);
        Assert.Equal($"Programme list reference {reference} recorded", after.SuccessBanner());
        var casePage = await client.GetPageAsync($"/families/{family.Id}");
        Assert.Equal($"Programme list: {reference}", casePage.SummaryValue("Other systems' references"));
        var found = await client.GetPageAsync($"/families/search?q={Uri.EscapeDataString(reference.ToLowerInvariant())}");
        Assert.Contains("Ashby family", found.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Single(found.QuerySelectorAll("tbody tr"));
        var notTheirs = await client.GetPageAsync($"/families/search?q={held}");
        Assert.DoesNotContain("Other family", notTheirs.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var outsider = await factory.SignedInClientAsync("references.other@test.familyfirst.test");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(path)).StatusCode);

        var removed = await client.PostFormAsync($"{path}?handler=Remove&source=ProgrammeList", after);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await factory.WithDbAsync(db => db.FamilyCases.AsNoTracking().Where(f => f.Id == family.Id).SelectMany(f => f.ExternalReferences).ToListAsync()));
    }
}
