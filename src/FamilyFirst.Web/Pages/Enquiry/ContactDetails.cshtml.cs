using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Web.Pages.Enquiry;

public sealed class ContactDetailsModel(AppDbContext db, EnquiryDraftStore drafts, TimeProvider time) : EnquiryQuestionPage(db, drafts, time)
{
    public override EnquiryStep Step => EnquiryStep.ContactDetails;

    [BindProperty]
    [Display(Name = "Your name")]
    public string? ContactName { get; set; }

    [BindProperty]
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [BindProperty]
    [Display(Name = "UK phone number")]
    public string? Phone { get; set; }

    [BindProperty]
    public ContactMethod? PreferredContactMethod { get; set; }

    [BindProperty]
    public bool? SafeToLeaveMessage { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by robots.</summary>
    [BindProperty(Name = Honeypot.FieldName)]
    public string? Website { get; set; }

    protected override void ShowAnswers(EnquiryAnswers answers)
    {
        ContactName = answers.ContactName;
        Email = answers.Email;
        Phone = answers.Phone;
        PreferredContactMethod = answers.PreferredContactMethod;
        SafeToLeaveMessage = answers.SafeToLeaveMessage;
    }

    protected override void Validate(EnquiryAnswers saved)
    {
        if (Honeypot.IsFilled(Website))
        {
            ModelState.AddModelError(string.Empty, Honeypot.Message);
            return;
        }

        AddErrors(new EnquiryAnswers
        {
            ContactName = ContactName,
            Email = Email,
            Phone = Phone,
            PreferredContactMethod = PreferredContactMethod,
            SafeToLeaveMessage = SafeToLeaveMessage,
        }.ContactDetailsErrors());
    }

    protected override void SaveAnswers(EnquiryAnswers answers)
    {
        answers.ContactName = ContactName;
        answers.Email = Email;
        answers.Phone = Phone;
        answers.PreferredContactMethod = PreferredContactMethod;
        answers.SafeToLeaveMessage = SafeToLeaveMessage;
    }
}
