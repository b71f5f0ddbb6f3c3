using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class H20OutcomeFrameworkPerFamilyAndClaimsUnderOne : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Framework",
                table: "ResultClaims",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "FamilyFirst2012");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpectingOn",
                table: "People",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "FamilyCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Framework",
                table: "FamilyCases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "FamilyFirst2012");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlanAgreedOn",
                table: "FamilyCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WholeFamilyAssessedOn",
                table: "FamilyCases",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FamilyClaimFrameworks",
                columns: table => new
                {
                    FamilyCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Framework = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FirstClaimedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyClaimFrameworks", x => x.FamilyCaseId);
                    table.UniqueConstraint("AK_FamilyClaimFrameworks_FamilyCaseId_Framework", x => new { x.FamilyCaseId, x.Framework });
                    table.ForeignKey(
                        name: "FK_FamilyClaimFrameworks_FamilyCases_FamilyCaseId",
                        column: x => x.FamilyCaseId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Results already claimed were claimed under the original framework.
            migrationBuilder.Sql("""
                INSERT INTO "FamilyClaimFrameworks" ("FamilyCaseId", "Framework", "FirstClaimedAtUtc")
                SELECT "FamilyCaseId", 'FamilyFirst2012', MIN("ClaimedAtUtc") FROM "ResultClaims" GROUP BY "FamilyCaseId";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ResultClaims_FamilyCaseId_Framework",
                table: "ResultClaims",
                columns: new[] { "FamilyCaseId", "Framework" });

            migrationBuilder.AddForeignKey(
                name: "FK_ResultClaims_FamilyClaimFrameworks_FamilyCaseId_Framework",
                table: "ResultClaims",
                columns: new[] { "FamilyCaseId", "Framework" },
                principalTable: "FamilyClaimFrameworks",
                principalColumns: new[] { "FamilyCaseId", "Framework" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ResultClaims_FamilyClaimFrameworks_FamilyCaseId_Framework",
                table: "ResultClaims");

            migrationBuilder.DropTable(
                name: "FamilyClaimFrameworks");

            migrationBuilder.DropIndex(
                name: "IX_ResultClaims_FamilyCaseId_Framework",
                table: "ResultClaims");

            migrationBuilder.DropColumn(
                name: "Framework",
                table: "ResultClaims");

            migrationBuilder.DropColumn(
                name: "ExpectingOn",
                table: "People");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "FamilyCases");

            migrationBuilder.DropColumn(
                name: "Framework",
                table: "FamilyCases");

            migrationBuilder.DropColumn(
                name: "PlanAgreedOn",
                table: "FamilyCases");

            migrationBuilder.DropColumn(
                name: "WholeFamilyAssessedOn",
                table: "FamilyCases");
        }
    }
}
