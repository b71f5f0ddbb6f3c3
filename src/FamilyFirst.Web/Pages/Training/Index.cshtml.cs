using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>The trainer's home for training: the course catalogue and the sessions coming up, with places left.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public const int PageSize = 20;

    public IReadOnlyList<CourseRow> Courses { get; private set; } = [];

    public IReadOnlyList<SessionRow> Upcoming { get; private set; } = [];

    public int UpcomingTotal { get; private set; }

    [PageNumber]
    public int PageNumber { get; set; } = 1;

    public int TotalPages { get; private set; } = 1;

    public async Task OnGetAsync()
    {
        var now = time.Now;
        Courses = await db.TrainingCourses.OrderBy(c => c.Title)
            .Select(c => new CourseRow(c.Id, c.Title, c.LengthHours, c.IsWithdrawn, db.TrainingSessions.Count(s => s.CourseId == c.Id && s.StartsAt >= now)))
            .ToListAsync();
        var upcoming = db.TrainingSessions.Where(s => s.EndsAt >= now);
        UpcomingTotal = await upcoming.CountAsync();
        TotalPages = Math.Max(1, (UpcomingTotal + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        var sessions = await upcoming.Include(s => s.Bookings).OrderBy(s => s.StartsAt)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        var titles = Courses.ToDictionary(c => c.Id, c => c.Title);
        Upcoming = sessions.Select(s => new SessionRow(
            s.Id,
            titles.GetValueOrDefault(s.CourseId, "Unknown course"),
            TrainingText.When(time, s),
            s.Venue ?? "Online",
            s.TrainerName,
            s.PlacesLeft,
            s.Capacity,
            s.WaitingList.Count())).ToList();
    }

    public sealed record CourseRow(Guid Id, string Title, decimal LengthHours, bool IsWithdrawn, int UpcomingSessions);

    public sealed record SessionRow(Guid Id, string Course, string When, string Where, string Trainer, int PlacesLeft, int Capacity, int Waiting);
}
