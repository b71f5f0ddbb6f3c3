namespace FamilyFirst.Domain.Meetings;

/// <summary>Someone taking part in a meeting: a family member, someone from the network, or a professional.</summary>
public sealed class MeetingParticipant
{
    private MeetingParticipant()
    {
        Name = string.Empty;
    }

    internal MeetingParticipant(string name, ParticipantKind kind, Guid? personId, string? role)
    {
        Id = Guid.NewGuid();
        Name = name;
        Kind = kind;
        PersonId = personId;
        Role = role;
        Attendance = Attendance.NotYetRecorded;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public ParticipantKind Kind { get; private set; }

    /// <summary>The person on the family's record, when the participant is one; null for most professionals.</summary>
    public Guid? PersonId { get; private set; }

    /// <summary>Their relationship to the child or their job, for example "maternal grandmother" or "school nurse".</summary>
    public string? Role { get; private set; }

    public Attendance Attendance { get; private set; }

    internal void RecordAttendance(Attendance attendance) => Attendance = attendance;
}

/// <summary>The details of someone to add to a meeting.</summary>
public sealed record NewParticipant(string Name, ParticipantKind Kind, Guid? PersonId = null, string? Role = null);
