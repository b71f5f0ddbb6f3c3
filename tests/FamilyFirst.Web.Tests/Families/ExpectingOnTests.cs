using System.Globalization;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using Microsoft.Extensions.Time.Testing;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>The app on a fixed council clock (20 November 2026), for the bounds of the date a baby is due.</summary>
public sealed class ExpectingOnClockFactory : FamilyFirstFactory
{
    public ExpectingOnClockFactory() => WithClock(new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero)));
}

/// <summary>
/// A person's <c>expecting_on</c> (the date the baby an expectant parent expects is due) on the family's record: on
/// the add and change forms, optional, a real date no more than 10 months ahead nor more than 3 years back, audited,
/// and shown on the person's page. Who may post the form is the role model's ChangeFamilyMembers, checked for every
/// role by <c>RoleModelAuthorisationTests</c>.
/// </summary>
public class ExpectingOnTests(ExpectingOnClockFactory factory) : IClassFixture<ExpectingOnClockFactory>
{
    private async Task<(HttpClient Client, FamilyCase Family)> FamilyAsync(string name)
    {
        var team = await factory.CreateTeamAsync($"{name} team");
        var email = $"{name.ToLowerInvariant()}.lead@test.familyfirst.test";
        var lead = await factory.CreateStaffAsync(email, Roles.Practitioner, team);
        var family = await factory.CreateFamilyAsync($"{name} family", lead, team, null, ("Jo", name, new DateOnly(1995, 4, 2), FamilyRole.Parent));
        return (await factory.SignedInClientAsync(email), family);
    }

    private static (string, string)[] Jo(string surname, string? day, string? month, string? year) =>
    [
        ("Details.GivenName", "Jo"), ("Details.FamilyName", surname),
        ("Details.DateOfBirth.Day", "2"), ("Details.DateOfBirth.Month", "4"), ("Details.DateOfBirth.Year", "1995"),
        ("Details.ExpectingOn.Day", day ?? string.Empty), ("Details.ExpectingOn.Month", month ?? string.Empty), ("Details.ExpectingOn.Year", year ?? string.Empty),
        ("Details.Gender", "Female"),
    ];

    [Theory]
    [InlineData("31", "2", "2027", "Date the baby is due must be a real date")]
    [InlineData("21", "9", "2027", "The date the baby is due must be no more than 10 months from today")]
    [InlineData("19", "11", "2023", "The date the baby is due must be within the last 3 years")]
    public async Task Edit_ADateNotRealOrOutOfBounds_IsAFieldError_AndNothingChanges(string day, string month, string year, string message)
    {
        var (client, family) = await FamilyAsync("Bounds" + day + month);
        var jo = family.Members[0].PersonId;
        var form = await client.GetPageAsync($"/families/{family.Id}/people/{jo}/edit");

        var page = await (await client.PostFormAsync($"/families/{family.Id}/people/{jo}/edit", form, Jo("Bounds" + day + month, day, month, year))).ReadPageAsync();

        page.AssertFieldError("Details_ExpectingOn", message);
        Assert.Null(await factory.WithDbAsync(db => db.People.Where(p => p.Id == jo).Select(p => p.ExpectingOn).SingleAsync()));
    }

    [Theory]
    [InlineData("20", "9", "2027")]
    [InlineData("20", "11", "2023")]
    public async Task Edit_TheDateDue_AtEachBound_IsSaved_Audited_AndShownOnThePersonsPage(string day, string month, string year)
    {
        var (client, family) = await FamilyAsync("Due" + year);
        var jo = family.Members[0].PersonId;
        var form = await client.GetPageAsync($"/families/{family.Id}/people/{jo}/edit");

        var saved = await client.PostFormAsync($"/families/{family.Id}/people/{jo}/edit", form, Jo("Due" + year, day, month, year));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var due = new DateOnly(int.Parse(year, CultureInfo.InvariantCulture), int.Parse(month, CultureInfo.InvariantCulture), int.Parse(day, CultureInfo.InvariantCulture));
        Assert.Equal(due, await factory.WithDbAsync(db => db.People.Where(p => p.Id == jo).Select(p => p.ExpectingOn).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Change && a.RecordType == nameof(Person) && a.RecordId == jo.ToString() && a.Detail == "Details changed, with the date the baby is due")));
        var person = await client.GetPageAsync($"/families/{family.Id}/people/{jo}");
        Assert.Equal($"Due {day} {(month == "9" ? "September" : "November")} {year}", person.SummaryValue("Expecting a baby"));

        // Blank again clears it.
        var again = await client.GetPageAsync($"/families/{family.Id}/people/{jo}/edit");
        Assert.Equal(day, again.QuerySelector("input[name='Details.ExpectingOn.Day']")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/families/{family.Id}/people/{jo}/edit", again, Jo("Due" + year, null, null, null))).StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.People.Where(p => p.Id == jo).Select(p => p.ExpectingOn).SingleAsync()));
        Assert.Equal("Not recorded", (await client.GetPageAsync($"/families/{family.Id}/people/{jo}")).SummaryValue("Expecting a baby"));
    }

    [Fact]
    public async Task Add_APersonWithTheDateDue_RecordsIt_ButNotForAnUnbornChild()
    {
        var (client, family) = await FamilyAsync("Adding");
        var form = await client.GetPageAsync($"/families/{family.Id}/people/add");

        var unborn = await (await client.PostFormAsync($"/families/{family.Id}/people/add", form,
            ("Details.GivenName", "Baby"), ("Details.FamilyName", "Adding"),
            ("Details.ExpectedDateOfBirth.Day", "1"), ("Details.ExpectedDateOfBirth.Month", "3"), ("Details.ExpectedDateOfBirth.Year", "2027"),
            ("Details.ExpectingOn.Day", "1"), ("Details.ExpectingOn.Month", "3"), ("Details.ExpectingOn.Year", "2027"),
            ("Details.Gender", "NotKnown"), ("Role", "ChildOrYoungPerson"))).ReadPageAsync();
        unborn.AssertFieldError("Details_ExpectingOn", "An unborn child cannot be an expectant parent: leave the date the baby is due blank");

        var added = await client.PostFormAsync($"/families/{family.Id}/people/add", form,
            [.. Jo("Expectant", "1", "3", "2027").Select(f => f.Item1 == "Details.GivenName" ? (f.Item1, "Alex") : f), ("Role", "Parent")]);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(new DateOnly(2027, 3, 1), await factory.WithDbAsync(db => db.People.Where(p => p.GivenName == "Alex" && p.FamilyName == "Expectant").Select(p => p.ExpectingOn).SingleAsync()));
    }
}
