using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Imports;

/// <summary>Where a preview or apply of an upload past its expiry lands: the file is no longer kept, so it must be uploaded again.</summary>
public sealed class ExpiredModel(IOptions<UploadStoreOptions> options) : PageModel
{
    public string KeptFor { get; } = options.Value.LifetimeHours switch
    {
        1 => "1 hour",
        var hours when hours == Math.Floor(hours) => $"{hours:0} hours",
        var hours => $"{hours * 60:0} minutes",
    };

    public void OnGet()
    {
    }
}
