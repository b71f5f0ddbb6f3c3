using System.Text;
using AngleSharp.Html.Dom;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Imports;

public class ImportPagesTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private async Task<HttpClient> SignInAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@example.gov.uk";
        await factory.CreateUserAsync(email, role);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(email);
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string kind, string? csv, string fileName = "list.csv")
    {
        var page = await client.GetPageAsync("/imports/upload");
        var token = ((IHtmlInputElement)page.QuerySelector("main form input[name=__RequestVerificationToken]")!).Value;
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(kind), "Kind" } };
        if (csv is not null)
        {
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", fileName);
        }

        return await client.PostAsync("/imports/upload", form);
    }

    [Fact]
    public async Task UploadPreviewApply_ImportsTheFile_AndShowsItInTheHistory()
    {
        var analyst = await SignInAsync(Roles.Analyst);
        var family = TestFamily.New();

        var uploaded = await UploadAsync(analyst, "families", family.FamiliesCsv(), "programme-list.csv");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var previewUrl = uploaded.Headers.Location!.OriginalString;
        var preview = await analyst.GetPageAsync(previewUrl);

        Assert.Equal("Check the import", preview.Heading());
        Assert.Equal("1", preview.SummaryValue("Would be added"));
        Assert.False(await factory.WithDbAsync(db => db.FamilyCases.AnyAsync(f => f.Reference == family.FamilyRef)));

        var applied = await analyst.PostFormAsync(previewUrl + "?handler=Apply", preview, [], "form[action*=Apply]");
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var detail = await analyst.GetPageAsync(applied.Headers.Location!.OriginalString);
        Assert.Equal("programme-list.csv", detail.Heading());
        Assert.Equal("1", detail.SummaryValue("Added"));
        Assert.Contains("1 row applied", detail.SuccessBanner());
        Assert.True(await factory.WithDbAsync(db => db.FamilyCases.AnyAsync(f => f.Reference == family.FamilyRef)));
        var history = await analyst.GetPageAsync("/imports");
        Assert.Contains("programme-list.csv", history.QuerySelector("table")!.TextContent);
        Assert.Contains("Families (the programme list)", history.QuerySelector("table")!.TextContent);
        Assert.Equal("Families (the programme list) file", detail.QuerySelector(".govuk-caption-l")!.TextContent.Trim());
    }

    [Fact]
    public async Task AFileWithErrors_ShowsThemByLineAndColumn_AndCannotBeApplied()
    {
        var manager = await SignInAsync(Roles.Manager);

        var uploaded = await UploadAsync(manager, "exclusions", "person_ref,exclusion_date,exclusion_type\nP1,2013-01-07,expelled\n");
        var preview = await manager.GetPageAsync(uploaded.Headers.Location!.OriginalString);

        var cells = preview.QuerySelectorAll("table tbody td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal("2", cells[0]);
        Assert.Equal("exclusion_type", cells[1]);
        Assert.Null(preview.QuerySelector("form[action*=Apply]"));
    }

    [Fact]
    public async Task UploadingWithoutAnswers_ShowsGovUkErrors()
    {
        var analyst = await SignInAsync(Roles.Analyst);
        var page = await analyst.GetPageAsync("/imports/upload");

        var response = await analyst.PostFormAsync("/imports/upload", page);
        var result = await response.ReadPageAsync();

        result.AssertFieldError("Kind", "Select the kind of file");
        Assert.Equal("Select a CSV file", result.FieldError("Upload"));
    }

    [Theory]
    [InlineData(Roles.Practitioner, "/imports")]
    [InlineData(Roles.Trainer, "/imports/upload")]
    [InlineData(Roles.Administrator, "/results/claims")]
    [InlineData(Roles.Practitioner, "/results/claims")]
    public async Task PagesAreForPermittedRolesOnly(string role, string url)
    {
        var client = await SignInAsync(role);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/access-denied", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ThePageAnAnalystStartsOn_LinksToImportsAndClaims()
    {
        var analyst = await SignInAsync(Roles.Analyst);

        // An analyst starts their day on "Partner data and results to check" (issue 18).
        var home = await analyst.StartPageAsync();
        Assert.Equal("Partner data and results to check", home.Heading());

        Assert.NotNull(home.QuerySelector("a[href='/imports']"));
        Assert.NotNull(home.QuerySelector("a[href='/results/claims']"));
    }

    [Fact]
    public async Task TheClaimsDownload_IsCsv_AndAudited()
    {
        var analyst = await SignInAsync(Roles.Analyst);

        var response = await analyst.GetAsync("/results/claims?handler=Download");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("family_ref,result,as_at,claimed_at_utc,claimed_by", await response.Content.ReadAsStringAsync());
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == Domain.Audit.AuditAction.Export && a.RecordType == "ResultClaim")));
    }
}
