using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TrainingFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrainingFollowUpInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Answered = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingFollowUpInvitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingFollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Uses = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Helped = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    GotInTheWay = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingFollowUps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingFollowUpRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutcomeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Now = table.Column<int>(type: "integer", nullable: false),
                    FollowUpId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingFollowUpRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingFollowUpRatings_TrainingFollowUps_FollowUpId",
                        column: x => x.FollowUpId,
                        principalTable: "TrainingFollowUps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingFollowUpInvitations_BookingId",
                table: "TrainingFollowUpInvitations",
                column: "BookingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingFollowUpInvitations_TokenHash",
                table: "TrainingFollowUpInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingFollowUpRatings_FollowUpId",
                table: "TrainingFollowUpRatings",
                column: "FollowUpId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingFollowUps_CourseId",
                table: "TrainingFollowUps",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingFollowUps_SessionId",
                table: "TrainingFollowUps",
                column: "SessionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrainingFollowUpInvitations");

            migrationBuilder.DropTable(
                name: "TrainingFollowUpRatings");

            migrationBuilder.DropTable(
                name: "TrainingFollowUps");
        }
    }
}
