using System.Net.Http.Headers;
using FamilyFirst.Web.Imports;
using FamilyFirst.Web.Tests.Families;
using Microsoft.AspNetCore.Hosting;

namespace FamilyFirst.Web.Tests.Security;

/// <summary>An upload over the limit is answered 413: a GOV.UK error page on the staff pages, a problem response on the API, in Production too.</summary>
public class RequestSizeLimitTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task AFileOverTheUploadPagesLimit_GetsA413ErrorPage()
    {
        await factory.CreateUserAsync("size.analyst@test.familyfirst.test", Roles.Analyst);
        var client = await factory.SignedInClientAsync("size.analyst@test.familyfirst.test");

        var response = await client.PostAsync("/imports/upload", Declaring(ImportFiles.MaxPageUploadBytes + 1_000_000, "multipart/form-data; boundary=x"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await response.ReadPageAsync();
        Assert.Equal("The file or form you sent is too large", page.Heading());
        Assert.Contains("The most you can send here is 50 MB.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormOverTheDefaultLimit_GetsA413ErrorPage_NotA400()
    {
        await factory.CreateUserAsync("size.manager@test.familyfirst.test", Roles.Manager);
        var client = await factory.SignedInClientAsync("size.manager@test.familyfirst.test");

        var response = await client.PostAsync("/families/new", Declaring(2_000_000, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The file or form you sent is too large", (await response.ReadPageAsync()).Heading());
    }

    [Fact]
    public async Task AnApiUploadOverTheLimit_GetsA413Problem()
    {
        var response = await ApiClient(factory, await factory.CreateUserAsync("size.api@test.familyfirst.test", Roles.Analyst))
            .PostAsync("/api/imports/families", Declaring(ImportFiles.MaxUploadBytes + 1, "text/csv"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("200 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InProduction_TheApiAndThePagesStillAnswer413()
    {
        using var production = ProductionFactory.Deployable();
        var analyst = await production.CreateUserAsync("size.production@test.familyfirst.test", Roles.Analyst);

        var api = await ApiClient(production, analyst).PostAsync("/api/imports/families", Declaring(ImportFiles.MaxUploadBytes + 1, "text/csv"));
        var page = await production.CreateBrowserlessClient().PostAsync("/imports/upload", Declaring(ImportFiles.MaxPageUploadBytes + 1_000_000, "multipart/form-data; boundary=x"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.StatusCode);
        Assert.Equal("The file or form you sent is too large", (await page.ReadPageAsync()).Heading());
    }

    private static HttpClient ApiClient(FamilyFirstFactory app, ApplicationUser user)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (secret, token) = ApiToken.Issue(user.Id, "Size test", DateTime.UtcNow, 30);
        db.ApiTokens.Add(token);
        db.SaveChangesAsync().GetAwaiter().GetResult();
        var client = app.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>A request that declares a length without sending the bytes: the server must refuse it from the header alone.</summary>
    private static HttpContent Declaring(long length, string contentType)
    {
        var content = new DeclaredLengthContent(length);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private sealed class DeclaredLengthContent(long length) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => Task.CompletedTask;

        protected override bool TryComputeLength(out long result)
        {
            result = length;
            return true;
        }
    }
}
