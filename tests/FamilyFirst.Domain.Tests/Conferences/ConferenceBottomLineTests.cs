using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Plans;
using static FamilyFirst.Domain.Tests.Conferences.TestConference;

namespace FamilyFirst.Domain.Tests.Conferences;

/// <summary>Bottom lines follow the family: every approved one applies to a conference unless left out with a reason.</summary>
public class ConferenceBottomLineTests
{
    private static readonly Guid Manager = Guid.Parse("00000000-0000-4000-8000-0000000000bb");
    private static readonly Guid Writer = Guid.Parse("00000000-0000-4000-8000-0000000000cc");

    private static BottomLine Approved(string text)
    {
        var line = BottomLine.Write(FamilyId, text, Writer, ReferredAt).Value!;
        Assert.True(line.Approve(Manager, ReferredAt).Succeeded);
        return line;
    }

    private static Result<FamilyGroupConference> Refer(IReadOnlyCollection<BottomLine> lines, IReadOnlyCollection<Guid> chosen, string? reason) =>
        FamilyGroupConference.Refer(FamilyId, Referrer, ValidConsent, ["Kai is missing school"], ["How will Kai get to school?"], lines, chosen, reason, ReferredAt);

    [Fact]
    public void Refer_WithEveryApprovedBottomLine_AppliesThemAll_AndIgnoresDraftsAndRetiredOnes()
    {
        var noContact = Approved("No contact with their dad");
        var school = Approved("Kai goes to school every day");
        var draft = BottomLine.Write(FamilyId, "Not yet approved", Writer, ReferredAt).Value!;

        var referred = Refer([noContact, school, draft], [noContact.Id, school.Id], null);

        Assert.True(referred.Succeeded, referred.Error);
        Assert.Equal([noContact.Id, school.Id], referred.Value!.BottomLineIds);
    }

    [Fact]
    public void Refer_LeavingABottomLineOut_WithoutAReason_IsRefused()
    {
        var noContact = Approved("No contact with their dad");
        var school = Approved("Kai goes to school every day");

        var referred = Refer([noContact, school], [school.Id], "  ");

        Assert.Equal("Enter why the bottom line ‘No contact with their dad’ does not apply to this conference, or select it", referred.Error);
    }

    [Fact]
    public void Refer_LeavingABottomLineOut_WithAReason_RecordsIt()
    {
        var noContact = Approved("No contact with their dad");
        var school = Approved("Kai goes to school every day");

        var referred = Refer([noContact, school], [school.Id], "Dad has moved abroad; the review conference will look at it");

        Assert.True(referred.Succeeded, referred.Error);
        Assert.Equal([school.Id], referred.Value!.BottomLineIds);
        Assert.Contains(referred.Value.History, h => h.Description == "Bottom line ‘No contact with their dad’ does not apply to this conference: Dad has moved abroad; the review conference will look at it");
    }

    [Fact]
    public void Refer_ChoosingABottomLineThatIsNotApproved_IsRefused()
    {
        var draft = BottomLine.Write(FamilyId, "Not yet approved", Writer, ReferredAt).Value!;

        Assert.Equal("Select bottom lines a manager has approved for this family", Refer([draft], [draft.Id], null).Error);
    }
}
