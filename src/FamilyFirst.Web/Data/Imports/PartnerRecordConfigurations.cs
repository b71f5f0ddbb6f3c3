using FamilyFirst.Domain.Families;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data.Imports;

/// <summary>What every partner record table shares: a person, a record key unique for that person, and the import that wrote it.</summary>
internal static class PartnerRecordMapping
{
    public static void MapPartnerRecord<TRecord>(this EntityTypeBuilder<TRecord> builder, string table)
        where TRecord : class
    {
        builder.ToTable(table);
        builder.HasKey("Id");
        builder.Property<Guid>("Id").ValueGeneratedNever();
        builder.Property<string>("RecordKey").HasMaxLength(300);
        builder.HasIndex("PersonId", "RecordKey").IsUnique();
        builder.HasIndex("ImportRunId");

        // Partner data belongs to a person in the family records; a person with partner data cannot simply be deleted.
        builder.HasOne<Person>().WithMany().HasForeignKey("PersonId").OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AttendanceRecordConfiguration : IEntityTypeConfiguration<AttendanceRecord>
{
    public void Configure(EntityTypeBuilder<AttendanceRecord> builder) => builder.MapPartnerRecord("AttendanceRecords");
}

internal sealed class ExclusionRecordConfiguration : IEntityTypeConfiguration<ExclusionRecord>
{
    public void Configure(EntityTypeBuilder<ExclusionRecord> builder) => builder.MapPartnerRecord("ExclusionRecords");
}

internal sealed class OffenceRecordConfiguration : IEntityTypeConfiguration<OffenceRecord>
{
    public void Configure(EntityTypeBuilder<OffenceRecord> builder)
    {
        builder.MapPartnerRecord("OffenceRecords");
        builder.Property(r => r.OffenceType).HasMaxLength(200);
    }
}

internal sealed class AsbIncidentRecordConfiguration : IEntityTypeConfiguration<AsbIncidentRecord>
{
    public void Configure(EntityTypeBuilder<AsbIncidentRecord> builder)
    {
        builder.MapPartnerRecord("AsbIncidentRecords");
        builder.Property(r => r.IncidentType).HasMaxLength(200);
    }
}

internal sealed class BenefitSpellRecordConfiguration : IEntityTypeConfiguration<BenefitSpellRecord>
{
    public void Configure(EntityTypeBuilder<BenefitSpellRecord> builder)
    {
        builder.MapPartnerRecord("BenefitSpellRecords");
        builder.Property(r => r.Benefit).HasMaxLength(20);
    }
}

internal sealed class EmploymentSpellRecordConfiguration : IEntityTypeConfiguration<EmploymentSpellRecord>
{
    public void Configure(EntityTypeBuilder<EmploymentSpellRecord> builder)
    {
        builder.MapPartnerRecord("EmploymentSpellRecords");
        builder.Property(r => r.HoursPerWeek).HasPrecision(6, 2);
    }
}

internal sealed class WorkProgrammeReferralRecordConfiguration : IEntityTypeConfiguration<WorkProgrammeReferralRecord>
{
    public void Configure(EntityTypeBuilder<WorkProgrammeReferralRecord> builder)
    {
        builder.MapPartnerRecord("WorkProgrammeReferralRecords");
        builder.Property(r => r.Programme).HasMaxLength(200);
    }
}
