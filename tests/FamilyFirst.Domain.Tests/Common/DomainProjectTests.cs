using System.Xml.Linq;

namespace FamilyFirst.Domain.Tests.Common;

public class DomainProjectTests
{
    [Fact]
    public void DomainProject_HasNoPackageOrProjectReferences()
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot(), "src", "FamilyFirst.Domain", "FamilyFirst.Domain.csproj"));

        var references = project.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference" or "FrameworkReference")
            .Select(e => (string?)e.Attribute("Include"))
            .ToList();

        Assert.Empty(references);
    }

    [Fact]
    public void DomainAssembly_ReferencesOnlyTheBaseLibrary()
    {
        var referenced = typeof(FamilyFirst.Domain.Common.Result).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard" && n != "mscorlib")
            .ToList();

        Assert.Empty(referenced);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FamilyFirst.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("FamilyFirst.slnx not found above the test folder.");
    }
}
