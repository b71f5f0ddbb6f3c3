using FamilyFirst.Domain.Outcomes;

namespace FamilyFirst.Web.Outcomes;

/// <summary>
/// The council's default outcome framework for new families (setting <c>OutcomeFramework:Default</c>:
/// <c>family-first-2012</c>, the default, or <c>supporting-families-2022</c>). A family's own framework is set on its
/// record or by the families file.
/// </summary>
public sealed class OutcomeFrameworkSettings
{
    public const string Section = "OutcomeFramework";

    /// <summary>The framework's code, as in the families file.</summary>
    public string DefaultCode { get; set; } = OutcomeFrameworks.FamilyFirst2012Code;

    public OutcomeFramework Default => OutcomeFrameworks.FromCode(DefaultCode)
        ?? throw new InvalidOperationException($"{Section}:Default must be {OutcomeFrameworks.FamilyFirst2012Code} or {OutcomeFrameworks.SupportingFamilies2022Code}.");
}
