using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

/// <summary>
/// A form that was sent and changed something: the key its page put in it (with who sent it, where and what),
/// saved in the same transaction as the change, so a resubmission of the same form (after a lost response, a
/// refresh, a double click) goes where the first went instead of doing it again (ADR 0026).
/// </summary>
public sealed class FormSubmission
{
    /// <summary>
    /// Derived from the form's key, the person, the address posted to and the values sent
    /// (<c>RepeatSubmissions.IdOf</c>); unique, so two identical posts at once save one change.
    /// </summary>
    public Guid Id { get; set; }

    public required string UserId { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    /// <summary>Where the first submission sent the person (a local address); null until it has answered.</summary>
    public string? Location { get; set; }

    /// <summary>The confirmation the first submission showed, shown again on a repeat.</summary>
    public string? Message { get; set; }
}

internal sealed class FormSubmissionConfiguration : IEntityTypeConfiguration<FormSubmission>
{
    public void Configure(EntityTypeBuilder<FormSubmission> builder)
    {
        builder.ToTable("FormSubmissions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.Location).HasMaxLength(2048);
        builder.Property(s => s.Message).HasMaxLength(1000);
        builder.HasIndex(s => s.SubmittedAtUtc);
    }
}
