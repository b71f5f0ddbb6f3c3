using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NetworkMembersInTheFamilyView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "PersonId",
                table: "FamilyPlanComments",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<Guid>(
                name: "NetworkMemberId",
                table: "FamilyPlanComments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "PersonId",
                table: "FamilyMemberAccesses",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<Guid>(
                name: "NetworkMemberId",
                table: "FamilyMemberAccesses",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_FamilyPlanComments_NetworkMemberId",
                table: "FamilyPlanComments",
                column: "NetworkMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyMemberAccesses_NetworkMemberId",
                table: "FamilyMemberAccesses",
                column: "NetworkMemberId");

            migrationBuilder.AddForeignKey(
                name: "FK_FamilyMemberAccesses_NetworkMembers_NetworkMemberId",
                table: "FamilyMemberAccesses",
                column: "NetworkMemberId",
                principalTable: "NetworkMembers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_FamilyPlanComments_NetworkMembers_NetworkMemberId",
                table: "FamilyPlanComments",
                column: "NetworkMemberId",
                principalTable: "NetworkMembers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FamilyMemberAccesses_NetworkMembers_NetworkMemberId",
                table: "FamilyMemberAccesses");

            migrationBuilder.DropForeignKey(
                name: "FK_FamilyPlanComments_NetworkMembers_NetworkMemberId",
                table: "FamilyPlanComments");

            migrationBuilder.DropIndex(
                name: "IX_FamilyPlanComments_NetworkMemberId",
                table: "FamilyPlanComments");

            migrationBuilder.DropIndex(
                name: "IX_FamilyMemberAccesses_NetworkMemberId",
                table: "FamilyMemberAccesses");

            migrationBuilder.DropColumn(
                name: "NetworkMemberId",
                table: "FamilyPlanComments");

            migrationBuilder.DropColumn(
                name: "NetworkMemberId",
                table: "FamilyMemberAccesses");

            migrationBuilder.AlterColumn<Guid>(
                name: "PersonId",
                table: "FamilyPlanComments",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "PersonId",
                table: "FamilyMemberAccesses",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
