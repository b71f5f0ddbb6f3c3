using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchNameOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_FamilyNameKey_GivenNameKey",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_GivenNameKey",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_MergedIntoPersonId",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_People_FamilyNameKey_FamilyName_GivenName_Id",
                table: "People",
                columns: new[] { "FamilyNameKey", "FamilyName", "GivenName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_People_GivenNameKey_FamilyName_GivenName_Id",
                table: "People",
                columns: new[] { "GivenNameKey", "FamilyName", "GivenName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_People_MergedIntoPersonId",
                table: "People",
                column: "MergedIntoPersonId",
                filter: "\"MergedIntoPersonId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_FamilyNameKey_FamilyName_GivenName_Id",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_GivenNameKey_FamilyName_GivenName_Id",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_MergedIntoPersonId",
                table: "People");

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
        }
    }
}
