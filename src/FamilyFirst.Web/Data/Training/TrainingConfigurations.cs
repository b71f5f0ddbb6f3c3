using FamilyFirst.Domain.Training;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data.Training;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("TrainingCourses");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Title).HasMaxLength(Course.TitleMaximumLength);
        builder.Property(c => c.Summary).HasMaxLength(Course.SummaryMaximumLength);
        builder.Property(c => c.LengthHours).HasPrecision(5, 2);
        builder.Ignore(c => c.OutcomesInOrder);
        builder.HasMany(c => c.Outcomes).WithOne().HasForeignKey("CourseId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Outcomes).HasField("_outcomes").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class LearningOutcomeConfiguration : IEntityTypeConfiguration<LearningOutcome>
{
    public void Configure(EntityTypeBuilder<LearningOutcome> builder)
    {
        builder.ToTable("TrainingLearningOutcomes");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Text).HasMaxLength(Course.OutcomeMaximumLength);
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.ToTable("TrainingSessions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<Course>().WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.StartsAt);
        builder.Property(s => s.Venue).HasMaxLength(TrainingSession.VenueMaximumLength);
        builder.Property(s => s.OnlineLink).HasMaxLength(TrainingSession.LinkMaximumLength);
        builder.Property(s => s.TrainerId).HasMaxLength(450);
        builder.Property(s => s.TrainerName).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.IsOnline);
        builder.Ignore(s => s.PlacesTaken);
        builder.Ignore(s => s.PlacesLeft);
        builder.Ignore(s => s.WaitingList);
        builder.HasMany(s => s.Bookings).WithOne().HasForeignKey(b => b.SessionId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Bookings).HasField("_bookings").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.ToTable("TrainingBookings");

        // The domain makes the id; a new booking found in a session's list is one to insert.
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Name).HasMaxLength(ParticipantDetails.NameMaximumLength);
        builder.Property(b => b.Email).HasMaxLength(ParticipantDetails.EmailMaximumLength);
        builder.Property(b => b.Phone).HasMaxLength(Domain.Enquiries.ContactRules.MaximumPhoneLength);
        builder.Property(b => b.OrganisationName).HasMaxLength(ParticipantDetails.NameMaximumLength);
        builder.Property(b => b.JobRole).HasMaxLength(ParticipantDetails.NameMaximumLength);
        builder.Property(b => b.CertificateNumber).HasMaxLength(40);
        builder.Ignore(b => b.IsCurrent);
        builder.Ignore(b => b.HoldsAPlace);
        builder.HasIndex(b => b.EnquiryId);
        builder.HasIndex(b => b.TeamId);
    }
}

internal sealed class EvaluationResponseConfiguration : IEntityTypeConfiguration<EvaluationResponse>
{
    public void Configure(EntityTypeBuilder<EvaluationResponse> builder)
    {
        builder.ToTable("TrainingEvaluations");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Comments).HasMaxLength(EvaluationResponse.CommentsMaximumLength);
        builder.HasIndex(r => r.SessionId);
        builder.HasIndex(r => r.CourseId);
        builder.HasMany(r => r.Ratings).WithOne().HasForeignKey("EvaluationId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Ratings).HasField("_ratings").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OutcomeConfidenceConfiguration : IEntityTypeConfiguration<OutcomeConfidence>
{
    public void Configure(EntityTypeBuilder<OutcomeConfidence> builder)
    {
        builder.ToTable("TrainingEvaluationRatings");
        builder.Property(r => r.Id).ValueGeneratedNever();
    }
}

internal sealed class EvaluationInvitationConfiguration : IEntityTypeConfiguration<EvaluationInvitation>
{
    public void Configure(EntityTypeBuilder<EvaluationInvitation> builder)
    {
        builder.ToTable("TrainingEvaluationInvitations");
        builder.Property(i => i.Token).HasMaxLength(64);
        builder.HasIndex(i => i.Token).IsUnique();
        builder.HasIndex(i => i.BookingId).IsUnique();
    }
}

internal sealed class ConsultancyPieceConfiguration : IEntityTypeConfiguration<ConsultancyPiece>
{
    public void Configure(EntityTypeBuilder<ConsultancyPiece> builder)
    {
        builder.ToTable("ConsultancyPieces");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TeamName).HasMaxLength(200);
        builder.Property(p => p.OrganisationName).HasMaxLength(ConsultancyRequest.NameMaximumLength);
        builder.Property(p => p.ContactName).HasMaxLength(ConsultancyRequest.NameMaximumLength);
        builder.Property(p => p.ContactEmail).HasMaxLength(ParticipantDetails.EmailMaximumLength);
        builder.Property(p => p.WhatWasAsked).HasMaxLength(ConsultancyRequest.AskedMaximumLength);
        builder.Property(p => p.LeadTrainerId).HasMaxLength(450);
        builder.Property(p => p.LeadTrainerName).HasMaxLength(200);
        builder.Property(p => p.OutcomeSummary).HasMaxLength(ConsultancyPiece.OutcomeMaximumLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.Status, p.RequestedOn });
        builder.HasIndex(p => p.EnquiryId);
        builder.Ignore(p => p.AimsInOrder);
        builder.Ignore(p => p.SessionsHeld);
        builder.Ignore(p => p.IsClosed);
        builder.Ignore(p => p.Organisation);
        builder.HasMany(p => p.Aims).WithOne().HasForeignKey("PieceId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Aims).HasField("_aims").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Sessions).WithOne().HasForeignKey("PieceId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Sessions).HasField("_sessions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ConsultancyAimConfiguration : IEntityTypeConfiguration<ConsultancyAim>
{
    public void Configure(EntityTypeBuilder<ConsultancyAim> builder)
    {
        builder.ToTable("ConsultancyAims");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Text).HasMaxLength(ConsultancyPiece.AimMaximumLength);
    }
}

internal sealed class ConsultancySessionConfiguration : IEntityTypeConfiguration<ConsultancySession>
{
    public void Configure(EntityTypeBuilder<ConsultancySession> builder)
    {
        builder.ToTable("ConsultancySessions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Hours).HasPrecision(5, 2);
        builder.Property(s => s.WhoAttended).HasMaxLength(ConsultancySession.WhoMaximumLength);
        builder.Property(s => s.Notes).HasMaxLength(ConsultancySession.NotesMaximumLength);
    }
}

internal sealed class FollowUpResponseConfiguration : IEntityTypeConfiguration<FollowUpResponse>
{
    public void Configure(EntityTypeBuilder<FollowUpResponse> builder)
    {
        builder.ToTable("TrainingFollowUps");
        builder.Property(r => r.Id).ValueGeneratedNever();
        // Several uses are stored as their names, comma-separated: longer than the 64 every other enum has.
        builder.Property(r => r.Uses).HasMaxLength(200);
        builder.Property(r => r.Helped).HasMaxLength(FollowUpResponse.TextMaximumLength);
        builder.Property(r => r.GotInTheWay).HasMaxLength(FollowUpResponse.TextMaximumLength);
        builder.HasIndex(r => r.SessionId);
        builder.HasIndex(r => r.CourseId);
        builder.HasMany(r => r.Ratings).WithOne().HasForeignKey("FollowUpId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Ratings).HasField("_ratings").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class FollowUpConfidenceConfiguration : IEntityTypeConfiguration<FollowUpConfidence>
{
    public void Configure(EntityTypeBuilder<FollowUpConfidence> builder)
    {
        builder.ToTable("TrainingFollowUpRatings");
        builder.Property(r => r.Id).ValueGeneratedNever();
    }
}

internal sealed class FollowUpInvitationConfiguration : IEntityTypeConfiguration<FollowUpInvitation>
{
    public void Configure(EntityTypeBuilder<FollowUpInvitation> builder)
    {
        builder.ToTable("TrainingFollowUpInvitations");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.Property(i => i.Answered).IsConcurrencyToken();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.BookingId).IsUnique();
    }
}
