using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>Removing a person from a family and ending a relationship: with a reason, audited, and the history kept.</summary>
public class RemovePersonAndRelationshipTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task RemovePerson_AsksForDateAndReason_ThenKeepsThemAsHavingLeft()
    {
        var team = await factory.CreateTeamAsync("Remove person team");
        var lead = await factory.CreateStaffAsync("remove.person@test.familyfirst.test", Roles.Practitioner, team);
        var family = await factory.CreateFamilyAsync("Remove family", lead, team, null, ("Ava", "Remove", new DateOnly(2015, 1, 2), FamilyRole.ChildOrYoungPerson), ("Rex", "Remove", new DateOnly(1980, 1, 2), FamilyRole.Parent));
        var rex = family.Members[1].PersonId;
        var client = await factory.SignedInClientAsync("remove.person@test.familyfirst.test");
        var details = await client.GetPageAsync($"/families/{family.Id}/people/{rex}");
        Assert.Contains(details.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/families/{family.Id}/people/{rex}/remove");

        var form = await client.GetPageAsync($"/families/{family.Id}/people/{rex}/remove");
        var empty = await (await client.PostFormAsync($"/families/{family.Id}/people/{rex}/remove", form)).ReadPageAsync();
        empty.AssertFieldError("LeftOn", "Enter the date they left the family");
        empty.AssertFieldError("Reason", "Enter why the person is no longer part of the family");
        var tooEarly = await (await client.PostFormAsync($"/families/{family.Id}/people/{rex}/remove", form, ("LeftOn.Day", "1"), ("LeftOn.Month", "1"), ("LeftOn.Year", "2020"), ("Reason", "Moved out"))).ReadPageAsync();
        tooEarly.AssertFieldError("LeftOn", "Date they left the family must be the same as or after 20 November 2026, when they joined it");
        Assert.True(await factory.WithDbAsync(async db => (await db.FamilyCases.SingleAsync(f => f.Id == family.Id)).HasMember(rex)));

        var response = await client.PostFormAsync($"/families/{family.Id}/people/{rex}/remove", form, ("LeftOn.Day", "21"), ("LeftOn.Month", "11"), ("LeftOn.Year", "2026"), ("Reason", "Moved out to live with his brother"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Rex Remove is no longer part of the family", page.SuccessBanner());
        Assert.Equal("1 person", page.QuerySelector("table caption")!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("li"), li => li.TextContent.Trim() == "Rex Remove (Parent), left 21 November 2026: Moved out to live with his brother");
        var stored = await factory.WithDbAsync(db => db.FamilyCases.SingleAsync(f => f.Id == family.Id));
        var member = stored.Members.Single(m => m.PersonId == rex);
        Assert.Equal((new DateOnly(2026, 11, 21), "Moved out to live with his brother"), (member.LeftOn, member.LeftReason));
        Assert.True(await factory.WithDbAsync(db => db.People.AnyAsync(p => p.Id == rex)));
        Assert.True(await factory.WithDbAsync(db => db.ChronologyEntries.AnyAsync(e => e.FamilyCaseId == family.Id && e.Summary == "Rex Remove left the family: Moved out to live with his brother")));
        var rexReference = await factory.WithDbAsync(db => db.People.Where(p => p.Id == rex).Select(p => p.Reference).SingleAsync());
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.FamilyCaseId == family.Id && a.Action == AuditAction.Change && a.Detail == $"Removed person {rexReference}")));

        var formerDetails = await client.GetPageAsync($"/families/{family.Id}/people/{rex}");
        Assert.Equal("Parent (left 21 November 2026: Moved out to live with his brother)", formerDetails.SummaryValue("Role in the family"));
        Assert.DoesNotContain(formerDetails.QuerySelectorAll("a"), a => a.GetAttribute("href")!.EndsWith("/remove", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EndRelationship_AsksWhy_ThenTakesItOffTheListAndDiagram_AndKeepsIt()
    {
        var team = await factory.CreateTeamAsync("End relationship team");
        var lead = await factory.CreateStaffAsync("end.relationship@test.familyfirst.test", Roles.Practitioner, team);
        var family = await factory.CreateFamilyAsync("Ending family", lead, team, null, ("Ivy", "Ending", new DateOnly(1985, 1, 2), FamilyRole.Parent), ("Joe", "Ending", new DateOnly(1984, 1, 2), FamilyRole.Parent));
        var (ivy, joe) = (family.Members[0].PersonId, family.Members[1].PersonId);
        var relationship = Relationship.Record(ivy, joe, RelationshipType.PartnerOf, lead, FamilyTestData.Now).Value!;
        await factory.WithDbAsync(async db =>
        {
            db.Relationships.Add(relationship);
            return await db.SaveChangesAsync();
        });
        var client = await factory.SignedInClientAsync("end.relationship@test.familyfirst.test");
        var list = await client.GetPageAsync($"/families/{family.Id}/relationships");
        Assert.Single(list.QuerySelectorAll("svg line"));
        Assert.Contains(list.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/families/{family.Id}/relationships/{relationship.Id}/end");

        var form = await client.GetPageAsync($"/families/{family.Id}/relationships/{relationship.Id}/end");
        Assert.Equal("Ivy Ending is the partner of Joe Ending", form.QuerySelector(".govuk-body-l")!.TextContent.Trim());
        var empty = await (await client.PostFormAsync($"/families/{family.Id}/relationships/{relationship.Id}/end", form)).ReadPageAsync();
        empty.AssertFieldError("Reason", "Select whether the relationship has ended or was recorded in error");
        var noNote = await (await client.PostFormAsync($"/families/{family.Id}/relationships/{relationship.Id}/end", form, ("Reason", "Ended"))).ReadPageAsync();
        noNote.AssertFieldError("Note", "Enter why the relationship has ended");
        Assert.True(await factory.WithDbAsync(async db => (await db.Relationships.SingleAsync(r => r.Id == relationship.Id)).IsCurrent));

        var response = await client.PostFormAsync($"/families/{family.Id}/relationships/{relationship.Id}/end", form, ("Reason", "Ended"), ("Note", "Separated in October"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Relationship ended: Ivy Ending is the partner of Joe Ending", page.SuccessBanner());
        Assert.Empty(page.QuerySelectorAll("svg line"));
        Assert.Equal("No relationships recorded yet.", page.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).Single(t => t.StartsWith("No relationships", StringComparison.Ordinal)));
        Assert.Contains(page.QuerySelectorAll("li"), li => li.TextContent.Contains("Ivy Ending was the partner of Joe Ending", StringComparison.Ordinal) && li.TextContent.Contains("(Separated in October)", StringComparison.Ordinal));
        var stored = await factory.WithDbAsync(db => db.Relationships.SingleAsync(r => r.Id == relationship.Id));
        Assert.Equal((RelationshipEndReason.Ended, "Separated in October", lead), (stored.EndReason!.Value, stored.EndNote, stored.EndedBy!.Value));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.FamilyCaseId == family.Id && a.RecordType == nameof(Relationship) && a.RecordId == relationship.Id.ToString() && a.Action == AuditAction.Change)));

        var personPage = await client.GetPageAsync($"/families/{family.Id}/people/{ivy}");
        Assert.Contains(personPage.QuerySelectorAll("p"), p => p.TextContent.Trim() == "No relationships recorded.");

        var endedAgain = await client.GetPageAsync($"/families/{family.Id}/relationships/{relationship.Id}/end");
        Assert.Contains("This relationship has already been ended.", endedAgain.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveAndEnd_ForStaffOfAnotherTeam_AreNotFound_AndChangeNothing()
    {
        var team = await factory.CreateTeamAsync("Remove insider team");
        var other = await factory.CreateTeamAsync("Remove outsider team");
        var lead = await factory.CreateStaffAsync("remove.insider@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync("remove.outsider@test.familyfirst.test", Roles.Practitioner, other);
        var family = await factory.CreateFamilyAsync("Guarded family", lead, team, null, ("Kit", "Guarded", new DateOnly(1985, 1, 2), FamilyRole.Parent), ("Lou", "Guarded", new DateOnly(2015, 1, 2), FamilyRole.ChildOrYoungPerson));
        var relationship = Relationship.Record(family.Members[0].PersonId, family.Members[1].PersonId, RelationshipType.ParentOf, lead, FamilyTestData.Now).Value!;
        await factory.WithDbAsync(async db =>
        {
            db.Relationships.Add(relationship);
            return await db.SaveChangesAsync();
        });
        var outsider = await factory.SignedInClientAsync("remove.outsider@test.familyfirst.test");
        var token = await outsider.GetPageAsync("/families/new");

        foreach (var url in new[] { $"/families/{family.Id}/people/{family.Members[0].PersonId}/remove", $"/families/{family.Id}/relationships/{relationship.Id}/end" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
            var post = await outsider.PostFormAsync(url, token, ("LeftOn.Day", "21"), ("LeftOn.Month", "11"), ("LeftOn.Year", "2026"), ("Reason", "Ended"), ("Note", "x"));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        Assert.True(await factory.WithDbAsync(async db => (await db.FamilyCases.SingleAsync(f => f.Id == family.Id)).HasMember(family.Members[0].PersonId)));
        Assert.True(await factory.WithDbAsync(async db => (await db.Relationships.SingleAsync(r => r.Id == relationship.Id)).IsCurrent));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.FamilyCaseId == family.Id && a.Action == AuditAction.AccessDenied)) >= 2);
    }
}
