using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class H17s : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PossibleMatchChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FromFamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    MatchedPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    MatchedFamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RaisedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RaisedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CheckedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CheckedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PossibleMatchChecks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PossibleMatchChecks_MatchedFamilyId_CheckedAtUtc",
                table: "PossibleMatchChecks",
                columns: new[] { "MatchedFamilyId", "CheckedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PossibleMatchChecks");
        }
    }
}
