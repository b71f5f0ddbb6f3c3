namespace FamilyFirst.Web.Pages.Training;

/// <summary>
/// The record types training writes to the audit trail. Details name what happened, never the participant: the
/// booking's id leads to them for those who may see it.
/// </summary>
public static class TrainingAudit
{
    public const string CourseRecord = "TrainingCourse";

    public const string SessionRecord = "TrainingSession";

    public const string BookingRecord = "TrainingBooking";

    public const string ReachRecord = "TrainingReach";

    /// <summary>A piece of consultancy work (its contact's details are seen only by trainers, so each view is audited too).</summary>
    public const string ConsultancyRecord = "Consultancy";
}
