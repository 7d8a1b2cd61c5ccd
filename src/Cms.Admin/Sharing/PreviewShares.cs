using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cms.Data;
using Cms.Data.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Cms.Admin.Sharing;

/// <summary>A share link as the edit page lists it (never its secret, which is shown once).</summary>
public sealed record PreviewShare(long Id, string? CreatedBy, DateTime CreatedUtc, DateTime ExpiresUtc, DateTime? RevokedUtc, string? RevokedBy)
{
    public bool IsActive(DateTime nowUtc) => RevokedUtc is null && ExpiresUtc > nowUtc;
}

/// <summary>What a share link's token opens: the item, or why not.</summary>
public enum ShareLinkState
{
    /// <summary>Signed, not expired, not revoked.</summary>
    Valid,
    /// <summary>Not a token this site signed: cut, altered, made up, or signed with a key the site no longer has.</summary>
    Invalid,
    Expired,
    Revoked,
}

/// <summary>A token's resolution: its state, the item it opens when valid, and when it expired (or expires).</summary>
public sealed record ShareLinkResolution(ShareLinkState State, string? ContentItemId = null, DateTime? ExpiresUtc = null);

/// <summary>
/// Preview links for a colleague without an account (Wagtail's shareable previews). The URL carries a token signed
/// and encrypted by ASP.NET Core DataProtection (the site's key ring, shared by every node): a random 128-bit nonce,
/// the item's id and the expiry, so an altered, cut or made-up token is refused before the database is read, and an
/// expired one is recognised as such (by the site's <see cref="TimeProvider"/>). The database keeps one row per link,
/// found by the SHA-256 of its nonce: the list the edit page shows and the revocation list. Opening a valid link shows
/// the item's latest version at that moment.
/// </summary>
public sealed class PreviewShares(CmsDbContext db, TimeProvider clock, IDataProtectionProvider dataProtection)
{
    /// <summary>The lifetimes offered, in days.</summary>
    public static readonly int[] LifetimesInDays = [1, 7, 30];

    public const string PathPrefix = "/apercu-partage/";
    private const string Purpose = "Cms.Admin.PreviewShares.v1";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    public static string Url(string token) => PathPrefix + token;

    /// <summary>Creates a link for <paramref name="contentItemId"/>; returns the token to put in the URL.</summary>
    public async Task<string> CreateAsync(string contentItemId, int days, string? userName, CancellationToken cancellationToken)
    {
        if (!LifetimesInDays.Contains(days)) throw new ArgumentOutOfRangeException(nameof(days), days, "Durée non proposée.");
        var nonce = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now.AddDays(days);
        db.PreviewShareLinks.Add(new PreviewShareLink
        {
            ContentItemId = contentItemId,
            TokenHash = Hash(nonce),
            CreatedBy = userName,
            CreatedUtc = now,
            ExpiresUtc = expires,
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var payload = string.Join('\n', nonce, contentItemId, expires.Ticks.ToString(CultureInfo.InvariantCulture));
        return WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(payload)));
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

    /// <summary>What <paramref name="token"/> opens: checked signature first, then expiry, then the revocation list.</summary>
    public async Task<ShareLinkResolution> ResolveAsync(string token, CancellationToken cancellationToken)
    {
        if (Read(token) is not var (nonce, contentItemId, expires)) return new ShareLinkResolution(ShareLinkState.Invalid);
        if (expires <= clock.GetUtcNow().UtcDateTime) return new ShareLinkResolution(ShareLinkState.Expired, ExpiresUtc: expires);
        var hash = Hash(nonce);
        var link = await db.PreviewShareLinks.AsNoTracking()
            .Where(l => l.TokenHash == hash && l.ContentItemId == contentItemId)
            .Select(l => new { l.RevokedUtc }).FirstOrDefaultAsync(cancellationToken);
        // A signed token without its row: the row was deleted with its item, which is as good as revoked.
        if (link is null || link.RevokedUtc is not null) return new ShareLinkResolution(ShareLinkState.Revoked, ExpiresUtc: expires);
        return new ShareLinkResolution(ShareLinkState.Valid, contentItemId, expires);
    }

    private (string Nonce, string ContentItemId, DateTime ExpiresUtc)? Read(string token)
    {
        if (token.Length is 0 or > 2048) return null;
        try
        {
            var parts = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
            if (parts.Length != 3 || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
            {
                return null;
            }
            return (parts[0], parts[1], new DateTime(ticks, DateTimeKind.Utc));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }

    private static string Hash(string nonce) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(nonce)));
}
