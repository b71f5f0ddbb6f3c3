using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>
/// Binds a GOV.UK date input's three fields (<c>Name.Day</c>, <c>Name.Month</c>, <c>Name.Year</c>) to a
/// <see cref="DateOnly"/>, with the Design System's error messages. All three empty binds to null, so a
/// [Required] attribute gives the "Enter ..." message.
/// </summary>
public sealed class DateOnlyModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var name = bindingContext.ModelName;
        var day = Value(bindingContext, name + ".Day");
        var month = Value(bindingContext, name + ".Month");
        var year = Value(bindingContext, name + ".Year");

        var label = bindingContext.ModelMetadata.DisplayName ?? bindingContext.ModelMetadata.Name ?? "Date";
        if (day is null && month is null && year is null)
        {
            // Not a date input post: let a plain ISO value (from a link, an API or a hidden field) bind. Anything else
            // there (01/09/2015) is an error, never silently ignored.
            var single = bindingContext.ValueProvider.GetValue(name).FirstValue;
            if (string.IsNullOrWhiteSpace(single))
            {
                return Task.CompletedTask;
            }

            if (DateOnly.TryParseExact(single.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            {
                bindingContext.Result = ModelBindingResult.Success(iso);
            }
            else
            {
                bindingContext.ModelState.SetModelValue(name, new ValueProviderResult(single));
                Fail(bindingContext, $"{label} must be a real date");
            }

            return Task.CompletedTask;
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(day))
        {
            missing.Add("day");
        }

        if (string.IsNullOrWhiteSpace(month))
        {
            missing.Add("month");
        }

        if (string.IsNullOrWhiteSpace(year))
        {
            missing.Add("year");
        }

        if (missing.Count == 3)
        {
            // Nothing entered (a browser always sends the three empty parts): no entry for the date itself, so an
            // optional date leaves nothing unvalidated in ModelState (which would make it invalid with no error to
            // show), and a [Required] one still gets its "Enter ..." message when it is validated.
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(name, new ValueProviderResult(string.Join('-', year, month, day)));

        if (missing.Count > 0)
        {
            Fail(bindingContext, $"{label} must include a {string.Join(" and ", missing)}");
            return Task.CompletedTask;
        }

        if (year!.Trim().Length != 4)
        {
            Fail(bindingContext, "Year must include 4 numbers");
            return Task.CompletedTask;
        }

        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            Fail(bindingContext, $"{label} must be a real date");
            return Task.CompletedTask;
        }

        bindingContext.Result = ModelBindingResult.Success(new DateOnly(y, m, d));
        return Task.CompletedTask;
    }

    private static string? Value(ModelBindingContext context, string key)
    {
        var result = context.ValueProvider.GetValue(key);
        if (result == ValueProviderResult.None)
        {
            return null;
        }

        context.ModelState.SetModelValue(key, result);

        // The part is kept only so the page can show what was typed; the date itself is what gets validated.
        // Left unvalidated, the part would make ModelState invalid without any error to show.
        context.ModelState.MarkFieldSkipped(key);
        return result.FirstValue?.Trim();
    }

    private static void Fail(ModelBindingContext context, string message)
    {
        context.ModelState.TryAddModelError(context.ModelName, message);
        context.Result = ModelBindingResult.Failed();
    }
}

/// <summary>Uses <see cref="DateOnlyModelBinder"/> for every DateOnly and DateOnly? bound from a form.</summary>
public sealed class DateOnlyModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? new DateOnlyModelBinder() : null;
}
