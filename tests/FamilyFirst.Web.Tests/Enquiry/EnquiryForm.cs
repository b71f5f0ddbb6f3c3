using AngleSharp.Html.Dom;

namespace FamilyFirst.Web.Tests.Enquiry;

/// <summary>Filling in the online enquiry form the way a browser without JavaScript does.</summary>
internal static class EnquiryForm
{
    /// <summary>Gets the question page, posts the answers, and returns where the form went next.</summary>
    public static async Task<string> AnswerAsync(this HttpClient client, string path, params (string Name, string Value)[] answers)
    {
        var response = await client.PostAnswersAsync(path, answers);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {path} returned {(int)response.StatusCode}: {(await response.ReadPageAsync()).ErrorSummary().FirstOrDefault()}");
        return response.Headers.Location!.OriginalString;
    }

    public static async Task<HttpResponseMessage> PostAnswersAsync(this HttpClient client, string path, params (string Name, string Value)[] answers)
    {
        var page = await client.GetPageAsync(path);
        return await client.PostFormAsync(path, page, answers);
    }

    public static async Task<IHtmlDocument> PostWithErrorsAsync(this HttpClient client, string path, params (string Name, string Value)[] answers)
    {
        var response = await client.PostAnswersAsync(path, answers);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadPageAsync();
    }

    /// <summary>Answers every question of a parent's request for support, up to check answers.</summary>
    public static async Task FillInSupportRequestAsync(this HttpClient client, string? email = "jo.bloggs@example.com", string whatIsHappening = "Leo has stopped going to school.", string postcode = "nm1 1aa")
    {
        await client.AnswerAsync("/enquiry/who-are-you", ("Role", "ParentOrCarer"));
        await client.AnswerAsync("/enquiry/what-is-it-about", ("Type", "SupportForMyFamily"));
        await client.AnswerAsync("/enquiry/about-the-family", ("FamilyNames", "Jo Bloggs and Leo Bloggs"), ("ChildrenAges", "Leo is 9"), ("Postcode", postcode));
        await client.AnswerAsync("/enquiry/what-is-happening", ("WhatIsHappening", whatIsHappening), ("WhatWouldHelp", "Someone to talk to"));
        await client.AnswerAsync(
            "/enquiry/contact-details",
            ("ContactName", "Jo Bloggs"),
            ("Email", email ?? string.Empty),
            ("Phone", email is null ? "07700 900982" : string.Empty),
            ("PreferredContactMethod", email is null ? "Phone" : "Email"),
            ("SafeToLeaveMessage", "true"));
        Assert.Equal("/enquiry/check-answers", await client.AnswerAsync("/enquiry/privacy-notice", ("AgreedToPrivacyNotice", "true")));
    }

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client)
    {
        var page = await client.GetPageAsync("/enquiry/check-answers");
        return await client.PostFormAsync("/enquiry/check-answers", page);
    }
}
