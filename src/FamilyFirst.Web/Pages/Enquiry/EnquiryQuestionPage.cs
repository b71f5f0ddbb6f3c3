using FamilyFirst.Domain.Enquiries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Enquiry;

/// <summary>
/// What every question page of the enquiry form does: load the person's answers, show them, save the
/// page's answers and go to the next question (or, after a change link, back to check answers).
/// </summary>
public abstract class EnquiryQuestionPage(AppDbContext db, EnquiryDraftStore drafts, TimeProvider time) : PageModel
{
    /// <summary>True when the page was reached from a change link on check answers.</summary>
    [BindProperty(SupportsGet = true, Name = "change")]
    public bool Change { get; set; }

    public EnquiryAnswers Answers { get; private set; } = new();

    public abstract EnquiryStep Step { get; }

    public string BackHref => Change
        ? this.Links().EnquiryQuestion(EnquiryStep.CheckAnswers)
        : EnquiryJourney.Previous(Step, Answers) is { } previous ? this.Links().EnquiryQuestion(previous) : this.Links().EnquiryStart();

    protected EnquiryDraft? Draft { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        if (!EnquiryJourney.Applies(Step, Answers))
        {
            return Redirect(this.Links().EnquiryQuestion(EnquiryJourney.FirstIncomplete(Answers) ?? EnquiryStep.CheckAnswers));
        }

        ShowAnswers(Answers);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        Validate(Answers);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Draft ??= await drafts.StartAsync(HttpContext);
        SaveAnswers(Answers);
        Draft.WriteAnswers(Answers, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        return Redirect(NextPath());
    }

    /// <summary>Puts the saved answers into the page's fields.</summary>
    protected abstract void ShowAnswers(EnquiryAnswers answers);

    /// <summary>Adds a model error for each problem with the posted fields.</summary>
    protected virtual void Validate(EnquiryAnswers saved)
    {
    }

    /// <summary>Copies the posted fields into the answers.</summary>
    protected abstract void SaveAnswers(EnquiryAnswers answers);

    protected virtual string NextPath()
    {
        var next = Change ? EnquiryJourney.AfterChange(Answers) : EnquiryJourney.Next(Step, Answers);
        return this.Links().EnquiryQuestion(next, Change);
    }

    protected void AddErrors(IEnumerable<FieldError> errors, params string[] fields)
    {
        foreach (var error in errors.Where(e => fields.Length == 0 || fields.Contains(e.Field)).DistinctBy(e => e.Field))
        {
            ModelState.AddModelError(error.Field, error.Message);
        }
    }

    private async Task LoadAsync()
    {
        Draft = await drafts.FindAsync(HttpContext);
        Answers = Draft?.ReadAnswers() ?? new EnquiryAnswers();
    }
}
