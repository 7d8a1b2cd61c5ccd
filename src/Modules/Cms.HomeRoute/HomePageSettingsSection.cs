using Cms.Abstractions.Content;
using Cms.Abstractions.Settings;
using Cms.Display.Caching;

namespace Cms.HomeRoute;

/// <summary>
/// « Page d'accueil » in the back office's site settings: the address of a published item to show at <c>/</c>
/// instead of the site's own home page, stored as Orchard's <c>HomeRoute</c> setting (see <see cref="HomeRouteSetting"/>).
/// </summary>
public sealed class HomePageSettingsSection(PublishedContent published, IContentManager contentManager) : ISiteSettingsSection
{
    public string Key => "HomeRoute";
    public string Title => "Page d'accueil";
    public int Position => 10;

    public async Task<IReadOnlyList<SettingsField>> FieldsAsync(SiteSettings settings, CancellationToken cancellationToken)
    {
        var current = "";
        if (HomeRouteSetting.ContentItemId(settings) is { } id)
        {
            var item = await contentManager.GetAsync(id, VersionOptions.Published, cancellationToken);
            current = item?.As<AutoroutePart>()?.Path is { Length: > 0 } path ? "/" + path.Trim('/') : "";
        }
        return
        [
            new SettingsField("Path", "Contenu affiché en page d'accueil", current,
                "Adresse d'un contenu publié, par exemple /a-propos : il est affiché à l'adresse / du site. Vide : la page d'accueil du site."),
        ];
    }

    public async Task<IReadOnlyDictionary<string, string>> ApplyAsync(SiteSettings settings, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var path = (values.TryGetValue("Path", out var typed) ? typed : "").Trim();
        if (path.Length == 0)
        {
            HomeRouteSetting.Set(settings, null);
            return new Dictionary<string, string>();
        }
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") path = absolute.AbsolutePath;
        var item = await published.GetByPathAsync(path.Split('?', '#')[0].Trim('/'), cancellationToken);
        if (item is not { Published: true })
        {
            return new Dictionary<string, string> { ["Path"] = $"Aucun contenu publié à l'adresse « {path} » : publiez-le d'abord, ou laissez le champ vide." };
        }
        HomeRouteSetting.Set(settings, item.ContentItemId);
        return new Dictionary<string, string>();
    }
}
