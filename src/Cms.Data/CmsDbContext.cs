using Cms.Data.Entities;
using Cms.Data.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cms.Data;

/// <summary>
/// The one EF Core context of the CMS: content item versions and their indexes, definitions, migrations, settings,
/// audit trail, and the ASP.NET Core Identity tables. Each provider has its own subclass (and migrations):
/// <see cref="SqliteCmsDbContext"/>, <see cref="PostgresCmsDbContext"/>; code depends on this base type.
/// </summary>
public abstract class CmsDbContext : IdentityDbContext<CmsUser>
{
    protected CmsDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<ContentItemIndex> ContentItemIndex => Set<ContentItemIndex>();
    public DbSet<AutorouteIndex> AutorouteIndex => Set<AutorouteIndex>();
    public DbSet<DateTimeFieldIndex> DateTimeFieldIndex => Set<DateTimeFieldIndex>();
    public DbSet<ContentPickerFieldIndex> ContentPickerFieldIndex => Set<ContentPickerFieldIndex>();
    public DbSet<NumericFieldIndex> NumericFieldIndex => Set<NumericFieldIndex>();
    public DbSet<DateTimeRangeIndex> DateTimeRangeIndex => Set<DateTimeRangeIndex>();
    public DbSet<ContentDefinitionDocument> ContentDefinition => Set<ContentDefinitionDocument>();
    public DbSet<DataMigrationRecord> DataMigrations => Set<DataMigrationRecord>();
    public DbSet<SiteSettingsDocument> SiteSettings => Set<SiteSettingsDocument>();
    public DbSet<NamedDocument> Documents => Set<NamedDocument>();
    public DbSet<AuditTrailEvent> AuditTrail => Set<AuditTrailEvent>();
    public DbSet<ScheduledPublication> ScheduledPublications => Set<ScheduledPublication>();
    public DbSet<Redirect> Redirects => Set<Redirect>();
    public DbSet<PublishedPath> PublishedPaths => Set<PublishedPath>();
    public DbSet<PreviewShareLink> PreviewShareLinks => Set<PreviewShareLink>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC: stored as such and read back with Kind = Utc on every provider.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<CmsUser>(user => user.Property(u => u.DisplayName).HasMaxLength(256));

        builder.Entity<ContentItemIndex>(e =>
        {
            e.ToTable("ContentItemIndex");
            e.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
            e.Property(x => x.ContentItemVersionId).HasMaxLength(26).IsRequired();
            e.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
            e.Property(x => x.DisplayText).HasMaxLength(1024);
            e.Property(x => x.DisplayTextNormalized).HasMaxLength(1024);
            e.Property(x => x.Path).HasMaxLength(1024);
            e.Property(x => x.Owner).HasMaxLength(255);
            e.Property(x => x.Author).HasMaxLength(255);
            e.Property(x => x.Document).IsRequired();
            e.HasIndex(x => x.ContentItemVersionId).IsUnique();
            e.HasIndex(x => new { x.ContentItemId, x.Latest });
            e.HasIndex(x => new { x.ContentItemId, x.Published });
            e.HasIndex(x => new { x.ContentItemId, x.Number });
            // Listings read keys from these (covering: the flags, the sort column, the row id), then only the page's documents.
            e.HasIndex(x => new { x.ContentType, x.Published, x.PublishedUtc, x.ModifiedUtc });
            e.HasIndex(x => new { x.ContentType, x.Latest, x.ModifiedUtc, x.Published });
            e.HasIndex(x => new { x.ContentType, x.Published, x.ModifiedUtc });
            e.HasIndex(x => new { x.Latest, x.ModifiedUtc, x.Published });
            e.HasIndex(x => new { x.Latest, x.DisplayTextNormalized });
            e.HasIndex(x => x.Path);
            // At most one latest and one published version per item, even when two writers race: the second fails.
            var isTrue = this is PostgresCmsDbContext ? "" : " = 1";
            e.HasIndex(x => x.ContentItemId, "UX_ContentItemIndex_Latest").IsUnique().HasFilter($"\"Latest\"{isTrue}");
            e.HasIndex(x => x.ContentItemId, "UX_ContentItemIndex_Published").IsUnique().HasFilter($"\"Published\"{isTrue}");
        });

        builder.Entity<AutorouteIndex>(e =>
        {
            e.ToTable("AutorouteIndex");
            e.Property(x => x.Path).HasMaxLength(1024).IsRequired();
            e.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
            e.Property(x => x.ContentItemVersionId).HasMaxLength(26).IsRequired();
            e.HasIndex(x => x.Path).IsUnique();
            e.HasIndex(x => x.ContentItemId);
        });

        builder.Entity<PublishedPath>(e =>
        {
            e.ToTable("PublishedPaths");
            e.HasKey(x => x.ContentItemId);
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.Path).HasMaxLength(2048).IsRequired();
        });

        builder.Entity<DateTimeFieldIndex>(e =>
        {
            e.ToTable("DateTimeFieldIndex");
            ConfigureFieldIndex(e);
            e.HasIndex(x => new { x.ContentItemVersionId, x.ContentPart, x.ContentField });
            e.HasIndex(x => new { x.ContentType, x.ContentPart, x.ContentField, x.Published, x.Date });
            e.HasIndex(x => new { x.ContentType, x.ContentPart, x.ContentField, x.Latest, x.Date });
        });

        builder.Entity<NumericFieldIndex>(e =>
        {
            e.ToTable("NumericFieldIndex");
            ConfigureFieldIndex(e);
            // Covering for "the number of this version's field": the sort key of a listing.
            e.HasIndex(x => new { x.ContentItemVersionId, x.ContentPart, x.ContentField, x.Number });
            e.HasIndex(x => new { x.ContentType, x.ContentPart, x.ContentField, x.Published, x.Number });
        });

        builder.Entity<ContentPickerFieldIndex>(e =>
        {
            e.ToTable("ContentPickerFieldIndex");
            ConfigureFieldIndex(e);
            e.Property(x => x.SelectedContentItemId).HasMaxLength(26).IsRequired();
            // Covering for "did this version pick that item": the probe when thousands of versions picked it.
            e.HasIndex(x => new { x.ContentItemVersionId, x.ContentPart, x.ContentField, x.SelectedContentItemId })
                .HasDatabaseName("IX_ContentPickerFieldIndex_Version_Selected");
            // Covering for the picker filter (the versions that picked an item), however many they are.
            e.HasIndex(x => new { x.SelectedContentItemId, x.ContentPart, x.ContentField, x.Published, x.ContentItemVersionId })
                .HasDatabaseName("IX_ContentPickerFieldIndex_Selected_Published");
            e.HasIndex(x => new { x.SelectedContentItemId, x.ContentPart, x.ContentField, x.Latest, x.ContentItemVersionId })
                .HasDatabaseName("IX_ContentPickerFieldIndex_Selected_Latest");
        });

        builder.Entity<DateTimeRangeIndex>(e =>
        {
            e.ToTable("DateTimeRangeIndex");
            ConfigureFieldIndex(e);
            e.Property(x => x.EndField).HasMaxLength(255).IsRequired();
            // Covering for "ends on or after / before, sorted by start": a range on End, the sort keys and the ids in the index.
            e.HasIndex(x => new { x.ContentType, x.ContentPart, x.ContentField, x.EndField, x.Published, x.End, x.Start, x.ContentItemIndexId, x.ContentItemVersionId })
                .HasDatabaseName("IX_DateTimeRangeIndex_Published_End");
            e.HasIndex(x => new { x.ContentType, x.ContentPart, x.ContentField, x.EndField, x.Latest, x.End, x.Start, x.ContentItemIndexId, x.ContentItemVersionId })
                .HasDatabaseName("IX_DateTimeRangeIndex_Latest_End");
            // A version's start, for sorting a listing by date without a date filter.
            e.HasIndex(x => new { x.ContentItemVersionId, x.ContentPart, x.ContentField, x.EndField, x.Start })
                .HasDatabaseName("IX_DateTimeRangeIndex_Version_Start");
        });

        builder.Entity<ContentDefinitionDocument>(e =>
        {
            e.ToTable("ContentDefinition");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Document).IsRequired();
        });

        builder.Entity<SiteSettingsDocument>(e =>
        {
            e.ToTable("SiteSettings");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Document).IsRequired();
        });

        builder.Entity<NamedDocument>(e =>
        {
            e.ToTable("Documents");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(255);
            e.Property(x => x.Document).IsRequired();
        });

        builder.Entity<DataMigrationRecord>(e =>
        {
            e.ToTable("DataMigrations");
            e.HasKey(x => x.DataMigrationClass);
            e.Property(x => x.DataMigrationClass).HasMaxLength(512);
        });

        builder.Entity<AuditTrailEvent>(e =>
        {
            e.ToTable("AuditTrail");
            e.Property(x => x.UserName).HasMaxLength(255);
            e.Property(x => x.Kind).HasMaxLength(64).IsRequired();
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.ContentType).HasMaxLength(255);
            e.Property(x => x.ContentItemVersionId).HasMaxLength(26);
            e.Property(x => x.DisplayText).HasMaxLength(1024);
            e.HasIndex(x => x.Utc);
            e.HasIndex(x => new { x.ContentItemId, x.Utc });
        });

        builder.Entity<PreviewShareLink>(e =>
        {
            e.ToTable("PreviewShareLinks");
            e.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
            e.Property(x => x.TokenHash).HasMaxLength(64).IsRequired();
            e.Property(x => x.CreatedBy).HasMaxLength(255);
            e.Property(x => x.RevokedBy).HasMaxLength(255);
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasIndex(x => new { x.ContentItemId, x.ExpiresUtc });
        });

        builder.Entity<ScheduledPublication>(e =>
        {
            e.ToTable("ScheduledPublications");
            e.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
            e.Property(x => x.ContentItemVersionId).HasMaxLength(26);
            e.Property(x => x.ContentType).HasMaxLength(255);
            e.Property(x => x.Action).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CreatedBy).HasMaxLength(255);
            e.Property(x => x.Message).HasMaxLength(2048);
            e.HasIndex(x => new { x.Status, x.ScheduledUtc });
            e.HasIndex(x => new { x.ContentItemId, x.ScheduledUtc });
            // One pending publication and one pending unpublication per item, even when two editors race.
            e.HasIndex(x => new { x.ContentItemId, x.Action }, "UX_ScheduledPublications_Pending").IsUnique().HasFilter("\"Status\" = 'Pending'");
        });

        builder.Entity<Redirect>(e =>
        {
            e.ToTable("Redirects");
            e.Property(x => x.FromPath).HasMaxLength(2048).IsRequired();
            e.Property(x => x.FromKey).HasMaxLength(2048).IsRequired();
            e.Property(x => x.ToPath).HasMaxLength(2048).IsRequired();
            e.Property(x => x.Origin).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.CreatedBy).HasMaxLength(255);
            e.HasIndex(x => x.FromKey).IsUnique();
            e.HasIndex(x => x.ContentItemId);
        });

        builder.Entity<PublishedPath>(e =>
        {
            e.ToTable("PublishedPaths");
            e.HasKey(x => x.ContentItemId);
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.Path).HasMaxLength(2048).IsRequired();
        });
    }

    private static void ConfigureFieldIndex<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> e) where T : FieldIndexBase
    {
        e.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
        e.Property(x => x.ContentItemVersionId).HasMaxLength(26).IsRequired();
        e.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
        e.Property(x => x.ContentPart).HasMaxLength(255).IsRequired();
        e.Property(x => x.ContentField).HasMaxLength(255).IsRequired();
        e.HasIndex(x => x.ContentItemId);
    }
}

/// <summary>Stores and reads every DateTime as UTC.</summary>
public sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

/// <summary>The context on SQLite (migrations in <c>Migrations/Sqlite</c>).</summary>
public sealed class SqliteCmsDbContext(DbContextOptions<SqliteCmsDbContext> options) : CmsDbContext(options);

/// <summary>The context on PostgreSQL (migrations in <c>Migrations/Postgres</c>).</summary>
public sealed class PostgresCmsDbContext(DbContextOptions<PostgresCmsDbContext> options) : CmsDbContext(options);
