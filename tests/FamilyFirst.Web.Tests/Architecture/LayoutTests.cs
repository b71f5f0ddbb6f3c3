using System.Reflection;
using FamilyFirst.Web.Data;

namespace FamilyFirst.Web.Tests.Architecture;

/// <summary>
/// The layout shows the architecture: <c>Data/</c> (the DbContext and what it persists) never depends on
/// <c>Pages/</c>, so pages use the data layer and not the other way round; every persisted entity lives in the
/// Domain or <c>Data/</c>; <c>Infrastructure/</c> holds only
/// the cross-cutting parts (a feature's services sit in a folder named for the feature); and every
/// namespace mirrors its folder.
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

    /// <summary>
    /// The cross-cutting parts every feature uses, and nothing else. A new folder here is a decision: a
    /// feature's services go in a folder named for the feature at the web project's root (<c>Imports/</c>,
    /// <c>Impact/</c>, <c>Outcomes/</c>), its entities in <c>Data/</c> or the Domain.
    /// </summary>
    private static readonly string[] CrossCuttingFolders =
    [
        "Access", // FamilyAccess: the need-to-know rule and the audited view
        "Audit",
        "Auth", // staff and API sign-in, roles, folder conventions
        "CommandLine",
        "Configuration",
        "Demo",
        "Downloads", // CSV and Excel from the same rows: the impact report and the reach of training
        "FamilyView", // the family member's sign-in scheme
        "GovUk",
        "Jobs",
        "Notifications",
        "Security",
        "Startup",
    ];

    private static readonly string[] CrossCuttingFiles = ["CouncilClock.cs", "CouncilTime.cs", "FamilyFirstLinks.cs", "Flash.cs"];

    [Fact]
    public void Infrastructure_HoldsOnlyTheCrossCuttingParts()
    {
        var root = RepositoryFiles.PathOf("src", "FamilyFirst.Web", "Infrastructure");
        var folders = Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>();
        var files = Directory.EnumerateFiles(root).Select(Path.GetFileName).OfType<string>();

        var unexpected = folders.Except(CrossCuttingFolders).Select(f => f + "/").Concat(files.Except(CrossCuttingFiles)).ToList();

        Assert.True(
            unexpected.Count == 0,
            "Infrastructure/ holds only cross-cutting parts; move these beside their feature (see docs/conventions.md): " + string.Join(", ", unexpected));
    }

    [Fact]
    public void EveryPersistedEntity_LivesInTheDomainOrData()
    {
        // The model is built without a connection: the design-time factory's options are enough.
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        var misplaced = db.Model.GetEntityTypes()
            .Where(e => !e.HasSharedClrType)
            .Select(e => e.ClrType)
            .Where(t => t.Assembly == typeof(AppDbContext).Assembly || t.Assembly == typeof(Domain.Families.FamilyCase).Assembly)
            .Where(t => !InNamespace(t, DataNamespace) && !InNamespace(t, "FamilyFirst.Domain"))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(misplaced.Count == 0, "Entities live in the Domain or Data/, nowhere else: " + string.Join(", ", misplaced));
    }

    [Fact]
    public void EveryNamespace_MirrorsItsFolder()
    {
        var project = RepositoryFiles.PathOf("src", "FamilyFirst.Web");
        var skipped = new[] { "bin", "obj", "node_modules", Path.Combine("Data", "Migrations") };
        var offending = new List<string>();
        foreach (var file in Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(project, file);
            if (skipped.Any(s => relative.StartsWith(s + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                continue;
            }

            var declared = File.ReadLines(file).FirstOrDefault(l => l.StartsWith("namespace ", StringComparison.Ordinal));
            if (declared is null)
            {
                continue; // Program.cs and GlobalUsings.cs: top-level statements and usings only.
            }

            var folder = Path.GetDirectoryName(relative) ?? string.Empty;
            var expected = "FamilyFirst.Web" + (folder.Length == 0 ? string.Empty : "." + folder.Replace(Path.DirectorySeparatorChar, '.'));
            if (declared.TrimEnd(';', ' ', '{')["namespace ".Length..] != expected)
            {
                offending.Add($"{relative} ({declared})");
            }
        }

        Assert.True(offending.Count == 0, "Namespaces that do not mirror their folder: " + string.Join("; ", offending));
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
