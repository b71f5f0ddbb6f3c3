using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Web.Pages.Enquiry;

/// <summary>The addresses of the enquiry form's pages.</summary>
public static class EnquiryPaths
{
    public const string Start = "/enquiry";
    public const string FamilyMustBeTold = "/enquiry/family-must-be-told";
    public const string Confirmation = "/enquiry/confirmation";

    public static string For(EnquiryStep step, bool change = false)
    {
        var path = step switch
        {
            EnquiryStep.WhoAreYou => "/enquiry/who-are-you",
            EnquiryStep.YourOrganisation => "/enquiry/your-organisation",
            EnquiryStep.WhatIsItAbout => "/enquiry/what-is-it-about",
            EnquiryStep.FamilyAgreement => "/enquiry/does-the-family-agree",
            EnquiryStep.AboutTheFamily => "/enquiry/about-the-family",
            EnquiryStep.WhatIsHappening => "/enquiry/what-is-happening",
            EnquiryStep.ContactDetails => "/enquiry/contact-details",
            EnquiryStep.Privacy => "/enquiry/privacy-notice",
            _ => "/enquiry/check-answers",
        };
        return change && step != EnquiryStep.CheckAnswers ? path + "?change=true" : path;
    }
}
