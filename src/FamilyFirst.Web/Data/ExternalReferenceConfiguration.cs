using FamilyFirst.Domain.Families;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

/// <summary>
/// A family case's references in other systems (owned by the case). A reference names one family within its source,
/// and a family has one reference per source: both are unique indexes, so two imports racing cannot break either.
/// </summary>
internal static class ExternalReferenceConfiguration
{
    public static void Configure(EntityTypeBuilder<FamilyCase> builder)
    {
        builder.OwnsMany(f => f.ExternalReferences, r =>
        {
            r.ToTable("FamilyExternalReferences");
            r.WithOwner().HasForeignKey("FamilyCaseId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Value).HasMaxLength(ExternalReference.MaximumLength);
            r.Property(x => x.Key).HasMaxLength(ExternalReference.MaximumLength);
            r.HasIndex(x => new { x.Source, x.Key }).IsUnique();
            r.HasIndex("FamilyCaseId", nameof(ExternalReference.Source)).IsUnique();
            r.HasIndex(x => x.Key);
        });
        builder.Navigation(f => f.ExternalReferences).HasField("_externalReferences").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
