namespace FamilyFirst.Domain.Enquiries;

/// <summary>Who is getting in touch.</summary>
public enum EnquirerRole
{
    ParentOrCarer,
    YoungPerson,
    RelativeOrFamilyFriend,
    Professional,
    Other,
}

/// <summary>The kind of organisation a professional works for.</summary>
public enum OrganisationType
{
    School,
    Health,
    Police,
    SocialCare,
    VoluntarySector,
    Other,
}

/// <summary>What an enquiry is about. Training and consultancy enquiries go to the trainers, the rest to triage.</summary>
public enum EnquiryType
{
    SupportForMyFamily,
    ReferringAFamily,
    TrainingOrConsultancy,
    SomethingElse,
}

/// <summary>How the person would like to be contacted.</summary>
public enum ContactMethod
{
    Email,
    Phone,
}

/// <summary>Where an enquiry is in triage.</summary>
public enum EnquiryStatus
{
    New,
    InTriage,
    Accepted,
    Closed,
}

/// <summary>The plain-English words for the enquiry choices, used on the public form and in the staff queue.</summary>
public static class EnquiryDescriptions
{
    public static string Describe(this EnquirerRole role) => role switch
    {
        EnquirerRole.ParentOrCarer => "Parent or carer",
        EnquirerRole.YoungPerson => "Young person",
        EnquirerRole.RelativeOrFamilyFriend => "Relative or family friend",
        EnquirerRole.Professional => "Professional",
        _ => "Other",
    };

    public static string Describe(this OrganisationType type) => type switch
    {
        OrganisationType.School => "School or education",
        OrganisationType.Health => "Health",
        OrganisationType.Police => "Police",
        OrganisationType.SocialCare => "Social care",
        OrganisationType.VoluntarySector => "Voluntary sector",
        _ => "Other",
    };

    public static string Describe(this EnquiryType type) => type switch
    {
        EnquiryType.SupportForMyFamily => "Support for my family",
        EnquiryType.ReferringAFamily => "Referring a family I work with",
        EnquiryType.TrainingOrConsultancy => "Restorative practice training or consultancy",
        _ => "Something else",
    };

    public static string Describe(this ContactMethod method) => method switch
    {
        ContactMethod.Email => "Email",
        _ => "Phone",
    };

    public static string Describe(this EnquiryStatus status) => status switch
    {
        EnquiryStatus.New => "New",
        EnquiryStatus.InTriage => "In triage",
        EnquiryStatus.Accepted => "Accepted",
        _ => "Closed",
    };
}
