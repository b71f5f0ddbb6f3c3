using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.GovUk;

namespace FamilyFirst.Web.Tests.Components;

public class ErrorSummaryTests
{
    [Fact]
    public async Task ErrorSummary_ListsEachFieldsFirstErrorLinkedToTheField()
    {
        var form = TagHelperHarness.CreateViewContext(new PageModel());
        form.ModelState.Posted("Input.Email", "not an email", "Enter an email address in the correct format, like name@example.com");
        form.ModelState.AddModelError("Input.Email", "A second error is not shown");
        form.ModelState.Posted("Input.Name", "Sam");
        form.ModelState.AddModelError("Input.DateOfBirth", "Date of birth must be a real date");
        form.ModelState.AddModelError(string.Empty, "Those details do not match <our records>");

        var summary = await TagHelperHarness.RenderElementAsync(new Node("govuk-error-summary", new ErrorSummaryTagHelper { ViewContext = form.ViewContext }));

        Assert.Equal("div", summary.LocalName);
        Assert.Equal(["govuk-error-summary"], summary.ClassList);
        Assert.Equal("govuk-error-summary", summary.GetAttribute("data-module"));
        var alert = Assert.Single(summary.Children);
        Assert.Equal("alert", alert.GetAttribute("role"));
        Assert.Equal("There is a problem", alert.QuerySelector("h2.govuk-error-summary__title")!.TextContent);
        var list = alert.QuerySelector("div.govuk-error-summary__body > ul.govuk-list.govuk-error-summary__list")!;
        var items = list.Children.ToList();
        Assert.Equal(3, items.Count);
        var links = list.QuerySelectorAll("a").ToDictionary(a => a.GetAttribute("href")!, a => a.TextContent);
        Assert.Equal("Enter an email address in the correct format, like name@example.com", links["#Input_Email"]);
        Assert.Equal("Date of birth must be a real date", links["#Input_DateOfBirth"]);
        var general = Assert.Single(items, li => li.QuerySelector("a") is null);
        Assert.Equal("Those details do not match <our records>", general.TextContent);
    }

    [Fact]
    public async Task ErrorSummary_LinksToTheIdTheFieldIsRenderedWith()
    {
        var form = TagHelperHarness.CreateViewContext(new PageModel());
        form.ModelState.Posted("Input.Email", "x", "Enter an email address");

        var summary = await TagHelperHarness.RenderElementAsync(new Node("govuk-error-summary", new ErrorSummaryTagHelper { ViewContext = form.ViewContext }));
        var field = await TagHelperHarness.RenderElementAsync(new Node("govuk-input", new InputTagHelper { For = form.For(m => m.Input.Email), ViewContext = form.ViewContext }));

        var href = summary.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href");
        Assert.Equal("#" + field.QuerySelector("input")!.Id, href);
        Assert.Equal("Input.Email", field.QuerySelector("input")!.GetAttribute("name"));
    }

    [Fact]
    public async Task ErrorSummary_WhenValid_RendersNothing()
    {
        var form = TagHelperHarness.CreateViewContext(new PageModel());
        form.ModelState.Posted("Input.Email", "sam@example.com");

        var html = await TagHelperHarness.RenderHtmlAsync(new Node("govuk-error-summary", new ErrorSummaryTagHelper { ViewContext = form.ViewContext }));

        Assert.Equal(string.Empty, html);
    }

    public sealed class PageModel
    {
        public InputModel Input { get; set; } = new();
    }

    public sealed class InputModel
    {
        [Display(Name = "Email address")]
        public string? Email { get; set; }

        public string? Name { get; set; }

        public DateOnly? DateOfBirth { get; set; }
    }
}
