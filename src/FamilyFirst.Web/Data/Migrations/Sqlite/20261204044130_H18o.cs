using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class H18o : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContactOverrideRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NetworkMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Restriction = table.Column<string>(type: "TEXT", maxLength: 2300, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Comments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactOverrideRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactOverrideRequests_FamilyCases_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContactOverrideRequests_FamilyId_Status",
                table: "ContactOverrideRequests",
                columns: new[] { "FamilyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactOverrideRequests_NetworkMemberId",
                table: "ContactOverrideRequests",
                column: "NetworkMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactOverrideRequests_PersonId",
                table: "ContactOverrideRequests",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactOverrideRequests_RequestedBy",
                table: "ContactOverrideRequests",
                column: "RequestedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ContactOverrideRequests_Status_RequestedAt",
                table: "ContactOverrideRequests",
                columns: new[] { "Status", "RequestedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactOverrideRequests");
        }
    }
}
