using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Cms.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddListingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentPickerFieldIndex_SelectedContentItemId_ContentPart_~1",
                table: "ContentPickerFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContentPickerFieldIndex_SelectedContentItemId_ContentPart_C~",
                table: "ContentPickerFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContentItemIndex_ContentType_Latest_ModifiedUtc",
                table: "ContentItemIndex");

            migrationBuilder.CreateTable(
                name: "DateTimeRangeIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemIndexId = table.Column<long>(type: "bigint", nullable: false),
                    EndField = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Start = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    End = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
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
                    table.PrimaryKey("PK_DateTimeRangeIndex", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentPickerFieldIndex_Selected_Latest",
                table: "ContentPickerFieldIndex",
                columns: new[] { "SelectedContentItemId", "ContentPart", "ContentField", "Latest", "ContentItemVersionId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentPickerFieldIndex_Selected_Published",
                table: "ContentPickerFieldIndex",
                columns: new[] { "SelectedContentItemId", "ContentPart", "ContentField", "Published", "ContentItemVersionId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemIndex_ContentType_Latest_ModifiedUtc_Published",
                table: "ContentItemIndex",
                columns: new[] { "ContentType", "Latest", "ModifiedUtc", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemIndex_ContentType_Published_ModifiedUtc",
                table: "ContentItemIndex",
                columns: new[] { "ContentType", "Published", "ModifiedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemIndex_Latest_ModifiedUtc_Published",
                table: "ContentItemIndex",
                columns: new[] { "Latest", "ModifiedUtc", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_DateTimeRangeIndex_ContentItemId",
                table: "DateTimeRangeIndex",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_DateTimeRangeIndex_Latest_End",
                table: "DateTimeRangeIndex",
                columns: new[] { "ContentType", "ContentPart", "ContentField", "EndField", "Latest", "End", "Start", "ContentItemIndexId", "ContentItemVersionId" });

            migrationBuilder.CreateIndex(
                name: "IX_DateTimeRangeIndex_Published_End",
                table: "DateTimeRangeIndex",
                columns: new[] { "ContentType", "ContentPart", "ContentField", "EndField", "Published", "End", "Start", "ContentItemIndexId", "ContentItemVersionId" });

            migrationBuilder.CreateIndex(
                name: "IX_DateTimeRangeIndex_Version_Start",
                table: "DateTimeRangeIndex",
                columns: new[] { "ContentItemVersionId", "ContentPart", "ContentField", "EndField", "Start" });

            // Existing items: the range rows from the date rows already indexed (each part's date fields alone and in
            // ordered pairs; a pair whose start field has no value in any version of the type is not known here).
            migrationBuilder.Sql(@"
INSERT INTO ""DateTimeRangeIndex"" (""ContentItemIndexId"", ""ContentItemId"", ""ContentItemVersionId"", ""ContentType"", ""ContentPart"", ""ContentField"", ""EndField"", ""Latest"", ""Published"", ""Start"", ""End"")
SELECT r.""Id"", v.""ContentItemId"", v.""ContentItemVersionId"", v.""ContentType"", v.""ContentPart"", f.""ContentField"", g.""EndField"", v.""Latest"", v.""Published"", s.""Date"", COALESCE(e.""Date"", s.""Date"")
FROM (SELECT DISTINCT ""ContentItemId"", ""ContentItemVersionId"", ""ContentType"", ""ContentPart"", ""Latest"", ""Published"" FROM ""DateTimeFieldIndex"") v
JOIN ""ContentItemIndex"" r ON r.""ContentItemVersionId"" = v.""ContentItemVersionId""
JOIN (SELECT DISTINCT ""ContentType"", ""ContentPart"", ""ContentField"" FROM ""DateTimeFieldIndex"") f
  ON f.""ContentType"" = v.""ContentType"" AND f.""ContentPart"" = v.""ContentPart""
JOIN (SELECT DISTINCT ""ContentType"", ""ContentPart"", ""ContentField"" AS ""EndField"" FROM ""DateTimeFieldIndex""
      UNION SELECT DISTINCT ""ContentType"", ""ContentPart"", '' FROM ""DateTimeFieldIndex"") g
  ON g.""ContentType"" = v.""ContentType"" AND g.""ContentPart"" = v.""ContentPart"" AND g.""EndField"" <> f.""ContentField""
LEFT JOIN ""DateTimeFieldIndex"" s ON s.""ContentItemVersionId"" = v.""ContentItemVersionId"" AND s.""ContentPart"" = v.""ContentPart"" AND s.""ContentField"" = f.""ContentField""
LEFT JOIN ""DateTimeFieldIndex"" e ON e.""ContentItemVersionId"" = v.""ContentItemVersionId"" AND e.""ContentPart"" = v.""ContentPart"" AND e.""ContentField"" = g.""EndField""
WHERE s.""Date"" IS NOT NULL AND g.""EndField"" = '' OR g.""EndField"" <> '' AND (s.""Date"" IS NOT NULL OR e.""Date"" IS NOT NULL);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DateTimeRangeIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContentPickerFieldIndex_Selected_Latest",
                table: "ContentPickerFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContentPickerFieldIndex_Selected_Published",
                table: "ContentPickerFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContentItemIndex_ContentType_Latest_ModifiedUtc_Published",
                table: "ContentItemIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContentItemIndex_ContentType_Published_ModifiedUtc",
                table: "ContentItemIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContentItemIndex_Latest_ModifiedUtc_Published",
                table: "ContentItemIndex");

            migrationBuilder.CreateIndex(
                name: "IX_ContentPickerFieldIndex_SelectedContentItemId_ContentPart_~1",
                table: "ContentPickerFieldIndex",
                columns: new[] { "SelectedContentItemId", "ContentPart", "ContentField", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentPickerFieldIndex_SelectedContentItemId_ContentPart_C~",
                table: "ContentPickerFieldIndex",
                columns: new[] { "SelectedContentItemId", "ContentPart", "ContentField", "Latest" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemIndex_ContentType_Latest_ModifiedUtc",
                table: "ContentItemIndex",
                columns: new[] { "ContentType", "Latest", "ModifiedUtc" });
        }
    }
}
