using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class H20fRecordedNeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RecordedNeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Headline = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NeedCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    IdentifiedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EvidenceSource = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IdentifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AchievedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LapsedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OutcomeEvidenceSource = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OutcomeEvidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OutcomeRecordedById = table.Column<Guid>(type: "uuid", nullable: true),
                    OutcomeRecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordedNeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecordedNeeds_FamilyCases_FamilyCaseId",
                        column: x => x.FamilyCaseId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RecordedNeeds_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RecordedNeeds_FamilyCaseId_Headline_NeedCode",
                table: "RecordedNeeds",
                columns: new[] { "FamilyCaseId", "Headline", "NeedCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecordedNeeds_PersonId",
                table: "RecordedNeeds",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecordedNeeds");
        }
    }
}
