namespace FamilyFirst.Web.Impact;

/// <summary>Hears how far a computation of the impact report has got: families counted of the cohort's families.</summary>
public interface IImpactProgress
{
    ValueTask ReportAsync(int done, int total, CancellationToken cancellationToken);
}
