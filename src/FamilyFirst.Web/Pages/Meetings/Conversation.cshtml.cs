using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Pages.Families;
using Microsoft.AspNetCore.Mvc.RazorPages;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Meetings;

/// <summary>An informal restorative conversation, recorded on one short page: when, who took part and what was said.</summary>
public sealed class ConversationModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : PageModel
{
    public FamilyCase Family { get; private set; } = default!;

    public IReadOnlyList<(string Value, string Name)> People { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Date of the conversation")]
    [Required(ErrorMessage = "Enter the date of the conversation")]
    public DateOnly? Date { get; set; }

    [BindProperty]
    [Display(Name = "Time")]
    [Required(ErrorMessage = "Enter the time of the conversation")]
    public string? Time { get; set; }

    [BindProperty]
    [Display(Name = "Who from the family took part?")]
    public List<Guid> FamilyPeople { get; set; } = [];

    [BindProperty]
    [Display(Name = "Anyone else who took part (optional)")]
    [StringLength(2000, ErrorMessage = "Anyone else who took part must be 2,000 characters or less")]
    public string? Others { get; set; }

    [BindProperty]
    [Display(Name = "What was talked about?")]
    [Required(ErrorMessage = "Enter what was talked about")]
    [StringLength(Meeting.SummaryMaxLength, ErrorMessage = "What was talked about must be 2,000 characters or less")]
    public string? WhatWasSaid { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Date = time.Today;
        return Page();
    }

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        var at = CouncilTime.ParseTime(Time);
        if (Time is not null && at is null)
        {
            ModelState.AddModelError(nameof(Time), "Time must be a real time, like 15:30 or 3:30pm");
        }

        var participants = People.Where(p => FamilyPeople.Contains(Guid.Parse(p.Value)))
            .Select(p => new NewParticipant(p.Name, ParticipantKind.Family, Guid.Parse(p.Value)))
            .Concat(MeetingText.Lines(Others).Select(Other))
            .ToList();
        if (participants.Count == 0)
        {
            ModelState.AddModelError(People.Count > 0 ? nameof(FamilyPeople) : nameof(Others), "Enter who took part in the conversation");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var heldAt = time.ToInstant(Date!.Value, at!.Value);
        var staff = StaffIds.Of(User);
        var recorded = Meeting.RecordConversation(id, heldAt, time.GetUtcNow(), StaffIds.ToUserKey(staff), participants, WhatWasSaid!);
        if (!recorded.Succeeded)
        {
            ModelState.AddModelError(recorded.Field == nameof(Meeting.StartsAt) ? nameof(Date) : nameof(WhatWasSaid), recorded.Error!);
            return Page();
        }

        var meeting = recorded.Value!;
        db.Meetings.Add(meeting);
        db.FeedbackLinks.Add(FeedbackLink.For(meeting.Id, id));
        audit.Record(AuditAction.Create, nameof(Meeting), meeting.Id.ToString(), id, "Restorative conversation recorded");
        Chronology.Add(db, id, ChronologyEventType.Meeting, Date.Value, $"Restorative conversation with {string.Join(", ", participants.Select(p => p.Name))}", staff, time.GetUtcNow(), nameof(Meeting), meeting.Id);
        await db.SaveChangesAsync();
        TempData.Success("Restorative conversation recorded");
        return Redirect(this.Links().Meeting(id, meeting.Id));
    }

    /// <summary>"Ms Patel, class teacher" is a professional with a role; a line without a comma is just a name.</summary>
    private static NewParticipant Other(string line)
    {
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        return comma > 0
            ? new NewParticipant(line[..comma].Trim(), ParticipantKind.Professional, null, line[(comma + 1)..].Trim())
            : new NewParticipant(line, ParticipantKind.Network);
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var family = await access.FindForChangeAsync(id);
        if (family is null)
        {
            return NotFound();
        }

        Family = family;
        var ids = family.Members.Where(m => m.LeftOn is null).Select(m => m.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync();
        People = people.OrderBy(p => p.DisplayName).Select(p => (p.Id.ToString(), p.DisplayName)).ToList();
        return null;
    }
}
