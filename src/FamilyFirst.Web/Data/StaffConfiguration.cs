using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.HasIndex(t => t.Name).IsUnique();
    }
}

internal sealed class TeamMembershipConfiguration : IEntityTypeConfiguration<TeamMembership>
{
    public void Configure(EntityTypeBuilder<TeamMembership> builder)
    {
        builder.HasKey(m => new { m.UserId, m.TeamId });
        builder.HasOne(m => m.User).WithMany(u => u.Teams).HasForeignKey(m => m.UserId);
        builder.HasOne(m => m.Team).WithMany(t => t.Members).HasForeignKey(m => m.TeamId);
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("ApiTokens");
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Hint).HasMaxLength(20);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId);
    }
}
