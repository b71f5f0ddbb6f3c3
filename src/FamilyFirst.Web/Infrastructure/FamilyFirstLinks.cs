using System.Globalization;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Web.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure;

/// <summary>
/// The address of every page, one method per page with typed parameters, built from the pages' own routes
/// (<see cref="LinkGenerator"/>), so a route that changes changes everywhere. Views get it as <c>Links</c>
/// (<c>_ViewImports</c>), page models through <see cref="FamilyFirstLinksExtensions.Links"/>, and messages use
/// <see cref="Absolute"/>: the service's own address from <c>Council:ServiceUrl</c>, never the request's Host header.
/// </summary>
public sealed class FamilyFirstLinks(LinkGenerator links, IOptions<CouncilOptions> council)
{
    // Public pages and help
    public string Home() => Page("/Index");

    public string EvidenceOfImpact() => Page("/Evidence/Index");

    public string Accessibility() => Page("/Help/Accessibility");

    public string Privacy() => Page("/Help/Privacy");

    public string Cookies() => Page("/Help/Cookies");

    public string Contact() => Page("/Help/Contact");

    public string Feedback(string token) => Page("/Feedback/Index", new { token });

    public string FeedbackThanks() => Page("/Feedback/Thanks");

    // Staff sign-in and account
    public string SignIn() => Page("/Account/SignIn");

    public string SignOut() => Page("/Account/SignOut");

    /// <summary>Signs in through the council's identity provider, then goes to <paramref name="returnUrl"/> (a local address).</summary>
    public string CouncilSignIn(string? returnUrl = null) => Page("/Account/CouncilSignIn", new { returnUrl });

    /// <summary>Why a council sign-in was refused (<c>CouncilSignIn.Refusals</c>).</summary>
    public string CouncilSignInRefused(string reason) => Page("/Account/CouncilSignInRefused", new { reason });

    public string SignedOut() => Page("/Account/SignedOut");

    public string SignInAgain(string reason, string? returnUrl) => Page("/Account/SignIn", new { reason, returnUrl });

    public string StaySignedIn(string? returnUrl = null) => Page("/Account/StaySignedIn", new { returnUrl });

    public string ChangePassword() => Page("/Account/ChangePassword");

    public string ForgottenPassword() => Page("/Account/ForgottenPassword");

    public string ResetPassword(string userId, string token) => Page("/Account/ResetPassword", new { userId, token });

    public string SignInCode(string? returnUrl = null) => Page("/Account/SignInCode", new { returnUrl });

    public string SignInRecoveryCode(string? returnUrl = null) => Page("/Account/SignInRecoveryCode", new { returnUrl });

    public string SetUpAuthenticator(string? returnUrl = null) => Page("/Account/SetUpAuthenticator", new { returnUrl });

    public string RecoveryCodes() => Page("/Account/RecoveryCodes");

    public string Passkeys() => Page("/Account/Passkeys");

    /// <summary>Where the passkeys page's script asks for the options of a new passkey (POST).</summary>
    public string PasskeyCreationOptions() => Page("/Account/Passkeys", handler: "Options");

    public string RemovePasskey(string credential) => Page("/Account/RemovePasskey", new { credential });

    public string SignInWithPasskey(string? returnUrl = null) => Page("/Account/SignInWithPasskey", new { returnUrl });

    /// <summary>Where the sign-in page's script asks for the options of a passkey sign-in (POST).</summary>
    public string PasskeyRequestOptions() => Page("/Account/SignInWithPasskey", handler: "Options");

    public string AccessDenied() => Page("/Account/AccessDenied");

    public string AcceptInvitation(string userId, string token) => Page("/Account/AcceptInvitation", new { userId, token });

    public string ApiTokens() => Page("/Account/ApiTokens/Index");

    public string NewApiToken() => Page("/Account/ApiTokens/New");

    /// <summary>The OpenAPI document (an endpoint, not a page: its route is fixed in <c>ApiEndpoints</c>).</summary>
    public static string OpenApiDocument() => "/api/openapi/v1.json";

    // Administration
    public string Users() => Page("/Admin/Users/Index");

    public string User(string id) => Page("/Admin/Users/Edit", new { id });

    public string ResetSecondFactor(string id) => Page("/Admin/Users/ResetSecondFactor", new { id });

    public string InviteUser() => Page("/Admin/Users/Invite");

    public string Teams() => Page("/Admin/Teams/Index");

    public string EnquiryClosureReasons() => Page("/Admin/EnquiryClosureReasons/Index");

    /// <summary>The postcode districts whose family enquiries go straight to a team.</summary>
    public string EnquiryAreas() => Page("/Admin/EnquiryAreas/Index");

    public string EnquiryArea(Guid id) => Page("/Admin/EnquiryAreas/Edit", new { id });

    /// <summary>The outbox, optionally filtered by status (as <c>?status=Failed</c>).</summary>
    public string Outbox(string? status = null) => Page("/Admin/Outbox/Index", new { status });

    public string OutboxMessage(Guid id) => Page("/Admin/Outbox/Detail", new { id });

    // Staff home and lists
    public string StaffHome() => Page("/Staff/Index");

    public string MyWork() => Page("/Families/MyWork");

    /// <summary>A coordinator's open conferences.</summary>
    public string MyConferences() => Page("/Conferences/Mine");

    /// <summary>A manager's approvals inbox.</summary>
    public string Approvals() => Page("/Approvals/Index");

    /// <summary>A manager's team caseload: the open families of the teams they manage.</summary>
    public string TeamCaseload() => Page("/Caseload/Index");

    /// <summary>Overdue plan reviews and conferences in a manager's teams.</summary>
    public string TeamOverdue() => Page("/Caseload/Overdue");

    /// <summary>A possible match, found by a duplicate check in a family the person adding could not see, for a manager to check.</summary>
    public string PossibleMatch(Guid checkId) => Page("/Approvals/PossibleMatch", new { checkId });

    /// <summary>A request to allow contact with someone who must not be contacted, for a manager to allow or refuse.</summary>
    public string ContactOverrideRequest(Guid requestId) => Page("/Approvals/ContactOverride", new { requestId });

    /// <summary>
    /// The security log for managers and administrators, optionally filtered (dates as yyyy-MM-dd); with
    /// <paramref name="handler"/> <c>Csv</c>, its download.
    /// </summary>
    public string SecurityLog(string? kind = null, string? person = null, DateOnly? from = null, DateOnly? to = null, string? handler = null) =>
        Page("/SecurityLog/Index", new { kind, person, from = from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to = to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, handler: handler);

    /// <summary>Families the user works with; <paramref name="show"/> chooses the list (for example <c>team</c>).</summary>
    public string Families(string? show = null) => Page("/Families/Index", new { show });

    public string FamilySearch() => Page("/Families/Search");

    /// <summary>Opens a family case, from an enquiry when one is given.</summary>
    public string OpenFamily(Guid? enquiryId = null) => Page("/Families/Open", new { enquiry = enquiryId });

    // Enquiries (staff)
    public string Enquiries(string? status = null, string? assigned = null) => Page("/Enquiries/Index", new { status, assigned });

    public string Enquiry(Guid id) => Page("/Enquiries/Detail", new { id });

    public string CloseEnquiry(Guid id) => Page("/Enquiries/Close", new { id });

    // The public enquiry form
    public string EnquiryStart() => Page("/Enquiry/Index");

    /// <summary>A question of the enquiry form; <paramref name="change"/> when reached from a change link on check answers.</summary>
    public string EnquiryQuestion(EnquiryStep step, bool change = false) => Page(
        step switch
        {
            EnquiryStep.WhoAreYou => "/Enquiry/WhoAreYou",
            EnquiryStep.YourOrganisation => "/Enquiry/YourOrganisation",
            EnquiryStep.WhatIsItAbout => "/Enquiry/WhatIsItAbout",
            EnquiryStep.FamilyAgreement => "/Enquiry/DoesTheFamilyAgree",
            EnquiryStep.AboutTheFamily => "/Enquiry/AboutTheFamily",
            EnquiryStep.WhatIsHappening => "/Enquiry/WhatIsHappening",
            EnquiryStep.ContactDetails => "/Enquiry/ContactDetails",
            EnquiryStep.Privacy => "/Enquiry/PrivacyNotice",
            _ => "/Enquiry/CheckAnswers",
        },
        new { change = change && step != EnquiryStep.CheckAnswers ? "true" : null });

    public string EnquiryFamilyMustBeTold() => Page("/Enquiry/FamilyMustBeTold");

    public string EnquiryConfirmation() => Page("/Enquiry/Confirmation");

    // A family case
    public string Family(Guid id, string? section = null) => Page("/Families/Case", new { id }, fragment: section);

    public string FamilyAllocate(Guid id) => Page("/Families/Allocate", new { id });

    public string FamilyChronology(Guid id) => Page("/Families/Chronology", new { id });

    public string FamilyStatus(Guid id) => Page("/Families/Status", new { id });

    public string FamilyViewers(Guid id) => Page("/Families/Viewers", new { id });

    public string FamilyProgrammes(Guid id) => Page("/Families/Programmes", new { id });

    public string FamilyReferences(Guid id) => Page("/Families/References", new { id });

    public string FamilyConsent(Guid id) => Page("/Families/Consent/Index", new { id });

    public string WithdrawConsent(Guid id, Guid consentId) => Page("/Families/Consent/Withdraw", new { id, consentId });

    public string FamilyNetwork(Guid id) => Page("/Families/Network/Index", new { id });

    public string NetworkMember(Guid id, Guid memberId) => Page("/Families/Network/Member", new { id, memberId });

    public string CaseNotes(Guid id) => Page("/Families/Notes/Index", new { id });

    public string NewCaseNote(Guid id) => Page("/Families/Notes/New", new { id });

    public string FamilyNeeds(Guid id) => Page("/Families/Needs/Index", new { id });

    public string FamilyFramework(Guid id) => Page("/Families/Needs/Framework", new { id });

    public string NewFamilyNeed(Guid id) => Page("/Families/Needs/New", new { id });

    public string NeedOutcome(Guid id, Guid needId) => Page("/Families/Needs/Outcome", new { id, needId });

    public string CaseNote(Guid id, Guid noteId) => Page("/Families/Notes/Note", new { id, noteId });

    public string OnlineAccess(Guid id) => Page("/Families/OnlineAccess/Index", new { id });

    public string InviteToOnlineAccess(Guid id) => Page("/Families/OnlineAccess/Invite", new { id });

    /// <summary>Adds a person, with a name already filled in when one is given (a name mentioned in the enquiry).</summary>
    public string AddPerson(Guid id, string? givenName = null, string? familyName = null) => Page("/Families/People/Add", new { id, givenName, familyName });

    public string Person(Guid id, Guid personId) => Page("/Families/People/Details", new { id, personId });

    public string EditPerson(Guid id, Guid personId) => Page("/Families/People/Edit", new { id, personId });

    public string PersonAddress(Guid id, Guid personId) => Page("/Families/People/Address", new { id, personId });

    public string PersonContactRestriction(Guid id, Guid personId) => Page("/Families/People/ContactRestriction", new { id, personId });

    public string PersonChildStatus(Guid id, Guid personId) => Page("/Families/People/ChildStatus", new { id, personId });

    public string MergePerson(Guid id, Guid personId) => Page("/Families/People/Merge", new { id, personId });

    public string RemovePerson(Guid id, Guid personId) => Page("/Families/People/Remove", new { id, personId });

    public string Relationships(Guid id) => Page("/Families/Relationships", new { id });

    public string EndRelationship(Guid id, Guid relationshipId) => Page("/Families/Relationships/End", new { id, relationshipId });

    // Bottom lines
    public string BottomLines(Guid familyId) => Page("/BottomLines/Index", new { id = familyId });

    public string NewBottomLine(Guid familyId) => Page("/BottomLines/New", new { id = familyId });

    public string ApproveBottomLine(Guid familyId, Guid lineId) => Page("/BottomLines/Approve", new { id = familyId, lineId });

    public string RewordBottomLine(Guid familyId, Guid lineId) => Page("/BottomLines/Reword", new { id = familyId, lineId });

    public string RetireBottomLine(Guid familyId, Guid lineId) => Page("/BottomLines/Retire", new { id = familyId, lineId });

    // Family plan
    public string FamilyPlan(Guid familyId) => Page("/Plans/Index", new { id = familyId });

    public string PlanDetails(Guid familyId) => Page("/Plans/Details", new { id = familyId });

    /// <summary>An action of the draft plan, or a new one when <paramref name="actionKey"/> is null.</summary>
    public string PlanAction(Guid familyId, Guid? actionKey = null) => Page("/Plans/Action", new { id = familyId, actionKey });

    public string AgreePlan(Guid familyId) => Page("/Plans/Agree", new { id = familyId });

    public string ReviewPlan(Guid familyId) => Page("/Plans/Review", new { id = familyId });

    /// <summary>The printable plan: the current version, or the given one (a draft's number prints the draft).</summary>
    public string PrintPlan(Guid familyId, int? version = null) => Page("/Plans/Print", new { id = familyId, version });

    public string PlanVersion(Guid familyId, int version) => Page("/Plans/Version", new { id = familyId, version });

    // Meetings, circles and conversations
    public string Meetings(Guid familyId) => Page("/Meetings/Index", new { id = familyId });

    public string NewMeeting(Guid familyId) => Page("/Meetings/New", new { id = familyId });

    public string Conversation(Guid familyId) => Page("/Meetings/Conversation", new { id = familyId });

    /// <summary>A meeting; <paramref name="handler"/> names a download such as <c>Invitation</c> (the calendar file).</summary>
    public string Meeting(Guid familyId, Guid meetingId, string? handler = null) => Page("/Meetings/Meeting", new { id = familyId, meetingId }, handler);

    public string RescheduleMeeting(Guid familyId, Guid meetingId) => Page("/Meetings/Reschedule", new { id = familyId, meetingId });

    public string MeetingSummary(Guid familyId, Guid meetingId) => Page("/Meetings/Summary", new { id = familyId, meetingId });

    public string MeetingLetter(Guid familyId, Guid meetingId) => Page("/Meetings/Letter", new { id = familyId, meetingId });

    public string NewParticipant(Guid familyId, Guid meetingId) => Page("/Meetings/Participant", new { id = familyId, meetingId });

    public string Attendance(Guid familyId, Guid meetingId, Guid participantId) => Page("/Meetings/Attendance", new { id = familyId, meetingId, participantId });

    public string NewRound(Guid familyId, Guid meetingId) => Page("/Meetings/Round", new { id = familyId, meetingId });

    public string NewAgreement(Guid familyId, Guid meetingId) => Page("/Meetings/Agreement", new { id = familyId, meetingId });

    // Family Group Conferences
    public string ReferForConference(Guid familyId) => Page("/Conferences/Refer", new { id = familyId });

    /// <summary>A conference; <paramref name="handler"/> names a download such as <c>Invitation</c> (the calendar file).</summary>
    public string Conference(Guid familyId, Guid conferenceId, string? handler = null) => Page("/Conferences/Conference", new { id = familyId, conferenceId }, handler);

    public string ConferenceChildren(Guid familyId, Guid conferenceId) => Page("/Conferences/Children", new { id = familyId, conferenceId });

    public string ConferenceCoordinator(Guid familyId, Guid conferenceId) => Page("/Conferences/Coordinator", new { id = familyId, conferenceId });

    public string ConferenceDateAndVenue(Guid familyId, Guid conferenceId) => Page("/Conferences/DateAndVenue", new { id = familyId, conferenceId });

    public string ConferenceDecision(Guid familyId, Guid conferenceId) => Page("/Conferences/Decision", new { id = familyId, conferenceId });

    public string PrivateFamilyTime(Guid familyId, Guid conferenceId) => Page("/Conferences/PrivateFamilyTime", new { id = familyId, conferenceId });

    public string ConferencePlan(Guid familyId, Guid conferenceId) => Page("/Conferences/Plan", new { id = familyId, conferenceId });

    public string ConferenceReview(Guid familyId, Guid conferenceId) => Page("/Conferences/Review", new { id = familyId, conferenceId });

    public string ConferenceReviewHeld(Guid familyId, Guid conferenceId) => Page("/Conferences/ReviewHeld", new { id = familyId, conferenceId });

    /// <summary>Ends a conference; <paramref name="ending"/> is the route's word for how it ends.</summary>
    public string EndConference(Guid familyId, Guid conferenceId, string ending) => Page("/Conferences/End", new { id = familyId, conferenceId, ending });

    public string InviteToConference(Guid familyId, Guid conferenceId) => Page("/Conferences/Invite", new { id = familyId, conferenceId });

    public string ConferenceInvitation(Guid familyId, Guid conferenceId, Guid invitationId) => Page("/Conferences/Invitation", new { id = familyId, conferenceId, invitationId });

    public string ConferenceLetter(Guid familyId, Guid conferenceId, Guid invitationId) => Page("/Conferences/Letter", new { id = familyId, conferenceId, invitationId });

    /// <summary>The conference dashboard; with <paramref name="handler"/> <c>Csv</c> and a period, its download.</summary>
    public string ConferenceDashboard(string? handler = null, DateOnly? from = null, DateOnly? to = null)
    {
        var values = new RouteValueDictionary();
        if (from is { } f)
        {
            values["From.Day"] = f.Day;
            values["From.Month"] = f.Month;
            values["From.Year"] = f.Year;
        }

        if (to is { } t)
        {
            values["To.Day"] = t.Day;
            values["To.Month"] = t.Month;
            values["To.Year"] = t.Year;
        }

        return Page("/Conferences/Dashboard", values, handler);
    }

    // Before care proceedings
    public string PreProceedings(Guid familyId) => Page("/PreProceedings/Index", new { id = familyId });

    public string NewPreProceedingsOffer(Guid familyId) => Page("/PreProceedings/Offer", new { id = familyId });

    public string PreProceedingsOffer(Guid familyId, Guid offerId) => Page("/PreProceedings/OfferUpdate", new { id = familyId, offerId });

    public string NewCourtApplication(Guid familyId) => Page("/PreProceedings/Application", new { id = familyId });

    /// <summary>Applications to court without an offer; <paramref name="handler"/> <c>Csv</c> is its download.</summary>
    public string PreProceedingsReport(string? handler = null) => Page("/PreProceedings/Report", handler: handler);

    // Worries, strengths and safety
    /// <summary>The safety assessment: the latest, or an earlier <paramref name="version"/>.</summary>
    public string Safety(Guid familyId, int? version = null) => Page("/Safety/Index", new { id = familyId, version });

    public string SafetyAssessment(Guid familyId) => Page("/Safety/Assessment", new { id = familyId });

    public string NewScalingRating(Guid familyId) => Page("/Safety/Rating", new { id = familyId });

    // Results and reports
    /// <summary>The claims in a quarter (<c>2026-Q3</c>; the current one when not given), or a download of them.</summary>
    public string Claims(string? handler = null, string? quarter = null, string? format = null) => Page("/Results/Claims", new { quarter, format }, handler: handler);

    /// <summary>The evidence behind one claim.</summary>
    public string Claim(Guid claimId) => Page("/Results/Claim", new { claimId });

    /// <summary>A family's results, as at a date when given.</summary>
    public string FamilyResults(Guid familyId, DateOnly? asAt = null) => Page("/Results/Family", new { id = familyId, asAt = Iso(asAt) });

    /// <summary>The impact report; <paramref name="handler"/> names a download (<c>Csv</c>, <c>Xlsx</c>) or <c>Snapshot</c>.</summary>
    public string ImpactReport(string? handler = null) => Page("/Reports/Impact", handler: handler);

    /// <summary>What the impact report's figures mean, at one definition's heading when <paramref name="anchor"/> is given.</summary>
    public string ImpactDefinitions(string? anchor = null) => Page("/Reports/Definitions", fragment: anchor);

    public string ImpactDefinition(ImpactMeasure measure) => ImpactDefinitions(measure.DefinitionAnchor());

    public string ImpactSnapshots() => Page("/Reports/Snapshots");

    public string ImpactSnapshot(Guid id) => Page("/Reports/Snapshot", new { id });

    /// <summary>A request for a snapshot, worked out in the background: its progress, then the snapshot; <paramref name="handler"/> <c>Again</c> asks again.</summary>
    public string ImpactSnapshotJob(Guid id, string? handler = null) => Page("/Reports/SnapshotJob", new { id }, handler: handler);

    /// <summary>The families behind a figure of the impact report, for its cohort (dates as yyyy-MM-dd, the team by id).</summary>
    public string ImpactFamilies(ImpactCohort cohort, ImpactMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return Page("/Reports/Families", new
        {
            measure = measure.Slug(),
            asAt = Iso(cohort.AsAt),
            from = Iso(cohort.AttachedFrom),
            to = Iso(cohort.AttachedTo),
            team = cohort.TeamId?.ToString("D"),
        });
    }

    // Partner data imports
    public string Imports() => Page("/Imports/Index");

    public string UploadImport() => Page("/Imports/Upload");

    public string ImportPreview(Guid id) => Page("/Imports/Preview", new { id });

    public string Import(Guid id) => Page("/Imports/Detail", new { id });

    public string UnmatchedImportRows() => Page("/Imports/Unmatched");

    /// <summary>The analyst's worklist: uploads to apply, imports with problems, unmatched rows and claims to check.</summary>
    public string DataAndResults() => Page("/Analysis/Index");

    // A family member's online view of their plan
    public string FamilyView() => Page("/FamilyView/Index");

    public string FamilyViewAction(Guid actionKey) => Page("/FamilyView/Action", new { actionKey });

    public string FamilyViewComment() => Page("/FamilyView/Comment");

    public string FamilyViewChangeRequest() => Page("/FamilyView/ChangeRequest");

    public string FamilyViewMeetings() => Page("/FamilyView/Meetings");

    public string FamilyViewWhoCanSee() => Page("/FamilyView/WhoCanSee");

    /// <summary>The family member's sign-in page; <paramref name="reason"/> explains why they are there (<c>signed-out</c>).</summary>
    public string FamilyViewSignIn(string? reason = null) => Page("/FamilyView/SignIn", new { reason });

    public string FamilyViewSignOut() => Page("/FamilyView/SignOut");

    public string FamilyViewLanguage(string culture, string returnUrl) => Page("/FamilyView/Language", new { culture, returnUrl });

    public string FamilyViewInvitation(string token) => Page("/FamilyView/Invitation", new { token });

    public string FamilyViewCode(string token) => Page("/FamilyView/Code", new { token });

    // Restorative practice training (trainers)
    public string Training(int? page = null) => Page("/Training/Index", new { page });

    public string NewCourse() => Page("/Training/NewCourse");

    public string Course(Guid courseId) => Page("/Training/Course", new { courseId });

    public string EditCourse(Guid courseId) => Page("/Training/EditCourse", new { courseId });

    public string EditTrainingSession(Guid sessionId) => Page("/Training/EditSession", new { sessionId });

    public string NewTrainingSession(Guid courseId) => Page("/Training/NewSession", new { courseId });

    public string TrainingSession(Guid sessionId) => Page("/Training/Session", new { sessionId });

    /// <summary>Books someone on a session: on the one given, and from the training enquiry given (its details carried over).</summary>
    public string BookTraining(Guid? sessionId = null, Guid? enquiryId = null) => Page("/Training/Book", new { sessionId, enquiryId });

    public string CancelTrainingBooking(Guid sessionId, Guid bookingId) => Page("/Training/Cancel", new { sessionId, bookingId });

    public string TrainingRegister(Guid sessionId, Guid bookingId) => Page("/Training/Register", new { sessionId, bookingId });

    /// <summary>The reach of restorative practice training (trainers and managers), or one of its downloads.</summary>
    public string TrainingReach(string? handler = null) => Page("/TrainingReach/Index", handler: handler);

    public string TrainingCertificate(Guid sessionId, Guid bookingId) => Page("/Training/Certificate", new { sessionId, bookingId });

    /// <summary>The certificate as a PDF download (offered only when a font for it was found).</summary>
    public string TrainingCertificatePdf(Guid sessionId, Guid bookingId) => Page("/Training/Certificate", new { sessionId, bookingId }, handler: "Pdf");

    // Restorative practice consultancy (trainers)
    /// <summary>Pieces of consultancy work: open ones (the default) or closed ones, a page at a time.</summary>
    public string Consultancy(bool closed = false, int? page = null) => Page("/Training/Consultancy/Index", new { show = closed ? "closed" : null, page });

    /// <summary>Records a new piece of consultancy work: directly, or from the training or consultancy enquiry given (its details carried over).</summary>
    public string NewConsultancy(Guid? enquiryId = null) => Page("/Training/Consultancy/New", new { enquiryId });

    public string ConsultancyPiece(Guid pieceId) => Page("/Training/Consultancy/Piece", new { pieceId });

    public string EditConsultancy(Guid pieceId) => Page("/Training/Consultancy/Edit", new { pieceId });

    public string NewConsultancySession(Guid pieceId) => Page("/Training/Consultancy/AddSession", new { pieceId });

    public string CloseConsultancy(Guid pieceId) => Page("/Training/Consultancy/Close", new { pieceId });

    // The anonymous training evaluation (public, by its link)
    public string TrainingEvaluation(string token) => Page("/TrainingEvaluation/Index", new { token });

    public string TrainingEvaluationThanks() => Page("/TrainingEvaluation/Thanks");

    /// <summary>The anonymous three-month follow-up, by the participant's one-time link.</summary>
    public string TrainingFollowUp(string token) => Page("/TrainingFollowUp/Index", new { token });

    public string TrainingFollowUpThanks() => Page("/TrainingFollowUp/Thanks");

    /// <summary>An address for a message (email, text, letter): the service's own address from configuration plus <paramref name="path"/>.</summary>
    public string Absolute(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return council.Value.ServiceUrl.TrimEnd('/') + path;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Page(string page, object? values = null, string? handler = null, string? fragment = null)
    {
        var routeValues = new RouteValueDictionary(values);
        return links.GetPathByPage(page, handler, routeValues, fragment: fragment is null ? default : new FragmentString("#" + fragment))
            ?? throw new InvalidOperationException($"No address for the page {page} with {routeValues.Count} values: a route or its parameters changed.");
    }
}

/// <summary>The link generator for page models, whose constructors stay as they are.</summary>
public static class FamilyFirstLinksExtensions
{
    public static FamilyFirstLinks Links(this Microsoft.AspNetCore.Mvc.RazorPages.PageModel page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.HttpContext.RequestServices.GetRequiredService<FamilyFirstLinks>();
    }
}
