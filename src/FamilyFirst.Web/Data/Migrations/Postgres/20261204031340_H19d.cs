using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class H19d : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid[]>(
                name: "RemovedBottomLineIds",
                table: "FamilyGroupConferences",
                type: "uuid[]",
                nullable: false,
                defaultValue: new Guid[0]);

            migrationBuilder.CreateTable(
                name: "PlanPresentationBottomLinesMet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BottomLineId = table.Column<Guid>(type: "uuid", nullable: false),
                    How = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PlanPresentationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanPresentationBottomLinesMet", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanPresentationBottomLinesMet_PlanPresentations_PlanPresen~",
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
