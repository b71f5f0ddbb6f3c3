using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Data;

namespace FamilyFirst.Web.Tests.Imports;

/// <summary>
/// Families files that name families by the council's own programme list references (FF00098, TF/2013/0042, a case
/// system number) rather than the service's FAM- references: matched, or opened with a new FAM- reference.
/// </summary>
public class ExternalReferenceImportTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static string CouncilReference(string prefix = "TF/2013/") => prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static string Families(string familyRef, string attachedOn = "2013-09-01") => $"family_ref,attached_on\n{familyRef},{attachedOn}\n";

    private static string People(string familyRef, string suffix) =>
        "family_ref,person_ref,given_name,family_name,date_of_birth\n"
        + $"{familyRef},C-{suffix},Zoë,Ashby-{suffix},2004-01-15\n"
        + $"{familyRef},A-{suffix},Sam,Ashby-{suffix},1980-05-01\n";

    private Task<List<FamilyCase>> CasesWithProgrammeReferenceAsync(string reference) =>
        WithDbAsync(db =>
        {
            var key = ExternalReference.KeyOf(reference);
            return db.FamilyCases.AsNoTracking()
                .Where(f => f.ExternalReferences.Any(r => r.Source == ReferenceSource.ProgrammeList && r.Key == key))
                .ToListAsync();
        });

    [Fact]
    public async Task ANewCouncilReference_OpensACaseWithItsOwnFamReference_AndThePeopleFileFindsIt()
    {
        var reference = CouncilReference();
        var suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        var families = await factory.ImportAsync(ImportKind.Families, Families(reference));
        var people = await factory.ImportAsync(ImportKind.People, People(reference.ToLowerInvariant(), suffix));

        Assert.Equal((1, 0, 0, 0), (families.Added, families.Updated, families.Duplicates, families.Unmatched));
        Assert.Equal((2, 0), (people.Added, people.Unmatched));
        var familyCase = Assert.Single(await CasesWithProgrammeReferenceAsync(reference));
        Assert.True(FamilyCaseReference.IsWellFormed(familyCase.Reference));
        Assert.Equal(reference, familyCase.ReferenceIn(ReferenceSource.ProgrammeList)!.Value);
        Assert.Equal(new DateOnly(2013, 9, 1), familyCase.AttachedOn(Programme.FamilyFirst));
        Assert.Equal(2, familyCase.Members.Count);
    }

    [Fact]
    public async Task AnExistingFamily_IsMatchedByItsCouncilReference_AndUpdated()
    {
        var reference = CouncilReference("FF");
        await factory.ImportAsync(ImportKind.Families, Families(reference));

        var corrected = await factory.ImportAsync(ImportKind.Families, Families($" {reference.ToLowerInvariant()} ", "2013-10-01"));

        Assert.Equal((0, 1, 0, 0), (corrected.Added, corrected.Updated, corrected.Duplicates, corrected.Unmatched));
        var familyCase = Assert.Single(await CasesWithProgrammeReferenceAsync(reference));
        Assert.Equal(new DateOnly(2013, 10, 1), familyCase.AttachedOn(Programme.FamilyFirst));
    }

    [Fact]
    public async Task AReferenceUsedByTwoSources_NamesDifferentFamilies_AndTheFamiliesFileMatchesOnlyTheProgrammeList()
    {
        var reference = CouncilReference("9");
        var socialCareFamilyId = await WithDbAsync(async db =>
        {
            var familyCase = FamilyCase.Open(FamilyCaseReference.Generate(Random.Shared), "Ashby family", "Referred by children's social care", Guid.Empty, DateTimeOffset.UtcNow).Value!;
            Assert.True(familyCase.RecordExternalReference(ReferenceSource.ChildrensSocialCare, reference, DateTimeOffset.UtcNow).Succeeded);
            db.FamilyCases.Add(familyCase);
            await db.SaveChangesAsync();
            return familyCase.Id;
        });

        var first = await factory.ImportAsync(ImportKind.Families, Families(reference));
        var again = await factory.ImportAsync(ImportKind.Families, Families(reference));

        Assert.Equal((1, 0, 0), (first.Added, first.Updated, first.Duplicates));
        Assert.Equal((0, 0, 1), (again.Added, again.Updated, again.Duplicates));
        var programmeFamily = Assert.Single(await CasesWithProgrammeReferenceAsync(reference));
        Assert.NotEqual(socialCareFamilyId, programmeFamily.Id);
        var socialCareFamily = await WithDbAsync(db => db.FamilyCases.AsNoTracking().SingleAsync(f => f.Id == socialCareFamilyId));
        Assert.Null(socialCareFamily.AttachedOn(Programme.FamilyFirst));
        Assert.Equal([ReferenceSource.ChildrensSocialCare], socialCareFamily.ExternalReferences.Select(r => r.Source));
    }

    [Fact]
    public async Task ReImportingTheSameFiles_ChangesNothing()
    {
        var reference = CouncilReference();
        var suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await factory.ImportAsync(ImportKind.Families, Families(reference));
        await factory.ImportAsync(ImportKind.People, People(reference, suffix));
        var before = await CasesWithProgrammeReferenceAsync(reference);

        var familiesAgain = await factory.ImportAsync(ImportKind.Families, Families(reference));
        var peopleAgain = await factory.ImportAsync(ImportKind.People, People(reference, suffix));

        Assert.Equal((0, 0, 1, 0), (familiesAgain.Added, familiesAgain.Updated, familiesAgain.Duplicates, familiesAgain.Unmatched));
        Assert.Equal((0, 0, 2, 0), (peopleAgain.Added, peopleAgain.Updated, peopleAgain.Duplicates, peopleAgain.Unmatched));
        var after = Assert.Single(await CasesWithProgrammeReferenceAsync(reference));
        Assert.Equal(Assert.Single(before).Reference, after.Reference);
        Assert.Equal(2, after.Members.Count);
    }

    [Fact]
    public async Task APreviewOfNewCouncilReferences_CountsThemAsAdded_AndSavesNothing()
    {
        var one = CouncilReference();
        var two = CouncilReference();

        var preview = await factory.ImportAsync(ImportKind.Families, $"family_ref,attached_on\n{one},2013-09-01\n{two},2013-09-01\n", dryRun: true);

        Assert.Equal(2, preview.Added);
        Assert.Empty(await CasesWithProgrammeReferenceAsync(one));
    }

    [Fact]
    public async Task AFamReference_StillWorksInFiles()
    {
        var family = await factory.ImportFamilyAsync();

        var again = await factory.ImportAsync(ImportKind.Families, family.FamiliesCsv());

        Assert.Equal((0, 0, 1), (again.Added, again.Updated, again.Duplicates));
        var familyCase = await WithDbAsync(db => db.FamilyCases.AsNoTracking().SingleAsync(f => f.Reference == family.FamilyRef));
        Assert.Empty(familyCase.ExternalReferences);
    }
}
