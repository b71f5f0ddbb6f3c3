using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class H19d : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RemovedBottomLineIds",
                table: "FamilyGroupConferences",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "PlanPresentationBottomLinesMet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BottomLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    How = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PlanPresentationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanPresentationBottomLinesMet", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanPresentationBottomLinesMet_PlanPresentations_PlanPresentationId",
                        column: x => x.PlanPresentationId,
                        principalTable: "PlanPresentations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanPresentationBottomLinesMet_PlanPresentationId",
                table: "PlanPresentationBottomLinesMet",
                column: "PlanPresentationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanPresentationBottomLinesMet");

            migrationBuilder.DropColumn(
                name: "RemovedBottomLineIds",
                table: "FamilyGroupConferences");
        }
    }
}
