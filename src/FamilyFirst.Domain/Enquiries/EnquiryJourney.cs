namespace FamilyFirst.Domain.Enquiries;

/// <summary>The question pages of the online enquiry form, in order.</summary>
public enum EnquiryStep
{
    WhoAreYou,
    YourOrganisation,
    WhatIsItAbout,
    FamilyAgreement,
    AboutTheFamily,
    WhatIsHappening,
    ContactDetails,
    Privacy,
    CheckAnswers,
}

/// <summary>
/// Which questions a person is asked, given their answers so far: professionals are asked about their
/// organisation, referrers whether the family agrees, and training enquiries skip the family questions.
/// </summary>
public static class EnquiryJourney
{
    private static readonly EnquiryStep[] Order = Enum.GetValues<EnquiryStep>();

    public static bool Applies(EnquiryStep step, EnquiryAnswers answers) => step switch
    {
        EnquiryStep.YourOrganisation => answers.IsProfessional,
        EnquiryStep.FamilyAgreement => answers.IsReferral,
        EnquiryStep.AboutTheFamily => answers.IsAboutAFamily,
        _ => true,
    };

    /// <summary>Answered well enough to send. A referral the family does not agree to can go no further.</summary>
    public static bool IsComplete(EnquiryStep step, EnquiryAnswers answers) => step switch
    {
        EnquiryStep.WhoAreYou => answers.Role is not null,
        EnquiryStep.YourOrganisation => answers.OrganisationType is not null && !string.IsNullOrWhiteSpace(answers.OrganisationName) && answers.OrganisationName.Length <= EnquiryAnswers.NameMaximumLength,
        EnquiryStep.WhatIsItAbout => answers.Type is not null,
        EnquiryStep.FamilyAgreement => answers.FamilyKnowsAndAgrees == true,
        EnquiryStep.AboutTheFamily => answers.AboutTheFamilyErrors().Count == 0,
        EnquiryStep.WhatIsHappening => answers.WhatIsHappeningErrors().Count == 0,
        EnquiryStep.ContactDetails => answers.ContactDetailsErrors().Count == 0,
        EnquiryStep.Privacy => answers.AgreedToPrivacyNotice,
        _ => true,
    };

    /// <summary>The questions this person is asked, in order, ending with check answers.</summary>
    public static IReadOnlyList<EnquiryStep> Steps(EnquiryAnswers answers) => Order.Where(s => Applies(s, answers)).ToList();

    /// <summary>The first question still to answer, or null when the enquiry is ready to send.</summary>
    public static EnquiryStep? FirstIncomplete(EnquiryAnswers answers) =>
        Steps(answers).Where(s => s != EnquiryStep.CheckAnswers).Cast<EnquiryStep?>().FirstOrDefault(s => !IsComplete(s!.Value, answers));

    public static bool IsReadyToSend(EnquiryAnswers answers) => FirstIncomplete(answers) is null;

    /// <summary>The question after <paramref name="current"/> for this person.</summary>
    public static EnquiryStep Next(EnquiryStep current, EnquiryAnswers answers) =>
        Order.Where(s => s > current).First(s => Applies(s, answers));

    /// <summary>The question before <paramref name="current"/>, or null for the first.</summary>
    public static EnquiryStep? Previous(EnquiryStep current, EnquiryAnswers answers) =>
        Order.Where(s => s < current && Applies(s, answers)).Cast<EnquiryStep?>().LastOrDefault();

    /// <summary>
    /// Where to go after answering a question reached from a change link on check answers: any question the
    /// change has made necessary, otherwise back to check answers.
    /// </summary>
    public static EnquiryStep AfterChange(EnquiryAnswers answers) => FirstIncomplete(answers) ?? EnquiryStep.CheckAnswers;
}
