using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Web.Infrastructure.Configuration;

/// <summary>The council that runs this Family First service: its name, numbers and logo (section <c>Council</c>).</summary>
public sealed class CouncilOptions
{
    public const string Section = "Council";

    public string Name { get; set; } = "Northmoor Borough Council";

    public string ServiceName { get; set; } = "Family First";

    /// <summary>The council's website, linked from the logo and footer.</summary>
    public string WebsiteUrl { get; set; } = "/";

    /// <summary>Path or URL of the council's logo (an SVG or PNG under wwwroot).</summary>
    public string LogoPath { get; set; } = "/images/council-logo.svg";

    /// <summary>The Families and Social Care team's general number.</summary>
    public string Phone { get; set; } = "01632 960 001";

    public string PhoneHours { get; set; } = "Monday to Friday, 9am to 5pm";

    /// <summary>The children's services front door, for worries about a child's safety.</summary>
    public string FrontDoorPhone { get; set; } = "01632 960 002";

    /// <summary>The emergency duty team, out of hours.</summary>
    public string OutOfHoursPhone { get; set; } = "01632 960 003";

    public string Email { get; set; } = "familyfirst@northmoor.example.gov.uk";

    /// <summary>The council's data protection officer, named in the privacy notice.</summary>
    public string DataProtectionOfficerEmail { get; set; } = "dpo@northmoor.example.gov.uk";

    public string Address { get; set; } = "Families and Social Care, Town Hall, Market Street, Northmoor NM1 1AA";

    /// <summary>alpha or beta; shown in the phase banner.</summary>
    public string Phase { get; set; } = "beta";

    public string FeedbackEmail { get; set; } = "familyfirst-feedback@northmoor.example.gov.uk";

    /// <summary>The council's time zone (an IANA name): it decides what "today" is on every page, job and report.</summary>
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>The service's own address, for links in messages sent by background jobs (which have no request to read it from).</summary>
    public string ServiceUrl { get; set; } = "http://localhost:5000";

    /// <summary>How many working days the council promises for a reply to an online enquiry ("within 2 working days").</summary>
    public int EnquiryResponseWorkingDays { get; set; } = 2;

    /// <summary>Bank holidays, which do not count as working days for the response target.</summary>
    public List<DateOnly> BankHolidays { get; set; } = [];

    /// <summary>The response target for enquiries, from <see cref="EnquiryResponseWorkingDays"/> and <see cref="BankHolidays"/>.</summary>
    public ResponseTarget EnquiryResponseTarget() => new(Math.Max(1, EnquiryResponseWorkingDays), BankHolidays);
}
