using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Access;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>Teams, staff in them, and families built through the domain, for the family record tests.</summary>
public static class FamilyTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    public static async Task<Guid> CreateTeamAsync(this FamilyFirstFactory factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var team = new Team { Id = Guid.NewGuid(), Name = name };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team.Id;
    }

    /// <summary>Creates a member of staff in the teams given and returns their domain user id.</summary>
    public static async Task<Guid> CreateStaffAsync(this FamilyFirstFactory factory, string email, string role, params Guid[] teamIds) =>
        await factory.CreateStaffAsync(email, [role], teamIds);

    public static async Task<Guid> CreateStaffAsync(this FamilyFirstFactory factory, string email, string[] roles, Guid[] teamIds)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await StaffAccounts.CreateAsync(scope.ServiceProvider, email, DisplayName(email), roles, teamIds, FamilyFirstFactory.Password);
        Assert.True(result.Succeeded, string.Join(' ', result.Errors.Select(e => e.Description)));
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return StaffIds.FromUserKey(db.Users.Single(u => u.Email == email).Id);
    }

    /// <summary>"north.practitioner@test" becomes "North Practitioner".</summary>
    public static string DisplayName(string email) =>
        string.Join(' ', email.Split('@')[0].Split('.').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>Opens a family allocated to the practitioner and team, optionally with people, and saves it.</summary>
    public static async Task<FamilyCase> CreateFamilyAsync(this FamilyFirstFactory factory, string name, Guid practitionerId, Guid teamId, Action<FamilyCase>? configure = null, params (string Given, string Family, DateOnly Born, FamilyRole Role)[] people)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var family = FamilyCase.Open(FamilyCaseReference.Generate(Random.Shared), name, "Test reason for involvement", practitionerId, Now).Value!;
        Assert.True(family.Allocate(practitionerId, teamId, practitionerId, Now).Succeeded);
        foreach (var (given, familyName, born, role) in people)
        {
            var person = Person.Create(new PersonDetails(given, familyName, born, null, Gender.NotKnown), DuplicateCheckOutcome.NoLikelyMatches, practitionerId, DateOnly.FromDateTime(Now.UtcDateTime), Now).Value!;
            db.People.Add(person);
            family.AddMember(person.Id, role, DateOnly.FromDateTime(Now.UtcDateTime));
        }

        configure?.Invoke(family);
        db.FamilyCases.Add(family);
        await db.SaveChangesAsync();
        return family;
    }

    public static async Task<T> WithDbAsync<T>(this FamilyFirstFactory factory, Func<AppDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static async Task<HttpClient> SignedInClientAsync(this FamilyFirstFactory factory, string email)
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(email);
        return client;
    }
}
