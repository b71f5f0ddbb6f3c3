using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ChronologyIndexAndNoteCount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChronologyEntries_FamilyCaseId_OccurredOn",
                table: "ChronologyEntries");

            migrationBuilder.AddColumn<int>(
                name: "NoteCount",
                table: "FamilyCases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // The stored note count starts at the number of notes each family already has.
            migrationBuilder.Sql("UPDATE \"FamilyCases\" SET \"NoteCount\" = (SELECT count(*) FROM \"CaseNotes\" WHERE \"CaseNotes\".\"FamilyCaseId\" = \"FamilyCases\".\"Id\")");

            migrationBuilder.CreateIndex(
                name: "IX_ChronologyEntries_FamilyCaseId_OccurredOn_RecordedAt",
                table: "ChronologyEntries",
                columns: new[] { "FamilyCaseId", "OccurredOn", "RecordedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChronologyEntries_FamilyCaseId_OccurredOn_RecordedAt",
                table: "ChronologyEntries");

            migrationBuilder.DropColumn(
                name: "NoteCount",
                table: "FamilyCases");

            migrationBuilder.CreateIndex(
                name: "IX_ChronologyEntries_FamilyCaseId_OccurredOn",
                table: "ChronologyEntries",
                columns: new[] { "FamilyCaseId", "OccurredOn" });
        }
    }
}
