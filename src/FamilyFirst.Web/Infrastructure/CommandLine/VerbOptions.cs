using System.CommandLine;
using System.CommandLine.Parsing;
using FamilyFirst.Web.Outcomes;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>The options that several verbs share, declared once with the same wording.</summary>
internal static class VerbOptions
{
    /// <summary>A date option, given as yyyy-MM-dd; anything else is a usage error that says so.</summary>
    public static Option<DateOnly?> Date(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        Required = required,
        CustomParser = result => ParseDate(name, result, assessment: false),
    };

    /// <summary>An assessment date ("as at"), which must also be one of the <see cref="AssessmentDates"/>.</summary>
    public static Option<DateOnly?> AssessmentDate(string name, string description) => new(name)
    {
        Description = description + " " + AssessmentDates.InWords + ".",
        HelpName = "yyyy-MM-dd",
        Required = true,
        CustomParser = result => ParseDate(name, result, assessment: true),
    };

    private static DateOnly? ParseDate(string name, ArgumentResult result, bool assessment)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var date = ResultsFormats.ParseDate(text);
        if (date is null)
        {
            result.AddError($"{name} must be a real date in the form yyyy-MM-dd, for example 2026-12-01 (not '{text}').");
        }
        else if (assessment && !AssessmentDates.Contains(date.Value))
        {
            result.AddError($"{name} must be {AssessmentDates.InWords}.");
        }

        return date;
    }
}
