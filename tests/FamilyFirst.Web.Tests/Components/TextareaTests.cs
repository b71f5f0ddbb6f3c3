using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FamilyFirst.Web.Infrastructure.GovUk;

namespace FamilyFirst.Web.Tests.Components;

public class TextareaTests
{
    [Fact]
    public async Task Textarea_WithMaxLength_RendersTheCharacterCount()
    {
        var form = TagHelperHarness.CreateViewContext(new TextareaModel { Details = "We need help with school mornings." });
        var helper = new TextareaTagHelper { For = form.For(m => m.Details), ViewContext = form.ViewContext, MaxLength = 500, Hint = "Do not include bank details" };

        var group = await TagHelperHarness.RenderElementAsync(new Node("govuk-textarea", helper));

        Assert.Equal(["govuk-form-group", "govuk-character-count"], group.ClassList);
        Assert.Equal("govuk-character-count", group.GetAttribute("data-module"));
        Assert.Equal("500", group.GetAttribute("data-maxlength"));
        var label = group.QuerySelector("label.govuk-label")!;
        var textarea = group.QuerySelector("textarea")!;
        Assert.Equal("What do you need help with?", label.TextContent);
        Assert.Equal("Details", textarea.Id);
        Assert.Equal(textarea.Id, label.GetAttribute("for"));
        Assert.Equal("Details", textarea.GetAttribute("name"));
        Assert.Equal("5", textarea.GetAttribute("rows"));
        Assert.Equal(["govuk-textarea", "govuk-js-character-count"], textarea.ClassList);
        Assert.Equal("We need help with school mornings.", textarea.TextContent);
        var message = group.QuerySelector(".govuk-character-count__message")!;
        Assert.Equal("Details-info", message.Id);
        Assert.Equal(["govuk-hint", "govuk-character-count__message"], message.ClassList);
        Assert.Equal("You can enter up to 500 characters", message.TextContent);
        Assert.Equal("Details-hint", group.QuerySelector(".govuk-hint:not(.govuk-character-count__message)")!.Id);
        Assert.Equal(["Details-hint", "Details-info"], textarea.GetAttribute("aria-describedby")!.Split(' ').Order());
        Assert.Same(message, group.Children.Last());
    }

    [Fact]
    public async Task Textarea_CountMessage_IsWrittenTheUkWayWhateverTheServerCulture()
    {
        var original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var form = TagHelperHarness.CreateViewContext(new TextareaModel());
            var helper = new TextareaTagHelper { For = form.For(m => m.Details), ViewContext = form.ViewContext, MaxLength = 2000 };

            var group = await TagHelperHarness.RenderElementAsync(new Node("govuk-textarea", helper));

            Assert.Equal("2000", group.GetAttribute("data-maxlength"));
            Assert.Equal("You can enter up to 2,000 characters", group.QuerySelector(".govuk-character-count__message")!.TextContent);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public async Task Textarea_WithoutMaxLength_IsAPlainTextarea()
    {
        var form = TagHelperHarness.CreateViewContext(new TextareaModel());
        var helper = new TextareaTagHelper { For = form.For(m => m.Details), ViewContext = form.ViewContext, Rows = 8 };

        var group = await TagHelperHarness.RenderElementAsync(new Node("govuk-textarea", helper));

        Assert.Equal(["govuk-form-group"], group.ClassList);
        Assert.False(group.HasAttribute("data-module"));
        Assert.False(group.HasAttribute("data-maxlength"));
        var textarea = group.QuerySelector("textarea")!;
        Assert.Equal(["govuk-textarea"], textarea.ClassList);
        Assert.Equal("8", textarea.GetAttribute("rows"));
        Assert.False(textarea.HasAttribute("aria-describedby"));
        Assert.Null(group.QuerySelector(".govuk-character-count__message"));
    }

    [Fact]
    public async Task Textarea_WithError_RedisplaysWhatWasTypedExactlyAndAsText()
    {
        var typed = "\nFirst line starts after a blank line\n<script>alert('x')</script> & more";
        var form = TagHelperHarness.CreateViewContext(new TextareaModel { Details = "old" });
        form.ModelState.Posted("Details", typed, "What do you need help with must be 500 characters or less");
        var helper = new TextareaTagHelper { For = form.For(m => m.Details), ViewContext = form.ViewContext, MaxLength = 500 };

        var html = await TagHelperHarness.RenderHtmlAsync(new Node("govuk-textarea", helper));
        var group = Assert.Single(TagHelperHarness.Parse(html).Children);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal(["govuk-form-group", "govuk-form-group--error", "govuk-character-count"], group.ClassList);
        var textarea = group.QuerySelector("textarea")!;
        Assert.Equal(["govuk-textarea", "govuk-js-character-count", "govuk-textarea--error"], textarea.ClassList);
        Assert.Equal(typed, textarea.TextContent);
        var error = group.QuerySelector("p.govuk-error-message")!;
        Assert.Equal("Details-error", error.Id);
        Assert.Equal("Error:", error.QuerySelector(".govuk-visually-hidden")!.TextContent);
        Assert.Equal("Error: What do you need help with must be 500 characters or less", error.TextContent);
        Assert.Equal(["Details-error", "Details-info"], textarea.GetAttribute("aria-describedby")!.Split(' ').Order());
    }

    public sealed class TextareaModel
    {
        [Display(Name = "What do you need help with?")]
        public string? Details { get; set; }
    }
}
