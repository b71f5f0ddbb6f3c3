using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Safety;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

/// <summary>
/// A safety assessment version with its three columns. Each column is a JSON column: the entries keep their order
/// and never change once the version is recorded (a change is a new version).
/// </summary>
internal sealed class SafetyAssessmentConfiguration : IEntityTypeConfiguration<SafetyAssessment>
{
    public void Configure(EntityTypeBuilder<SafetyAssessment> builder)
    {
        builder.ToTable("SafetyAssessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(a => a.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.FamilyId, a.VersionNumber }).IsUnique();

        builder.Ignore(a => a.Worries);
        builder.ComplexCollection<List<WorryItem>, WorryItem>("_worries", c => c.ToJson("Worries"));
        builder.Ignore(a => a.WorkingWell);
        builder.ComplexCollection<List<WorkingWellItem>, WorkingWellItem>("_workingWell", c => c.ToJson("WorkingWell"));
        builder.Ignore(a => a.NextSteps);
        builder.ComplexCollection<List<NextStepItem>, NextStepItem>("_nextSteps", c => c.ToJson("NextSteps"));
    }
}

internal sealed class ScalingRatingConfiguration : IEntityTypeConfiguration<ScalingRating>
{
    public void Configure(EntityTypeBuilder<ScalingRating> builder)
    {
        builder.ToTable("ScalingRatings");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(r => r.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.FamilyId, r.RatedOn });
        builder.Property(r => r.GivenByName).HasMaxLength(ScalingRater.NameMaxLength);
        builder.Property(r => r.GivenByOtherRole).HasMaxLength(ScalingRater.NameMaxLength);
        builder.Property(r => r.Comment).HasMaxLength(2000);
    }
}
