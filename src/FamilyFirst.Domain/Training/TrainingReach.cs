using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Domain.Outcomes;

namespace FamilyFirst.Domain.Training;

/// <summary>One recorded completion, as the reach of training counts it: who (by email), which course, when, and where they work.</summary>
public sealed record CompletedTraining(
    string Email,
    Guid CourseId,
    DateOnly SessionDate,
    ParticipantKind Kind,
    Guid? TeamId,
    OrganisationType? OrganisationType,
    string OrganisationName);

/// <summary>A member of staff in the staff directory: an active account in a team.</summary>
public sealed record StaffMember(string Email, Guid TeamId, string TeamName);

/// <summary>A course as the reach dashboard shows it: its session evaluations and its three-month follow-ups.</summary>
public sealed record ReachCourse(Course Course, IReadOnlyList<EvaluationResponse> Evaluations, IReadOnlyList<FollowUpResponse>? FollowUps = null);

/// <summary>
/// People trained on one course, the confidence change its evaluations show at the session, and the change from
/// before the session to three months on (<see cref="FollowUpSummary.ChangeSinceBefore"/>); each null until enough
/// have answered.
/// </summary>
public sealed record CourseReach(Guid CourseId, string Course, int PeopleTrained, int Answers, decimal? ConfidenceChange, string? TooFewAnswersMessage, int FollowUpAnswers = 0, decimal? ChangeThreeMonthsOn = null);

/// <summary>Council staff trained in one team, against the team's staff in the staff directory.</summary>
public sealed record TeamReach(Guid TeamId, string Team, int PeopleTrained, int StaffInDirectory, int StaffTrained)
{
    /// <summary>The share of the team's staff (in the directory) who have completed any course, to one decimal place.</summary>
    public decimal? ShareOfStaffTrained => ImpactReport.Percent(StaffTrained, StaffInDirectory);
}

/// <summary>People trained from one partner organisation (organisations are matched by name, ignoring case and spacing).</summary>
public sealed record OrganisationReach(string Organisation, OrganisationType? Type, int PeopleTrained);

/// <summary>People trained (and courses completed) in one calendar quarter, by the date of the session.</summary>
public sealed record QuarterReach(string Label, string ShortLabel, DateOnly Start, int PeopleTrained, int Completions);

/// <summary>
/// How far restorative practice has reached: people trained (a person is counted once however many courses they
/// complete, matched by email address) by course, council team, partner organisation and quarter; the share of each
/// team's staff who are trained; and the confidence change on each course, from its anonymous evaluations under the
/// aggregate-only rule (<see cref="EvaluationSummary"/>). Only recorded completions count: a booking, or attendance
/// without completion, does not.
/// </summary>
public sealed class TrainingReach
{
    private TrainingReach()
    {
    }

    public int PeopleTrained { get; private init; }

    public int Completions { get; private init; }

    /// <summary>Organisations with at least one person trained: each partner organisation, and the council (once) if any of its staff are.</summary>
    public int Organisations { get; private init; }

    public IReadOnlyList<CourseReach> ByCourse { get; private init; } = [];

    public IReadOnlyList<TeamReach> ByTeam { get; private init; } = [];

    public IReadOnlyList<OrganisationReach> ByOrganisation { get; private init; } = [];

    public IReadOnlyList<QuarterReach> ByQuarter { get; private init; } = [];

    public bool IsEmpty => Completions == 0;

    /// <summary>The reach from every completion, or (with <paramref name="asAt"/>) from sessions held on or before that date.</summary>
    public static TrainingReach From(IEnumerable<CompletedTraining> completions, IEnumerable<StaffMember> directory, IEnumerable<ReachCourse> courses, DateOnly? asAt = null)
    {
        ArgumentNullException.ThrowIfNull(completions);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(courses);
        var done = completions.Where(c => asAt is null || c.SessionDate <= asAt).ToList();
        var staff = directory.ToList();

        var byCourse = courses
            .Select(c =>
            {
                var evaluation = EvaluationSummary.From(c.Course, c.Evaluations);
                var followUp = FollowUpSummary.From(c.Course, c.FollowUps ?? [], evaluation);
                return new CourseReach(
                    c.Course.Id,
                    c.Course.Title,
                    People(done.Where(d => d.CourseId == c.Course.Id)),
                    evaluation.Answers,
                    evaluation.AverageChange,
                    evaluation.TooFewAnswersMessage,
                    followUp.Answers,
                    followUp.ChangeSinceBefore);
            })
            .OrderBy(c => c.Course, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var trainedEmails = done.Select(d => Key(d.Email)).ToHashSet(StringComparer.Ordinal);
        var staffTeams = staff.GroupBy(s => s.TeamId).ToDictionary(g => g.Key, g => g.ToList());
        var teamNames = staff.GroupBy(s => s.TeamId).ToDictionary(g => g.Key, g => g.First().TeamName);
        var byTeam = done.Where(d => d.Kind == ParticipantKind.CouncilStaff && d.TeamId is not null).Select(d => d.TeamId!.Value)
            .Concat(staffTeams.Keys)
            .Distinct()
            .Select(teamId =>
            {
                var members = staffTeams.GetValueOrDefault(teamId) ?? [];
                var teamDone = done.Where(d => d.Kind == ParticipantKind.CouncilStaff && d.TeamId == teamId).ToList();
                var name = teamNames.GetValueOrDefault(teamId) ?? teamDone.Select(d => d.OrganisationName).FirstOrDefault() ?? "Unknown team";
                var staffEmails = members.Select(m => Key(m.Email)).Distinct(StringComparer.Ordinal).ToList();
                return new TeamReach(teamId, name, People(teamDone), staffEmails.Count, staffEmails.Count(trainedEmails.Contains));
            })
            .OrderBy(t => t.Team, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var byOrganisation = done.Where(d => d.Kind == ParticipantKind.PartnerAgency)
            .GroupBy(d => Key(d.OrganisationName))
            .Select(g => new OrganisationReach(
                g.GroupBy(d => d.OrganisationName.Trim()).OrderByDescending(n => n.Count()).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key,
                g.Select(d => d.OrganisationType).FirstOrDefault(t => t is not null),
                People(g)))
            .OrderByDescending(o => o.PeopleTrained).ThenBy(o => o.Organisation, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var byQuarter = done.GroupBy(d => AttachmentQuarter.Of(d.SessionDate))
            .OrderBy(g => g.Key)
            .Select(g => new QuarterReach(g.Key.Label, g.Key.ShortLabel, g.Key.Start, People(g), g.Count()))
            .ToList();

        return new TrainingReach
        {
            PeopleTrained = trainedEmails.Count,
            Completions = done.Count,
            Organisations = byOrganisation.Count + (done.Any(d => d.Kind == ParticipantKind.CouncilStaff) ? 1 : 0),
            ByCourse = byCourse,
            ByTeam = byTeam,
            ByOrganisation = byOrganisation,
            ByQuarter = byQuarter,
        };
    }

    private static int People(IEnumerable<CompletedTraining> completions) =>
        completions.Select(c => Key(c.Email)).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Emails and organisation names match ignoring case and runs of spaces.</summary>
    private static string Key(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToUpperInvariant();
}

/// <summary>
/// The reach of training as the public evidence page can say it, once a manager has approved it with an impact report
/// snapshot: "1,240 people trained in restorative practice across 38 organisations". The same disclosure control as
/// every published figure (<see cref="DisclosureControl"/>): a count below the threshold reads "fewer than 10".
/// </summary>
public sealed record TrainingHeadline(int PeopleTrained, int Organisations)
{
    public static TrainingHeadline From(TrainingReach reach)
    {
        ArgumentNullException.ThrowIfNull(reach);
        return new(reach.PeopleTrained, reach.Organisations);
    }

    /// <summary>The sentence to publish (without its full stop), or null when no one has been trained (there is nothing to say).</summary>
    public string? Publish(int threshold = DisclosureControl.DefaultThreshold)
    {
        if (PeopleTrained == 0)
        {
            return null;
        }

        var people = DisclosureControl.CountText(PeopleTrained, threshold);
        people = char.ToUpperInvariant(people[0]) + people[1..];
        var organisations = DisclosureControl.CountText(Organisations, threshold);
        return $"{people} {(PeopleTrained == 1 ? "person" : "people")} trained in restorative practice across {organisations} {(Organisations == 1 ? "organisation" : "organisations")}";
    }
}
