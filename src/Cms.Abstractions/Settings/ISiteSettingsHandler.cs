namespace Cms.Abstractions.Settings;

/// <summary>
/// Told when the site settings changed: after the transaction that saved them committed (at once when no
/// transaction was open). Site-wide caches use it, e.g. every cached page shows the site name.
/// </summary>
public interface ISiteSettingsHandler
{
    Task SavedAsync(SiteSettings settings, CancellationToken cancellationToken);
}
