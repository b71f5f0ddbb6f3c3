using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Web.Pages.Enquiry;

public sealed class PrivacyNoticeModel(AppDbContext db, EnquiryDraftStore drafts, TimeProvider time) : EnquiryQuestionPage(db, drafts, time)
{
    public override EnquiryStep Step => EnquiryStep.Privacy;

    [BindProperty]
    public bool AgreedToPrivacyNotice { get; set; }

    protected override void ShowAnswers(EnquiryAnswers answers) => AgreedToPrivacyNotice = answers.AgreedToPrivacyNotice;

    protected override void Validate(EnquiryAnswers saved)
    {
        if (!AgreedToPrivacyNotice)
        {
            ModelState.AddModelError(nameof(AgreedToPrivacyNotice), "Select that you have read the privacy notice and agree to it");
        }
    }

    protected override void SaveAnswers(EnquiryAnswers answers) => answers.AgreedToPrivacyNotice = AgreedToPrivacyNotice;
}
