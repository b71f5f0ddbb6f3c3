using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilyFirst.Web.Tests.Components;

public class SelectTests
{
    private static readonly SelectListItem[] Teams =
    [
        new("Choose a team", string.Empty),
        new("North <East>", "north"),
        new("South", "south", selected: true),
        new("West", "west"),
    ];

    [Fact]
    public async Task Select_MarksTheModelsValueSelected()
    {
        var form = TagHelperHarness.CreateViewContext(new SelectModel { Team = "north" });
        var helper = new SelectTagHelper { For = form.For(m => m.Team), ViewContext = form.ViewContext, Items = Teams, Hint = "The team this person works in" };

        var group = await TagHelperHarness.RenderElementAsync(new Node("govuk-select", helper));

        Assert.Equal(["govuk-form-group"], group.ClassList);
        Assert.Equal(["label", "div", "select"], group.Children.Select(c => c.LocalName));
        var select = group.QuerySelector("select")!;
        Assert.Equal(["govuk-select"], select.ClassList);
        Assert.Equal("Team", select.Id);
        Assert.Equal("Team", select.GetAttribute("name"));
        Assert.Equal(select.Id, group.QuerySelector("label.govuk-label")!.GetAttribute("for"));
        Assert.Equal("Team name", group.QuerySelector("label")!.TextContent);
        Assert.Equal("Team-hint", select.GetAttribute("aria-describedby"));
        var options = select.QuerySelectorAll("option").ToList();
        Assert.Equal(["", "north", "south", "west"], options.Select(o => o.GetAttribute("value")));
        Assert.Equal(["Choose a team", "North <East>", "South", "West"], options.Select(o => o.TextContent));
        Assert.Equal(["north"], options.Where(o => o.HasAttribute("selected")).Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task Select_WithoutAModelValue_UsesTheItemsSelection()
    {
        var form = TagHelperHarness.CreateViewContext(new SelectModel());
        var helper = new SelectTagHelper { For = form.For(m => m.Team), ViewContext = form.ViewContext, Items = Teams };

        var select = (await TagHelperHarness.RenderElementAsync(new Node("govuk-select", helper))).QuerySelector("select")!;

        Assert.Equal(["south"], select.QuerySelectorAll("option[selected]").Select(o => o.GetAttribute("value")));
        Assert.False(select.HasAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Select_WithError_SelectsThePostedValueAndShowsTheError()
    {
        var form = TagHelperHarness.CreateViewContext(new SelectModel { Team = "north" });
        form.ModelState.Posted("Team", "west", "Select a team with a manager");
        var helper = new SelectTagHelper { For = form.For(m => m.Team), ViewContext = form.ViewContext, Items = Teams };

        var group = await TagHelperHarness.RenderElementAsync(new Node("govuk-select", helper));

        Assert.Equal(["govuk-form-group", "govuk-form-group--error"], group.ClassList);
        var select = group.QuerySelector("select")!;
        Assert.Equal(["govuk-select", "govuk-select--error"], select.ClassList);
        Assert.Equal("Team-error", select.GetAttribute("aria-describedby"));
        Assert.Equal("Error: Select a team with a manager", group.QuerySelector("p#Team-error.govuk-error-message")!.TextContent);
        Assert.Equal(["west"], select.QuerySelectorAll("option[selected]").Select(o => o.GetAttribute("value")));
    }

    public sealed class SelectModel
    {
        [Display(Name = "Team name")]
        public string? Team { get; set; }
    }
}
