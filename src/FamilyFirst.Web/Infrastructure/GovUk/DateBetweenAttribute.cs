using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace FamilyFirst.Web.Infrastructure.GovUk;

/// <summary>
/// A date that must fall between two dates (inclusive), with the Design System's message:
/// "Assessment date must be between 1 January 2000 and 31 December 2099". No date passes: [Required] says "Enter ...".
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class DateBetweenAttribute(string earliest, string latest) : ValidationAttribute
{
    /// <summary>The earliest date allowed, from yyyy-MM-dd.</summary>
    public DateOnly Earliest { get; } = DateOnly.ParseExact(earliest, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The latest date allowed, from yyyy-MM-dd.</summary>
    public DateOnly Latest { get; } = DateOnly.ParseExact(latest, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override bool IsValid(object? value) => value is not DateOnly date || (date >= Earliest && date <= Latest);

    public override string FormatErrorMessage(string name) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} must be between {Earliest:d MMMM yyyy} and {Latest:d MMMM yyyy}");
}
