using AngleSharp.Dom;
using CsCheck;
using FamilyFirst.Web.Data;

namespace FamilyFirst.Web.Tests.Enquiry;

public class EnquiryTextPropertyTests(EnquiryFactory factory) : IClassFixture<EnquiryFactory>
{
    /// <summary>
    /// Markup, entities, quotes, control characters (tab, carriage return, line feed, escape, DEL), letters
    /// from other scripts and characters outside the Basic Multilingual Plane. Not NUL: browsers never send
    /// it and PostgreSQL text cannot hold it. Not lone surrogates: they cannot be encoded as form data. Not the
    /// C1 controls (U+0080 to U+009F): HTML reads their character references as Windows-1252 punctuation, so
    /// no page can show them, and no keyboard types them.
    /// </summary>
    private static readonly Gen<string> Text = Gen.OneOf(
            Gen.String[Gen.Char["<>&\"'/=;!-abc XYZ\t\r\n\u0001\u0007\u001b\u007f\u00a0é"], 1, 40],
            Gen.OneOf(Gen.Const("<script>alert('x')</script>"), Gen.Const("&lt;b&gt;"), Gen.Const("</textarea><b>bold</b>"), Gen.Const("😀 ﷽ 中文"), Gen.Const("\r\n  indented\r\n")),
            Gen.String[Gen.OneOf(Gen.Char[' ', '~'], Gen.Char['\u00A0', '\u024F']), 1, 40])
        .Array[1, 4]
        .Select(parts => string.Concat(parts))
        .Where(s => !string.IsNullOrWhiteSpace(s) && s.Length <= 2000);

    [Fact]
    public async Task ArbitraryText_IsStoredAsTyped_AndShownEncoded()
    {
        var client = factory.CreateBrowserlessClient();
        await client.FillInSupportRequestAsync(email: "property@example.com");
        var form = await client.GetPageAsync("/enquiry/what-is-happening");

        await Text.SampleAsync(
            async text =>
            {
                var response = await client.PostFormAsync("/enquiry/what-is-happening?change=true", form, ("WhatIsHappening", text), ("WhatWouldHelp", "Help"));
                Assert.Equal("/enquiry/check-answers", response.Headers.Location?.OriginalString);

                await using (var scope = factory.Services.CreateAsyncScope())
                {
                    // The only draft this test class writes.
                    var draft = await scope.ServiceProvider.GetRequiredService<AppDbContext>().EnquiryDrafts.OrderByDescending(d => d.UpdatedAtUtc).FirstAsync();
                    Assert.Equal(text, draft.ReadAnswers().WhatIsHappening);
                }

                var check = await client.GetPageAsync("/enquiry/check-answers");
                AssertShownEncoded(check, "answer-what-is-happening", text);
                var page = await client.GetPageAsync("/enquiry/what-is-happening");
                Assert.Equal(text, page.QuerySelector("textarea[name=WhatIsHappening]")!.TextContent);
            },
            iter: 40,
            threads: 1);

        var last = (await client.GetPageAsync("/enquiry/check-answers")).GetElementById("answer-what-is-happening")!.TextContent;
        await client.SendAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Enquiries.SingleAsync(e => e.Email == "property@example.com");
        Assert.Equal(last, stored.WhatIsHappening);
    }

    private static void AssertShownEncoded(IDocument page, string id, string text)
    {
        var shown = page.GetElementById(id)!;
        // The text comes back exactly, and none of it became markup.
        Assert.Equal(text, shown.TextContent);
        Assert.Empty(shown.Children);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }
}
