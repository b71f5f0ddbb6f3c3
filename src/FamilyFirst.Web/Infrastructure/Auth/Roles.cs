namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>The staff roles. A person may hold several.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Manager = "Manager";
    public const string Practitioner = "Practitioner";
    public const string Coordinator = "Coordinator";
    public const string Analyst = "Analyst";
    public const string Trainer = "Trainer";

    public static readonly IReadOnlyList<string> All = [Administrator, Manager, Practitioner, Coordinator, Analyst, Trainer];

    public static string Describe(string role) => role switch
    {
        Administrator => "Manages users, teams and settings",
        Manager => "Allocates work, approves bottom lines and closures, sees the team's caseload",
        Practitioner => "Holds families' cases: people, meetings, plans and outcomes",
        Coordinator => "Independent Family Group Conference coordinator",
        Analyst => "Imports partner data and runs outcome and impact reports",
        Trainer => "Runs restorative practice training and consultancy",
        _ => role,
    };

    /// <summary>
    /// Whether the person's day starts from "My conferences" rather than the general home page: a coordinator who
    /// holds no other role (their work is the conferences they coordinate).
    /// </summary>
    public static bool StartsFromMyConferences(System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Coordinator) && All.Count(user.IsInRole) == 1;
    }

    /// <summary>
    /// Whether the person's day starts from "Partner data and results to check" rather than the general home page: an
    /// analyst who holds no other role (their work is partner data, results and reports).
    /// </summary>
    public static bool StartsFromDataAndResults(System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Analyst) && All.Count(user.IsInRole) == 1;
    }
}

/// <summary>Authorisation policy names. Every page and endpoint names one, or is marked public.</summary>
public static class Policies
{
    /// <summary>Any signed-in, active member of staff.</summary>
    public const string Staff = "Staff";

    public const string Administrator = "Administrator";

    /// <summary>Calls to <c>/api</c>, signed in with a personal access token rather than a cookie.</summary>
    public const string Api = "Api";

    /// <summary>Who may hold personal access tokens: the people who run imports and reports.</summary>
    public const string ApiTokens = "ApiTokens";

    /// <summary>Who may import partner data and work the unmatched queue: administrators, managers and analysts.</summary>
    public const string Imports = "Imports";

    /// <summary>Who may see Family First results and impact reports and claim results: managers and analysts.</summary>
    public const string Reports = "Reports";

    /// <summary>
    /// Staff who may work with family records at all: practitioners, coordinators, managers, and administrators
    /// (who see a family only as members of its team). Which families each sees is decided per record by
    /// <see cref="Access.FamilyAccess"/>; analysts and trainers never see identifiable family records.
    /// </summary>
    public const string FamilyRecords = "FamilyRecords";

    /// <summary>Team managers: allocation and merging duplicate people.</summary>
    public const string Manager = "Manager";

    /// <summary>Staff with an enquiries queue: triage officers (practitioners and managers) and trainers. See <see cref="EnquiryAccess"/>.</summary>
    public const string Enquiries = "Enquiries";

    /// <summary>The Family Group Conference dashboard and reports: coordinators and managers.</summary>
    public const string Conferences = "Conferences";

    /// <summary>Restorative practice training and consultancy: courses, sessions, participants, registers and certificates. Trainers only.</summary>
    public const string Training = "Training";

    /// <summary>The reach of restorative practice training (counts only, no participant's details): trainers and managers.</summary>
    public const string TrainingReach = "TrainingReach";

    /// <summary>
    /// A family member signed in to their family's own view (by invitation link and code, with their own cookie scheme).
    /// Never satisfied by staff sign-in, and no staff policy is satisfied by it.
    /// </summary>
    public const string FamilyMember = "FamilyMember";

    /// <summary>Who may read the security log (sign-in events, refusals, administration changes, exports): managers and administrators.</summary>
    public const string SecurityLog = "SecurityLog";
}
