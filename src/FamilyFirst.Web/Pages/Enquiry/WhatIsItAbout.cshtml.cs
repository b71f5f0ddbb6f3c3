using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Web.Pages.Enquiry;

public sealed class WhatIsItAboutModel(AppDbContext db, EnquiryDraftStore drafts, TimeProvider time) : EnquiryQuestionPage(db, drafts, time)
{
    public override EnquiryStep Step => EnquiryStep.WhatIsItAbout;

    [BindProperty]
    [Required(ErrorMessage = "Select what your enquiry is about")]
    public EnquiryType? Type { get; set; }

    protected override void ShowAnswers(EnquiryAnswers answers) => Type = answers.Type;

    protected override void SaveAnswers(EnquiryAnswers answers) => answers.Type = Type;
}
