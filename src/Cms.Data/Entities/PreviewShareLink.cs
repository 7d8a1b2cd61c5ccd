namespace Cms.Data.Entities;

/// <summary>
/// A link that lets someone without an account see the latest version of an item (a draft) until
/// <see cref="ExpiresUtc"/>, unless revoked. Only the SHA-256 of the link's secret is stored: the link itself is shown
/// once, to the editor who made it.
/// </summary>
public class PreviewShareLink
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    /// <summary>Lowercase hex SHA-256 of the secret in the URL.</summary>
    public string TokenHash { get; set; } = "";
    public string? CreatedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
    public string? RevokedBy { get; set; }
}
