using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cms.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OneLatestAndPublishedVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "UX_ContentItemIndex_Latest",
                table: "ContentItemIndex",
                column: "ContentItemId",
                unique: true,
                filter: "\"Latest\"");

            migrationBuilder.CreateIndex(
                name: "UX_ContentItemIndex_Published",
                table: "ContentItemIndex",
                column: "ContentItemId",
                unique: true,
                filter: "\"Published\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "UX_ContentItemIndex_Latest",
                table: "ContentItemIndex");

            migrationBuilder.DropIndex(
                name: "UX_ContentItemIndex_Published",
                table: "ContentItemIndex");
        }
    }
}
