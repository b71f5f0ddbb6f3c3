using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>Recording a relationship: the plausibility rules of the domain refuse what cannot be true, with a clear error, and change nothing.</summary>
public class RecordRelationshipTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task ABelievableRelationship_IsRecorded_AndReadsAsEnglishFromBothSides()
    {
        var (family, client, mum, son) = await FamilyAsync("believable");
        var form = await client.GetPageAsync($"/families/{family.Id}/relationships");
        Assert.Contains(form.QuerySelectorAll("#Type option"), o => o.TextContent.Trim() == "is cared for by");

        var response = await client.PostFormAsync($"/families/{family.Id}/relationships", form, ("PersonId", son.ToString()), ("Type", nameof(RelationshipType.CaredForBy)), ("RelatedPersonId", mum.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Relationship recorded: Sam Plausible is cared for by Meg Plausible", page.SuccessBanner());
        var mumPage = await client.GetPageAsync($"/families/{family.Id}/people/{mum}");
        Assert.Contains("Meg Plausible is the carer of Sam Plausible", mumPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.FamilyCaseId == family.Id && a.Action == AuditAction.Create && a.RecordType == nameof(Relationship))));
    }

    [Fact]
    public async Task AParentTooYoung_AndASecondKinshipBetweenTheSamePair_AreRefused_AndNothingChanges()
    {
        var (family, client, mum, son) = await FamilyAsync("refused");
        var form = await client.GetPageAsync($"/families/{family.Id}/relationships");

        var tooYoung = await (await client.PostFormAsync($"/families/{family.Id}/relationships", form, ("PersonId", son.ToString()), ("Type", nameof(RelationshipType.ParentOf)), ("RelatedPersonId", mum.ToString()))).ReadPageAsync();

        tooYoung.AssertFieldError("Type", "Sam Plausible cannot be the parent of Meg Plausible: they were born less than 12 years before Meg Plausible. Check both dates of birth, or choose another relationship");
        Assert.Equal(0, await RelationshipsAsync(family.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/families/{family.Id}/relationships", form, ("PersonId", mum.ToString()), ("Type", nameof(RelationshipType.ParentOf)), ("RelatedPersonId", son.ToString()))).StatusCode);
        var sibling = await (await client.PostFormAsync($"/families/{family.Id}/relationships", form, ("PersonId", son.ToString()), ("Type", nameof(RelationshipType.SiblingOf)), ("RelatedPersonId", mum.ToString()))).ReadPageAsync();
        sibling.AssertFieldError("Type", "Sam Plausible and Meg Plausible already have a relationship recorded: Sam Plausible is the child of Meg Plausible. End that relationship first if it is wrong");
        var again = await (await client.PostFormAsync($"/families/{family.Id}/relationships", form, ("PersonId", son.ToString()), ("Type", nameof(RelationshipType.ChildOf)), ("RelatedPersonId", mum.ToString()))).ReadPageAsync();
        again.AssertFieldError("Type", "This relationship is already recorded");
        Assert.Equal(1, await RelationshipsAsync(family.Id));
    }

    [Fact]
    public async Task RelationshipsRecordedBeforeTheRules_ThatContradictEachOther_AreNamedUnderTheDiagram()
    {
        var team = await factory.CreateTeamAsync("Plausible contradicted team");
        var lead = await factory.CreateStaffAsync("plausible.contradicted@test.familyfirst.test", Roles.Practitioner, team);
        var family = await factory.CreateFamilyAsync("Plausible contradicted", lead, team, null, ("Meg", "Plausible", new DateOnly(1990, 4, 2), FamilyRole.Parent), ("Sam", "Plausible", new DateOnly(2012, 9, 9), FamilyRole.ChildOrYoungPerson), ("Lee", "Plausible", new DateOnly(2010, 1, 1), FamilyRole.ChildOrYoungPerson));
        var (mum, son, lee) = (family.Members[0].PersonId, family.Members[1].PersonId, family.Members[2].PersonId);
        var client = await factory.SignedInClientAsync("plausible.contradicted@test.familyfirst.test");
        var page = await client.GetPageAsync($"/families/{family.Id}/relationships");
        Assert.Null(page.QuerySelector(".govuk-warning-text"));

        // As an import or an older version could have left them: Meg is Sam's parent, and also a sibling of Sam's sibling.
        await factory.WithDbAsync(async db =>
        {
            db.Relationships.AddRange(
                Relationship.Record(mum, son, RelationshipType.ParentOf, lead, FamilyTestData.Now).Value!,
                Relationship.Record(son, lee, RelationshipType.SiblingOf, lead, FamilyTestData.Now).Value!,
                Relationship.Record(mum, lee, RelationshipType.SiblingOf, lead, FamilyTestData.Now).Value!);
            return await db.SaveChangesAsync();
        });

        page = await client.GetPageAsync($"/families/{family.Id}/relationships");

        Assert.Contains("Some relationships contradict others", page.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll(".govuk-warning-text li"));
        Assert.Equal(3, page.QuerySelectorAll("line.app-network-diagram__line").Length);
    }

    private Task<int> RelationshipsAsync(Guid familyId) => factory.WithDbAsync(async db =>
    {
        var ids = (await db.FamilyCases.SingleAsync(f => f.Id == familyId)).Members.Select(m => m.PersonId).ToList();
        return await db.Relationships.CountAsync(r => ids.Contains(r.PersonId));
    });

    private async Task<(FamilyCase Family, HttpClient Client, Guid Mum, Guid Son)> FamilyAsync(string name)
    {
        var team = await factory.CreateTeamAsync($"Plausible {name} team");
        var email = $"plausible.{name}@test.familyfirst.test";
        var lead = await factory.CreateStaffAsync(email, Roles.Practitioner, team);
        var family = await factory.CreateFamilyAsync($"Plausible {name}", lead, team, null, ("Meg", "Plausible", new DateOnly(1990, 4, 2), FamilyRole.Parent), ("Sam", "Plausible", new DateOnly(2012, 9, 9), FamilyRole.ChildOrYoungPerson));
        return (family, await factory.SignedInClientAsync(email), family.Members[0].PersonId, family.Members[1].PersonId);
    }
}
