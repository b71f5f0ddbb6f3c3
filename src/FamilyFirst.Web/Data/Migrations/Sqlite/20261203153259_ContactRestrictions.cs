using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContactRestrictions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContactOrder",
                table: "NetworkMembers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ContactOrderEndsOn",
                table: "NetworkMembers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ContactOverrideAt",
                table: "NetworkMembers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ContactOverrideById",
                table: "NetworkMembers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactOverrideReason",
                table: "NetworkMembers",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactOrder",
                table: "FamilyMembers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ContactOrderEndsOn",
                table: "FamilyMembers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ContactOverrideAt",
                table: "FamilyMembers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ContactOverrideById",
                table: "FamilyMembers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactOverrideReason",
                table: "FamilyMembers",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactRestrictionReason",
                table: "FamilyMembers",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "NetworkMemberId",
                table: "ConferenceInvitations",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContactOrder",
                table: "NetworkMembers");

            migrationBuilder.DropColumn(
                name: "ContactOrderEndsOn",
                table: "NetworkMembers");

            migrationBuilder.DropColumn(
                name: "ContactOverrideAt",
                table: "NetworkMembers");

            migrationBuilder.DropColumn(
                name: "ContactOverrideById",
                table: "NetworkMembers");

            migrationBuilder.DropColumn(
                name: "ContactOverrideReason",
                table: "NetworkMembers");

            migrationBuilder.DropColumn(
                name: "ContactOrder",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "ContactOrderEndsOn",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "ContactOverrideAt",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "ContactOverrideById",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "ContactOverrideReason",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "ContactRestrictionReason",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "NetworkMemberId",
                table: "ConferenceInvitations");
        }
    }
}
