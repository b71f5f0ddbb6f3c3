namespace FamilyFirst.Domain.Imports;

/// <summary>A problem found in a partner file: on a line and column, or about the whole file when Line is null.</summary>
/// <param name="Line">The physical line (header = 1); null for problems with the file as a whole.</param>
/// <param name="Column">The column the problem is in, as named in the file's contract; null when it is not about one column.</param>
/// <param name="Description">What is wrong, in plain words, without the line ("possible_sessions must be a whole number of 0 or more").</param>
public sealed record ImportIssue(int? Line, string? Column, string Description)
{
    /// <summary>The message to show: "Line 14: possible_sessions must be a whole number of 0 or more".</summary>
    public string Message => Line is { } line ? $"Line {line}: {Description}" : Description;

    public override string ToString() => Message;
}
