using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Web.Pages.Enquiry;

public sealed class WhoAreYouModel(AppDbContext db, EnquiryDraftStore drafts, TimeProvider time) : EnquiryQuestionPage(db, drafts, time)
{
    public override EnquiryStep Step => EnquiryStep.WhoAreYou;

    [BindProperty]
    [Required(ErrorMessage = "Select who you are")]
    public EnquirerRole? Role { get; set; }

    protected override void ShowAnswers(EnquiryAnswers answers) => Role = answers.Role;

    protected override void SaveAnswers(EnquiryAnswers answers) => answers.Role = Role;
}
