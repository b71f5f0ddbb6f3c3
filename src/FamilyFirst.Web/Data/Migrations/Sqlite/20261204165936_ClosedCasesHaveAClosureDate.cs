using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClosedCasesHaveAClosureDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A case closed before the closure date was kept on the case (the H20 migration that added ClosedOn left it
            // empty) takes the day of its last closure in the status history, or the day it was opened if it has none;
            // then the database refuses a closed case without one.
            migrationBuilder.Sql("""
                UPDATE "FamilyCases"
                SET "ClosedOn" = COALESCE(
                    (SELECT date(MAX(c."ChangedAt")) FROM "CaseStatusChanges" c WHERE c."FamilyCaseId" = "FamilyCases"."Id" AND c."Status" = 'Closed'),
                    date("OpenedAt"))
                WHERE "Status" = 'Closed' AND "ClosedOn" IS NULL;
                """);

            migrationBuilder.AddCheckConstraint(
                name: "CK_FamilyCases_ClosedHasClosureDate",
                table: "FamilyCases",
                sql: "\"Status\" <> 'Closed' OR \"ClosedOn\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_FamilyCases_ClosedHasClosureDate",
                table: "FamilyCases");
        }
    }
}
