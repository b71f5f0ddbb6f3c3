using System.Reflection;
using FamilyFirst.Web.Data;

namespace FamilyFirst.Web.Tests.Architecture;

/// <summary>
/// The layout shows the architecture: <c>Data/</c> (the DbContext and what it persists) never depends on
/// <c>Pages/</c>, so pages use the data layer and not the other way round.
/// </summary>
public class LayoutTests
{
    private const string DataNamespace = "FamilyFirst.Web.Data";
    private const string PagesNamespace = "FamilyFirst.Web.Pages";

    [Fact]
    public void NoDataType_ReferencesAPagesType()
    {
        var references = typeof(AppDbContext).Assembly.GetTypes()
            .Where(t => InNamespace(t, DataNamespace))
            .SelectMany(t => ReferencedTypes(t).Where(r => InNamespace(r, PagesNamespace)).Select(r => $"{t.FullName} uses {r.FullName}"))
            .Distinct()
            .ToList();

        Assert.True(references.Count == 0, "Data depends on Pages: " + string.Join("; ", references));
    }

    [Fact]
    public void NoDataSourceFile_UsesAPagesNamespace()
    {
        // Method bodies are not visible to reflection; their using lines and qualified names are.
        var files = Directory.EnumerateFiles(RepositoryFiles.PathOf("src", "FamilyFirst.Web", "Data"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "Migrations" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        var offending = files
            .Where(f => File.ReadLines(f).Any(line => line.Contains(PagesNamespace, StringComparison.Ordinal)))
            .Select(Path.GetFileName)
            .ToList();

        Assert.NotEmpty(files);
        Assert.True(offending.Count == 0, "Files in Data/ that name the Pages namespace: " + string.Join(", ", offending));
    }

    [Fact]
    public void TheCheck_FindsAPagesTypeInASignature()
    {
        // The test above could fail: a Pages type in a property's generic argument is found.
        var found = ReferencedTypes(typeof(Holder)).Any(r => InNamespace(r, PagesNamespace));

        Assert.True(found);
    }

    private static bool InNamespace(Type type, string ns) =>
        type.Namespace is { } n && (n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal));

    /// <summary>Every type a type's signatures name: base, interfaces, fields, properties, methods, constructors, with generic arguments.</summary>
    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var direct = new List<Type?> { type.BaseType };
        direct.AddRange(type.GetInterfaces());
        direct.AddRange(type.GetFields(all).Select(f => f.FieldType));
        direct.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(all))
        {
            direct.Add(method.ReturnType);
            direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
        }

        direct.AddRange(type.GetConstructors(all).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType));
        return direct.OfType<Type>().SelectMany(Expand).Distinct();
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType && type.GetElementType() is { } element)
        {
            return Expand(element);
        }

        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Expand).Append(type) : [type];
    }

    private sealed class Holder
    {
        public List<FamilyFirst.Web.Pages.Families.FamilyPageModel> Pages { get; } = [];
    }
}
