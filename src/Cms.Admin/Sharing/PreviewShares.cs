using System.Security.Cryptography;
using System.Text;
using Cms.Data;
using Cms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Cms.Admin.Sharing;

/// <summary>A share link as the edit page lists it (never its secret, which is shown once).</summary>
public sealed record PreviewShare(long Id, string? CreatedBy, DateTime CreatedUtc, DateTime ExpiresUtc, DateTime? RevokedUtc, string? RevokedBy)
{
    public bool IsActive(DateTime nowUtc) => RevokedUtc is null && ExpiresUtc > nowUtc;
}

/// <summary>
/// Preview links for a colleague without an account (Wagtail's shareable previews): an unguessable secret of 256
/// bits in the URL, of which only the SHA-256 is stored; each link expires and can be revoked. Opening one shows
/// the item's latest version at that moment.
/// </summary>
public sealed class PreviewShares(CmsDbContext db, TimeProvider clock)
{
    /// <summary>The lifetimes offered, in days.</summary>
    public static readonly int[] LifetimesInDays = [1, 7, 30];

    public const string PathPrefix = "/apercu-partage/";

    public static string Url(string secret) => PathPrefix + secret;

    /// <summary>Creates a link for <paramref name="contentItemId"/>; returns the secret to put in the URL.</summary>
    public async Task<string> CreateAsync(string contentItemId, int days, string? userName, CancellationToken cancellationToken)
    {
        if (!LifetimesInDays.Contains(days)) throw new ArgumentOutOfRangeException(nameof(days), days, "Durée non proposée.");
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        db.PreviewShareLinks.Add(new PreviewShareLink
        {
            ContentItemId = contentItemId,
            TokenHash = Hash(secret),
            CreatedBy = userName,
            CreatedUtc = now,
            ExpiresUtc = now.AddDays(days),
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return secret;
    }

    public async Task<IReadOnlyList<PreviewShare>> ListAsync(string contentItemId, CancellationToken cancellationToken) =>
        await db.PreviewShareLinks.AsNoTracking().Where(l => l.ContentItemId == contentItemId)
            .OrderByDescending(l => l.CreatedUtc)
            .Select(l => new PreviewShare(l.Id, l.CreatedBy, l.CreatedUtc, l.ExpiresUtc, l.RevokedUtc, l.RevokedBy))
            .ToListAsync(cancellationToken);

    /// <summary>Revokes link <paramref name="id"/> of the item; false when there is no such active link.</summary>
    public async Task<bool> RevokeAsync(string contentItemId, long id, string? userName, CancellationToken cancellationToken)
    {
        var link = await db.PreviewShareLinks.FirstOrDefaultAsync(l => l.Id == id && l.ContentItemId == contentItemId, cancellationToken);
        if (link is null || link.RevokedUtc is not null) return false;
        link.RevokedUtc = clock.GetUtcNow().UtcDateTime;
        link.RevokedBy = userName;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>The item a secret opens, when its link exists, has not expired and was not revoked.</summary>
    public async Task<string?> ResolveAsync(string secret, CancellationToken cancellationToken)
    {
        if (secret.Length is < 40 or > 64) return null;
        var hash = Hash(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.PreviewShareLinks.AsNoTracking()
            .Where(l => l.TokenHash == hash && l.RevokedUtc == null && l.ExpiresUtc > now)
            .Select(l => l.ContentItemId).FirstOrDefaultAsync(cancellationToken);
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
