using System.ComponentModel.DataAnnotations;
using System.Globalization;
using AngleSharp.Dom;
using FamilyFirst.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace FamilyFirst.Web.Tests.Components;

public class DateInputTests
{
    [Fact]
    public async Task DateInput_ShowsTheModelsDateInThreeInputs()
    {
        var form = TagHelperHarness.CreateViewContext(new DateModel { DateOfBirth = new DateOnly(2019, 3, 7) });
        var helper = new DateInputTagHelper { For = form.For(m => m.DateOfBirth), ViewContext = form.ViewContext, Hint = "For example, 27 3 2019", AutocompletePrefix = "bday" };

        var group = await TagHelperHarness.RenderElementAsync(new Node("govuk-date-input", helper));

        Assert.Equal(["govuk-form-group"], group.ClassList);
        var fieldset = group.QuerySelector("fieldset")!;
        Assert.Equal(["govuk-fieldset"], fieldset.ClassList);
        Assert.Equal("group", fieldset.GetAttribute("role"));
        Assert.Equal("DateOfBirth-hint", fieldset.GetAttribute("aria-describedby"));
        Assert.Equal("Date of birth", fieldset.QuerySelector("legend.govuk-fieldset__legend")!.TextContent);
        Assert.Equal("For example, 27 3 2019", fieldset.QuerySelector("#DateOfBirth-hint.govuk-hint")!.TextContent);
        var dateInput = fieldset.QuerySelector("div.govuk-date-input")!;
        var items = dateInput.Children.ToList();
        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.Equal(["govuk-date-input__item"], i.ClassList));

        var inputs = dateInput.QuerySelectorAll("input").ToList();
        Assert.Equal(["DateOfBirth.Day", "DateOfBirth.Month", "DateOfBirth.Year"], inputs.Select(i => i.GetAttribute("name")));
        Assert.Equal(["DateOfBirth", "DateOfBirth-month", "DateOfBirth-year"], inputs.Select(i => i.Id));
        Assert.Equal(["7", "3", "2019"], inputs.Select(i => i.GetAttribute("value")));
        Assert.Equal(["bday-day", "bday-month", "bday-year"], inputs.Select(i => i.GetAttribute("autocomplete")));
        Assert.Equal(["govuk-input", "govuk-date-input__input", "govuk-input--width-2"], inputs[0].ClassList);
        Assert.Equal(["govuk-input", "govuk-date-input__input", "govuk-input--width-2"], inputs[1].ClassList);
        Assert.Equal(["govuk-input", "govuk-date-input__input", "govuk-input--width-4"], inputs[2].ClassList);
        Assert.All(inputs, i => Assert.Equal("text", i.GetAttribute("type")));
        Assert.All(inputs, i => Assert.Equal("numeric", i.GetAttribute("inputmode")));
        var labels = dateInput.QuerySelectorAll("label").ToList();
        Assert.Equal(["Day", "Month", "Year"], labels.Select(l => l.TextContent));
        Assert.All(labels, l => Assert.Equal(["govuk-label", "govuk-date-input__label"], l.ClassList));
        Assert.Equal(inputs.Select(i => i.Id), labels.Select(l => l.GetAttribute("for")));
        Assert.Null(group.QuerySelector(".govuk-error-message"));
    }

    [Fact]
    public async Task DateInput_MissingMonth_HighlightsOnlyTheMonth()
    {
        var form = await PostedAsync("12", "", "2000");

        var group = await Render(form);

        Assert.Equal(["govuk-form-group", "govuk-form-group--error"], group.ClassList);
        var error = group.QuerySelector("p#DateOfBirth-error.govuk-error-message")!;
        Assert.Equal("Error: Date of birth must include a month", error.TextContent);
        Assert.Equal("Error:", error.QuerySelector(".govuk-visually-hidden")!.TextContent);
        Assert.Equal("DateOfBirth-error", group.QuerySelector("fieldset")!.GetAttribute("aria-describedby"));
        Assert.Equal([false, true, false], Inputs(group).Select(i => i.ClassList.Contains("govuk-input--error")));
        Assert.Equal(["12", "", "2000"], Inputs(group).Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task DateInput_NotARealDate_HighlightsAllThreeAndRedisplaysTheParts()
    {
        var form = await PostedAsync("31", "2", "2024");

        var group = await Render(form);

        Assert.Equal("Error: Date of birth must be a real date", group.QuerySelector(".govuk-error-message")!.TextContent);
        Assert.All(Inputs(group), i => Assert.Contains("govuk-input--error", i.ClassList));
        Assert.Equal(["31", "2", "2024"], Inputs(group).Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task DateInput_RedisplaysTypedTextAsText()
    {
        var form = await PostedAsync("<script>", "1", "2020");

        var html = await TagHelperHarness.RenderHtmlAsync(new Node("govuk-date-input", new DateInputTagHelper { For = form.For(m => m.DateOfBirth), ViewContext = form.ViewContext }));
        var group = Assert.Single(TagHelperHarness.Parse(html).Children);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal("<script>", Inputs(group)[0].GetAttribute("value"));
        Assert.Equal("Error: Date of birth must be a real date", group.QuerySelector(".govuk-error-message")!.TextContent);
    }

    [Fact]
    public async Task DateInput_RequiredErrorWithNothingTyped_HighlightsAllThree()
    {
        var form = await PostedAsync("", "", "");
        form.ModelState.AddModelError("DateOfBirth", "Enter your date of birth");

        var group = await Render(form);

        Assert.All(Inputs(group), i => Assert.Contains("govuk-input--error", i.ClassList));
        Assert.Equal("Error: Enter your date of birth", group.QuerySelector(".govuk-error-message")!.TextContent);
    }

    private static Task<IElement> Render(FormHarness<DateModel> form) =>
        TagHelperHarness.RenderElementAsync(new Node("govuk-date-input", new DateInputTagHelper { For = form.For(m => m.DateOfBirth), ViewContext = form.ViewContext }));

    private static List<IElement> Inputs(IElement group) => group.QuerySelectorAll(".govuk-date-input input").ToList();

    /// <summary>Binds the parts with <see cref="DateOnlyModelBinder"/>, as a post would, into the form's ModelState.</summary>
    private static async Task<FormHarness<DateModel>> PostedAsync(string day, string month, string year)
    {
        var form = TagHelperHarness.CreateViewContext(new DateModel());
        await DateOnlyModelBinderTests.BindAsync(form.ModelState, ("DateOfBirth.Day", day), ("DateOfBirth.Month", month), ("DateOfBirth.Year", year));
        return form;
    }

    public sealed class DateModel
    {
        [Display(Name = "Date of birth")]
        public DateOnly? DateOfBirth { get; set; }
    }
}

public class DateOnlyModelBinderTests
{
    [Fact]
    public async Task ValidDate_Binds()
    {
        var (result, modelState) = await BindAsync(("DateOfBirth.Day", "7"), ("DateOfBirth.Month", "03"), ("DateOfBirth.Year", "2019"));

        Assert.True(result.IsModelSet);
        Assert.Equal(new DateOnly(2019, 3, 7), result.Model);
        Assert.Equal(0, modelState.ErrorCount);
    }

    [Fact]
    public async Task ValidDate_WithSpacesAroundTheParts_Binds()
    {
        var (result, _) = await BindAsync(("DateOfBirth.Day", " 29 "), ("DateOfBirth.Month", " 2"), ("DateOfBirth.Year", "2024 "));

        Assert.Equal(new DateOnly(2024, 2, 29), result.Model);
    }

    [Fact]
    public async Task AllEmpty_BindsNothingWithoutAnError()
    {
        var (result, modelState) = await BindAsync(("DateOfBirth.Day", ""), ("DateOfBirth.Month", " "), ("DateOfBirth.Year", ""));

        Assert.False(result.IsModelSet);
        Assert.Equal(0, modelState.ErrorCount);
    }

    [Fact]
    public async Task AllEmpty_LeavesNothingUnvalidated_SoAnOptionalDateDoesNotMakeTheFormInvalid()
    {
        var (_, modelState) = await BindAsync(("DateOfBirth.Day", ""), ("DateOfBirth.Month", ""), ("DateOfBirth.Year", ""));

        Assert.DoesNotContain(modelState, e => e.Value!.ValidationState == ModelValidationState.Unvalidated);
        Assert.True(modelState.IsValid);
        Assert.Equal(string.Empty, modelState["DateOfBirth.Day"]!.AttemptedValue);
    }

    [Fact]
    public async Task IsoValue_Binds()
    {
        var (result, modelState) = await BindAsync(("DateOfBirth", "2019-03-07"));

        Assert.Equal(new DateOnly(2019, 3, 7), result.Model);
        Assert.Equal(0, modelState.ErrorCount);
    }

    [Theory]
    [InlineData("12", "", "2000", "Date of birth must include a month")]
    [InlineData("", "6", "2000", "Date of birth must include a day")]
    [InlineData("12", "6", "", "Date of birth must include a year")]
    [InlineData("", "6", "", "Date of birth must include a day and year")]
    [InlineData("", "", "2000", "Date of birth must include a day and month")]
    [InlineData("31", "2", "2024", "Date of birth must be a real date")]
    [InlineData("29", "2", "2023", "Date of birth must be a real date")]
    [InlineData("1", "13", "2024", "Date of birth must be a real date")]
    [InlineData("0", "1", "2024", "Date of birth must be a real date")]
    [InlineData("ab", "cd", "2024", "Date of birth must be a real date")]
    [InlineData("1", "1", "20x4", "Date of birth must be a real date")]
    [InlineData("-1", "1", "2024", "Date of birth must be a real date")]
    [InlineData("1", "1", "24", "Year must include 4 numbers")]
    [InlineData("1", "1", "20245", "Year must include 4 numbers")]
    public async Task InvalidParts_GiveTheDesignSystemsMessage(string day, string month, string year, string message)
    {
        var (result, modelState) = await BindAsync(("DateOfBirth.Day", day), ("DateOfBirth.Month", month), ("DateOfBirth.Year", year));

        Assert.False(result.IsModelSet);
        var entry = modelState["DateOfBirth"]!;
        Assert.Equal(message, Assert.Single(entry.Errors).ErrorMessage);
        Assert.Equal(day, modelState["DateOfBirth.Day"]!.AttemptedValue);
        Assert.Equal(month, modelState["DateOfBirth.Month"]!.AttemptedValue);
        Assert.Equal(year, modelState["DateOfBirth.Year"]!.AttemptedValue);
    }

    [Fact]
    public async Task WithoutADisplayName_UsesThePropertyName()
    {
        var (_, modelState) = await BindAsync(nameof(BinderModel.ReviewDate), ("ReviewDate.Day", "1"), ("ReviewDate.Month", ""), ("ReviewDate.Year", "2026"));

        Assert.Equal("ReviewDate must include a month", Assert.Single(modelState["ReviewDate"]!.Errors).ErrorMessage);
    }

    [Fact]
    public void Provider_GivesTheBinderForDateOnlyAndNullableDateOnlyOnly()
    {
        var provider = new DateOnlyModelBinderProvider();

        Assert.IsType<DateOnlyModelBinder>(provider.GetBinder(new ProviderContext(typeof(DateOnly))));
        Assert.IsType<DateOnlyModelBinder>(provider.GetBinder(new ProviderContext(typeof(DateOnly?))));
        Assert.Null(provider.GetBinder(new ProviderContext(typeof(DateTime))));
    }

    internal static Task<(ModelBindingResult Result, ModelStateDictionary ModelState)> BindAsync(params (string Key, string Value)[] values) =>
        BindAsync(nameof(BinderModel.DateOfBirth), values);

    internal static async Task BindAsync(ModelStateDictionary modelState, params (string Key, string Value)[] values) =>
        await BindAsync(modelState, nameof(BinderModel.DateOfBirth), values);

    private static async Task<(ModelBindingResult Result, ModelStateDictionary ModelState)> BindAsync(string property, params (string Key, string Value)[] values)
    {
        var modelState = new ModelStateDictionary();
        var result = await BindAsync(modelState, property, values);
        return (result, modelState);
    }

    private static async Task<ModelBindingResult> BindAsync(ModelStateDictionary modelState, string property, (string Key, string Value)[] values)
    {
        var form = new FormCollection(values.ToDictionary(v => v.Key, v => new StringValues(v.Value)));
        var valueProvider = new FormValueProvider(BindingSource.Form, form, CultureInfo.InvariantCulture);
        var actionContext = new ActionContext(new DefaultHttpContext(), new RouteData(), new ActionDescriptor(), modelState);
        var metadata = TagHelperHarness.MetadataProvider.GetMetadataForProperty(typeof(BinderModel), property);
        var context = DefaultModelBindingContext.CreateBindingContext(actionContext, valueProvider, metadata, bindingInfo: null, modelName: property);

        await new DateOnlyModelBinder().BindModelAsync(context);
        return context.Result;
    }

    public sealed class BinderModel
    {
        [Display(Name = "Date of birth")]
        public DateOnly? DateOfBirth { get; set; }

        public DateOnly ReviewDate { get; set; }
    }

    private sealed class ProviderContext(Type modelType) : ModelBinderProviderContext
    {
        public override BindingInfo BindingInfo { get; } = new();

        public override ModelMetadata Metadata { get; } = TagHelperHarness.MetadataProvider.GetMetadataForType(modelType);

        public override IModelMetadataProvider MetadataProvider => TagHelperHarness.MetadataProvider;

        public override IModelBinder CreateBinder(ModelMetadata metadata) => throw new NotSupportedException();
    }
}
