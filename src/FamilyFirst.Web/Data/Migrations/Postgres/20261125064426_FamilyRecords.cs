using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FamilyRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FamilyCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FamilyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReasonForInvolvement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SourceEnquiryId = table.Column<Guid>(type: "uuid", nullable: true),
                    OpenedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LeadPractitionerId = table.Column<Guid>(type: "uuid", nullable: true),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsRestricted = table.Column<bool>(type: "boolean", nullable: false),
                    NamedUserIds = table.Column<Guid[]>(type: "uuid[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GivenName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FamilyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PreferredName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpectedDateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    Gender = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Ethnicity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EthnicityPurpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Language = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NeedsInterpreter = table.Column<bool>(type: "boolean", nullable: false),
                    NhsNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    UniquePupilNumber = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    NationalInsuranceNumber = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    GivenNameKey = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    FamilyNameKey = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ReasonNotADuplicate = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LikelyMatchIdsShown = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    MergedIntoPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    MergedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersonMerges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KeptPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    DuplicatePersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    MergedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    MergedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WhatMoved = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    MovedRecordIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonMerges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseAllocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    AllocatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    AllocatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FamilyCaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAllocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseAllocations_FamilyCases_FamilyCaseId",
                        column: x => x.FamilyCaseId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AboutPersonIds = table.Column<Guid[]>(type: "uuid[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotes_FamilyCases_FamilyCaseId",
                        column: x => x.FamilyCaseId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ChangedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FamilyCaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseStatusChanges_FamilyCases_FamilyCaseId",
                        column: x => x.FamilyCaseId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChronologyEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RecordType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChronologyEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChronologyEntries_FamilyCases_FamilyCaseId",
                        column: x => x.FamilyCaseId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Households",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AddressLine1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AddressLine2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    County = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Households", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Households_FamilyCases_FamilyCaseId",
                        column: x => x.FamilyCaseId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NetworkMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RelationshipToFamily = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsFriend = table.Column<bool>(type: "boolean", nullable: false),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    AddressLine1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AddressLine2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    County = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    MayBeContacted = table.Column<bool>(type: "boolean", nullable: false),
                    NotToBeContactedReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkMembers_FamilyCases_FamilyCaseId",
                        column: x => x.FamilyCaseId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Programme = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AttachedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FamilyCaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeAttachments_FamilyCases_FamilyCaseId",
                        column: x => x.FamilyCaseId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChildStatusPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: true),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildStatusPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChildStatusPeriods_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AgencyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Method = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consents_FamilyCases_FamilyCaseId",
                        column: x => x.FamilyCaseId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consents_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FamilyMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FamilyCaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyMembers_FamilyCases_FamilyCaseId",
                        column: x => x.FamilyCaseId,
                        principalTable: "FamilyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FamilyMembers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Relationships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RelatedPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Relationships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Relationships_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Relationships_People_RelatedPersonId",
                        column: x => x.RelatedPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseNoteVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    WrittenBy = table.Column<Guid>(type: "uuid", nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CaseNoteId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNoteVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNoteVersions_CaseNotes_CaseNoteId",
                        column: x => x.CaseNoteId,
                        principalTable: "CaseNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Residences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Residences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Residences_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Residences_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAllocations_FamilyCaseId",
                table: "CaseAllocations",
                column: "FamilyCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAllocations_PractitionerId",
                table: "CaseAllocations",
                column: "PractitionerId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_FamilyCaseId_OccurredOn",
                table: "CaseNotes",
                columns: new[] { "FamilyCaseId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseNoteVersions_CaseNoteId_Number",
                table: "CaseNoteVersions",
                columns: new[] { "CaseNoteId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseStatusChanges_FamilyCaseId",
                table: "CaseStatusChanges",
                column: "FamilyCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildStatusPeriods_PersonId",
                table: "ChildStatusPeriods",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ChronologyEntries_FamilyCaseId_OccurredOn",
                table: "ChronologyEntries",
                columns: new[] { "FamilyCaseId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_FamilyCaseId",
                table: "Consents",
                column: "FamilyCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_PersonId",
                table: "Consents",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyCases_LeadPractitionerId",
                table: "FamilyCases",
                column: "LeadPractitionerId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyCases_Reference",
                table: "FamilyCases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FamilyCases_SourceEnquiryId",
                table: "FamilyCases",
                column: "SourceEnquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyCases_TeamId",
                table: "FamilyCases",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyMembers_FamilyCaseId",
                table: "FamilyMembers",
                column: "FamilyCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyMembers_PersonId",
                table: "FamilyMembers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Households_FamilyCaseId",
                table: "Households",
                column: "FamilyCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Households_Postcode",
                table: "Households",
                column: "Postcode");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMembers_FamilyCaseId",
                table: "NetworkMembers",
                column: "FamilyCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMembers_PersonId",
                table: "NetworkMembers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_People_DateOfBirth",
                table: "People",
                column: "DateOfBirth");

            migrationBuilder.CreateIndex(
                name: "IX_People_FamilyNameKey_GivenNameKey",
                table: "People",
                columns: new[] { "FamilyNameKey", "GivenNameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_People_GivenNameKey",
                table: "People",
                column: "GivenNameKey");

            migrationBuilder.CreateIndex(
                name: "IX_People_MergedIntoPersonId",
                table: "People",
                column: "MergedIntoPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_People_NationalInsuranceNumber",
                table: "People",
                column: "NationalInsuranceNumber");

            migrationBuilder.CreateIndex(
                name: "IX_People_NhsNumber",
                table: "People",
                column: "NhsNumber");

            migrationBuilder.CreateIndex(
                name: "IX_People_Reference",
                table: "People",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_UniquePupilNumber",
                table: "People",
                column: "UniquePupilNumber");

            migrationBuilder.CreateIndex(
                name: "IX_PersonMerges_DuplicatePersonId",
                table: "PersonMerges",
                column: "DuplicatePersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonMerges_KeptPersonId",
                table: "PersonMerges",
                column: "KeptPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeAttachments_FamilyCaseId",
                table: "ProgrammeAttachments",
                column: "FamilyCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_PersonId",
                table: "Relationships",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_RelatedPersonId",
                table: "Relationships",
                column: "RelatedPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Residences_HouseholdId",
                table: "Residences",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_Residences_PersonId",
                table: "Residences",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseAllocations");

            migrationBuilder.DropTable(
                name: "CaseNoteVersions");

            migrationBuilder.DropTable(
                name: "CaseStatusChanges");

            migrationBuilder.DropTable(
                name: "ChildStatusPeriods");

            migrationBuilder.DropTable(
                name: "ChronologyEntries");

            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropTable(
                name: "FamilyMembers");

            migrationBuilder.DropTable(
                name: "NetworkMembers");

            migrationBuilder.DropTable(
                name: "PersonMerges");

            migrationBuilder.DropTable(
                name: "ProgrammeAttachments");

            migrationBuilder.DropTable(
                name: "Relationships");

            migrationBuilder.DropTable(
                name: "Residences");

            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "Households");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "FamilyCases");
        }
    }
}
