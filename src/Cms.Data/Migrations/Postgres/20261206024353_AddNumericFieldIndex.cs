using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Cms.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<double>(type: "double precision", nullable: true),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    ContentItemVersionId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentPart = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentField = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Latest = table.Column<bool>(type: "boolean", nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false)
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
                name: "IX_NumericFieldIndex_ContentItemVersionId_ContentPart_ContentF~",
                table: "NumericFieldIndex",
                columns: new[] { "ContentItemVersionId", "ContentPart", "ContentField", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_NumericFieldIndex_ContentType_ContentPart_ContentField_Publ~",
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
