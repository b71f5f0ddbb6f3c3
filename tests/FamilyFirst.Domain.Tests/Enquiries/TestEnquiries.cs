using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Domain.Tests.Enquiries;

/// <summary>Complete answers for each kind of enquiry, for tests to vary.</summary>
internal static class TestEnquiries
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 30, 0, TimeSpan.Zero);

    public static readonly EnquiryActor Priya = new("user-priya", "Priya Practitioner");

    public static readonly EnquiryActor Morgan = new("user-morgan", "Morgan Manager");

    public static EnquiryAnswers Support() => new()
    {
        Role = EnquirerRole.ParentOrCarer,
        Type = EnquiryType.SupportForMyFamily,
        FamilyNames = "Jo Bloggs, Leo Bloggs",
        ChildrenAges = "Leo is 9",
        Postcode = "nm1 1aa",
        WhatIsHappening = "Leo is not going to school.",
        WhatWouldHelp = "Someone to talk to.",
        ContactName = "Jo Bloggs",
        Email = " jo@example.com ",
        PreferredContactMethod = ContactMethod.Email,
        SafeToLeaveMessage = true,
        AgreedToPrivacyNotice = true,
    };

    public static EnquiryAnswers Referral()
    {
        var answers = Support();
        answers.Role = EnquirerRole.Professional;
        answers.OrganisationType = OrganisationType.School;
        answers.OrganisationName = "Northmoor Primary";
        answers.Type = EnquiryType.ReferringAFamily;
        answers.FamilyKnowsAndAgrees = true;
        return answers;
    }

    public static EnquiryAnswers Training() => new()
    {
        Role = EnquirerRole.Professional,
        OrganisationType = OrganisationType.VoluntarySector,
        OrganisationName = "Northmoor Youth Trust",
        Type = EnquiryType.TrainingOrConsultancy,
        WhatWouldHelp = "Circle training for 12 youth workers.",
        ContactName = "Dee Trainer",
        Phone = "01632 960 123",
        PreferredContactMethod = ContactMethod.Phone,
        SafeToLeaveMessage = false,
        AgreedToPrivacyNotice = true,
    };

    public static Enquiry Submitted(EnquiryAnswers? answers = null) =>
        Enquiry.Submit(answers ?? Support(), EnquiryReference.Generate(), Guid.NewGuid(), Now).Value!;
}
