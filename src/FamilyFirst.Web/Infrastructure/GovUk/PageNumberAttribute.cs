using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>
/// Binds a paged list's page number from <c>?page=N</c>, the query value that <see cref="PaginationTagHelper"/>
/// writes. Every paged page declares its page number with this, and nothing else.
/// </summary>
/// <remarks>
/// Razor Pages keeps the page's own path in the route value <c>page</c>, and ordinary binding reads route
/// values before the query string: a property or parameter named <c>page</c> then fails to convert, stays on
/// the first page, and leaves an error in ModelState with no message to show (the title said "Error:").
/// This reads the query string alone, and a missing, malformed or non-positive number is page 1.
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PageNumberAttribute : ModelBinderAttribute
{
    public PageNumberAttribute()
        : this(PaginationTagHelper.QueryName)
    {
    }

    /// <summary>For a page with more than one paged list: the query value this list's page number is in.</summary>
    public PageNumberAttribute(string queryName)
        : base(typeof(PageNumberBinder))
    {
        Name = queryName;
    }

    private sealed class PageNumberBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var text = bindingContext.HttpContext.Request.Query[bindingContext.BinderModelName ?? PaginationTagHelper.QueryName].ToString();
            var number = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : 1;
            bindingContext.Result = ModelBindingResult.Success(number);
            return Task.CompletedTask;
        }
    }
}
