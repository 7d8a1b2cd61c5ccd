namespace Cms.Data.Entities;

/// <summary>
/// A link that lets someone without an account see the latest version of an item (a draft) until
/// <see cref="ExpiresUtc"/>, unless revoked. The link's token is signed (Cms.Admin/Sharing/PreviewShares) and holds a
/// random nonce; only the nonce's SHA-256 is stored, to find the row, which is the revocation list.
/// </summary>
public class PreviewShareLink
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    /// <summary>Lowercase hex SHA-256 of the nonce inside the link's signed token.</summary>
    public string TokenHash { get; set; } = "";
    public string? CreatedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
    public string? RevokedBy { get; set; }
}
