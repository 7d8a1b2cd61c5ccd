using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cms.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddPickerProbeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentPickerFieldIndex_ContentItemVersionId_ContentPart_Co~",
                table: "ContentPickerFieldIndex");

            migrationBuilder.CreateIndex(
                name: "IX_ContentPickerFieldIndex_Version_Selected",
                table: "ContentPickerFieldIndex",
                columns: new[] { "ContentItemVersionId", "ContentPart", "ContentField", "SelectedContentItemId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentPickerFieldIndex_Version_Selected",
                table: "ContentPickerFieldIndex");

            migrationBuilder.CreateIndex(
                name: "IX_ContentPickerFieldIndex_ContentItemVersionId_ContentPart_Co~",
                table: "ContentPickerFieldIndex",
                columns: new[] { "ContentItemVersionId", "ContentPart", "ContentField" });
        }
    }
}
