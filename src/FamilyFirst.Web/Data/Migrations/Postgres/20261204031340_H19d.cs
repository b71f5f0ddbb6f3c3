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

            migrationBuilder.AddColumn<Guid>(
                name: "GivenByNetworkMemberId",
                table: "ScalingRatings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GivenByOtherRole",
                table: "ScalingRatings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RaterKind",
                table: "ScalingRatings",
                type: "character varying(64)",
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
