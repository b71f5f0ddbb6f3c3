using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilyFirst.Web.Pages.Training.Consultancy;

/// <summary>
/// The fields of a piece of consultancy, shared by recording a new one and changing one: who asked (a council team or
/// a partner organisation), the contact, what they asked, the agreed aims (one per line) and the lead trainer.
/// </summary>
public abstract class ConsultancyFormPage(AppDbContext db, TimeProvider time, AuditTrail audit) : ConsultancyPage(db, time, audit)
{
    [BindProperty]
    [Display(Name = "Who asked?")]
    public ParticipantKind? Kind { get; set; }

    [BindProperty]
    [Display(Name = "Team")]
    public Guid? TeamId { get; set; }

    [BindProperty]
    [Display(Name = "Kind of organisation")]
    public OrganisationType? OrganisationType { get; set; }

    [BindProperty]
    [Display(Name = "Organisation")]
    public string? OrganisationName { get; set; }

    [BindProperty]
    [Display(Name = "Contact name")]
    public string? ContactName { get; set; }

    [BindProperty]
    [Display(Name = "Contact email address")]
    public string? ContactEmail { get; set; }

    [BindProperty]
    [Display(Name = "What they asked for")]
    public string? WhatWasAsked { get; set; }

    [BindProperty]
    [Display(Name = "Agreed aims (optional until they are agreed)")]
    public string? Aims { get; set; }

    [BindProperty]
    [Display(Name = "Lead trainer")]
    public string? LeadTrainerId { get; set; }

    public IReadOnlyList<SelectListItem> Teams { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Trainers { get; private set; } = [];

    protected async Task LoadChoicesAsync()
    {
        Teams = [new SelectListItem("Select the team", string.Empty), .. await Db.Teams.OrderBy(t => t.Name).Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToListAsync()];
        Trainers = await TrainerChoices.AllAsync(Db);
    }

    protected void Fill(ConsultancyPiece piece)
    {
        ArgumentNullException.ThrowIfNull(piece);
        (Kind, TeamId, OrganisationType, OrganisationName) = (piece.Kind, piece.TeamId, piece.OrganisationType, piece.OrganisationName);
        (ContactName, ContactEmail, WhatWasAsked, LeadTrainerId) = (piece.ContactName, piece.ContactEmail, piece.WhatWasAsked, piece.LeadTrainerId);
        Aims = string.Join('\n', piece.AimsInOrder.Select(a => a.Text));
    }

    protected IReadOnlyList<string?> AimLines => (Aims ?? string.Empty).Split('\n');

    /// <summary>The request as typed; every problem with it goes on its field. Null when any field is wrong.</summary>
    protected (ConsultancyRequest Request, TrainerRef Lead)? Checked()
    {
        var teamName = Teams.FirstOrDefault(t => t.Value.Length > 0 && t.Value == TeamId?.ToString())?.Text;
        var request = new ConsultancyRequest(Kind, teamName is null ? null : TeamId, teamName, OrganisationType, OrganisationName, ContactName, ContactEmail, WhatWasAsked);
        foreach (var error in request.Errors())
        {
            ModelState.AddModelError(error.Field, error.Message);
        }

        var trainer = Trainers.FirstOrDefault(t => t.Value == LeadTrainerId);
        var lead = trainer is null ? null : new TrainerRef(trainer.Value, trainer.Text);
        if (ConsultancyPiece.CheckAimsAndLead(ConsultancyPiece.CleanAims(AimLines), lead) is { } other)
        {
            ModelState.AddModelError(other.Field, other.Message);
        }

        return ModelState.IsValid ? (request, lead!) : null;
    }
}
