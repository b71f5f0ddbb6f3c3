using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.GovUk;

namespace FamilyFirst.Web.Tests.Components;

public class InputTests
{
    [Fact]
    public async Task Input_WithHint_RendersGovUkMarkupLabelledByDisplayName()
    {
        var form = TagHelperHarness.CreateViewContext(new InputModel { Email = "sam@example.com" });
        var helper = new InputTagHelper { For = form.For(m => m.Email), ViewContext = form.ViewContext, Type = "email", Autocomplete = "email", Hint = "We will only use this to reply", Spellcheck = false };

        var group = await TagHelperHarness.RenderElementAsync(new Node("govuk-input", helper));

        Assert.Equal("div", group.LocalName);
        Assert.Equal(["govuk-form-group"], group.ClassList);
        var label = group.QuerySelector("label")!;
        var hint = group.QuerySelector(".govuk-hint")!;
        var input = group.QuerySelector("input")!;
        Assert.Equal(["label", "div", "input"], group.Children.Select(c => c.LocalName));
        Assert.Equal(["govuk-label"], label.ClassList);
        Assert.Equal("Email address", label.TextContent);
        Assert.Equal("Email", input.Id);
        Assert.Equal(input.Id, label.GetAttribute("for"));
        Assert.Equal("Email", input.GetAttribute("name"));
        Assert.Equal(["govuk-input"], input.ClassList);
        Assert.Equal("email", input.GetAttribute("type"));
        Assert.Equal("email", input.GetAttribute("autocomplete"));
        Assert.Equal("false", input.GetAttribute("spellcheck"));
        Assert.Equal("sam@example.com", input.GetAttribute("value"));
        Assert.Equal("Email-hint", hint.Id);
        Assert.Equal("We will only use this to reply", hint.TextContent);
        Assert.Equal("Email-hint", input.GetAttribute("aria-describedby"));
        Assert.Null(group.QuerySelector(".govuk-error-message"));
    }

    [Fact]
    public async Task Input_WithoutHintOrError_HasNoDescribedBy()
    {
        var form = TagHelperHarness.CreateViewContext(new InputModel());
        var helper = new InputTagHelper { For = form.For(m => m.Postcode), ViewContext = form.ViewContext, Width = 10 };

        var group = await TagHelperHarness.RenderElementAsync(new Node("govuk-input", helper));

        var input = group.QuerySelector("input")!;
        Assert.Equal(["govuk-input", "govuk-input--width-10"], input.ClassList);
        Assert.False(input.HasAttribute("aria-describedby"));
        Assert.Equal("text", input.GetAttribute("type"));
        Assert.Equal(string.Empty, input.GetAttribute("value"));
        Assert.Equal("Postcode", group.QuerySelector("label")!.TextContent);
    }

    [Fact]
    public async Task Input_WithError_ShowsErrorStateAndRedisplaysPostedValueAsText()
    {
        var form = TagHelperHarness.CreateViewContext(new InputModel { Email = "model value" });
        form.ModelState.Posted("Email", "<script>alert(1)</script>", "Enter an email address in the correct format, like name@example.com");
        var helper = new InputTagHelper { For = form.For(m => m.Email), ViewContext = form.ViewContext, Hint = "Hint" };

        var html = await TagHelperHarness.RenderHtmlAsync(new Node("govuk-input", helper));
        var group = Assert.Single(TagHelperHarness.Parse(html).Children);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal(["govuk-form-group", "govuk-form-group--error"], group.ClassList);
        Assert.Equal(["label", "div", "p", "input"], group.Children.Select(c => c.LocalName));
        var error = group.QuerySelector("p.govuk-error-message")!;
        Assert.Equal("Email-error", error.Id);
        var prefix = error.QuerySelector("span.govuk-visually-hidden")!;
        Assert.Equal("Error:", prefix.TextContent);
        Assert.Equal("Error: Enter an email address in the correct format, like name@example.com", error.TextContent);
        var input = group.QuerySelector("input")!;
        Assert.Equal(["govuk-input", "govuk-input--error"], input.ClassList);
        Assert.Equal("Email-hint Email-error", input.GetAttribute("aria-describedby"));
        Assert.Equal("<script>alert(1)</script>", input.GetAttribute("value"));
        Assert.Empty(group.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task Input_Password_NeverRedisplaysTheValue()
    {
        var form = TagHelperHarness.CreateViewContext(new InputModel());
        form.ModelState.Posted("Password", "correct horse battery staple", "Enter your password");
        var helper = new InputTagHelper { For = form.For(m => m.Password), ViewContext = form.ViewContext, Type = "password" };

        var group = await TagHelperHarness.RenderElementAsync(new Node("govuk-input", helper));

        Assert.Equal(string.Empty, group.QuerySelector("input")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Input_AsPageHeading_WrapsTheLabelInH1()
    {
        var form = TagHelperHarness.CreateViewContext(new InputModel());
        var helper = new InputTagHelper { For = form.For(m => m.Email), ViewContext = form.ViewContext, IsPageHeading = true, Label = "What is your email address?" };

        var group = await TagHelperHarness.RenderElementAsync(new Node("govuk-input", helper));

        var heading = group.QuerySelector("h1.govuk-label-wrapper")!;
        var label = heading.QuerySelector("label")!;
        Assert.Equal(["govuk-label", "govuk-label--l"], label.ClassList);
        Assert.Equal("What is your email address?", label.TextContent);
        Assert.Equal("Email", label.GetAttribute("for"));
    }

    public sealed class InputModel
    {
        [Display(Name = "Email address")]
        public string? Email { get; set; }

        public string? Postcode { get; set; }

        public string? Password { get; set; }
    }
}
