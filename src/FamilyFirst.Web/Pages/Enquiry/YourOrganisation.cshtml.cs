using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Web.Pages.Enquiry;

public sealed class YourOrganisationModel(AppDbContext db, EnquiryDraftStore drafts, TimeProvider time) : EnquiryQuestionPage(db, drafts, time)
{
    public override EnquiryStep Step => EnquiryStep.YourOrganisation;

    [BindProperty]
    [Required(ErrorMessage = "Select the type of organisation you work for")]
    public OrganisationType? OrganisationType { get; set; }

    [BindProperty]
    [Display(Name = "Name of your organisation")]
    [Required(ErrorMessage = "Enter the name of your organisation")]
    [StringLength(EnquiryAnswers.NameMaximumLength, ErrorMessage = "Name of your organisation must be 200 characters or less")]
    public string? OrganisationName { get; set; }

    protected override void ShowAnswers(EnquiryAnswers answers)
    {
        OrganisationType = answers.OrganisationType;
        OrganisationName = answers.OrganisationName;
    }

    protected override void SaveAnswers(EnquiryAnswers answers)
    {
        answers.OrganisationType = OrganisationType;
        answers.OrganisationName = OrganisationName;
    }
}
