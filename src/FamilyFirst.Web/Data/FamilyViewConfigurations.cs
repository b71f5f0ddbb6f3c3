using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.FamilyView;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

/// <summary>
/// A family member's access to the family view: only hashes of the link and code are stored; the link's hash is unique.
/// It names a person on the case or a wider network member's record.
/// </summary>
internal sealed class FamilyMemberAccessConfiguration : IEntityTypeConfiguration<FamilyMemberAccess>
{
    public void Configure(EntityTypeBuilder<FamilyMemberAccess> builder)
    {
        builder.ToTable("FamilyMemberAccesses");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(a => a.FamilyCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<NetworkMember>().WithMany().HasForeignKey(a => a.NetworkMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(a => a.Holder);
        builder.HasIndex(a => a.TokenHash).IsUnique();
        builder.HasIndex(a => new { a.FamilyCaseId, a.InvitedAt });
        builder.Property(a => a.Contact).HasMaxLength(FamilyMemberAccess.ContactMaxLength);
        builder.Property(a => a.TokenHash).HasMaxLength(64);
        builder.Property(a => a.CodeHash).HasMaxLength(64);
        builder.Property(a => a.SessionId).HasMaxLength(64);
    }
}

/// <summary>Family and network members' comments on their plan and their requests to change it.</summary>
internal sealed class FamilyPlanCommentConfiguration : IEntityTypeConfiguration<FamilyPlanComment>
{
    public void Configure(EntityTypeBuilder<FamilyPlanComment> builder)
    {
        builder.ToTable("FamilyPlanComments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(c => c.FamilyCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<NetworkMember>().WithMany().HasForeignKey(c => c.NetworkMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.Writer);
        builder.HasIndex(c => new { c.FamilyCaseId, c.WrittenAt });
        builder.Property(c => c.Text).HasMaxLength(FamilyPlanComment.TextMaxLength);
        builder.Ignore(c => c.IsOpenRequest);
    }
}
