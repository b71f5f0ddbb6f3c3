using System.ComponentModel.DataAnnotations;
using AngleSharp.Dom;
using FamilyFirst.Web.Infrastructure.GovUk;

namespace FamilyFirst.Web.Tests.Components;

public class RadiosTests
{
    private static Node Radios(FormHarness<RadiosModel> form, string? hint = null) =>
        new Node("govuk-radios", new RadiosTagHelper { For = form.For(m => m.Contact), ViewContext = form.ViewContext, Hint = hint }).Containing(
            new Node("govuk-radios-item", new ChoiceItemTagHelper { Value = "Email", Label = "Email" })
                .Containing("<label class=\"govuk-label\" for=\"ContactEmail\">Email address</label><input class=\"govuk-input\" id=\"ContactEmail\" name=\"ContactEmail\">"),
            new Node("govuk-radios-item", new ChoiceItemTagHelper { Value = "Phone", Label = "Phone", Hint = "We call between 9am and 5pm" }),
            new Node("govuk-radios-divider", new RadiosDividerTagHelper()).Containing("or"),
            new Node("govuk-radios-item", new ChoiceItemTagHelper { Value = "Post", Label = "By <post>" }));

    [Fact]
    public async Task Radios_RenderFieldsetLegendAndItems()
    {
        var form = TagHelperHarness.CreateViewContext(new RadiosModel());

        var group = await TagHelperHarness.RenderElementAsync(Radios(form, hint: "Choose one"));

        Assert.Equal(["govuk-form-group"], group.ClassList);
        var fieldset = Assert.Single(group.Children);
        Assert.Equal("fieldset", fieldset.LocalName);
        Assert.Equal(["govuk-fieldset"], fieldset.ClassList);
        Assert.Equal("Contact-hint", fieldset.GetAttribute("aria-describedby"));
        var legend = fieldset.QuerySelector("legend")!;
        Assert.Equal(["govuk-fieldset__legend", "govuk-fieldset__legend--m"], legend.ClassList);
        Assert.Equal("How should we contact you?", legend.TextContent);
        Assert.Equal("Choose one", fieldset.QuerySelector("#Contact-hint.govuk-hint")!.TextContent);
        var radios = fieldset.QuerySelector("div.govuk-radios")!;
        Assert.Equal("govuk-radios", radios.GetAttribute("data-module"));
        Assert.Equal(
            ["govuk-radios__item", "govuk-radios__conditional", "govuk-radios__item", "govuk-radios__divider", "govuk-radios__item"],
            radios.Children.Select(c => c.ClassList[0]));
        Assert.Equal("or", radios.QuerySelector(".govuk-radios__divider")!.TextContent);

        var inputs = radios.QuerySelectorAll("input.govuk-radios__input").ToList();
        Assert.Equal(["Contact", "Contact-2", "Contact-3"], inputs.Select(i => i.Id));
        Assert.All(inputs, i => Assert.Equal("radio", i.GetAttribute("type")));
        Assert.All(inputs, i => Assert.Equal("Contact", i.GetAttribute("name")));
        Assert.All(inputs, i => Assert.False(i.HasAttribute("checked")));
        Assert.Equal(["Email", "Phone", "Post"], inputs.Select(i => i.GetAttribute("value")));
        foreach (var input in inputs)
        {
            var label = input.NextElementSibling!;
            Assert.Equal(["govuk-label", "govuk-radios__label"], label.ClassList);
            Assert.Equal(input.Id, label.GetAttribute("for"));
        }

        Assert.Equal("By <post>", inputs[2].NextElementSibling!.TextContent);
        var itemHint = radios.QuerySelector("#Contact-2-item-hint")!;
        Assert.Equal(["govuk-hint", "govuk-radios__hint"], itemHint.ClassList);
        Assert.Equal("Contact-2-item-hint", inputs[1].GetAttribute("aria-describedby"));
        Assert.False(inputs[0].HasAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Radios_ConditionalReveal_IsHiddenUntilItsItemIsChecked()
    {
        var form = TagHelperHarness.CreateViewContext(new RadiosModel());

        var radios = (await TagHelperHarness.RenderElementAsync(Radios(form))).QuerySelector(".govuk-radios")!;

        var email = radios.QuerySelector("#Contact")!;
        Assert.Equal("conditional-Contact", email.GetAttribute("data-aria-controls"));
        var conditional = radios.QuerySelector("#conditional-Contact")!;
        Assert.Same(email.ParentElement!.NextElementSibling, conditional);
        Assert.Equal(["govuk-radios__conditional", "govuk-radios__conditional--hidden"], conditional.ClassList);
        Assert.NotNull(conditional.QuerySelector("input#ContactEmail"));
        Assert.False(radios.QuerySelector("#Contact-2")!.HasAttribute("data-aria-controls"));
        Assert.Single(radios.QuerySelectorAll(".govuk-radios__conditional"));
    }

    [Fact]
    public async Task Radios_CheckedFromTheModel_ShowsItsConditionalReveal()
    {
        var form = TagHelperHarness.CreateViewContext(new RadiosModel { Contact = ContactMethod.Email });

        var radios = (await TagHelperHarness.RenderElementAsync(Radios(form))).QuerySelector(".govuk-radios")!;

        Assert.Equal(["Contact"], Checked(radios));
        Assert.Equal(["govuk-radios__conditional"], radios.QuerySelector("#conditional-Contact")!.ClassList);
    }

    [Fact]
    public async Task Radios_PostedValue_WinsOverTheModelAndShowsTheError()
    {
        var form = TagHelperHarness.CreateViewContext(new RadiosModel { Contact = ContactMethod.Email });
        form.ModelState.Posted("Contact", "Post", "Select how we should contact you");

        var group = await TagHelperHarness.RenderElementAsync(Radios(form, hint: "Choose one"));

        Assert.Equal(["govuk-form-group", "govuk-form-group--error"], group.ClassList);
        var fieldset = group.QuerySelector("fieldset")!;
        Assert.Equal("Contact-hint Contact-error", fieldset.GetAttribute("aria-describedby"));
        Assert.Equal(["legend", "div", "p", "div"], fieldset.Children.Select(c => c.LocalName));
        var error = fieldset.QuerySelector("p#Contact-error.govuk-error-message")!;
        Assert.Equal("Error: Select how we should contact you", error.TextContent);
        Assert.Equal("Error:", error.QuerySelector(".govuk-visually-hidden")!.TextContent);
        var radios = fieldset.QuerySelector(".govuk-radios")!;
        Assert.Equal(["Contact-3"], Checked(radios));
        Assert.Contains("govuk-radios__conditional--hidden", radios.QuerySelector("#conditional-Contact")!.ClassList);
    }

    [Fact]
    public async Task Radios_PostedValueContainingAComma_IsStillChecked()
    {
        var form = TagHelperHarness.CreateViewContext(new RadiosModel());
        form.ModelState.Posted("Answer", "Yes, with help");
        var node = new Node("govuk-radios", new RadiosTagHelper { For = form.For(m => m.Answer), ViewContext = form.ViewContext, Inline = true }).Containing(
            new Node("govuk-radios-item", new ChoiceItemTagHelper { Value = "Yes, with help", Label = "Yes, with help" }),
            new Node("govuk-radios-item", new ChoiceItemTagHelper { Value = "No", Label = "No" }));

        var radios = (await TagHelperHarness.RenderElementAsync(node)).QuerySelector(".govuk-radios")!;

        Assert.Equal(["govuk-radios", "govuk-radios--inline"], radios.ClassList);
        Assert.Equal(["Answer"], Checked(radios));
    }

    [Fact]
    public async Task Radios_AsPageHeading_PutTheLegendInH1()
    {
        var form = TagHelperHarness.CreateViewContext(new RadiosModel());
        var node = new Node("govuk-radios", new RadiosTagHelper { For = form.For(m => m.Answer), ViewContext = form.ViewContext, IsPageHeading = true, Legend = "Do you agree?" })
            .Containing(new Node("govuk-radios-item", new ChoiceItemTagHelper { Value = "Yes", Label = "Yes" }));

        var fieldset = (await TagHelperHarness.RenderElementAsync(node)).QuerySelector("fieldset")!;

        var legend = fieldset.QuerySelector("legend")!;
        Assert.Equal(["govuk-fieldset__legend", "govuk-fieldset__legend--l"], legend.ClassList);
        Assert.Equal("Do you agree?", legend.QuerySelector("h1.govuk-fieldset__heading")!.TextContent);
        Assert.False(fieldset.HasAttribute("aria-describedby"));
    }

    private static IEnumerable<string> Checked(IElement radios) =>
        radios.QuerySelectorAll("input").Where(i => i.HasAttribute("checked")).Select(i => i.Id!);

    public enum ContactMethod
    {
        Email,
        Phone,
        Post,
    }

    public sealed class RadiosModel
    {
        [Display(Name = "How should we contact you?")]
        public ContactMethod? Contact { get; set; }

        public string? Answer { get; set; }
    }
}
