using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FamilyRecordsEnquiryLinkAndEndings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EndNote",
                table: "Relationships",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "Relationships",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EndedAt",
                table: "Relationships",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EndedBy",
                table: "Relationships",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeftReason",
                table: "FamilyMembers",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FamilyCaseId",
                table: "Enquiries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_FamilyCaseId",
                table: "Enquiries",
                column: "FamilyCaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enquiries_FamilyCaseId",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "EndNote",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "EndedBy",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "LeftReason",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "FamilyCaseId",
                table: "Enquiries");
        }
    }
}
