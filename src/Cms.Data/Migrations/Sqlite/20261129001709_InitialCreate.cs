using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cms.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditTrail",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    ContentItemVersionId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: true),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    Details = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditTrail", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AutorouteIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Path = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    ContentItemVersionId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutorouteIndex", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContentDefinition",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentDefinition", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContentItemIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    ContentItemVersionId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    DisplayTextNormalized = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    Path = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Author = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Document = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentItemIndex", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContentPickerFieldIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SelectedContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
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
                    table.PrimaryKey("PK_ContentPickerFieldIndex", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataMigrations",
                columns: table => new
                {
                    DataMigrationClass = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataMigrations", x => x.DataMigrationClass);
                });

            migrationBuilder.CreateTable(
                name: "DateTimeFieldIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateTime>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_DateTimeFieldIndex", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SiteSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_ContentItemId_Utc",
                table: "AuditTrail",
                columns: new[] { "ContentItemId", "Utc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_Utc",
                table: "AuditTrail",
                column: "Utc");

            migrationBuilder.CreateIndex(
                name: "IX_AutorouteIndex_ContentItemId",
                table: "AutorouteIndex",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_AutorouteIndex_Path",
                table: "AutorouteIndex",
                column: "Path",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemIndex_ContentItemId_Latest",
                table: "ContentItemIndex",
                columns: new[] { "ContentItemId", "Latest" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemIndex_ContentItemId_Number",
                table: "ContentItemIndex",
                columns: new[] { "ContentItemId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemIndex_ContentItemId_Published",
                table: "ContentItemIndex",
                columns: new[] { "ContentItemId", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemIndex_ContentItemVersionId",
                table: "ContentItemIndex",
                column: "ContentItemVersionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemIndex_ContentType_Latest_ModifiedUtc",
                table: "ContentItemIndex",
                columns: new[] { "ContentType", "Latest", "ModifiedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemIndex_ContentType_Published_PublishedUtc_ModifiedUtc",
                table: "ContentItemIndex",
                columns: new[] { "ContentType", "Published", "PublishedUtc", "ModifiedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemIndex_Latest_DisplayTextNormalized",
                table: "ContentItemIndex",
                columns: new[] { "Latest", "DisplayTextNormalized" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemIndex_Path",
                table: "ContentItemIndex",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_ContentPickerFieldIndex_ContentItemId",
                table: "ContentPickerFieldIndex",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ContentPickerFieldIndex_ContentItemVersionId_ContentPart_ContentField",
                table: "ContentPickerFieldIndex",
                columns: new[] { "ContentItemVersionId", "ContentPart", "ContentField" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentPickerFieldIndex_SelectedContentItemId_ContentPart_ContentField_Latest",
                table: "ContentPickerFieldIndex",
                columns: new[] { "SelectedContentItemId", "ContentPart", "ContentField", "Latest" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentPickerFieldIndex_SelectedContentItemId_ContentPart_ContentField_Published",
                table: "ContentPickerFieldIndex",
                columns: new[] { "SelectedContentItemId", "ContentPart", "ContentField", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_DateTimeFieldIndex_ContentItemId",
                table: "DateTimeFieldIndex",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_DateTimeFieldIndex_ContentItemVersionId_ContentPart_ContentField",
                table: "DateTimeFieldIndex",
                columns: new[] { "ContentItemVersionId", "ContentPart", "ContentField" });

            migrationBuilder.CreateIndex(
                name: "IX_DateTimeFieldIndex_ContentType_ContentPart_ContentField_Latest_Date",
                table: "DateTimeFieldIndex",
                columns: new[] { "ContentType", "ContentPart", "ContentField", "Latest", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_DateTimeFieldIndex_ContentType_ContentPart_ContentField_Published_Date",
                table: "DateTimeFieldIndex",
                columns: new[] { "ContentType", "ContentPart", "ContentField", "Published", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditTrail");

            migrationBuilder.DropTable(
                name: "AutorouteIndex");

            migrationBuilder.DropTable(
                name: "ContentDefinition");

            migrationBuilder.DropTable(
                name: "ContentItemIndex");

            migrationBuilder.DropTable(
                name: "ContentPickerFieldIndex");

            migrationBuilder.DropTable(
                name: "DataMigrations");

            migrationBuilder.DropTable(
                name: "DateTimeFieldIndex");

            migrationBuilder.DropTable(
                name: "SiteSettings");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");
        }
    }
}
