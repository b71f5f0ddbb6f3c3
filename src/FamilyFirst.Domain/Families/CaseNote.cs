namespace FamilyFirst.Domain.Families;

/// <summary>What kind of contact or work a case note records.</summary>
public enum CaseNoteType
{
    Visit,
    PhoneCall,
    Meeting,
    Email,
    Letter,
    Observation,
    Other,
}

/// <summary>
/// A dated, typed and authored record of work with a family. Edits never overwrite: each is a new version
/// and the original stays readable.
/// </summary>
public sealed class CaseNote
{
    public const int MaximumLength = 20000;

    private readonly List<CaseNoteVersion> _versions = [];
    private readonly List<Guid> _aboutPersonIds = [];

    private CaseNote()
    {
    }

    public Guid Id { get; private set; }

    public Guid FamilyCaseId { get; private set; }

    public CaseNoteType Type { get; private set; }

    /// <summary>The day the visit, call or meeting happened (may be before the note was written).</summary>
    public DateOnly OccurredOn { get; private set; }

    public Guid AuthorId { get; private set; }

    public DateTimeOffset WrittenAt { get; private set; }

    /// <summary>Every version, the original first.</summary>
    public IReadOnlyList<CaseNoteVersion> Versions => _versions;

    public CaseNoteVersion Current => _versions[^1];

    public string Text => Current.Text;

    public bool HasBeenEdited => _versions.Count > 1;

    /// <summary>The people in the family the note is about, if it is about particular people.</summary>
    public IReadOnlyList<Guid> AboutPersonIds => _aboutPersonIds;

    public static Result<CaseNote> Write(
        Guid familyCaseId,
        CaseNoteType type,
        DateOnly occurredOn,
        string? text,
        Guid authorId,
        DateOnly today,
        DateTimeOffset now,
        IEnumerable<Guid>? aboutPersonIds = null)
    {
        var error = ValidateText(text);
        if (error is not null)
        {
            return Result<CaseNote>.Fail(error);
        }

        if (occurredOn > today)
        {
            return Result<CaseNote>.Fail("Date of the contact must be today or in the past");
        }

        var note = new CaseNote
        {
            Id = Guid.NewGuid(),
            FamilyCaseId = familyCaseId,
            Type = type,
            OccurredOn = occurredOn,
            AuthorId = authorId,
            WrittenAt = now,
        };
        note._versions.Add(new CaseNoteVersion(1, text!.Trim(), authorId, now));
        note._aboutPersonIds.AddRange((aboutPersonIds ?? []).Distinct());
        return Result<CaseNote>.Ok(note);
    }

    /// <summary>Adds a new version of the text; earlier versions are kept.</summary>
    public Result Edit(string? text, Guid editedBy, DateTimeOffset now)
    {
        var error = ValidateText(text);
        if (error is not null)
        {
            return Result.Fail(error);
        }

        if (text!.Trim() == Text)
        {
            return Result.Fail("The note has not been changed");
        }

        _versions.Add(new CaseNoteVersion(_versions.Count + 1, text.Trim(), editedBy, now));
        return Result.Ok();
    }

    /// <summary>Points the note at the kept person after a duplicate merge.</summary>
    public void RepointPerson(Guid from, Guid to)
    {
        var index = _aboutPersonIds.IndexOf(from);
        if (index < 0)
        {
            return;
        }

        if (_aboutPersonIds.Contains(to))
        {
            _aboutPersonIds.RemoveAt(index);
        }
        else
        {
            _aboutPersonIds[index] = to;
        }
    }

    private static string? ValidateText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Enter the case note";
        }

        return text.Trim().Length > MaximumLength ? $"Case note must be {MaximumLength:N0} characters or less" : null;
    }
}

/// <summary>One version of a case note's text, with who wrote it and when.</summary>
public sealed class CaseNoteVersion
{
    private CaseNoteVersion()
    {
        Text = string.Empty;
    }

    internal CaseNoteVersion(int number, string text, Guid writtenBy, DateTimeOffset writtenAt)
    {
        Id = Guid.NewGuid();
        Number = number;
        Text = text;
        WrittenBy = writtenBy;
        WrittenAt = writtenAt;
    }

    public Guid Id { get; private set; }

    public int Number { get; private set; }

    public string Text { get; private set; }

    public Guid WrittenBy { get; private set; }

    public DateTimeOffset WrittenAt { get; private set; }
}
