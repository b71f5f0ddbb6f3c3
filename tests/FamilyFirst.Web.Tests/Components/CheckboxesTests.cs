using System.ComponentModel.DataAnnotations;
using AngleSharp.Dom;
using FamilyFirst.Web.Infrastructure.GovUk;

namespace FamilyFirst.Web.Tests.Components;

public class CheckboxesTests
{
    private static Node Checkboxes(FormHarness<CheckboxesModel> form) =>
        new Node("govuk-checkboxes", new CheckboxesTagHelper { For = form.For(m => m.Roles), ViewContext = form.ViewContext, Hint = "Select all that apply" }).Containing(
            new Node("govuk-checkboxes-item", new ChoiceItemTagHelper { Value = "Practitioner", Label = "Practitioner", Hint = "Works with families" }),
            new Node("govuk-checkboxes-item", new ChoiceItemTagHelper { Value = "Manager", Label = "Manager" })
                .Containing("<label class=\"govuk-label\" for=\"Team\">Team</label><input class=\"govuk-input\" id=\"Team\" name=\"Team\">"),
            new Node("govuk-checkboxes-item", new ChoiceItemTagHelper { Value = "Administrator", Label = "Administrator" }),
            new Node("govuk-checkboxes-item", new ChoiceItemTagHelper { Value = "None", Label = "None of these", Exclusive = true }));

    [Fact]
    public async Task Checkboxes_BoundToAList_CheckTheModelsValues()
    {
        var form = TagHelperHarness.CreateViewContext(new CheckboxesModel { Roles = ["Practitioner", "Manager"] });

        var group = await TagHelperHarness.RenderElementAsync(Checkboxes(form));

        Assert.Equal(["govuk-form-group"], group.ClassList);
        var fieldset = group.QuerySelector("fieldset.govuk-fieldset")!;
        Assert.Equal("Roles-hint", fieldset.GetAttribute("aria-describedby"));
        Assert.Equal("Roles for this person", fieldset.QuerySelector("legend.govuk-fieldset__legend")!.TextContent);
        var checkboxes = fieldset.QuerySelector("div.govuk-checkboxes")!;
        Assert.Equal("govuk-checkboxes", checkboxes.GetAttribute("data-module"));
        var inputs = checkboxes.QuerySelectorAll("input.govuk-checkboxes__input").ToList();
        Assert.Equal(["Roles", "Roles-2", "Roles-3", "Roles-4"], inputs.Select(i => i.Id));
        Assert.All(inputs, i => Assert.Equal("checkbox", i.GetAttribute("type")));
        Assert.All(inputs, i => Assert.Equal("Roles", i.GetAttribute("name")));
        Assert.All(inputs, i => Assert.Equal(["govuk-checkboxes__item"], i.ParentElement!.ClassList));
        foreach (var input in inputs)
        {
            var label = input.NextElementSibling!;
            Assert.Equal(["govuk-label", "govuk-checkboxes__label"], label.ClassList);
            Assert.Equal(input.Id, label.GetAttribute("for"));
        }

        Assert.Equal(["Roles", "Roles-2"], Checked(checkboxes));
        Assert.Equal("Roles-item-hint", inputs[0].GetAttribute("aria-describedby"));
        Assert.Equal(["govuk-hint", "govuk-checkboxes__hint"], checkboxes.QuerySelector("#Roles-item-hint")!.ClassList);
        Assert.Equal("exclusive", inputs[3].GetAttribute("data-behaviour"));
        Assert.False(inputs[0].HasAttribute("data-behaviour"));

        Assert.Equal("conditional-Roles-2", inputs[1].GetAttribute("data-aria-controls"));
        var conditional = checkboxes.QuerySelector("#conditional-Roles-2")!;
        Assert.Equal(["govuk-checkboxes__conditional"], conditional.ClassList);
        Assert.Same(inputs[1].ParentElement!.NextElementSibling, conditional);
    }

    [Fact]
    public async Task Checkboxes_PostedValues_WinOverTheModelAndShowTheError()
    {
        var form = TagHelperHarness.CreateViewContext(new CheckboxesModel { Roles = ["Practitioner", "Manager"] });
        form.ModelState.Posted("Roles", new(["Administrator", "None"]), "Select \"None of these\" on its own");

        var group = await TagHelperHarness.RenderElementAsync(Checkboxes(form));

        Assert.Equal(["govuk-form-group", "govuk-form-group--error"], group.ClassList);
        var fieldset = group.QuerySelector("fieldset")!;
        Assert.Equal("Roles-hint Roles-error", fieldset.GetAttribute("aria-describedby"));
        Assert.Equal("Error: Select \"None of these\" on its own", fieldset.QuerySelector("#Roles-error.govuk-error-message")!.TextContent);
        var checkboxes = fieldset.QuerySelector(".govuk-checkboxes")!;
        Assert.Equal(["Roles-3", "Roles-4"], Checked(checkboxes));
        Assert.Equal(["govuk-checkboxes__conditional", "govuk-checkboxes__conditional--hidden"], checkboxes.QuerySelector("#conditional-Roles-2")!.ClassList);
    }

    [Fact]
    public async Task Checkboxes_PostedValuesContainingCommas_StayChecked()
    {
        var form = TagHelperHarness.CreateViewContext(new CheckboxesModel());
        form.ModelState.Posted("Roles", new(["Parent, carer or guardian"]));
        var node = new Node("govuk-checkboxes", new CheckboxesTagHelper { For = form.For(m => m.Roles), ViewContext = form.ViewContext }).Containing(
            new Node("govuk-checkboxes-item", new ChoiceItemTagHelper { Value = "Parent, carer or guardian", Label = "Parent, carer or guardian" }),
            new Node("govuk-checkboxes-item", new ChoiceItemTagHelper { Value = "Parent", Label = "Parent" }));

        var checkboxes = (await TagHelperHarness.RenderElementAsync(node)).QuerySelector(".govuk-checkboxes")!;

        Assert.Equal(["Roles"], Checked(checkboxes));
    }

    [Fact]
    public async Task Checkbox_BoundToABool_IsCheckedWhenTrue()
    {
        var form = TagHelperHarness.CreateViewContext(new CheckboxesModel { Agreed = true });
        var node = new Node("govuk-checkboxes", new CheckboxesTagHelper { For = form.For(m => m.Agreed), ViewContext = form.ViewContext }).Containing(
            new Node("govuk-checkboxes-item", new ChoiceItemTagHelper { Value = "true", Label = "I agree" }));

        var checkboxes = (await TagHelperHarness.RenderElementAsync(node)).QuerySelector(".govuk-checkboxes")!;

        Assert.Equal(["Agreed"], Checked(checkboxes));
    }

    private static IEnumerable<string> Checked(IElement checkboxes) =>
        checkboxes.QuerySelectorAll("input").Where(i => i.HasAttribute("checked")).Select(i => i.Id!);

    public sealed class CheckboxesModel
    {
        [Display(Name = "Roles for this person")]
        public List<string> Roles { get; set; } = [];

        public bool Agreed { get; set; }
    }
}
