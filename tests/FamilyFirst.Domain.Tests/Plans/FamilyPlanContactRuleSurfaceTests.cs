using System.Reflection;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;

namespace FamilyFirst.Domain.Tests.Plans;

/// <summary>No page can bypass the contact rules: every public way to name an action's owner or the plan lead asks them.</summary>
public class FamilyPlanContactRuleSurfaceTests
{
    [Theory]
    [InlineData(nameof(FamilyPlan.AddAction))]
    [InlineData(nameof(FamilyPlan.ChangeAction))]
    [InlineData(nameof(FamilyPlan.UpdateDetails))]
    public void EveryPublicOverload_TakesTheFamilysContacts(string method)
    {
        var overloads = typeof(FamilyPlan).GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name == method).ToList();

        Assert.NotEmpty(overloads);
        Assert.All(overloads, m => Assert.Contains(m.GetParameters(), p => p.ParameterType == typeof(FamilyContacts)));
    }
}
