using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetingsAndConferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FamilyGroupConferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReferrerUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ConsentGivenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConsentPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConsentHasParentalResponsibility = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentGivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ConsentToConference = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentToInformationSharing = table.Column<bool>(type: "INTEGER", nullable: false),
                    Worries = table.Column<string>(type: "TEXT", nullable: false),
                    Questions = table.Column<string>(type: "TEXT", nullable: false),
                    BottomLineIds = table.Column<string>(type: "TEXT", nullable: false),
                    CoordinatorUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ScheduledFor = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ConferenceStartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConferenceHeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlanLeadInvitationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AgreedPlanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlanAgreedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosingReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyGroupConferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyGroupConferences_FamilyCases_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackLinks_FamilyCases_FamilyCaseId",
                        column: x => x.FamilyCaseId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FeltListenedTo = table.Column<int>(type: "INTEGER", nullable: false),
                    TreatedWithRespect = table.Column<int>(type: "INTEGER", nullable: false),
                    HadASay = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanFeelsLikeOurs = table.Column<int>(type: "INTEGER", nullable: false),
                    Comments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackResponses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    FacilitatorUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_FamilyCases_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PreProceedingsOffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeclinedReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MeetingHeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConferenceId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreProceedingsOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreProceedingsOffers_FamilyCases_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConferenceChildParticipation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChildPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Way = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AdvocateName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConferenceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConferenceChildParticipation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConferenceChildParticipation_FamilyGroupConferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "FamilyGroupConferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConferenceHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromStage = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ToStage = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ConferenceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConferenceHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConferenceHistory_FamilyGroupConferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "FamilyGroupConferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConferenceInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NotInvitedReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DeclinedReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    InterpreterLanguage = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AccessNeeds = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NeedsChildcare = table.Column<bool>(type: "INTEGER", nullable: false),
                    NeedsTransport = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConferenceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConferenceInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConferenceInvitations_FamilyGroupConferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "FamilyGroupConferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConferenceReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConferenceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConferenceReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConferenceReviews_FamilyGroupConferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "FamilyGroupConferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanPresentations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PresentedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NotAgreedReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FailedBottomLineIds = table.Column<string>(type: "TEXT", nullable: false),
                    SafetyConcern = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConferenceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanPresentations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanPresentations_FamilyGroupConferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "FamilyGroupConferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PresentedPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConferenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PresentedPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PresentedPlans_FamilyGroupConferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "FamilyGroupConferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PrivateFamilyTimeSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PresentInvitationIds = table.Column<string>(type: "TEXT", nullable: false),
                    ConferenceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivateFamilyTimeSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrivateFamilyTimeSessions_FamilyGroupConferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "FamilyGroupConferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CircleRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Prompt = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircleRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CircleRounds_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WhoWillDoIt = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WhatTheyWillDo = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ByWhen = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlanActionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAgreements_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Attendance = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingParticipants_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CircleRounds_MeetingId",
                table: "CircleRounds",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceChildParticipation_ConferenceId",
                table: "ConferenceChildParticipation",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceHistory_ConferenceId",
                table: "ConferenceHistory",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceInvitations_ConferenceId",
                table: "ConferenceInvitations",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceReviews_ConferenceId",
                table: "ConferenceReviews",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyGroupConferences_CoordinatorUserId",
                table: "FamilyGroupConferences",
                column: "CoordinatorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyGroupConferences_FamilyId",
                table: "FamilyGroupConferences",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackLinks_FamilyCaseId",
                table: "FeedbackLinks",
                column: "FamilyCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackLinks_MeetingId",
                table: "FeedbackLinks",
                column: "MeetingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackLinks_Token",
                table: "FeedbackLinks",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackResponses_MeetingId",
                table: "FeedbackResponses",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgreements_MeetingId",
                table: "MeetingAgreements",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_MeetingId",
                table: "MeetingParticipants",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_FamilyId",
                table: "Meetings",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanPresentations_ConferenceId",
                table: "PlanPresentations",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_PreProceedingsOffers_FamilyId",
                table: "PreProceedingsOffers",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_PresentedPlans_ConferenceId",
                table: "PresentedPlans",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_PrivateFamilyTimeSessions_ConferenceId",
                table: "PrivateFamilyTimeSessions",
                column: "ConferenceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CircleRounds");

            migrationBuilder.DropTable(
                name: "ConferenceChildParticipation");

            migrationBuilder.DropTable(
                name: "ConferenceHistory");

            migrationBuilder.DropTable(
                name: "ConferenceInvitations");

            migrationBuilder.DropTable(
                name: "ConferenceReviews");

            migrationBuilder.DropTable(
                name: "FeedbackLinks");

            migrationBuilder.DropTable(
                name: "FeedbackResponses");

            migrationBuilder.DropTable(
                name: "MeetingAgreements");

            migrationBuilder.DropTable(
                name: "MeetingParticipants");

            migrationBuilder.DropTable(
                name: "PlanPresentations");

            migrationBuilder.DropTable(
                name: "PreProceedingsOffers");

            migrationBuilder.DropTable(
                name: "PresentedPlans");

            migrationBuilder.DropTable(
                name: "PrivateFamilyTimeSessions");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "FamilyGroupConferences");
        }
    }
}
