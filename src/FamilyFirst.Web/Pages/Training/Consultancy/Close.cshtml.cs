using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Training.Consultancy;

/// <summary>Closes a piece of consultancy with its outcome and, for each agreed aim, whether it was met, partly met or not met.</summary>
public sealed class CloseModel(AppDbContext db, TimeProvider time, AuditTrail audit) : ConsultancyPage(db, time, audit)
{
    /// <summary>One answer per aim, by its place in the aims' order (0 for the first); an aim left unanswered has none.</summary>
    [BindProperty]
    public Dictionary<int, AimResult?> Results { get; set; } = [];

    [BindProperty]
    [Display(Name = "Outcome")]
    public string? Outcome { get; set; }

    public IReadOnlyList<ConsultancyAim> AimsInOrder { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid pieceId)
    {
        if (!await LoadAsync(pieceId))
        {
            return NotFound();
        }

        if (Piece.IsClosed)
        {
            return Redirect(this.Links().ConsultancyPiece(pieceId));
        }

        Prepare();
        return Page();
    }

    [ForAction(StaffAction.RunConsultancy)]
    public async Task<IActionResult> OnPostAsync(Guid pieceId)
    {
        if (!await LoadAsync(pieceId))
        {
            return NotFound();
        }

        Prepare();

        // Errors in the order of the page: each aim, then the outcome.
        ModelState.Remove(nameof(Outcome));
        for (var i = 0; i < AimsInOrder.Count; i++)
        {
            ModelState.Remove($"Results[{i}]");
            if (Results.GetValueOrDefault(i) is null)
            {
                ModelState.AddModelError($"Results[{i}]", $"Select whether aim {i + 1} was met: {AimsInOrder[i].Text}");
            }
        }

        if (string.IsNullOrWhiteSpace(Outcome))
        {
            ModelState.AddModelError(nameof(Outcome), "Enter the outcome of the piece of work");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var results = AimsInOrder.Select((a, i) => (a.Id, Result: Results.GetValueOrDefault(i))).ToDictionary(r => r.Id, r => r.Result);
        var closed = Piece.Close(Outcome, results, Time.Today);
        if (!closed.Succeeded)
        {
            var field = closed.Field == nameof(Outcome) ? nameof(Outcome) : closed.Field is null ? string.Empty : $"Results[{AimsInOrder.ToList().FindIndex(a => closed.Field == $"Results[{a.Id}]")}]";
            ModelState.AddModelError(field, closed.Error!);
            return Page();
        }

        var met = string.Join(", ", Piece.AimsInOrder.Select(a => $"aim {a.Position} {a.Result!.Value.Describe().ToLowerInvariant()}"));
        return await SavedAsync(AuditAction.Change, $"Closed with its outcome ({met})", $"Consultancy for {Piece.Organisation} closed");
    }

    private void Prepare()
    {
        AimsInOrder = Piece.AimsInOrder.ToList();
        for (var i = 0; i < AimsInOrder.Count; i++)
        {
            Results.TryAdd(i, null);
        }
    }
}
