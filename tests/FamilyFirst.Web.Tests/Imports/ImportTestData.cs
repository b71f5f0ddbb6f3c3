using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Infrastructure.CommandLine;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;

namespace FamilyFirst.Web.Tests.Imports;

/// <summary>A family of the test's own (unique references, so tests sharing a database do not meet), imported the way a council would.</summary>
public sealed record TestFamily(string FamilyRef, string ChildRef, string AdultRef)
{
    public static TestFamily New()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        return new(FamilyCaseReference.Generate(Random.Shared), "C-" + suffix, "A-" + suffix);
    }

    public string FamiliesCsv(string attachedOn = "2013-09-01") => $"family_ref,attached_on\n{FamilyRef},{attachedOn}\n";

    public string PeopleCsv() =>
        "family_ref,person_ref,given_name,family_name,date_of_birth,upn\n"
        + $"{FamilyRef},{ChildRef},Zoë,O'Brien-{ChildRef},2000-01-15,\n"
        + $"{FamilyRef},{AdultRef},Sam,O'Brien-{ChildRef},1980-05-01,\n";
}

public static class ImportTestData
{
    public static async Task<ImportOutcome> ImportAsync(this FamilyFirstFactory factory, ImportKind kind, string csv, bool validRowsOnly = false, bool dryRun = false, IProgress<int>? progress = null, string fileName = "test.csv")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<PartnerDataImporter>();
        using var file = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        return await importer.ImportAsync(new ImportRequest(kind, fileName, ImportSource.CommandLine, validRowsOnly, dryRun), file, Actor.CommandLine, progress);
    }

    /// <summary>Imports the family and its two people, checking both applied.</summary>
    public static async Task<TestFamily> ImportFamilyAsync(this FamilyFirstFactory factory, string attachedOn = "2013-09-01")
    {
        var family = TestFamily.New();
        var families = await factory.ImportAsync(ImportKind.Families, family.FamiliesCsv(attachedOn));
        Assert.Equal(1, families.Added);
        var people = await factory.ImportAsync(ImportKind.People, family.PeopleCsv());
        Assert.Equal(2, people.Added);
        return family;
    }

    public static async Task<(int Exit, string Output, string Error)> RunVerbAsync(this FamilyFirstFactory factory, params string[] args)
    {
        var verb = Verbs.Find(args)!;
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await verb.RunAsync(factory.Services, args[verb.Name.Split(' ').Length..], new StringReader(""), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public static string WriteTempFile(string content, string extension = ".csv")
    {
        var path = Path.Combine(Path.GetTempPath(), "familyfirst-import-test-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllText(path, content);
        return path;
    }
}
