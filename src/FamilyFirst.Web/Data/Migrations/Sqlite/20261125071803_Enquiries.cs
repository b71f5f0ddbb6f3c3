using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace FamilyFirst.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Enquiries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Enquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EnquirerRole = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrganisationType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FamilyKnowsAndAgrees = table.Column<bool>(type: "INTEGER", nullable: true),
                    FamilyNames = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ChildrenAges = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    WhatIsHappening = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WhatWouldHelp = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PreferredContactMethod = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SafeToLeaveMessage = table.Column<bool>(type: "INTEGER", nullable: false),
                    PrivacyNoticeAgreedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AssignedToId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssignedToName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClosureReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enquiries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnquiryClosureReasons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnquiryClosureReasons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnquiryDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedEnquiryId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnquiryDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnquiryHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StatusAfter = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EnquiryId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnquiryHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnquiryHistory_Enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "Enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "EnquiryClosureReasons",
                columns: new[] { "Id", "IsActive", "Name", "Position" },
                values: new object[,]
                {
                    { new Guid("6f1d7c2e-9a41-4b6e-8f0a-1c2d3e4f5a01"), true, "No further action", 1 },
                    { new Guid("6f1d7c2e-9a41-4b6e-8f0a-1c2d3e4f5a02"), true, "Signposted elsewhere", 2 },
                    { new Guid("6f1d7c2e-9a41-4b6e-8f0a-1c2d3e4f5a03"), true, "Duplicate", 3 },
                    { new Guid("6f1d7c2e-9a41-4b6e-8f0a-1c2d3e4f5a04"), true, "Answered", 4 },
                    { new Guid("6f1d7c2e-9a41-4b6e-8f0a-1c2d3e4f5a05"), true, "Could not make contact", 5 },
                    { new Guid("6f1d7c2e-9a41-4b6e-8f0a-1c2d3e4f5a06"), true, "Passed to the children's services front door", 6 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_ReceivedAtUtc",
                table: "Enquiries",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_Reference",
                table: "Enquiries",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_Status_ReceivedAtUtc",
                table: "Enquiries",
                columns: new[] { "Status", "ReceivedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_SubmissionKey",
                table: "Enquiries",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnquiryClosureReasons_Name",
                table: "EnquiryClosureReasons",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnquiryDrafts_UpdatedAtUtc",
                table: "EnquiryDrafts",
                column: "UpdatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_EnquiryHistory_EnquiryId_AtUtc",
                table: "EnquiryHistory",
                columns: new[] { "EnquiryId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EnquiryClosureReasons");

            migrationBuilder.DropTable(
                name: "EnquiryDrafts");

            migrationBuilder.DropTable(
                name: "EnquiryHistory");

            migrationBuilder.DropTable(
                name: "Enquiries");
        }
    }
}
