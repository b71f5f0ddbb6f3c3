using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.Notifications;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Enquiry;

/// <summary>
/// Check your answers, then send. Sending is idempotent: the draft's key is the enquiry's submission key,
/// unique in the database, so a double click, a refresh or a resubmission makes exactly one enquiry. The
/// enquiry, its confirmation email and the draft's new state are saved together, or not at all.
/// </summary>
public sealed partial class CheckAnswersModel(
    AppDbContext db,
    EnquiryDraftStore drafts,
    TimeProvider time,
    NotificationOutbox outbox,
    IOptions<CouncilOptions> council,
    ILogger<CheckAnswersModel> logger) : PageModel
{
    public EnquiryAnswers Answers { get; private set; } = new();

    [BindProperty(Name = Honeypot.FieldName)]
    public string? Website { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var draft = await drafts.FindAsync(HttpContext, includeSubmitted: true);
        if (draft is null)
        {
            return Redirect(this.Links().EnquiryStart());
        }

        if (draft.IsSubmitted)
        {
            return Redirect(this.Links().EnquiryConfirmation());
        }

        Answers = draft.ReadAnswers();
        return EnquiryJourney.FirstIncomplete(Answers) is { } missing ? Redirect(this.Links().EnquiryQuestion(missing)) : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = await drafts.FindAsync(HttpContext, includeSubmitted: true);
        if (draft is null)
        {
            return Redirect(this.Links().EnquiryStart());
        }

        if (draft.IsSubmitted)
        {
            return Redirect(this.Links().EnquiryConfirmation());
        }

        Answers = draft.ReadAnswers();
        if (EnquiryJourney.FirstIncomplete(Answers) is { } missing)
        {
            return Redirect(this.Links().EnquiryQuestion(missing));
        }

        if (Honeypot.IsFilled(Website))
        {
            ModelState.AddModelError(string.Empty, $"{Honeypot.Message} The number is {council.Value.Phone}.");
            return Page();
        }

        var now = time.GetUtcNow();
        var enquiry = FamilyFirst.Domain.Enquiries.Enquiry.Submit(Answers, await NewReferenceAsync(), draft.Id, now).Value!;
        await RouteByAreaAsync(enquiry, now);
        db.Enquiries.Add(enquiry);
        draft.MarkSubmitted(enquiry.Id, now.UtcDateTime);
        if (enquiry.Email is { } email)
        {
            var personalisation = new Dictionary<string, string>
            {
                ["name"] = enquiry.ContactName,
                ["serviceName"] = council.Value.ServiceName,
                ["reference"] = enquiry.Reference,
                ["responseTarget"] = council.Value.EnquiryResponseTarget().Description,
            };
            await outbox.QueueAsync(email, NotificationChannel.Email, NotificationTemplates.EnquiryConfirmation, personalisation, "Enquiry", enquiry.Id.ToString(), $"enquiry-confirmation:{enquiry.SubmissionKey:N}");
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException exception)
        {
            db.ChangeTracker.Clear();
            if (await db.Enquiries.AnyAsync(e => e.SubmissionKey == draft.Id))
            {
                // The same form was sent a moment earlier (a double click): that one is the enquiry.
                return Redirect(this.Links().EnquiryConfirmation());
            }

            NotSaved(logger, exception.GetType().Name);
            ModelState.AddModelError(string.Empty, $"Sorry, there is a problem with the service and your enquiry has not been sent. Your answers have been kept: try sending it again, or call us on {council.Value.Phone}.");
            return Page();
        }

        return Redirect(this.Links().EnquiryConfirmation());
    }

    /// <summary>A reference not yet used. Collisions are vanishingly rare; the unique index is the final guard.</summary>
    /// <summary>A family enquiry from a postcode district an administrator has given to a team goes to that team's queue.</summary>
    private async Task RouteByAreaAsync(FamilyFirst.Domain.Enquiries.Enquiry enquiry, DateTimeOffset now)
    {
        if (!enquiry.IsAboutAFamily || EnquiryAreas.DistrictOf(enquiry.Postcode) is not { } district)
        {
            return;
        }

        var area = await db.EnquiryAreas.AsNoTracking().Where(a => a.District == district).Select(a => new { a.TeamId, a.Team.Name }).FirstOrDefaultAsync();
        if (area is not null)
        {
            enquiry.RouteByArea(area.TeamId, area.Name, district, now);
        }
    }

    private async Task<string> NewReferenceAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            var reference = EnquiryReference.Generate();
            if (attempt >= 4 || !await db.Enquiries.AnyAsync(e => e.Reference == reference))
            {
                return reference;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An enquiry could not be saved ({ExceptionType}); the person's answers are kept in their draft.")]
    private static partial void NotSaved(ILogger logger, string exceptionType);
}
