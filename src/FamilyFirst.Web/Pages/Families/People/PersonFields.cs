using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Families;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilyFirst.Web.Pages.Families.People;

/// <summary>The details of a person, as typed on the add and change pages, with their identifiers checked.</summary>
public sealed class PersonFields
{
    [Display(Name = "Given name")]
    [Required(ErrorMessage = "Enter the person's given name")]
    [StringLength(Person.MaximumNameLength, ErrorMessage = "Given name must be 100 characters or less")]
    public string? GivenName { get; set; }

    [Display(Name = "Family name")]
    [Required(ErrorMessage = "Enter the person's family name")]
    [StringLength(Person.MaximumNameLength, ErrorMessage = "Family name must be 100 characters or less")]
    public string? FamilyName { get; set; }

    [Display(Name = "Preferred name (optional)")]
    [StringLength(Person.MaximumNameLength, ErrorMessage = "Preferred name must be 100 characters or less")]
    public string? PreferredName { get; set; }

    [Display(Name = "Date of birth")]
    public DateOnly? DateOfBirth { get; set; }

    [Display(Name = "Expected date of birth")]
    public DateOnly? ExpectedDateOfBirth { get; set; }

    /// <summary>For an expectant parent (either parent): the date the baby is due, Supporting Families' <c>expecting_on</c>.</summary>
    [Display(Name = "Date the baby is due")]
    public DateOnly? ExpectingOn { get; set; }

    [Display(Name = "Gender")]
    [Required(ErrorMessage = "Select the person's gender, or not known")]
    public Gender? Gender { get; set; }

    [Display(Name = "Main language (optional)")]
    [StringLength(100, ErrorMessage = "Main language must be 100 characters or less")]
    public string? Language { get; set; }

    [Display(Name = "Needs an interpreter")]
    public bool NeedsInterpreter { get; set; }

    [Display(Name = "NHS number (optional)")]
    public string? NhsNumber { get; set; }

    [Display(Name = "Unique pupil number (optional)")]
    public string? UniquePupilNumber { get; set; }

    [Display(Name = "National Insurance number (optional)")]
    public string? NationalInsuranceNumber { get; set; }

    public static PersonFields From(Person person) => new()
    {
        GivenName = person.GivenName,
        FamilyName = person.FamilyName,
        PreferredName = person.PreferredName,
        DateOfBirth = person.DateOfBirth,
        ExpectedDateOfBirth = person.ExpectedDateOfBirth,
        ExpectingOn = person.ExpectingOn,
        Gender = person.Gender,
        Language = person.Language,
        NeedsInterpreter = person.NeedsInterpreter,
        NhsNumber = person.NhsNumber?.Formatted,
        UniquePupilNumber = person.UniquePupilNumber?.Value,
        NationalInsuranceNumber = person.NationalInsuranceNumber?.Formatted,
    };

    /// <summary>The details to give the domain, or null with each problem added to the field it is about.</summary>
    public PersonDetails? ToDetails(ModelStateDictionary modelState, string prefix, DateOnly today)
    {
        // A form posted with none of these fields binds no nested model, so its attributes never ran: check here.
        Require(modelState, $"{prefix}.{nameof(GivenName)}", !string.IsNullOrWhiteSpace(GivenName), "Enter the person's given name");
        Require(modelState, $"{prefix}.{nameof(FamilyName)}", !string.IsNullOrWhiteSpace(FamilyName), "Enter the person's family name");
        Require(modelState, $"{prefix}.{nameof(Gender)}", Gender is not null, "Select the person's gender, or not known");
        var nhs = Parse(NhsNumber, Domain.Families.NhsNumber.TryParse, modelState, $"{prefix}.{nameof(NhsNumber)}");
        var upn = Parse(UniquePupilNumber, Domain.Families.UniquePupilNumber.TryParse, modelState, $"{prefix}.{nameof(UniquePupilNumber)}");
        var nino = Parse(NationalInsuranceNumber, Domain.Families.NationalInsuranceNumber.TryParse, modelState, $"{prefix}.{nameof(NationalInsuranceNumber)}");
        if (DateOfBirth is not null && ExpectedDateOfBirth is not null)
        {
            modelState.AddModelError($"{prefix}.{nameof(ExpectedDateOfBirth)}", "Enter either a date of birth or an expected date of birth, not both");
        }
        else if (DateOfBirth > today)
        {
            modelState.AddModelError($"{prefix}.{nameof(DateOfBirth)}", "Date of birth must be today or in the past");
        }
        else if (ExpectedDateOfBirth < today.AddMonths(-1))
        {
            modelState.AddModelError($"{prefix}.{nameof(ExpectedDateOfBirth)}", "Expected date of birth must be in the future, or record the date of birth once the baby is born");
        }

        if (ExpectingOn is not null && DateOfBirth is null && ExpectedDateOfBirth is not null)
        {
            modelState.AddModelError($"{prefix}.{nameof(ExpectingOn)}", "An unborn child cannot be an expectant parent: leave the date the baby is due blank");
        }
        else if (Person.CheckExpectingOnFromTheRecord(ExpectingOn, today) is { Succeeded: false } expecting)
        {
            modelState.AddModelError($"{prefix}.{nameof(ExpectingOn)}", expecting.Error!);
        }

        if (!modelState.IsValid)
        {
            return null;
        }

        return new PersonDetails(GivenName, FamilyName, DateOfBirth, ExpectedDateOfBirth, Gender!.Value)
        {
            PreferredName = PreferredName,
            Language = Language,
            NeedsInterpreter = NeedsInterpreter,
            NhsNumber = nhs,
            UniquePupilNumber = upn,
            NationalInsuranceNumber = nino,
        };
    }

    private static void Require(ModelStateDictionary modelState, string key, bool present, string message)
    {
        if (!present && modelState.GetFieldValidationState(key) != ModelValidationState.Invalid)
        {
            modelState.AddModelError(key, message);
        }
    }

    private static T? Parse<T>(string? text, Func<string?, Domain.Common.Result<T>> parse, ModelStateDictionary modelState, string key)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = parse(text);
        if (!result.Succeeded)
        {
            modelState.AddModelError(key, result.Error!);
        }

        return result.Value;
    }
}

/// <summary>A page with the person's details form, so the shared partial can bind to it.</summary>
public interface IPersonFieldsPage
{
    PersonFields Details { get; }
}
