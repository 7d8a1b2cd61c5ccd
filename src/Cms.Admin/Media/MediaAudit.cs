using Cms.Abstractions.Security;
using Cms.Data;
using Cms.Data.Entities;

namespace Cms.Admin.Media;

/// <summary>Records uploads and deletions of media files in the audit trail (kind, user, the file's path and details).</summary>
public sealed class MediaAudit(CmsDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public const string Uploaded = "MediaUploaded";
    public const string Deleted = "MediaDeleted";
    public const string FolderCreated = "MediaFolderCreated";

    public async Task RecordAsync(string kind, string path, string? details, CancellationToken cancellationToken)
    {
        db.AuditTrail.Add(new AuditTrailEvent
        {
            Utc = clock.GetUtcNow().UtcDateTime,
            UserName = currentUser.UserName,
            Kind = kind,
            DisplayText = path.Length > 1024 ? path[..1024] : path,
            Details = details,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
