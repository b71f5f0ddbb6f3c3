using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AsAt = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AttachedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AttachedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TeamName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FamiliesDone = table.Column<int>(type: "INTEGER", nullable: false),
                    FamiliesTotal = table.Column<int>(type: "INTEGER", nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SnapshotId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ActiveCohortKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
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
