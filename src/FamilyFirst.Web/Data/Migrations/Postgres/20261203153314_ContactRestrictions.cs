using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Postgres
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
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ContactOrderEndsOn",
                table: "NetworkMembers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ContactOverrideAt",
                table: "NetworkMembers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ContactOverrideById",
                table: "NetworkMembers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactOverrideReason",
                table: "NetworkMembers",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactOrder",
                table: "FamilyMembers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ContactOrderEndsOn",
                table: "FamilyMembers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ContactOverrideAt",
                table: "FamilyMembers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ContactOverrideById",
                table: "FamilyMembers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactOverrideReason",
                table: "FamilyMembers",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactRestrictionReason",
                table: "FamilyMembers",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "NetworkMemberId",
                table: "ConferenceInvitations",
                type: "uuid",
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
