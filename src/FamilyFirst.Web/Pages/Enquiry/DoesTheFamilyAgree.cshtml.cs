using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Enquiries;
using Microsoft.AspNetCore.Authorization;

namespace FamilyFirst.Web.Pages.Enquiry;

/// <summary>For a referral: the family must know and agree. "No" leads to the page explaining why.</summary>
public sealed class DoesTheFamilyAgreeModel(AppDbContext db, EnquiryDraftStore drafts, TimeProvider time) : EnquiryQuestionPage(db, drafts, time)
{
    public override EnquiryStep Step => EnquiryStep.FamilyAgreement;

    [BindProperty]
    [Required(ErrorMessage = "Select yes if the family knows about the referral and agrees to it")]
    public bool? FamilyKnowsAndAgrees { get; set; }

    protected override void ShowAnswers(EnquiryAnswers answers) => FamilyKnowsAndAgrees = answers.FamilyKnowsAndAgrees;

    protected override void SaveAnswers(EnquiryAnswers answers) => answers.FamilyKnowsAndAgrees = FamilyKnowsAndAgrees;

    protected override string NextPath() => FamilyKnowsAndAgrees == false ? this.Links().EnquiryFamilyMustBeTold() : base.NextPath();
}
