CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NULL,
    "Disabled" INTEGER NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "AuditTrail" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditTrail" PRIMARY KEY AUTOINCREMENT,
    "Utc" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "ContentItemId" TEXT NULL,
    "ContentType" TEXT NULL,
    "ContentItemVersionId" TEXT NULL,
    "DisplayText" TEXT NULL,
    "Details" TEXT NULL
);

CREATE TABLE "AutorouteIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AutorouteIndex" PRIMARY KEY AUTOINCREMENT,
    "Path" TEXT NOT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL
);

CREATE TABLE "ContentDefinition" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContentDefinition" PRIMARY KEY,
    "Document" TEXT NOT NULL
);

CREATE TABLE "ContentItemIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContentItemIndex" PRIMARY KEY AUTOINCREMENT,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL,
    "DisplayText" TEXT NULL,
    "DisplayTextNormalized" TEXT NULL,
    "Path" TEXT NULL,
    "CreatedUtc" TEXT NULL,
    "ModifiedUtc" TEXT NULL,
    "PublishedUtc" TEXT NULL,
    "Owner" TEXT NULL,
    "Author" TEXT NULL,
    "Document" TEXT NOT NULL
);

CREATE TABLE "ContentPickerFieldIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContentPickerFieldIndex" PRIMARY KEY AUTOINCREMENT,
    "SelectedContentItemId" TEXT NOT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "ContentPart" TEXT NOT NULL,
    "ContentField" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE TABLE "DataMigrations" (
    "DataMigrationClass" TEXT NOT NULL CONSTRAINT "PK_DataMigrations" PRIMARY KEY,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "DateTimeFieldIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DateTimeFieldIndex" PRIMARY KEY AUTOINCREMENT,
    "Date" TEXT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "ContentPart" TEXT NOT NULL,
    "ContentField" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE TABLE "SiteSettings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SiteSettings" PRIMARY KEY,
    "Document" TEXT NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_AuditTrail_ContentItemId_Utc" ON "AuditTrail" ("ContentItemId", "Utc");

CREATE INDEX "IX_AuditTrail_Utc" ON "AuditTrail" ("Utc");

CREATE INDEX "IX_AutorouteIndex_ContentItemId" ON "AutorouteIndex" ("ContentItemId");

CREATE UNIQUE INDEX "IX_AutorouteIndex_Path" ON "AutorouteIndex" ("Path");

CREATE INDEX "IX_ContentItemIndex_ContentItemId_Latest" ON "ContentItemIndex" ("ContentItemId", "Latest");

CREATE INDEX "IX_ContentItemIndex_ContentItemId_Number" ON "ContentItemIndex" ("ContentItemId", "Number");

CREATE INDEX "IX_ContentItemIndex_ContentItemId_Published" ON "ContentItemIndex" ("ContentItemId", "Published");

CREATE UNIQUE INDEX "IX_ContentItemIndex_ContentItemVersionId" ON "ContentItemIndex" ("ContentItemVersionId");

CREATE INDEX "IX_ContentItemIndex_ContentType_Latest_ModifiedUtc" ON "ContentItemIndex" ("ContentType", "Latest", "ModifiedUtc");

CREATE INDEX "IX_ContentItemIndex_ContentType_Published_PublishedUtc_ModifiedUtc" ON "ContentItemIndex" ("ContentType", "Published", "PublishedUtc", "ModifiedUtc");

CREATE INDEX "IX_ContentItemIndex_Latest_DisplayTextNormalized" ON "ContentItemIndex" ("Latest", "DisplayTextNormalized");

CREATE INDEX "IX_ContentItemIndex_Path" ON "ContentItemIndex" ("Path");

CREATE INDEX "IX_ContentPickerFieldIndex_ContentItemId" ON "ContentPickerFieldIndex" ("ContentItemId");

CREATE INDEX "IX_ContentPickerFieldIndex_ContentItemVersionId_ContentPart_ContentField" ON "ContentPickerFieldIndex" ("ContentItemVersionId", "ContentPart", "ContentField");

CREATE INDEX "IX_ContentPickerFieldIndex_SelectedContentItemId_ContentPart_ContentField_Latest" ON "ContentPickerFieldIndex" ("SelectedContentItemId", "ContentPart", "ContentField", "Latest");

CREATE INDEX "IX_ContentPickerFieldIndex_SelectedContentItemId_ContentPart_ContentField_Published" ON "ContentPickerFieldIndex" ("SelectedContentItemId", "ContentPart", "ContentField", "Published");

CREATE INDEX "IX_DateTimeFieldIndex_ContentItemId" ON "DateTimeFieldIndex" ("ContentItemId");

CREATE INDEX "IX_DateTimeFieldIndex_ContentItemVersionId_ContentPart_ContentField" ON "DateTimeFieldIndex" ("ContentItemVersionId", "ContentPart", "ContentField");

CREATE INDEX "IX_DateTimeFieldIndex_ContentType_ContentPart_ContentField_Latest_Date" ON "DateTimeFieldIndex" ("ContentType", "ContentPart", "ContentField", "Latest", "Date");

CREATE INDEX "IX_DateTimeFieldIndex_ContentType_ContentPart_ContentField_Published_Date" ON "DateTimeFieldIndex" ("ContentType", "ContentPart", "ContentField", "Published", "Date");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129001709_InitialCreate', '10.0.15');

CREATE UNIQUE INDEX "UX_ContentItemIndex_Latest" ON "ContentItemIndex" ("ContentItemId") WHERE "Latest" = 1;

CREATE UNIQUE INDEX "UX_ContentItemIndex_Published" ON "ContentItemIndex" ("ContentItemId") WHERE "Published" = 1;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129005529_OneLatestAndPublishedVersion', '10.0.15');

CREATE TABLE "ScheduledPublications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScheduledPublications" PRIMARY KEY AUTOINCREMENT,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NULL,
    "ContentType" TEXT NULL,
    "Action" TEXT NOT NULL,
    "ScheduledUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CompletedUtc" TEXT NULL,
    "Message" TEXT NULL
);

CREATE INDEX "IX_ScheduledPublications_ContentItemId_ScheduledUtc" ON "ScheduledPublications" ("ContentItemId", "ScheduledUtc");

CREATE INDEX "IX_ScheduledPublications_Status_ScheduledUtc" ON "ScheduledPublications" ("Status", "ScheduledUtc");

CREATE UNIQUE INDEX "UX_ScheduledPublications_Pending" ON "ScheduledPublications" ("ContentItemId", "Action") WHERE "Status" = 'Pending';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129030154_AddScheduledPublications', '10.0.15');

DROP INDEX "IX_ContentPickerFieldIndex_SelectedContentItemId_ContentPart_ContentField_Latest";

DROP INDEX "IX_ContentPickerFieldIndex_SelectedContentItemId_ContentPart_ContentField_Published";

DROP INDEX "IX_ContentItemIndex_ContentType_Latest_ModifiedUtc";

CREATE TABLE "DateTimeRangeIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DateTimeRangeIndex" PRIMARY KEY AUTOINCREMENT,
    "ContentItemIndexId" INTEGER NOT NULL,
    "EndField" TEXT NOT NULL,
    "Start" TEXT NULL,
    "End" TEXT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "ContentPart" TEXT NOT NULL,
    "ContentField" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE INDEX "IX_ContentPickerFieldIndex_Selected_Latest" ON "ContentPickerFieldIndex" ("SelectedContentItemId", "ContentPart", "ContentField", "Latest", "ContentItemVersionId");

CREATE INDEX "IX_ContentPickerFieldIndex_Selected_Published" ON "ContentPickerFieldIndex" ("SelectedContentItemId", "ContentPart", "ContentField", "Published", "ContentItemVersionId");

CREATE INDEX "IX_ContentItemIndex_ContentType_Latest_ModifiedUtc_Published" ON "ContentItemIndex" ("ContentType", "Latest", "ModifiedUtc", "Published");

CREATE INDEX "IX_ContentItemIndex_ContentType_Published_ModifiedUtc" ON "ContentItemIndex" ("ContentType", "Published", "ModifiedUtc");

CREATE INDEX "IX_ContentItemIndex_Latest_ModifiedUtc_Published" ON "ContentItemIndex" ("Latest", "ModifiedUtc", "Published");

CREATE INDEX "IX_DateTimeRangeIndex_ContentItemId" ON "DateTimeRangeIndex" ("ContentItemId");

CREATE INDEX "IX_DateTimeRangeIndex_Latest_End" ON "DateTimeRangeIndex" ("ContentType", "ContentPart", "ContentField", "EndField", "Latest", "End", "Start", "ContentItemIndexId", "ContentItemVersionId");

CREATE INDEX "IX_DateTimeRangeIndex_Published_End" ON "DateTimeRangeIndex" ("ContentType", "ContentPart", "ContentField", "EndField", "Published", "End", "Start", "ContentItemIndexId", "ContentItemVersionId");

CREATE INDEX "IX_DateTimeRangeIndex_Version_Start" ON "DateTimeRangeIndex" ("ContentItemVersionId", "ContentPart", "ContentField", "EndField", "Start");


INSERT INTO "DateTimeRangeIndex" ("ContentItemIndexId", "ContentItemId", "ContentItemVersionId", "ContentType", "ContentPart", "ContentField", "EndField", "Latest", "Published", "Start", "End")
SELECT r."Id", v."ContentItemId", v."ContentItemVersionId", v."ContentType", v."ContentPart", f."ContentField", g."EndField", v."Latest", v."Published", s."Date", COALESCE(e."Date", s."Date")
FROM (SELECT DISTINCT "ContentItemId", "ContentItemVersionId", "ContentType", "ContentPart", "Latest", "Published" FROM "DateTimeFieldIndex") v
JOIN "ContentItemIndex" r ON r."ContentItemVersionId" = v."ContentItemVersionId"
JOIN (SELECT DISTINCT "ContentType", "ContentPart", "ContentField" FROM "DateTimeFieldIndex") f
  ON f."ContentType" = v."ContentType" AND f."ContentPart" = v."ContentPart"
JOIN (SELECT DISTINCT "ContentType", "ContentPart", "ContentField" AS "EndField" FROM "DateTimeFieldIndex"
      UNION SELECT DISTINCT "ContentType", "ContentPart", '' FROM "DateTimeFieldIndex") g
  ON g."ContentType" = v."ContentType" AND g."ContentPart" = v."ContentPart" AND g."EndField" <> f."ContentField"
LEFT JOIN "DateTimeFieldIndex" s ON s."ContentItemVersionId" = v."ContentItemVersionId" AND s."ContentPart" = v."ContentPart" AND s."ContentField" = f."ContentField"
LEFT JOIN "DateTimeFieldIndex" e ON e."ContentItemVersionId" = v."ContentItemVersionId" AND e."ContentPart" = v."ContentPart" AND e."ContentField" = g."EndField"
WHERE s."Date" IS NOT NULL AND g."EndField" = '' OR g."EndField" <> '' AND (s."Date" IS NOT NULL OR e."Date" IS NOT NULL);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129031329_AddListingIndexes', '10.0.15');

DROP INDEX "IX_ContentPickerFieldIndex_ContentItemVersionId_ContentPart_ContentField";

CREATE INDEX "IX_ContentPickerFieldIndex_Version_Selected" ON "ContentPickerFieldIndex" ("ContentItemVersionId", "ContentPart", "ContentField", "SelectedContentItemId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129035846_AddPickerProbeIndex', '10.0.15');

CREATE TABLE "NumericFieldIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NumericFieldIndex" PRIMARY KEY AUTOINCREMENT,
    "Number" REAL NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "ContentPart" TEXT NOT NULL,
    "ContentField" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE INDEX "IX_NumericFieldIndex_ContentItemId" ON "NumericFieldIndex" ("ContentItemId");

CREATE INDEX "IX_NumericFieldIndex_ContentItemVersionId_ContentPart_ContentField_Number" ON "NumericFieldIndex" ("ContentItemVersionId", "ContentPart", "ContentField", "Number");

CREATE INDEX "IX_NumericFieldIndex_ContentType_ContentPart_ContentField_Published_Number" ON "NumericFieldIndex" ("ContentType", "ContentPart", "ContentField", "Published", "Number");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206024341_AddNumericFieldIndex', '10.0.15');

CREATE TABLE "PublishedPaths" (
    "ContentItemId" TEXT NOT NULL CONSTRAINT "PK_PublishedPaths" PRIMARY KEY,
    "Path" TEXT NOT NULL
);

CREATE TABLE "Redirects" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Redirects" PRIMARY KEY AUTOINCREMENT,
    "FromPath" TEXT NOT NULL,
    "FromKey" TEXT NOT NULL,
    "ToPath" TEXT NOT NULL,
    "Origin" TEXT NOT NULL,
    "ContentItemId" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NULL
);

CREATE INDEX "IX_Redirects_ContentItemId" ON "Redirects" ("ContentItemId");

CREATE UNIQUE INDEX "IX_Redirects_FromKey" ON "Redirects" ("FromKey");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206040626_AddRedirects', '10.0.15');

CREATE TABLE "PreviewShareLinks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PreviewShareLinks" PRIMARY KEY AUTOINCREMENT,
    "ContentItemId" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "ExpiresUtc" TEXT NOT NULL,
    "RevokedUtc" TEXT NULL,
    "RevokedBy" TEXT NULL
);

CREATE INDEX "IX_PreviewShareLinks_ContentItemId_ExpiresUtc" ON "PreviewShareLinks" ("ContentItemId", "ExpiresUtc");

CREATE UNIQUE INDEX "IX_PreviewShareLinks_TokenHash" ON "PreviewShareLinks" ("TokenHash");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206040907_AddPreviewShareLinks', '10.0.15');

CREATE TABLE "Documents" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_Documents" PRIMARY KEY,
    "Document" TEXT NOT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206204936_AddDocuments', '10.0.15');

