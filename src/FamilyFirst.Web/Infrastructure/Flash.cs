using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace FamilyFirst.Web.Infrastructure;

/// <summary>The confirmation shown once, in a success banner, on the page a person is redirected to after an action.</summary>
public static class Flash
{
    public const string Key = "flash-success";

    public static void Success(this ITempDataDictionary tempData, string message) => tempData[Key] = message;
}
