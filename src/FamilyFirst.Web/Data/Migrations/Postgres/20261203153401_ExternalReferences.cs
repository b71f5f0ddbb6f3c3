using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ExternalReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FamilyExternalReferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Key = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FamilyCaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyExternalReferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyExternalReferences_FamilyCases_FamilyCaseId",
                        column: x => x.FamilyCaseId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyExternalReferences_FamilyCaseId_Source",
                table: "FamilyExternalReferences",
                columns: new[] { "FamilyCaseId", "Source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FamilyExternalReferences_Key",
                table: "FamilyExternalReferences",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyExternalReferences_Source_Key",
                table: "FamilyExternalReferences",
                columns: new[] { "Source", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FamilyExternalReferences");
        }
    }
}
