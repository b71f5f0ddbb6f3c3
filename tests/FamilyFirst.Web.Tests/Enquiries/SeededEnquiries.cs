using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Web.Data;

namespace FamilyFirst.Web.Tests.Enquiries;

/// <summary>Puts enquiries straight into the database, received when a test says.</summary>
internal static class SeededEnquiries
{
    public static async Task<(Guid Id, string Reference)> AddAsync(this FamilyFirstFactory factory, EnquiryType type, DateTimeOffset receivedAt, string familyNames = "Seed family", Action<FamilyFirst.Domain.Enquiries.Enquiry>? then = null)
    {
        var answers = new EnquiryAnswers
        {
            Role = type == EnquiryType.ReferringAFamily || type == EnquiryType.TrainingOrConsultancy ? EnquirerRole.Professional : EnquirerRole.ParentOrCarer,
            OrganisationType = OrganisationType.School,
            OrganisationName = "Seed School",
            Type = type,
            FamilyKnowsAndAgrees = true,
            FamilyNames = familyNames,
            ChildrenAges = "7",
            Postcode = "NM1 1AA",
            WhatIsHappening = "Something is happening",
            WhatWouldHelp = type == EnquiryType.TrainingOrConsultancy ? $"Training for {familyNames}" : "Something would help",
            ContactName = "Seed Contact",
            Email = "seed@example.com",
            PreferredContactMethod = ContactMethod.Email,
            SafeToLeaveMessage = true,
            AgreedToPrivacyNotice = true,
        };
        var enquiry = FamilyFirst.Domain.Enquiries.Enquiry.Submit(answers, EnquiryReference.Generate(), Guid.NewGuid(), receivedAt).Value!;
        then?.Invoke(enquiry);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Enquiries.Add(enquiry);
        await db.SaveChangesAsync();
        return (enquiry.Id, enquiry.Reference);
    }

    public static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The queue for one year only, so tests sharing a database do not see each other's enquiries.</summary>
    public static string Year(int year, string extra = "") => $"/enquiries?from={year}-01-01&to={year}-12-31{extra}";
}
