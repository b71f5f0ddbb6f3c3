using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConsultancyPiecesOfWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsultancyPieces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TeamName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrganisationType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    WhatWasAsked = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LeadTrainerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LeadTrainerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EnquiryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OutcomeSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultancyPieces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConsultancyAims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PieceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultancyAims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultancyAims_ConsultancyPieces_PieceId",
                        column: x => x.PieceId,
                        principalTable: "ConsultancyPieces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultancySessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    Attendees = table.Column<int>(type: "INTEGER", nullable: false),
                    WhoAttended = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    PieceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultancySessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultancySessions_ConsultancyPieces_PieceId",
                        column: x => x.PieceId,
                        principalTable: "ConsultancyPieces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultancyAims_PieceId",
                table: "ConsultancyAims",
                column: "PieceId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultancyPieces_EnquiryId",
                table: "ConsultancyPieces",
                column: "EnquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultancyPieces_Status_RequestedOn",
                table: "ConsultancyPieces",
                columns: new[] { "Status", "RequestedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultancySessions_PieceId",
                table: "ConsultancySessions",
                column: "PieceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsultancyAims");

            migrationBuilder.DropTable(
                name: "ConsultancySessions");

            migrationBuilder.DropTable(
                name: "ConsultancyPieces");
        }
    }
}
