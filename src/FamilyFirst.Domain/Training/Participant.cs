using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Domain.Training;

/// <summary>Whether a participant works for the council or for a partner agency.</summary>
public enum ParticipantKind
{
    CouncilStaff,
    PartnerAgency,
}

/// <summary>
/// Who is booked on a session: a member of the council's staff (in one of its teams) or someone from a partner
/// agency (a school, the police, health, the voluntary sector), with their organisation and role.
/// </summary>
public sealed record ParticipantDetails(
    string? Name,
    string? Email,
    string? Phone,
    ParticipantKind? Kind,
    Guid? TeamId,
    string? TeamName,
    OrganisationType? OrganisationType,
    string? OrganisationName,
    string? JobRole)
{
    public const int NameMaximumLength = 200;
    public const int EmailMaximumLength = 254;

    /// <summary>The problems with the details, by field, in the Design System's wording.</summary>
    public IReadOnlyList<FieldError> Errors()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add(new(nameof(Name), "Enter the participant's name"));
        }
        else if (Name.Trim().Length > NameMaximumLength)
        {
            errors.Add(new(nameof(Name), $"Name must be {NameMaximumLength} characters or less"));
        }

        if (string.IsNullOrWhiteSpace(Email))
        {
            errors.Add(new(nameof(Email), "Enter the participant's email address, for their joining instructions"));
        }
        else if (Email.Trim().Length > EmailMaximumLength || !ContactRules.IsEmailAddress(Email))
        {
            errors.Add(new(nameof(Email), "Enter an email address in the correct format, like name@example.com"));
        }

        if (!string.IsNullOrWhiteSpace(Phone) && !ContactRules.IsUkPhoneNumber(Phone))
        {
            errors.Add(new(nameof(Phone), "Enter a UK phone number, like 01632 960 001 or 07700 900 982"));
        }

        switch (Kind)
        {
            case null:
                errors.Add(new(nameof(Kind), "Select whether the participant works for the council or a partner agency"));
                break;
            case ParticipantKind.CouncilStaff when TeamId is null || string.IsNullOrWhiteSpace(TeamName):
                errors.Add(new(nameof(TeamId), "Select the participant's team"));
                break;
            case ParticipantKind.PartnerAgency:
                if (OrganisationType is null)
                {
                    errors.Add(new(nameof(OrganisationType), "Select the kind of organisation the participant works for"));
                }

                if (string.IsNullOrWhiteSpace(OrganisationName))
                {
                    errors.Add(new(nameof(OrganisationName), "Enter the name of the participant's organisation"));
                }
                else if (OrganisationName.Trim().Length > NameMaximumLength)
                {
                    errors.Add(new(nameof(OrganisationName), $"Organisation must be {NameMaximumLength} characters or less"));
                }

                break;
        }

        if (string.IsNullOrWhiteSpace(JobRole))
        {
            errors.Add(new(nameof(JobRole), "Enter the participant's role, like teaching assistant or social worker"));
        }
        else if (JobRole.Trim().Length > NameMaximumLength)
        {
            errors.Add(new(nameof(JobRole), $"Role must be {NameMaximumLength} characters or less"));
        }

        return errors;
    }

    /// <summary>A participant's details from a training enquiry: the enquirer's name, contact details and organisation, carried over.</summary>
    public static ParticipantDetails FromEnquiry(Enquiry enquiry)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        return new(
            enquiry.ContactName,
            enquiry.Email,
            enquiry.Phone,
            enquiry.OrganisationType is null ? null : ParticipantKind.PartnerAgency,
            null,
            null,
            enquiry.OrganisationType,
            enquiry.OrganisationName,
            null);
    }
}
