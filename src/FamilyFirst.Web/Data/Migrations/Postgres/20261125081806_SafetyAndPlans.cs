using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SafetyAndPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BottomLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    WrittenById = table.Column<Guid>(type: "uuid", nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApprovedById = table.Column<Guid>(type: "uuid", nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RetiredById = table.Column<Guid>(type: "uuid", nullable: true),
                    RetiredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RetirementReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    History = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BottomLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BottomLines_FamilyCases_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FamilyPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FamilyGroupConferenceId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    NextReviewDue = table.Column<DateOnly>(type: "date", nullable: true),
                    NotAgreed = table.Column<string>(type: "jsonb", nullable: false),
                    Reviews = table.Column<string>(type: "jsonb", nullable: false),
                    Versions = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyPlans_FamilyCases_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanFormDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Form = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Values = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    BasedOnRevision = table.Column<int>(type: "integer", nullable: true),
                    SavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanFormDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanFormDrafts_FamilyCases_FamilyCaseId",
                        column: x => x.FamilyCaseId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SafetyAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    PreviousVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    NextSteps = table.Column<string>(type: "jsonb", nullable: false),
                    WorkingWell = table.Column<string>(type: "jsonb", nullable: false),
                    Worries = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyAssessments_FamilyCases_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScalingRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    GivenByRole = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GivenById = table.Column<Guid>(type: "uuid", nullable: true),
                    GivenByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScalingRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScalingRatings_FamilyCases_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BottomLines_FamilyId_Status",
                table: "BottomLines",
                columns: new[] { "FamilyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyPlans_FamilyGroupConferenceId",
                table: "FamilyPlans",
                column: "FamilyGroupConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyPlans_FamilyId",
                table: "FamilyPlans",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanFormDrafts_FamilyCaseId",
                table: "PlanFormDrafts",
                column: "FamilyCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanFormDrafts_UserId_FamilyCaseId_Form",
                table: "PlanFormDrafts",
                columns: new[] { "UserId", "FamilyCaseId", "Form" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetyAssessments_FamilyId_VersionNumber",
                table: "SafetyAssessments",
                columns: new[] { "FamilyId", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScalingRatings_FamilyId_RatedOn",
                table: "ScalingRatings",
                columns: new[] { "FamilyId", "RatedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BottomLines");

            migrationBuilder.DropTable(
                name: "FamilyPlans");

            migrationBuilder.DropTable(
                name: "PlanFormDrafts");

            migrationBuilder.DropTable(
                name: "SafetyAssessments");

            migrationBuilder.DropTable(
                name: "ScalingRatings");
        }
    }
}
