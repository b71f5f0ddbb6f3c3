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

            migrationBuilder.AddColumn<Guid>(
                name: "GivenByNetworkMemberId",
                table: "ScalingRatings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GivenByOtherRole",
                table: "ScalingRatings",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RaterKind",
                table: "ScalingRatings",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Ratings recorded before raters were people keep their name, and their role in words: a rating with no
            // record was written in (someone else); one with a record was a household member's or a professional's.
            migrationBuilder.Sql(
                """
                UPDATE "ScalingRatings" SET
                    "RaterKind" = CASE
                        WHEN "GivenById" IS NULL THEN 'SomeoneElse'
                        WHEN "GivenByRole" = 'FamilyMember' THEN 'HouseholdMember'
                        ELSE 'Professional' END,
                    "GivenByOtherRole" = CASE
                        WHEN "GivenById" IS NOT NULL THEN NULL
                        WHEN "GivenByRole" = 'FamilyMember' THEN 'family member'
                        WHEN "GivenByRole" = 'Practitioner' THEN 'practitioner'
                        WHEN "GivenByRole" = 'Manager' THEN 'manager'
                        ELSE "GivenByRole" END
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GivenByNetworkMemberId",
                table: "ScalingRatings");

            migrationBuilder.DropColumn(
                name: "GivenByOtherRole",
                table: "ScalingRatings");

            migrationBuilder.DropColumn(
                name: "RaterKind",
                table: "ScalingRatings");

            migrationBuilder.DropTable(
                name: "PlanPresentationBottomLinesMet");

            migrationBuilder.DropColumn(
                name: "RemovedBottomLineIds",
                table: "FamilyGroupConferences");
        }
    }
}
