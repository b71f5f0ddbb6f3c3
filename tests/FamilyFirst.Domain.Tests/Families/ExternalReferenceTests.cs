using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Tests.Families;

public class ExternalReferenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static FamilyCase NewCase() => FamilyCase.Open("FAM-7KQ2XH", "Ashby family", "Programme list", Guid.NewGuid(), Now).Value!;

    [Fact]
    public void AReference_IsKeptAsWritten_AndMatchedTrimmedInCapitals()
    {
        var family = NewCase();

        Assert.True(family.RecordExternalReference(ReferenceSource.ProgrammeList, " tf/2013/0042 ", Now).Succeeded);

        var reference = family.ReferenceIn(ReferenceSource.ProgrammeList)!;
        Assert.Equal("tf/2013/0042", reference.Value);
        Assert.Equal("TF/2013/0042", reference.Key);
    }

    [Fact]
    public void OnePerSource_ANewOneReplacesTheOld_AndTheSameTextInAnotherSourceIsAnotherReference()
    {
        var family = NewCase();
        family.RecordExternalReference(ReferenceSource.ProgrammeList, "FF00098", Now);
        family.RecordExternalReference(ReferenceSource.EarlyHelp, "FF00098", Now);

        Assert.True(family.RecordExternalReference(ReferenceSource.ProgrammeList, "FF00099", Now).Succeeded);

        Assert.Equal(2, family.ExternalReferences.Count);
        Assert.Equal("FF00099", family.ReferenceIn(ReferenceSource.ProgrammeList)!.Value);
        Assert.Equal("FF00098", family.ReferenceIn(ReferenceSource.EarlyHelp)!.Value);
    }

    [Theory]
    [InlineData(null, "Enter the reference")]
    [InlineData("   ", "Enter the reference")]
    [InlineData("123456789012345678901234567890123456789012345678901", "Reference must be 50 characters or less")]
    [InlineData("FF\t98", "Reference must not contain tabs or line breaks")]
    public void BadText_IsRefused(string? text, string message)
    {
        var result = NewCase().RecordExternalReference(ReferenceSource.ProgrammeList, text, Now);

        Assert.Equal(message, result.Error);
    }

    [Fact]
    public void TheSameReferenceAgain_IsRefused_AndRemovingOneThatIsNotHeldSaysSo()
    {
        var family = NewCase();
        family.RecordExternalReference(ReferenceSource.ChildrensSocialCare, "12345", Now);

        Assert.Equal("The family already has 12345 as its children's social care system reference", family.RecordExternalReference(ReferenceSource.ChildrensSocialCare, " 12345", Now).Error);
        Assert.Equal("The family has no early help system reference", family.RemoveExternalReference(ReferenceSource.EarlyHelp).Error);
        Assert.True(family.RemoveExternalReference(ReferenceSource.ChildrensSocialCare).Succeeded);
        Assert.Empty(family.ExternalReferences);
    }
}
