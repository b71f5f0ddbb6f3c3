namespace FamilyFirst.Domain.Access;

/// <summary>
/// Everything a member of staff can do that changes something, at the level the role model is written in
/// (<c>docs/roles.md</c>). Every state-changing page handler names one of these, and <see cref="RoleModel"/> says who may do it.
/// </summary>
public enum StaffAction
{
    /// <summary>Open a new family case.</summary>
    OpenFamily,

    /// <summary>Write the case record: case notes, consent, the family network, programmes, references, safety ratings, pre-proceedings, meetings, the family's online access, and its Supporting Families needs and the outcomes against them.</summary>
    WriteCaseRecord,

    /// <summary>Add, change or remove people in the family and their relationships.</summary>
    ChangeFamilyMembers,

    /// <summary>Merge two records of the same person.</summary>
    MergePeople,

    /// <summary>Write, agree, revise and review the family plan.</summary>
    ChangeFamilyPlan,

    /// <summary>Write, reword or retire a bottom line.</summary>
    WriteBottomLine,

    /// <summary>Approve a bottom line so it binds the plan.</summary>
    ApproveBottomLine,

    /// <summary>Ask to close the family's case, with a reason, for a manager to approve.</summary>
    RequestCaseClosure,

    /// <summary>Approve a request to close the case (which closes it) or return it with comments.</summary>
    DecideCaseClosure,

    /// <summary>Reopen a closed case.</summary>
    ReopenCase,

    /// <summary>Allocate the family to a team and lead practitioner.</summary>
    AllocateFamily,

    /// <summary>Refer the family to a Family Group Conference and allocate its coordinator.</summary>
    ReferToConference,

    /// <summary>Run a conference: preparation, invitations, how children take part, date and venue, private family time, recording the family's plan, review and ending it.</summary>
    RunConference,

    /// <summary>Record the local authority's decision on the family's plan from a conference.</summary>
    RecordLocalAuthorityDecision,

    /// <summary>Claim a family's Family First results.</summary>
    ClaimResults,

    /// <summary>Take a snapshot of the impact report.</summary>
    TakeImpactSnapshot,

    /// <summary>Approve an impact snapshot for the public evidence page.</summary>
    ApproveImpactSnapshot,

    /// <summary>Import partner data and work the unmatched rows.</summary>
    ImportPartnerData,

    /// <summary>Triage and answer enquiries (which types, by <c>EnquiryAccess</c>).</summary>
    WorkEnquiries,

    /// <summary>Run restorative practice training: courses, sessions, bookings, registers.</summary>
    RunTraining,

    /// <summary>Record consultancy: pieces of work asked for by a team or a partner, their agreed aims, sessions held and outcome.</summary>
    RunConsultancy,

    /// <summary>Invite staff and change their roles, teams and whether they can sign in, or reset their second factor.</summary>
    ManageUsers,

    /// <summary>Add teams.</summary>
    ManageTeams,

    /// <summary>Change the service's settings (enquiry closure reasons) and resend messages from the outbox.</summary>
    ManageSettings,

    /// <summary>Create and revoke one's own personal access tokens for the API.</summary>
    HoldApiTokens,

    /// <summary>Look after one's own sign-in: change one's password, set up an authenticator app, stay signed in.</summary>
    LookAfterOwnSignIn,

    /// <summary>Check a possible match that a duplicate check found in a family the person adding could not see, and mark it checked.</summary>
    CheckPossibleMatch,
    /// <summary>Route a family enquiry to a team's queue at triage.</summary>
    RouteEnquiries,

    /// <summary>Ask a manager to allow contact with someone who must not be contacted, with a reason.</summary>
    RequestContactOverride,

    /// <summary>Allow contact despite a restriction (with the manager's reason) or refuse a request for it with comments.</summary>
    DecideContactOverride,
}

/// <summary>One line of the role model: what the action is, who may do it (in words), and the rule.</summary>
public sealed record ActionRule(StaffAction Action, string Name, string Who, bool OnAFamily, Func<StaffMember, FamilyAccessFacts?, bool> Rule);

/// <summary>
/// The role model: for every action, who may do it. Actions on a family also need the family's need-to-know rule
/// (<see cref="FamilyAccessRule.CanChange"/>); within it, coordinators only run the conferences they coordinate and
/// never the family's case, the local authority's decision and closing the case are the lead practitioner's or a
/// manager's, and approvals are a manager's. Written out for people in <c>docs/roles.md</c>; a test holds every page
/// handler to it.
/// </summary>
public static class RoleModel
{
    public static IReadOnlyList<ActionRule> Rules { get; } =
    [
        Anywhere(StaffAction.OpenFamily, "Open a family case", "Practitioners and managers", StaffRole.Practitioner, StaffRole.Manager),
        OnFamily(StaffAction.WriteCaseRecord, "Write the case record (notes, consent, network, meetings, safety, pre-proceedings, online access, Supporting Families needs and outcomes)", "Practitioners and managers who hold the case (lead practitioner or the family's team)", CaseHolder),
        OnFamily(StaffAction.ChangeFamilyMembers, "Add, change or remove people and relationships", "Practitioners and managers who hold the case", CaseHolder),
        OnFamily(StaffAction.MergePeople, "Merge duplicate people", "Managers of the family's team", TeamManager),
        OnFamily(StaffAction.ChangeFamilyPlan, "Write and review the family plan", "Practitioners and managers who hold the case", CaseHolder),
        OnFamily(StaffAction.WriteBottomLine, "Write, reword or retire a bottom line", "Practitioners and managers who hold the case", CaseHolder),
        OnFamily(StaffAction.ApproveBottomLine, "Approve a bottom line", "Managers of the family's team", TeamManager),
        OnFamily(StaffAction.RequestCaseClosure, "Ask to close the case", "The lead practitioner", LeadPractitioner),
        OnFamily(StaffAction.DecideCaseClosure, "Approve or return a request to close the case", "Managers of the family's team (never their own request)", TeamManager),
        OnFamily(StaffAction.ReopenCase, "Reopen a closed case", "The lead practitioner and managers of the family's team", (s, f) => LeadPractitioner(s, f) || TeamManager(s, f)),
        OnFamily(StaffAction.AllocateFamily, "Allocate the family", "Managers of the family's team (or of the receiving team when it has none)", CanAllocateSomewhere),
        OnFamily(StaffAction.ReferToConference, "Refer to a Family Group Conference and allocate its coordinator", "Practitioners and managers who hold the case", CaseHolder),
        OnFamily(StaffAction.RunConference, "Run a conference (preparation, invitations, private family time, the family's plan, review)", "The conference's coordinator, and practitioners and managers who hold the case", (s, f) => CaseHolder(s, f) || ConferenceCoordinator(s, f)),
        OnFamily(StaffAction.RecordLocalAuthorityDecision, "Record the local authority's decision on the family's plan", "The lead practitioner and managers of the family's team", (s, f) => LeadPractitioner(s, f) || TeamManager(s, f)),
        Anywhere(StaffAction.ClaimResults, "Claim results", "Managers and analysts", StaffRole.Manager, StaffRole.Analyst),
        Anywhere(StaffAction.TakeImpactSnapshot, "Take an impact snapshot", "Managers and analysts", StaffRole.Manager, StaffRole.Analyst),
        Anywhere(StaffAction.ApproveImpactSnapshot, "Approve an impact snapshot for the public page", "Managers (never the person who took it)", StaffRole.Manager),
        Anywhere(StaffAction.ImportPartnerData, "Import partner data and match rows", "Administrators, managers and analysts", StaffRole.Administrator, StaffRole.Manager, StaffRole.Analyst),
        Anywhere(StaffAction.WorkEnquiries, "Triage and answer enquiries", "Practitioners and managers (family enquiries), trainers and managers (training enquiries)", StaffRole.Practitioner, StaffRole.Manager, StaffRole.Trainer),
        Anywhere(StaffAction.RunTraining, "Run training", "Trainers", StaffRole.Trainer),
        Anywhere(StaffAction.RunConsultancy, "Record consultancy work (who asked, agreed aims, sessions held, outcome)", "Trainers", StaffRole.Trainer),
        Anywhere(StaffAction.ManageUsers, "Invite staff, change roles, teams and sign-in", "Administrators (never for their own account)", StaffRole.Administrator),
        Anywhere(StaffAction.ManageTeams, "Add teams", "Administrators", StaffRole.Administrator),
        Anywhere(StaffAction.ManageSettings, "Change settings and resend messages", "Administrators", StaffRole.Administrator),
        Anywhere(StaffAction.HoldApiTokens, "Hold API tokens", "Administrators, managers and analysts", StaffRole.Administrator, StaffRole.Manager, StaffRole.Analyst),
        Anywhere(StaffAction.LookAfterOwnSignIn, "Change one's own password and authenticator app, and stay signed in", "Every member of staff", Enum.GetValues<StaffRole>()),
        Anywhere(StaffAction.CheckPossibleMatch, "Check a possible duplicate found in a family the person adding could not see", "Managers (of the matched family's team)", StaffRole.Manager),
        Anywhere(StaffAction.RouteEnquiries, "Route a family enquiry to a team", "Managers", StaffRole.Manager),
        OnFamily(StaffAction.RequestContactOverride, "Ask a manager to allow contact with someone who must not be contacted", "Practitioners and managers who hold the case, and the coordinators of the family's conferences", (s, f) => CaseHolder(s, f) || ConferenceCoordinator(s, f)),
        OnFamily(StaffAction.DecideContactOverride, "Allow or refuse a request to contact someone who must not be contacted", "Managers of the family's team (never their own request)", TeamManager),
    ];

    public static ActionRule For(StaffAction action) => Rules.Single(r => r.Action == action);

    /// <summary>
    /// Whether this member of staff may do the action; for an action on a family, on this family (null facts refuse
    /// it: there is no family to act on).
    /// </summary>
    public static bool Allows(StaffMember staff, StaffAction action, FamilyAccessFacts? family = null)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var rule = For(action);
        if (!rule.OnAFamily)
        {
            return rule.Rule(staff, null);
        }

        return family is not null && rule.Rule(staff, family);
    }

    /// <summary>The lead practitioner, or a practitioner or manager of the family's team, within the need-to-know rule.</summary>
    public static bool CaseHolder(StaffMember staff, FamilyAccessFacts? family) =>
        family is not null
        && (staff.HasRole(StaffRole.Practitioner) || staff.HasRole(StaffRole.Manager))
        && (family.LeadPractitionerId == staff.UserId || staff.IsOnTeam(family.TeamId))
        && (!family.IsRestricted || family.NamedUserIds.Contains(staff.UserId));

    /// <summary>The family's lead practitioner.</summary>
    public static bool LeadPractitioner(StaffMember staff, FamilyAccessFacts? family) =>
        family is not null && staff.HasRole(StaffRole.Practitioner) && family.LeadPractitionerId == staff.UserId
        && (!family.IsRestricted || family.NamedUserIds.Contains(staff.UserId));

    /// <summary>A manager of the family's team.</summary>
    public static bool TeamManager(StaffMember staff, FamilyAccessFacts? family) =>
        family is not null && staff.HasRole(StaffRole.Manager) && staff.IsOnTeam(family.TeamId)
        && (!family.IsRestricted || family.NamedUserIds.Contains(staff.UserId));

    /// <summary>The coordinator of one of the family's conferences.</summary>
    public static bool ConferenceCoordinator(StaffMember staff, FamilyAccessFacts? family) =>
        family is not null && staff.HasRole(StaffRole.Coordinator) && family.CoordinatorIds.Contains(staff.UserId)
        && (!family.IsRestricted || family.NamedUserIds.Contains(staff.UserId));

    /// <summary>The roles that work on families through their teams, so need at least one team: practitioners, coordinators and managers.</summary>
    public static IReadOnlySet<StaffRole> RolesThatWorkThroughATeam { get; } = new HashSet<StaffRole> { StaffRole.Practitioner, StaffRole.Coordinator, StaffRole.Manager };

    /// <summary>
    /// Whether an administrator may change this account's roles and teams: never their own (nobody gives themselves
    /// access; another administrator does it).
    /// </summary>
    public static Result MayChangeRolesAndTeams(StaffMember administrator, Guid accountId)
    {
        ArgumentNullException.ThrowIfNull(administrator);
        if (!Allows(administrator, StaffAction.ManageUsers))
        {
            return Result.Fail("Only an administrator can change a person's roles or teams");
        }

        return administrator.UserId == accountId
            ? Result.Fail("You cannot change your own roles or teams. Ask another administrator")
            : Result.Ok();
    }

    /// <summary>Whether an administrator may deactivate this account: never their own (the service would lose the person who can undo it).</summary>
    public static Result MayDeactivate(StaffMember administrator, Guid accountId)
    {
        ArgumentNullException.ThrowIfNull(administrator);
        if (!Allows(administrator, StaffAction.ManageUsers))
        {
            return Result.Fail("Only an administrator can deactivate an account");
        }

        return administrator.UserId == accountId ? Result.Fail("You cannot deactivate your own account") : Result.Ok();
    }

    /// <summary>
    /// Whether these roles and teams make a workable account: at least one role, and at least one team for a role that
    /// works on families through its team (practitioner, coordinator, manager), since such a person would otherwise see
    /// and hold nothing.
    /// </summary>
    public static Result CheckRolesAndTeams(IReadOnlyCollection<StaffRole> roles, IReadOnlyCollection<Guid> teamIds)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(teamIds);
        if (roles.Count == 0)
        {
            return Result.Fail("Select at least one role");
        }

        var needing = roles.Where(RolesThatWorkThroughATeam.Contains).Distinct().Order().ToList();
        if (needing.Count > 0 && teamIds.Count == 0)
        {
            return Result.Fail($"Select at least one team for a {Describe(needing)}");
        }

        return Result.Ok();
    }

    private static string Describe(IReadOnlyList<StaffRole> roles)
    {
        var words = roles.Select(r => r.ToString().ToLowerInvariant()).ToList();
        return words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1];
    }

    private static bool CanAllocateSomewhere(StaffMember staff, FamilyAccessFacts? family) =>
        family is not null && staff.TeamIds.Any(t => FamilyAccessRule.CanAllocate(staff, family, t));

    private static ActionRule OnFamily(StaffAction action, string name, string who, Func<StaffMember, FamilyAccessFacts?, bool> rule) =>
        new(action, name, who, true, rule);

    private static ActionRule Anywhere(StaffAction action, string name, string who, params StaffRole[] roles) =>
        new(action, name, who, false, (s, _) => roles.Any(s.HasRole));
}
