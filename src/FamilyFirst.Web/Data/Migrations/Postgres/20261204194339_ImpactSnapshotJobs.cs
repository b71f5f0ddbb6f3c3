using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ImpactSnapshotJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImpactSnapshotJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AsAt = table.Column<DateOnly>(type: "date", nullable: false),
                    AttachedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    AttachedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    TeamName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RequestedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RequestedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RequestedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LeaseOwner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeaseExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FamiliesDone = table.Column<int>(type: "integer", nullable: false),
                    FamiliesTotal = table.Column<int>(type: "integer", nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SnapshotId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ActiveCohortKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpactSnapshotJobs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImpactSnapshotJobs_ActiveCohortKey",
                table: "ImpactSnapshotJobs",
                column: "ActiveCohortKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImpactSnapshotJobs_RequestedAtUtc",
                table: "ImpactSnapshotJobs",
                column: "RequestedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ImpactSnapshotJobs_Status_NextAttemptAtUtc",
                table: "ImpactSnapshotJobs",
                columns: new[] { "Status", "NextAttemptAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImpactSnapshotJobs");
        }
    }
}
