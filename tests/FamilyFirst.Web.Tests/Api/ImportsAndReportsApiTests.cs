using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FamilyFirst.Web.Api;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Tests.Imports;

namespace FamilyFirst.Web.Tests.Api;

public class ImportsAndReportsApiTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private async Task<HttpClient> ClientWithTokenAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@example.gov.uk";
        var user = await factory.CreateUserAsync(email, role);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (secret, token) = ApiToken.Issue(user.Id, "Nightly import", DateTime.UtcNow, 30);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        var client = factory.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task AnAnalystsToken_ImportsACsvBody_AndAMultipartUpload()
    {
        var api = await ClientWithTokenAsync(Roles.Analyst);
        var family = TestFamily.New();

        var families = await api.PostAsync("/api/imports/families?fileName=programme-list.csv", Csv(family.FamiliesCsv()));
        var multipart = new MultipartFormDataContent { { new StringContent(family.PeopleCsv(), Encoding.UTF8, "text/csv"), "file", "people.csv" } };
        var people = await api.PostAsync("/api/imports/people", multipart);

        Assert.Equal(HttpStatusCode.OK, families.StatusCode);
        var familiesResult = (await families.Content.ReadFromJsonAsync<ImportsAndReportsEndpoints.ImportResponse>())!;
        Assert.Equal(("families", "programme-list.csv", 1, "Applied"), (familiesResult.Kind, familiesResult.FileName, familiesResult.Added, familiesResult.Status));
        Assert.NotNull(familiesResult.ImportId);
        Assert.Equal(HttpStatusCode.OK, people.StatusCode);
        var peopleResult = (await people.Content.ReadFromJsonAsync<ImportsAndReportsEndpoints.ImportResponse>())!;
        Assert.Equal(("people.csv", 2), (peopleResult.FileName, peopleResult.Added));
        await using var scope = factory.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ImportRuns.SingleAsync(r => r.Id == familiesResult.ImportId);
        Assert.Equal(FamilyFirst.Web.Data.Imports.ImportSource.Api, run.Source);
        var history = await api.GetFromJsonAsync<List<ImportsAndReportsEndpoints.ImportHistoryItem>>("/api/imports/families");
        Assert.Contains(history!, h => h.ImportId == familiesResult.ImportId && h.FileName == "programme-list.csv" && h.Added == 1);
        Assert.StartsWith("analyst.", run.ImportedByName);
    }

    [Fact]
    public async Task AFileWithErrors_Answers422_WithEachErrorByLineAndColumn()
    {
        var api = await ClientWithTokenAsync(Roles.Manager);

        var response = await api.PostAsync("/api/imports/exclusions", Csv("person_ref,exclusion_date,exclusion_type\nP1,2013-01-07,expelled\n"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<ImportsAndReportsEndpoints.ImportResponse>())!;
        Assert.Equal("Rejected", result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "exclusion_type"), (error.Line, error.Column));
    }

    [Fact]
    public async Task AnUnknownKind_Answers400_AndAnotherMediaType415()
    {
        var api = await ClientWithTokenAsync(Roles.Analyst);

        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsync("/api/imports/truancy", Csv("a\n"))).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await api.PostAsync("/api/imports/attendance", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsync("/api/imports/attendance", new MultipartFormDataContent { { new StringContent("x"), "notes" } })).StatusCode);
    }

    [Fact]
    public async Task TheSupportingFamiliesFigures_AreGivenBesideTheImpactReport()
    {
        var api = await ClientWithTokenAsync(Roles.Analyst);

        var response = await api.GetAsync("/api/reports/impact/supporting-families?asAt=2024-02-29");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2024-02-29", json.RootElement.GetProperty("asAt").GetString());
        Assert.Equal(JsonValueKind.Number, json.RootElement.GetProperty("claimable").ValueKind);
        Assert.Equal(10, json.RootElement.GetProperty("headlines").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/reports/impact/supporting-families?asAt=2024-02-30")).StatusCode);
    }

    [Fact]
    public async Task TheImpactReport_HasTheSameFieldsAsTheVerb()
    {
        var api = await ClientWithTokenAsync(Roles.Analyst);

        var response = await api.GetAsync("/api/reports/impact?asAt=2014-09-01&from=2013-01-01&to=2014-12-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            ["asAt", "families", "offending", "education", "employment", "crimeAsbEducationResults", "continuousEmploymentResults", "progressToWork", "turnedAround"],
            json.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/reports/impact?asAt=2014-13-01")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Administrator, "/api/reports/impact?asAt=2014-09-01", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Practitioner, "/api/reports/impact?asAt=2014-09-01", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Manager, "/api/reports/impact?asAt=2014-09-01", HttpStatusCode.OK)]
    public async Task Reports_AreForManagersAndAnalysts(string role, string url, HttpStatusCode expected)
    {
        var api = await ClientWithTokenAsync(role);

        Assert.Equal(expected, (await api.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Administrator, HttpStatusCode.OK)]
    [InlineData(Roles.Practitioner, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Trainer, HttpStatusCode.Forbidden)]
    public async Task Imports_AreForAdministratorsManagersAndAnalysts(string role, HttpStatusCode expected)
    {
        var api = await ClientWithTokenAsync(role);

        var response = await api.PostAsync("/api/imports/attendance?dryRun=true", Csv("person_ref,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\n"));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAToken_ImportsAnswer401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserlessClient().PostAsync("/api/imports/attendance", Csv("a\n"))).StatusCode);
    }
}
