using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FamilyFirst.Web.Tests.FamilyView;

/// <summary>The family view's words come from resource files in English and Welsh, and the family member chooses.</summary>
public partial class FamilyViewLanguageTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task FamilyMember_SwitchesToWelsh_AndBack()
    {
        var family = await FamilyViewFamily.CreateAsync(factory, "Cymraeg");
        var token = await family.InviteAsync(factory, family.Dana, "dana.cymraeg@example.com");
        var dana = await FamilyViewFamily.SignInAsync(factory, token, "dana.cymraeg@example.com");

        var english = await dana.GetPageAsync("/family/meetings");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        var toWelsh = english.QuerySelector("a[hreflang=cy]")!.GetAttribute("href")!;
        var switched = await dana.GetAsync(toWelsh);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/family/meetings", switched.Headers.Location!.OriginalString);

        var welsh = await dana.GetPageAsync("/family");
        Assert.Equal("cy", welsh.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Cynllun eich teulu", welsh.Heading());
        Assert.Contains(FamilyViewFamily.DanasActionText, welsh.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Erbyn", welsh.Body!.TextContent, StringComparison.Ordinal);

        var form = await dana.GetPageAsync($"/family/actions/{family.DanasAction}");
        var error = await (await dana.PostFormAsync($"/family/actions/{family.DanasAction}", form)).ReadPageAsync();
        Assert.Equal("Mae problem", error.QuerySelector(".govuk-error-summary__title")!.TextContent.Trim());
        Assert.Contains("Dewiswch sut mae'n mynd", error.GetElementById("Progress-error")!.TextContent, StringComparison.Ordinal);

        var back = welsh.QuerySelector("a[hreflang=en]")!.GetAttribute("href")!;
        await dana.GetAsync(back);
        Assert.Equal("Your family plan", (await dana.GetPageAsync("/family")).Heading());
    }

    [Fact]
    public async Task Language_OnlyReturnsToFamilyViewPages()
    {
        var client = factory.CreateBrowserlessClient();

        var outside = await client.GetAsync("/family/language?culture=cy&returnUrl=https://example.com/");
        Assert.Equal("/family", outside.Headers.Location!.OriginalString);
        var staff = await client.GetAsync("/family/language?culture=cy&returnUrl=/families");
        Assert.Equal("/family", staff.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/family/language?culture=fr")).StatusCode);
    }

    [Fact]
    public async Task StaffPages_StayInEnglish_WhateverTheFamilyViewLanguage()
    {
        var client = factory.CreateBrowserlessClient();
        await client.GetAsync("/family/language?culture=cy&returnUrl=/family/sign-in");

        Assert.Equal("Mewngofnodi i weld cynllun eich teulu", (await client.GetPageAsync("/family/sign-in")).Heading());
        Assert.Equal("en", (await client.GetPageAsync("/sign-in")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void EveryEnglishText_HasAWelshText_WithTheSamePlaceholders()
    {
        var folder = RepositoryFiles.PathOf("src", "FamilyFirst.Web", "Resources");
        var english = Read(Path.Combine(folder, "FamilyViewText.resx"));
        var welsh = Read(Path.Combine(folder, "FamilyViewText.cy.resx"));

        Assert.True(english.Count > 100, $"Only {english.Count} texts");
        Assert.Equal(english.Keys.Order(), welsh.Keys.Order());
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(welsh[key]), $"{key} has no Welsh");
            Assert.Equal(Placeholders(text), Placeholders(welsh[key]));
        }

        var pages = Directory.GetFiles(RepositoryFiles.PathOf("src", "FamilyFirst.Web", "Pages", "FamilyView"), "*.cs*")
            .Select(File.ReadAllText);
        foreach (var key in pages.SelectMany(p => KeyUse().Matches(p)).Select(m => m.Groups[1].Value).Distinct())
        {
            Assert.True(english.ContainsKey(key), $"The family view uses the text '{key}', which is not in the resource files");
        }
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    private static List<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).Order().ToList();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"T\[""([A-Za-z]+(?:\.[A-Za-z]+)+)""")]
    private static partial Regex KeyUse();
}
