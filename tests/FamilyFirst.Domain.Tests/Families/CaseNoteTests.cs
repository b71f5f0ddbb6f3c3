using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Tests.Families;

public class CaseNoteTests
{
    private static readonly DateOnly Today = new(2025, 3, 10);
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly Guid Manager = Guid.NewGuid();

    private static CaseNote Write() =>
        CaseNote.Write(Guid.NewGuid(), CaseNoteType.Visit, new DateOnly(2025, 3, 7), "Home visit. Leo showed me his room.", Author, Today, Now).Value!;

    [Fact]
    public void Edit_AddsAVersionAndKeepsTheOriginal()
    {
        var note = Write();

        var result = note.Edit("Home visit. Leo showed me his new room.", Manager, Now.AddHours(2));

        Assert.True(result.Succeeded);
        Assert.Equal("Home visit. Leo showed me his new room.", note.Text);
        Assert.True(note.HasBeenEdited);
        Assert.Collection(
            note.Versions,
            original => Assert.Equal((1, "Home visit. Leo showed me his room.", Author, Now), (original.Number, original.Text, original.WrittenBy, original.WrittenAt)),
            edit => Assert.Equal((2, Manager, Now.AddHours(2)), (edit.Number, edit.WrittenBy, edit.WrittenAt)));
        Assert.Equal(Author, note.AuthorId);
    }

    [Fact]
    public void Edit_WithTheSameText_IsRefused()
    {
        var note = Write();

        var result = note.Edit(" Home visit. Leo showed me his room. ", Author, Now);

        Assert.Equal("The note has not been changed", result.Error);
        Assert.Single(note.Versions);
    }

    [Fact]
    public void Edit_WithEmptyText_IsRefused()
    {
        Assert.Equal("Enter the case note", Write().Edit("", Author, Now).Error);
    }

    [Fact]
    public void Write_ForAContactInTheFuture_IsRefused()
    {
        var result = CaseNote.Write(Guid.NewGuid(), CaseNoteType.PhoneCall, Today.AddDays(1), "Call", Author, Today, Now);

        Assert.Equal("Date of the contact must be today or in the past", result.Error);
    }

    [Fact]
    public void Write_TooLong_IsRefused()
    {
        var result = CaseNote.Write(Guid.NewGuid(), CaseNoteType.Other, Today, new string('a', CaseNote.MaximumLength + 1), Author, Today, Now);

        Assert.Equal("Case note must be 20,000 characters or less", result.Error);
    }
}
