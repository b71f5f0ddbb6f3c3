using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>
/// A feature folder's page conventions: one <c>Conventions.cs</c> in each folder under <c>Pages/</c> applies the
/// folder's authorisation once, so its pages carry no attribute unless a page genuinely differs from its folder.
/// </summary>
public interface IConfigureFolderConventions
{
    void Configure(PageConventionCollection conventions);
}

public static class FolderConventions
{
    private const string PagesNamespace = "FamilyFirst.Web.Pages";

    /// <summary>Applies every folder's <see cref="IConfigureFolderConventions"/> in the web assembly.</summary>
    public static RazorPagesOptions AddFolderConventions(this RazorPagesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var type in All())
        {
            ((IConfigureFolderConventions)Activator.CreateInstance(type)!).Configure(options.Conventions);
        }

        return options;
    }

    /// <summary>Every folder conventions type, in namespace order (so a folder comes before its subfolders).</summary>
    public static IReadOnlyList<Type> All() =>
        typeof(FolderConventions).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IConfigureFolderConventions).IsAssignableFrom(t))
            .OrderBy(t => t.Namespace, StringComparer.Ordinal)
            .ToList();

    /// <summary>The Razor Pages folder a conventions class stands for, from its namespace: <c>...Pages.Account.ApiTokens</c> is <c>/Account/ApiTokens</c>.</summary>
    public static string FolderPath(this IConfigureFolderConventions conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        var ns = conventions.GetType().Namespace ?? string.Empty;
        if (!ns.StartsWith(PagesNamespace + ".", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{conventions.GetType().FullName} must be in a folder under Pages.");
        }

        return "/" + ns[(PagesNamespace.Length + 1)..].Replace('.', '/');
    }

    /// <summary>Every page in the folder (and its subfolders) needs the policy.</summary>
    public static void AuthorizeFolderWith(this PageConventionCollection conventions, string folderPath, string policy)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AddFolderApplicationModelConvention(folderPath, model => model.EndpointMetadata.Add(new AuthorizeAttribute(policy)));
    }

    /// <summary>One page needs the policy (for a folder whose pages differ, such as a report beside a family page).</summary>
    public static void AuthorizePageWith(this PageConventionCollection conventions, string pagePath, string policy)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AddPageApplicationModelConvention(pagePath, model => model.EndpointMetadata.Add(new AuthorizeAttribute(policy)));
    }

    /// <summary>Every page in the folder is public.</summary>
    public static void AllowAnonymousToFolderPages(this PageConventionCollection conventions, string folderPath)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AddFolderApplicationModelConvention(folderPath, model => model.EndpointMetadata.Add(new AllowAnonymousAttribute()));
    }

    /// <summary>One page is public (in a folder that is not all public).</summary>
    public static void AllowAnonymousToOnePage(this PageConventionCollection conventions, string pagePath)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AddPageApplicationModelConvention(pagePath, model => model.EndpointMetadata.Add(new AllowAnonymousAttribute()));
    }
}
