using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cms.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddNumericFieldIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NumericFieldIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<double>(type: "REAL", nullable: true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    ContentItemVersionId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentPart = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentField = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NumericFieldIndex", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NumericFieldIndex_ContentItemId",
                table: "NumericFieldIndex",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_NumericFieldIndex_ContentItemVersionId_ContentPart_ContentField_Number",
                table: "NumericFieldIndex",
                columns: new[] { "ContentItemVersionId", "ContentPart", "ContentField", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_NumericFieldIndex_ContentType_ContentPart_ContentField_Published_Number",
                table: "NumericFieldIndex",
                columns: new[] { "ContentType", "ContentPart", "ContentField", "Published", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NumericFieldIndex");
        }
    }
}
