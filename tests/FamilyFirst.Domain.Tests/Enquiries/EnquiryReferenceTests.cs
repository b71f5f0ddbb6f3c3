using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Domain.Tests.Enquiries;

public class EnquiryReferenceTests
{
    [Fact]
    public void Generate_HasTheShapeEnqXxxxXxxx_FromTheUnambiguousAlphabet()
    {
        var reference = EnquiryReference.Generate();

        Assert.Matches("^ENQ-[234679ACDEFGHJKMNPQRTUVWXYZ]{4}-[234679ACDEFGHJKMNPQRTUVWXYZ]{4}$", reference);
        Assert.True(EnquiryReference.IsWellFormed(reference));
    }

    [Fact]
    public void Alphabet_LeavesOutCharactersPeopleMisread()
    {
        Assert.DoesNotContain(EnquiryReference.Alphabet, c => "01OILSB58".Contains(c));
    }

    [Fact]
    public void Generate_ManyTimes_GivesNoRepeatsAndUsesEveryCharacterInEveryPosition()
    {
        var references = Enumerable.Range(0, 20_000).Select(_ => EnquiryReference.Generate()).ToList();

        Assert.Equal(references.Count, references.Distinct().Count());
        // Not sequential or predictable: every position takes every letter of the alphabet.
        foreach (var position in new[] { 4, 5, 6, 7, 9, 10, 11, 12 })
        {
            Assert.Equal(EnquiryReference.Alphabet.Length, references.Select(r => r[position]).Distinct().Count());
        }
    }

    [Theory]
    [InlineData("ENQ-7K4M-2Q9P", true)]
    [InlineData("enq-7k4m-2q9p", true)]
    [InlineData("ENQ-7K4M2Q9P", false)]
    [InlineData("ENQ-7K4M-2Q9O", false)]
    [InlineData("FAM-7K4M-2Q9P", false)]
    [InlineData("ENQ-7K4M-2Q9P-", false)]
    [InlineData("ENQ--7K4M2Q9P", false)]
    [InlineData(null, false)]
    public void IsWellFormed(string? text, bool expected)
    {
        Assert.Equal(expected, EnquiryReference.IsWellFormed(text));
    }
}
