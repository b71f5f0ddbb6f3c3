using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromFamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchedPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchedFamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaisedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RaisedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CheckedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CheckedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
