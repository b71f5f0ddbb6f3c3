using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Tests.Families;

public class ContactOverrideRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly Guid Practitioner = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Manager = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid FamilyId = Guid.Parse("00000000-0000-0000-0000-0000000000f1");
    private static readonly Guid PersonId = Guid.Parse("00000000-0000-0000-0000-0000000000a1");

    private static ContactRestriction Restriction(DateOnly? endsOn = null) =>
        ContactRestriction.Record("Risk to the children", endsOn is null ? null : "Non-molestation order", endsOn, Today).Value!;

    private static Result<ContactOverrideRequest> Ask(ContactRestriction? restriction, bool waiting = false, string? reason = "Letter about the review", Guid? by = null) =>
        ContactOverrideRequest.Ask(FamilyId, PersonId, null, " Sam Rivers ", restriction, waiting, reason, by ?? Practitioner, Now, Today);

    [Fact]
    public void Asking_KeepsTheReasonAndWaitsForAManager()
    {
        var request = Ask(Restriction(), reason: " Letter about the review ").Value!;

        Assert.True(request.IsWaiting);
        Assert.Equal("Letter about the review", request.Reason);
        Assert.Equal("Sam Rivers", request.PersonName);
        Assert.Equal("Risk to the children", request.Restriction);
        Assert.Equal(PersonId, request.PersonId);
        Assert.Null(request.NetworkMemberId);
        Assert.Equal(Practitioner, request.RequestedBy);
    }

    [Fact]
    public void Asking_NeedsAReason_OfAtMost2000Characters()
    {
        Assert.Equal("Enter why you need to contact them", Ask(Restriction(), reason: "  ").Error);
        Assert.Equal("Why you need to contact them must be 2,000 characters or less", Ask(Restriction(), reason: new string('a', 2001)).Error);
        Assert.True(Ask(Restriction(), reason: new string('a', 2000)).Succeeded);
    }

    [Fact]
    public void Asking_IsRefused_WhenNothingStopsContact_OrARequestIsWaiting()
    {
        Assert.Equal("Sam Rivers may be contacted, so there is nothing to ask a manager for", Ask(null).Error);
        Assert.Equal("Sam Rivers may be contacted, so there is nothing to ask a manager for", Ask(Restriction().OverrideBy(true, Manager, "Agreed", Now).Value).Error);
        Assert.Equal("A request to allow contact with Sam Rivers is already waiting for a manager", Ask(Restriction(), waiting: true).Error);
    }

    [Fact]
    public void Asking_IsRefused_TheDayAfterTheOrderEnds_ButNotOnItsLastDay()
    {
        Assert.True(Ask(Restriction(Today)).Succeeded);
        var ended = ContactRestriction.Restore("Risk", "Order", Today.AddDays(-1), null);
        Assert.False(Ask(ended).Succeeded);
    }

    [Fact]
    public void Allowing_RecordsTheManagersOverrideWithTheirReason()
    {
        var restriction = Restriction();
        var request = Ask(restriction).Value!;

        var allowed = request.Allow(Manager, " Agreed at the strategy meeting ", Now.AddDays(1), reason =>
        {
            var overridden = restriction.OverrideBy(true, Manager, reason, Now.AddDays(1));
            restriction = overridden.Value ?? restriction;
            return overridden.Succeeded ? Result.Ok() : Result.Fail(overridden.Error!);
        });

        Assert.True(allowed.Succeeded);
        Assert.Equal(ContactOverrideRequestStatus.Allowed, request.Status);
        Assert.Equal("Agreed at the strategy meeting", request.Comments);
        Assert.Equal(Manager, request.DecidedBy);
        Assert.Equal("Agreed at the strategy meeting", restriction.Override!.Reason);
        Assert.False(restriction.StopsContactOn(Today));
    }

    [Fact]
    public void Allowing_NeedsTheManagersReason_AndKeepsWaitingWhenTheOverrideIsRefused()
    {
        var request = Ask(Restriction()).Value!;

        Assert.Equal("Enter why contact is allowed despite the restriction", request.Allow(Manager, " ", Now, _ => Result.Ok()).Error);
        Assert.Equal("A manager has already allowed contact with this person", request.Allow(Manager, "Agreed", Now, _ => Result.Fail("A manager has already allowed contact with this person")).Error);
        Assert.True(request.IsWaiting);
    }

    [Fact]
    public void Refusing_NeedsComments_AndLeavesTheRestrictionStanding()
    {
        var request = Ask(Restriction()).Value!;

        Assert.Equal("Enter your comments for the person who asked", request.Refuse(Manager, "", Now).Error);
        Assert.Equal("Comments must be 2,000 characters or less", request.Refuse(Manager, new string('a', 2001), Now).Error);
        Assert.True(request.Refuse(Manager, " Use the social worker instead ", Now).Succeeded);
        Assert.Equal(ContactOverrideRequestStatus.Refused, request.Status);
        Assert.Equal("Use the social worker instead", request.Comments);
    }

    [Fact]
    public void NobodyDecidesTheirOwnRequest_AndADecidedRequestIsNotDecidedAgain()
    {
        var own = Ask(Restriction(), by: Manager).Value!;
        var called = false;

        Assert.Equal("You asked for this, so a different manager must decide the request", own.Allow(Manager, "Agreed", Now, _ => { called = true; return Result.Ok(); }).Error);
        Assert.Equal("You asked for this, so a different manager must decide the request", own.Refuse(Manager, "No", Now).Error);
        Assert.False(called);
        Assert.True(own.IsWaiting);

        var request = Ask(Restriction()).Value!;
        Assert.True(request.Refuse(Manager, "No", Now).Succeeded);
        Assert.Equal("This request has already been decided", request.Allow(Manager, "Agreed", Now, _ => Result.Ok()).Error);
    }
}
