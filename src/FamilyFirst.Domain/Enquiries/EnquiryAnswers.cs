namespace FamilyFirst.Domain.Enquiries;

/// <summary>
/// What a person has answered so far on the online enquiry form. Text is kept exactly as typed; it is
/// only ever encoded when shown.
/// </summary>
public sealed class EnquiryAnswers
{
    public const int NameMaximumLength = 200;
    public const int ShortTextMaximumLength = 500;
    public const int LongTextMaximumLength = 2000;

    public EnquirerRole? Role { get; set; }

    public OrganisationType? OrganisationType { get; set; }

    public string? OrganisationName { get; set; }

    public EnquiryType? Type { get; set; }

    /// <summary>For a referral: the family knows about it and agrees.</summary>
    public bool? FamilyKnowsAndAgrees { get; set; }

    public string? FamilyNames { get; set; }

    public string? ChildrenAges { get; set; }

    public string? Postcode { get; set; }

    public string? WhatIsHappening { get; set; }

    public string? WhatWouldHelp { get; set; }

    public string? ContactName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public ContactMethod? PreferredContactMethod { get; set; }

    public bool? SafeToLeaveMessage { get; set; }

    public bool AgreedToPrivacyNotice { get; set; }

    public bool IsProfessional => Role == EnquirerRole.Professional;

    public bool IsReferral => Type == EnquiryType.ReferringAFamily;

    /// <summary>Training and consultancy enquiries are not about a family, so skip the family questions.</summary>
    public bool IsAboutAFamily => Type != EnquiryType.TrainingOrConsultancy;

    /// <summary>
    /// The contact details' problems, by field, in the Design System's wording. At least one of email and
    /// phone is needed, and the preferred method must be one that was given.
    /// </summary>
    public IReadOnlyList<FieldError> ContactDetailsErrors()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(ContactName))
        {
            errors.Add(new(nameof(ContactName), "Enter your name"));
        }
        else if (ContactName.Length > NameMaximumLength)
        {
            errors.Add(new(nameof(ContactName), $"Your name must be {NameMaximumLength} characters or less"));
        }

        var hasEmail = !string.IsNullOrWhiteSpace(Email);
        var hasPhone = !string.IsNullOrWhiteSpace(Phone);
        if (!hasEmail && !hasPhone)
        {
            errors.Add(new(nameof(Email), "Enter an email address or a phone number"));
        }

        if (hasEmail && !ContactRules.IsEmailAddress(Email))
        {
            errors.Add(new(nameof(Email), "Enter an email address in the correct format, like name@example.com"));
        }

        if (hasPhone && !ContactRules.IsUkPhoneNumber(Phone))
        {
            errors.Add(new(nameof(Phone), "Enter a UK phone number, like 01632 960 001 or 07700 900 982"));
        }

        if (PreferredContactMethod is null)
        {
            errors.Add(new(nameof(PreferredContactMethod), "Select how you would like us to contact you"));
        }
        else if (PreferredContactMethod == ContactMethod.Email && !hasEmail && hasPhone)
        {
            errors.Add(new(nameof(Email), "Enter an email address if you would like us to contact you by email"));
        }
        else if (PreferredContactMethod == ContactMethod.Phone && !hasPhone && hasEmail)
        {
            errors.Add(new(nameof(Phone), "Enter a phone number if you would like us to contact you by phone"));
        }

        if (SafeToLeaveMessage is null)
        {
            errors.Add(new(nameof(SafeToLeaveMessage), "Select yes if it is safe to leave a message"));
        }

        return errors;
    }

    /// <summary>The family questions' problems, by field.</summary>
    public IReadOnlyList<FieldError> AboutTheFamilyErrors()
    {
        var errors = new List<FieldError>();
        Required(errors, nameof(FamilyNames), FamilyNames, "Enter the names of the people in the family", "Names", ShortTextMaximumLength);
        Required(errors, nameof(ChildrenAges), ChildrenAges, "Enter the children's ages", "Children's ages", ShortTextMaximumLength);
        if (string.IsNullOrWhiteSpace(Postcode))
        {
            errors.Add(new(nameof(Postcode), "Enter the family's postcode"));
        }
        else if (!ContactRules.IsUkPostcode(Postcode))
        {
            errors.Add(new(nameof(Postcode), "Enter a real postcode, like NM1 1AA"));
        }

        return errors;
    }

    /// <summary>The problems with what is happening and what would help, by field.</summary>
    public IReadOnlyList<FieldError> WhatIsHappeningErrors()
    {
        var errors = new List<FieldError>();
        if (IsAboutAFamily)
        {
            Required(errors, nameof(WhatIsHappening), WhatIsHappening, "Enter what is happening for the family", "What is happening", LongTextMaximumLength);
            Required(errors, nameof(WhatWouldHelp), WhatWouldHelp, "Enter what would help", "What would help", LongTextMaximumLength);
        }
        else
        {
            Required(errors, nameof(WhatWouldHelp), WhatWouldHelp, "Enter the training or consultancy you would like", "Your enquiry", LongTextMaximumLength);
        }

        return errors;
    }

    /// <summary>A copy without the answers to questions that no longer apply (for example the organisation of someone who is not a professional).</summary>
    public EnquiryAnswers WithoutUnusedAnswers()
    {
        var copy = (EnquiryAnswers)MemberwiseClone();
        if (!IsProfessional)
        {
            copy.OrganisationType = null;
            copy.OrganisationName = null;
        }

        if (!IsReferral)
        {
            copy.FamilyKnowsAndAgrees = null;
        }

        if (!IsAboutAFamily)
        {
            copy.FamilyNames = null;
            copy.ChildrenAges = null;
            copy.Postcode = null;
            copy.WhatIsHappening = null;
        }

        return copy;
    }

    private static void Required(List<FieldError> errors, string field, string? value, string emptyMessage, string name, int maximumLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, emptyMessage));
        }
        else if (value.Length > maximumLength)
        {
            errors.Add(new(field, $"{name} must be {maximumLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters or less"));
        }
    }
}

/// <summary>A problem with one answer: the field it belongs to and the message to show beside it.</summary>
public sealed record FieldError(string Field, string Message);
