using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Web.Pages.Enquiry;

public sealed class AboutTheFamilyModel(AppDbContext db, EnquiryDraftStore drafts, TimeProvider time) : EnquiryQuestionPage(db, drafts, time)
{
    public override EnquiryStep Step => EnquiryStep.AboutTheFamily;

    [BindProperty]
    [Display(Name = "Names of the people in the family")]
    public string? FamilyNames { get; set; }

    [BindProperty]
    [Display(Name = "Children's ages")]
    public string? ChildrenAges { get; set; }

    [BindProperty]
    [Display(Name = "Postcode")]
    public string? Postcode { get; set; }

    protected override void ShowAnswers(EnquiryAnswers answers)
    {
        FamilyNames = answers.FamilyNames;
        ChildrenAges = answers.ChildrenAges;
        Postcode = answers.Postcode;
    }

    protected override void Validate(EnquiryAnswers saved) =>
        AddErrors(new EnquiryAnswers { FamilyNames = FamilyNames, ChildrenAges = ChildrenAges, Postcode = Postcode }.AboutTheFamilyErrors());

    protected override void SaveAnswers(EnquiryAnswers answers)
    {
        answers.FamilyNames = FamilyNames;
        answers.ChildrenAges = ChildrenAges;
        answers.Postcode = Postcode;
    }
}
