using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace FamilyFirst.Web.Tests.Infrastructure;

/// <summary>Reading pages as a person sees them: fields, their GOV.UK error messages, the error summary, summary rows.</summary>
public static class HtmlAssertions
{
    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} returned {(int)response.StatusCode}");
        return Parse(await response.Content.ReadAsStringAsync());
    }

    public static async Task<IHtmlDocument> ReadPageAsync(this HttpResponseMessage response) => Parse(await response.Content.ReadAsStringAsync());

    /// <summary>Posts a form the way a browser would: the page's antiforgery token plus the given values.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDocument page, IEnumerable<KeyValuePair<string, string>> values, string? formSelector = null)
    {
        var form = (IHtmlFormElement?)(formSelector is null ? page.QuerySelectorAll("main form").LastOrDefault() : page.QuerySelector(formSelector))
            ?? throw new InvalidOperationException("The page has no form.");
        var fields = new List<KeyValuePair<string, string>>(values);
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value;
        if (token is not null)
        {
            fields.Add(new("__RequestVerificationToken", token));
        }

        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDocument page, params (string Name, string Value)[] values) =>
        await client.PostFormAsync(url, page, values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)));

    /// <summary>The field's inline error message, without the hidden "Error:" prefix; null when there is none.</summary>
    public static string? FieldError(this IDocument page, string fieldId) =>
        page.GetElementById(fieldId + "-error")?.TextContent.Replace("Error:", string.Empty, StringComparison.Ordinal).Trim();

    public static IReadOnlyList<string> ErrorSummary(this IDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    /// <summary>Asserts the message shows both beside the field and, linked to it, in the error summary.</summary>
    public static void AssertFieldError(this IDocument page, string fieldId, string message)
    {
        Assert.Equal(message, page.FieldError(fieldId));
        var link = page.QuerySelectorAll(".govuk-error-summary__list a").FirstOrDefault(a => a.GetAttribute("href") == "#" + fieldId);
        Assert.True(link is not null, $"The error summary has no link to #{fieldId}. Summary: {string.Join(" | ", page.ErrorSummary())}");
        Assert.Equal(message, link!.TextContent.Trim());
        Assert.NotNull(page.GetElementById(fieldId));
    }

    public static string? SummaryValue(this IDocument page, string key) =>
        page.QuerySelectorAll(".govuk-summary-list__row")
            .FirstOrDefault(r => r.QuerySelector(".govuk-summary-list__key")?.TextContent.Trim() == key)
            ?.QuerySelector(".govuk-summary-list__value")?.TextContent.Trim();

    public static string Heading(this IDocument page) => page.QuerySelector("h1")?.TextContent.Trim() ?? string.Empty;

    public static string? SuccessBanner(this IDocument page) =>
        page.QuerySelector(".govuk-notification-banner--success .govuk-notification-banner__heading")?.TextContent.Trim();

    /// <summary>The page the signed-in person starts their day on: the staff home, or where it sends them (a coordinator's My conferences).</summary>
    public static async Task<IDocument> StartPageAsync(this HttpClient client)
    {
        using var response = await client.GetAsync("/staff");
        return response.StatusCode == System.Net.HttpStatusCode.Redirect
            ? await client.GetPageAsync(response.Headers.Location!.OriginalString)
            : await response.ReadPageAsync();
    }

    /// <summary>Signs in through the real sign-in page.</summary>
    public static async Task SignInAsync(this HttpClient client, string email, string password = FamilyFirstFactory.Password)
    {
        var page = await client.GetPageAsync("/sign-in");
        var response = await client.PostFormAsync("/sign-in", page, ("Email", email), ("Password", password));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }
}
