using FamilyFirst.Domain.Families;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>Adding people with the duplicate check, checking identifiers, moving address and child statuses.</summary>
public class PeopleTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private async Task<(HttpClient Client, FamilyCase Family)> FamilyWithPractitionerAsync(string name, params (string Given, string Family, DateOnly Born, FamilyRole Role)[] people)
    {
        var team = await factory.CreateTeamAsync($"{name} team");
        var email = $"{name.ToLowerInvariant()}.lead@test.familyfirst.test";
        var lead = await factory.CreateStaffAsync(email, Roles.Practitioner, team);
        var family = await factory.CreateFamilyAsync($"{name} family", lead, team, null, people);
        return (await factory.SignedInClientAsync(email), family);
    }

    private static (string, string)[] Person(string given, string family, string day, string month, string year, string gender = "Female", string role = "ChildOrYoungPerson") =>
    [
        ("Details.GivenName", given), ("Details.FamilyName", family),
        ("Details.DateOfBirth.Day", day), ("Details.DateOfBirth.Month", month), ("Details.DateOfBirth.Year", year),
        ("Details.Gender", gender), ("Role", role),
    ];

    [Fact]
    public async Task Add_WithBadIdentifiers_ShowsTheCheckThatFailed()
    {
        var (client, family) = await FamilyWithPractitionerAsync("Identifiers");
        var form = await client.GetPageAsync($"/families/{family.Id}/people/add");

        var page = await (await client.PostFormAsync($"/families/{family.Id}/people/add", form,
            [.. Person("Ivy", "Check", "1", "2", "2015"), ("Details.NhsNumber", "943 476 5918"), ("Details.UniquePupilNumber", "B123456789012"), ("Details.NationalInsuranceNumber", "QQ123456C")])).ReadPageAsync();

        page.AssertFieldError("Details_NhsNumber", "Enter a real NHS number, like 943 476 5919");
        page.AssertFieldError("Details_UniquePupilNumber", "Enter a real unique pupil number - the check letter does not match");
        page.AssertFieldError("Details_NationalInsuranceNumber", "Enter a real National Insurance number - it cannot start with QQ");
    }

    [Fact]
    public async Task Add_WithNothingEntered_AsksForTheNamesGenderAndRole()
    {
        var (client, family) = await FamilyWithPractitionerAsync("Empty");
        var form = await client.GetPageAsync($"/families/{family.Id}/people/add");

        var page = await (await client.PostFormAsync($"/families/{family.Id}/people/add", form)).ReadPageAsync();

        page.AssertFieldError("Details_GivenName", "Enter the person's given name");
        page.AssertFieldError("Details_FamilyName", "Enter the person's family name");
        page.AssertFieldError("Details_Gender", "Select the person's gender, or not known");
        page.AssertFieldError("Role", "Select the person's role in the family");
    }

    [Fact]
    public async Task Add_ASoundAlikeOfSomeoneKnown_ShowsTheLikelyMatch_ThenNeedsAReasonToCreateANewPerson()
    {
        var (client, family) = await FamilyWithPractitionerAsync("Duplicate", ("Katherine", "Smith", new DateOnly(2012, 3, 4), FamilyRole.ChildOrYoungPerson));
        var (_, other) = await FamilyWithPractitionerAsync("Second");
        // The same practitioner's other family: make it theirs by using the first client on a family in their own team.
        var form = await client.GetPageAsync($"/families/{family.Id}/people/add");

        var warned = await (await client.PostFormAsync($"/families/{family.Id}/people/add", form, Person("Kathryn", "Smyth", "4", "3", "2012"))).ReadPageAsync();

        Assert.Contains("This person may already be known to the service", warned.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Katherine Smith is already in this family", string.Join(" ", warned.ErrorSummary()), StringComparison.Ordinal);

        var confirmed = await (await client.PostFormAsync($"/families/{family.Id}/people/add", warned, [.. Person("Kathryn", "Smyth", "4", "3", "2012"), ("MatchesShown", "true")])).ReadPageAsync();
        confirmed.AssertFieldError("ReasonNotADuplicate", "Enter why this is a different person from the possible matches");

        var created = await client.PostFormAsync($"/families/{family.Id}/people/add", confirmed, [.. Person("Kathryn", "Smyth", "4", "3", "2012"), ("MatchesShown", "true"), ("ReasonNotADuplicate", "Twin sister, confirmed with mum")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var person = await factory.WithDbAsync(db => db.People.SingleAsync(p => p.GivenName == "Kathryn"));
        Assert.Equal("Twin sister, confirmed with mum", person.ReasonNotADuplicate);
        Assert.Single(person.LikelyMatchIdsShown);
        Assert.NotEqual(family.Id, other.Id);
    }

    [Fact]
    public async Task Add_AKnownPersonFromAnotherOfTheTeamsFamilies_CanBeChosenInsteadOfCreatingANewOne()
    {
        var team = await factory.CreateTeamAsync("Choose team");
        var lead = await factory.CreateStaffAsync("choose.lead@test.familyfirst.test", Roles.Practitioner, team);
        var first = await factory.CreateFamilyAsync("First choose family", lead, team, null, ("Omar", "Haddad", new DateOnly(1980, 6, 1), FamilyRole.Parent));
        var second = await factory.CreateFamilyAsync("Second choose family", lead, team);
        var client = await factory.SignedInClientAsync("choose.lead@test.familyfirst.test");
        var form = await client.GetPageAsync($"/families/{second.Id}/people/add");

        var warned = await (await client.PostFormAsync($"/families/{second.Id}/people/add", form, Person("Omar", "Hadad", "1", "6", "1980", "Male", "Parent"))).ReadPageAsync();
        var match = warned.QuerySelector("button[name=UseExisting]")!;
        var added = await client.PostFormAsync($"/families/{second.Id}/people/add", warned, [.. Person("Omar", "Hadad", "1", "6", "1980", "Male", "Parent"), ("MatchesShown", "true"), ("UseExisting", match.GetAttribute("value")!)]);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var omarId = first.Members[0].PersonId;
        Assert.Equal($"/families/{second.Id}/people/{omarId}", added.Headers.Location!.OriginalString);
        Assert.Equal(1, await factory.WithDbAsync(db => db.People.CountAsync(p => p.GivenName == "Omar" || p.GivenName == "Omar ")));
    }

    [Fact]
    public async Task Person_MovesAddress_AndGetsAChildStatus_WithHistoryKept()
    {
        var (client, family) = await FamilyWithPractitionerAsync("Move", ("Leo", "Move", new DateOnly(2014, 5, 5), FamilyRole.ChildOrYoungPerson));
        var personId = family.Members[0].PersonId;
        var form = await client.GetPageAsync($"/families/{family.Id}/people/{personId}/address");

        var missing = await (await client.PostFormAsync($"/families/{family.Id}/people/{personId}/address", form, ("HouseholdId", "new"), ("Line1", "1 High Street"), ("Town", "Northmoor"), ("Postcode", "NOT A CODE"), ("MovedOn.Day", "1"), ("MovedOn.Month", "10"), ("MovedOn.Year", "2026"))).ReadPageAsync();
        missing.AssertFieldError("Postcode", "Enter a real postcode");

        var moved = await client.PostFormAsync($"/families/{family.Id}/people/{personId}/address", form, ("HouseholdId", "new"), ("Line1", "1 High Street"), ("Town", "Northmoor"), ("Postcode", "nm1 4qx"), ("MovedOn.Day", "1"), ("MovedOn.Month", "10"), ("MovedOn.Year", "2026"));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var statusForm = await client.GetPageAsync($"/families/{family.Id}/people/{personId}/child-status");
        var status = await client.PostFormAsync($"/families/{family.Id}/people/{personId}/child-status", statusForm, ("Status", "ChildInNeed"), ("Action", "start"), ("Start.Day", "2"), ("Start.Month", "10"), ("Start.Year", "2026"));
        Assert.Equal(HttpStatusCode.Redirect, status.StatusCode);

        var page = await client.GetPageAsync($"/families/{family.Id}/people/{personId}");
        Assert.Equal("Child in need status recorded for Leo Move", page.SuccessBanner());
        Assert.Contains("1 High Street, Northmoor, NM1 4QX", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Child in need", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_AnIdentifierAlreadyHeldBySomeoneElse_IsRefused()
    {
        var (client, family) = await FamilyWithPractitionerAsync("Identity", ("Amy", "One", new DateOnly(2010, 1, 1), FamilyRole.ChildOrYoungPerson), ("Bea", "Two", new DateOnly(2011, 1, 1), FamilyRole.ChildOrYoungPerson));
        var amy = family.Members[0].PersonId;
        var bea = family.Members[1].PersonId;
        var form = await client.GetPageAsync($"/families/{family.Id}/people/{amy}/edit");
        var saved = await client.PostFormAsync($"/families/{family.Id}/people/{amy}/edit", form, [.. Person("Amy", "One", "1", "1", "2010"), ("Details.NhsNumber", "943 476 5919")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var beaForm = await client.GetPageAsync($"/families/{family.Id}/people/{bea}/edit");
        var page = await (await client.PostFormAsync($"/families/{family.Id}/people/{bea}/edit", beaForm, [.. Person("Bea", "Two", "1", "1", "2011"), ("Details.NhsNumber", "9434765919")])).ReadPageAsync();

        page.AssertFieldError("Details_NhsNumber", "Another person already has this NHS number - check it, or ask a manager to merge the records");
        var amyPage = await client.GetPageAsync($"/families/{family.Id}/people/{amy}");
        Assert.Equal("943 476 5919", amyPage.SummaryValue("NHS number"));
    }
}
