using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartnerDataImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AsbIncidentRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ImportRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IncidentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AsbIncidentRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AsbIncidentRecords_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AttendanceRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ImportRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    TermStart = table.Column<DateOnly>(type: "date", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    PossibleSessions = table.Column<int>(type: "integer", nullable: false),
                    AuthorisedAbsenceSessions = table.Column<int>(type: "integer", nullable: false),
                    UnauthorisedAbsenceSessions = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttendanceRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AttendanceRecords_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BenefitSpellRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ImportRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Benefit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenefitSpellRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenefitSpellRecords_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmploymentSpellRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ImportRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    HoursPerWeek = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmploymentSpellRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmploymentSpellRecords_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExclusionRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ImportRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExclusionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ExclusionType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Sessions = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExclusionRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExclusionRecords_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImportRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    FileSizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ImportedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RowsRead = table.Column<int>(type: "integer", nullable: false),
                    Added = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Duplicates = table.Column<int>(type: "integer", nullable: false),
                    Unmatched = table.Column<int>(type: "integer", nullable: false),
                    Invalid = table.Column<int>(type: "integer", nullable: false),
                    ErrorCount = table.Column<int>(type: "integer", nullable: false),
                    Problems = table.Column<string>(type: "character varying(64000)", maxLength: 64000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OffenceRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ImportRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    OffenceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    OffenceType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OffenceRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OffenceRecords_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PendingImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    ValidRowsOnly = table.Column<bool>(type: "boolean", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ResultClaims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Result = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AsAt = table.Column<DateOnly>(type: "date", nullable: false),
                    ClaimedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClaimedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ClaimedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResultClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResultClaims_FamilyCases_FamilyCaseId",
                        column: x => x.FamilyCaseId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkProgrammeReferralRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ImportRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Programme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkProgrammeReferralRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkProgrammeReferralRecords_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnmatchedImportRows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ImportRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PersonKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NaturalKey = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    PersonDescription = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RowCsv = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    QueuedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResolvedPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResolvedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResolvedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnmatchedImportRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnmatchedImportRows_ImportRuns_ImportRunId",
                        column: x => x.ImportRunId,
                        principalTable: "ImportRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AsbIncidentRecords_ImportRunId",
                table: "AsbIncidentRecords",
                column: "ImportRunId");

            migrationBuilder.CreateIndex(
                name: "IX_AsbIncidentRecords_PersonId_RecordKey",
                table: "AsbIncidentRecords",
                columns: new[] { "PersonId", "RecordKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceRecords_ImportRunId",
                table: "AttendanceRecords",
                column: "ImportRunId");

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceRecords_PersonId_RecordKey",
                table: "AttendanceRecords",
                columns: new[] { "PersonId", "RecordKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BenefitSpellRecords_ImportRunId",
                table: "BenefitSpellRecords",
                column: "ImportRunId");

            migrationBuilder.CreateIndex(
                name: "IX_BenefitSpellRecords_PersonId_RecordKey",
                table: "BenefitSpellRecords",
                columns: new[] { "PersonId", "RecordKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentSpellRecords_ImportRunId",
                table: "EmploymentSpellRecords",
                column: "ImportRunId");

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentSpellRecords_PersonId_RecordKey",
                table: "EmploymentSpellRecords",
                columns: new[] { "PersonId", "RecordKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExclusionRecords_ImportRunId",
                table: "ExclusionRecords",
                column: "ImportRunId");

            migrationBuilder.CreateIndex(
                name: "IX_ExclusionRecords_PersonId_RecordKey",
                table: "ExclusionRecords",
                columns: new[] { "PersonId", "RecordKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_Sha256",
                table: "ImportRuns",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_StartedAtUtc",
                table: "ImportRuns",
                column: "StartedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_OffenceRecords_ImportRunId",
                table: "OffenceRecords",
                column: "ImportRunId");

            migrationBuilder.CreateIndex(
                name: "IX_OffenceRecords_PersonId_RecordKey",
                table: "OffenceRecords",
                columns: new[] { "PersonId", "RecordKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PendingImports_UploadedAtUtc",
                table: "PendingImports",
                column: "UploadedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ResultClaims_ClaimedAtUtc",
                table: "ResultClaims",
                column: "ClaimedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ResultClaims_FamilyCaseId_Result",
                table: "ResultClaims",
                columns: new[] { "FamilyCaseId", "Result" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnmatchedImportRows_ImportRunId",
                table: "UnmatchedImportRows",
                column: "ImportRunId");

            migrationBuilder.CreateIndex(
                name: "IX_UnmatchedImportRows_Kind_NaturalKey_Status",
                table: "UnmatchedImportRows",
                columns: new[] { "Kind", "NaturalKey", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_UnmatchedImportRows_Status_QueuedAtUtc",
                table: "UnmatchedImportRows",
                columns: new[] { "Status", "QueuedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkProgrammeReferralRecords_ImportRunId",
                table: "WorkProgrammeReferralRecords",
                column: "ImportRunId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkProgrammeReferralRecords_PersonId_RecordKey",
                table: "WorkProgrammeReferralRecords",
                columns: new[] { "PersonId", "RecordKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AsbIncidentRecords");

            migrationBuilder.DropTable(
                name: "AttendanceRecords");

            migrationBuilder.DropTable(
                name: "BenefitSpellRecords");

            migrationBuilder.DropTable(
                name: "EmploymentSpellRecords");

            migrationBuilder.DropTable(
                name: "ExclusionRecords");

            migrationBuilder.DropTable(
                name: "OffenceRecords");

            migrationBuilder.DropTable(
                name: "PendingImports");

            migrationBuilder.DropTable(
                name: "ResultClaims");

            migrationBuilder.DropTable(
                name: "UnmatchedImportRows");

            migrationBuilder.DropTable(
                name: "WorkProgrammeReferralRecords");

            migrationBuilder.DropTable(
                name: "ImportRuns");
        }
    }
}
