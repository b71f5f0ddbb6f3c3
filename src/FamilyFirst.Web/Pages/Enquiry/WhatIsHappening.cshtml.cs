using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Web.Pages.Enquiry;

/// <summary>What is happening and what would help; for a training enquiry, what training is wanted.</summary>
public sealed class WhatIsHappeningModel(AppDbContext db, EnquiryDraftStore drafts, TimeProvider time) : EnquiryQuestionPage(db, drafts, time)
{
    public override EnquiryStep Step => EnquiryStep.WhatIsHappening;

    [BindProperty]
    [Display(Name = "What is happening for the family?")]
    public string? WhatIsHappening { get; set; }

    [BindProperty]
    [Display(Name = "What would help?")]
    public string? WhatWouldHelp { get; set; }

    protected override void ShowAnswers(EnquiryAnswers answers)
    {
        WhatIsHappening = answers.WhatIsHappening;
        WhatWouldHelp = answers.WhatWouldHelp;
    }

    protected override void Validate(EnquiryAnswers saved) =>
        AddErrors(new EnquiryAnswers { Type = saved.Type, WhatIsHappening = WhatIsHappening, WhatWouldHelp = WhatWouldHelp }.WhatIsHappeningErrors());

    protected override void SaveAnswers(EnquiryAnswers answers)
    {
        if (answers.IsAboutAFamily)
        {
            answers.WhatIsHappening = WhatIsHappening;
        }

        answers.WhatWouldHelp = WhatWouldHelp;
    }
}
