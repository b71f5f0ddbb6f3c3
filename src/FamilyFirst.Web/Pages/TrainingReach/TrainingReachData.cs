using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Downloads;

namespace FamilyFirst.Web.Pages.TrainingReach;

/// <summary>
/// Gathers what <see cref="Domain.Training.TrainingReach"/> counts: every recorded completion (with its session's date
/// on the council's calendar), the staff directory (active accounts in each team) and each course's evaluations.
/// </summary>
public sealed class TrainingReachData(AppDbContext db, TimeProvider time)
{
    /// <summary>The reach from every completion, or (with <paramref name="asAt"/>) from sessions held on or before that date.</summary>
    public async Task<Domain.Training.TrainingReach> BuildAsync(DateOnly? asAt = null, CancellationToken cancellationToken = default)
    {
        var sessions = await db.TrainingSessions.AsNoTracking().Include(s => s.Bookings)
            .Where(s => s.Bookings.Any(b => b.CompletedAt != null)).ToListAsync(cancellationToken);
        var completions = sessions.SelectMany(s => s.Bookings.Where(b => b.CompletedAt is not null).Select(b => new CompletedTraining(
            b.Email, s.CourseId, time.DateOf(s.StartsAt), b.Kind, b.TeamId, b.OrganisationType, b.OrganisationName))).ToList();
        var directory = await (from m in db.TeamMemberships
                               join u in db.Users on m.UserId equals u.Id
                               join t in db.Teams on m.TeamId equals t.Id
                               where u.IsActive && u.Email != null
                               select new { u.Email, TeamId = t.Id, TeamName = t.Name }).ToListAsync(cancellationToken);
        var courses = await db.TrainingCourses.AsNoTracking().Include(c => c.Outcomes).ToListAsync(cancellationToken);
        var evaluations = (await db.TrainingEvaluations.AsNoTracking().Include(e => e.Ratings).ToListAsync(cancellationToken))
            .ToLookup(e => e.CourseId);
        var followUps = (await db.TrainingFollowUps.AsNoTracking().Include(f => f.Ratings).ToListAsync(cancellationToken))
            .ToLookup(f => f.CourseId);
        return Domain.Training.TrainingReach.From(
            completions,
            directory.Select(d => new StaffMember(d.Email!, d.TeamId, d.TeamName)),
            courses.Select(c => new ReachCourse(c, evaluations[c.Id].ToList(), followUps[c.Id].ToList())),
            asAt);
    }

    /// <summary>Pieces of consultancy by the kind of organisation that asked and the quarter they asked in (counts only).</summary>
    public async Task<ConsultancyReach> BuildConsultancyAsync(CancellationToken cancellationToken = default)
    {
        var pieces = await db.ConsultancyPieces.AsNoTracking()
            .Select(p => new ConsultancyCounted(p.Kind, p.OrganisationType, p.RequestedOn, p.Status == ConsultancyStatus.Closed))
            .ToListAsync(cancellationToken);
        return ConsultancyReach.From(pieces);
    }

    /// <summary>The dashboard as sheets for the CSV and Excel downloads: the same figures as the page, and no one's details.</summary>
    public static IReadOnlyList<DownloadSheet> Sheets(Domain.Training.TrainingReach reach, ConsultancyReach? consultancy = null)
    {
        ArgumentNullException.ThrowIfNull(reach);
        return
        [
            new("Summary",
            [
                ["Measure", "Value"],
                ["People trained", reach.PeopleTrained],
                ["Courses completed", reach.Completions],
                ["Organisations with someone trained (the council counts as one)", reach.Organisations],
            ]),
            new("By course", reach.ByCourse.Select(c => (IReadOnlyList<object?>)[c.Course, c.PeopleTrained, c.Answers, c.ConfidenceChange, c.FollowUpAnswers, c.ChangeThreeMonthsOn])
                .Prepend(["Course", "People trained", "Evaluations answered", "Average confidence change (0 to 10, shown from 5 answers)", "Follow-ups answered", "Change from before the session to three months on (shown from 5 answers to each)"])),
            new("By team", reach.ByTeam.Select(t => (IReadOnlyList<object?>)[t.Team, t.PeopleTrained, t.StaffInDirectory, t.StaffTrained, t.ShareOfStaffTrained])
                .Prepend(["Team", "People trained", "Staff in the directory", "Staff trained", "Percent of staff trained"])),
            new("By partner organisation", reach.ByOrganisation.Select(o => (IReadOnlyList<object?>)[o.Organisation, o.Type?.Describe(), o.PeopleTrained])
                .Prepend(["Organisation", "Kind of organisation", "People trained"])),
            new("By quarter", reach.ByQuarter.Select(q => (IReadOnlyList<object?>)[q.ShortLabel, q.Label, q.PeopleTrained, q.Completions])
                .Prepend(["Quarter", "Months", "People trained", "Courses completed"])),
            .. consultancy is null ? Array.Empty<DownloadSheet>() :
            [
                new("Consultancy", consultancy.Rows.Select(r => (IReadOnlyList<object?>)[r.QuarterShort, r.Quarter, r.OrganisationKind, r.Pieces, r.Closed])
                    .Prepend(["Quarter", "Months", "Who asked", "Pieces of work", "Closed"])),
            ],
        ];
    }
}
