using FamilyFirst.Domain.Enquiries;
using static FamilyFirst.Domain.Tests.Enquiries.TestEnquiries;

namespace FamilyFirst.Domain.Tests.Enquiries;

public class EnquiryJourneyTests
{
    [Fact]
    public void Steps_ForAParent_SkipOrganisationAndAgreement()
    {
        Assert.Equal(
            [EnquiryStep.WhoAreYou, EnquiryStep.WhatIsItAbout, EnquiryStep.AboutTheFamily, EnquiryStep.WhatIsHappening, EnquiryStep.ContactDetails, EnquiryStep.Privacy, EnquiryStep.CheckAnswers],
            EnquiryJourney.Steps(Support()));
    }

    [Fact]
    public void Steps_ForAProfessionalReferral_AskAboutTheOrganisationAndTheFamilysAgreement()
    {
        var steps = EnquiryJourney.Steps(Referral());

        Assert.Contains(EnquiryStep.YourOrganisation, steps);
        Assert.Contains(EnquiryStep.FamilyAgreement, steps);
    }

    [Fact]
    public void Steps_ForTraining_SkipTheFamilyQuestions()
    {
        Assert.DoesNotContain(EnquiryStep.AboutTheFamily, EnquiryJourney.Steps(TestEnquiries.Training()));
        Assert.Equal(EnquiryStep.WhatIsHappening, EnquiryJourney.Next(EnquiryStep.WhatIsItAbout, TestEnquiries.Training()));
    }

    [Fact]
    public void FirstIncomplete_OfCompleteAnswers_IsNone()
    {
        Assert.Null(EnquiryJourney.FirstIncomplete(Support()));
        Assert.Null(EnquiryJourney.FirstIncomplete(Referral()));
        Assert.Null(EnquiryJourney.FirstIncomplete(TestEnquiries.Training()));
    }

    [Fact]
    public void FirstIncomplete_OfNothing_IsTheFirstQuestion()
    {
        Assert.Equal(EnquiryStep.WhoAreYou, EnquiryJourney.FirstIncomplete(new EnquiryAnswers()));
    }

    [Fact]
    public void AfterChange_ToAReferral_AsksWhetherTheFamilyAgrees()
    {
        var answers = Support();
        answers.Type = EnquiryType.ReferringAFamily;

        Assert.Equal(EnquiryStep.FamilyAgreement, EnquiryJourney.AfterChange(answers));
    }

    [Fact]
    public void AfterChange_ThatNeedsNothingMore_ReturnsToCheckAnswers()
    {
        var answers = Support();
        answers.ContactName = "Jo B";

        Assert.Equal(EnquiryStep.CheckAnswers, EnquiryJourney.AfterChange(answers));
    }

    [Fact]
    public void Previous_OfTheFirstQuestion_IsNone()
    {
        Assert.Null(EnquiryJourney.Previous(EnquiryStep.WhoAreYou, Support()));
        Assert.Equal(EnquiryStep.YourOrganisation, EnquiryJourney.Previous(EnquiryStep.WhatIsItAbout, Referral()));
    }

    [Fact]
    public void ContactDetails_NeedAnEmailOrAPhone()
    {
        var answers = Support();
        answers.Email = null;

        Assert.Contains(new FieldError("Email", "Enter an email address or a phone number"), answers.ContactDetailsErrors());
    }

    [Fact]
    public void ContactDetails_PreferringAMethodNotGiven_IsAnError()
    {
        var answers = Support();
        answers.Phone = "07700 900982";
        answers.Email = null;

        Assert.Contains(new FieldError("Email", "Enter an email address if you would like us to contact you by email"), answers.ContactDetailsErrors());
    }

    [Fact]
    public void WhatIsHappening_LongerThan2000Characters_IsAnError()
    {
        var answers = Support();
        answers.WhatIsHappening = new string('x', 2001);

        Assert.Contains(new FieldError("WhatIsHappening", "What is happening must be 2,000 characters or less"), answers.WhatIsHappeningErrors());
    }
}
