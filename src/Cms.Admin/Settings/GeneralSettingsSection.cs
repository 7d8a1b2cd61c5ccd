using System.Net.Mail;
using Cms.Abstractions.Settings;

namespace Cms.Admin.Settings;

/// <summary>The general settings: name, tagline, operator, base URL, time zone, page size, contact, accessibility.</summary>
public sealed class GeneralSettingsSection : ISiteSettingsSection
{
    public const int MaxPageSize = 100;
    private static readonly string[] Accessibility = ["non conforme", "partiellement conforme", "totalement conforme"];

    public string Key => "General";
    public string Title => "Général";
    public int Position => 0;

    public Task<IReadOnlyList<SettingsField>> FieldsAsync(SiteSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SettingsField>>(
        [
            new("SiteName", "Nom du site", settings.SiteName, "Affiché dans l'en-tête, les titres des pages et les flux."),
            new("Tagline", "Devise", settings.Tagline ?? "", "Sous le nom du site dans l'en-tête (facultatif)."),
            new("Operator", "Opérateur du service", settings.Operator ?? "", "Bloc « République française » de l'en-tête et du pied de page (facultatif)."),
            new("BaseUrl", "Adresse du site", settings.BaseUrl ?? "", "Adresse absolue utilisée dans les flux, le plan du site et les calendriers, par exemple https://www.numerique.gouv.fr. Vide : l'adresse de la requête.", InputType: "url"),
            new("TimeZone", "Fuseau horaire", settings.TimeZone, "Les dates sont saisies, affichées, programmées et exportées dans ce fuseau.", Zones(settings.TimeZone)),
            new("PageSize", "Éléments par page", settings.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Dans les listes publiques (de 1 à {MaxPageSize}).", InputType: "number"),
            new("ContactEmail", "Adresse électronique de contact", settings.ContactEmail ?? "", "Facultative.", InputType: "email"),
            new("AccessibilityStatus", "Conformité à l'accessibilité (RGAA)", settings.AccessibilityStatus, "Affichée dans le pied de page.",
                [.. Accessibility.Select(a => new SettingsOption(a, char.ToUpperInvariant(a[0]) + a[1..]))]),
        ]);

    public Task<IReadOnlyDictionary<string, string>> ApplyAsync(SiteSettings settings, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        string Value(string name) => values.TryGetValue(name, out var v) ? v.Trim() : "";

        var name = Value("SiteName");
        if (name.Length == 0) errors["SiteName"] = "Le nom du site est obligatoire.";
        else if (name.Length > 200) errors["SiteName"] = "Le nom du site ne doit pas dépasser 200 caractères.";

        var baseUrl = Value("BaseUrl");
        if (baseUrl.Length > 0 && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Query.Length == 0 && uri.Fragment.Length == 0))
        {
            errors["BaseUrl"] = "L'adresse du site doit être une adresse absolue en https:// (ou http://), sans « ? » ni « # ».";
        }

        var zone = Value("TimeZone");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)) errors["TimeZone"] = $"Fuseau horaire inconnu : « {zone} ».";

        var pageSizeText = Value("PageSize");
        if (!int.TryParse(pageSizeText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pageSize) || pageSize < 1 || pageSize > MaxPageSize)
        {
            errors["PageSize"] = $"Le nombre d'éléments par page doit être un nombre entier de 1 à {MaxPageSize}.";
        }

        var email = Value("ContactEmail");
        if (email.Length > 0 && !(MailAddress.TryCreate(email, out var address) && address.Address == email))
        {
            errors["ContactEmail"] = "L'adresse électronique de contact n'est pas valide (exemple : contact@numerique.gouv.fr).";
        }

        var accessibility = Value("AccessibilityStatus");
        if (!Accessibility.Contains(accessibility, StringComparer.Ordinal)) errors["AccessibilityStatus"] = "Choisissez un état de conformité de la liste.";

        if (errors.Count == 0)
        {
            settings.SiteName = name;
            settings.Tagline = NullIfEmpty(Value("Tagline"));
            settings.Operator = NullIfEmpty(Value("Operator"));
            settings.BaseUrl = NullIfEmpty(baseUrl.TrimEnd('/'));
            settings.TimeZone = zone;
            settings.PageSize = pageSize;
            settings.ContactEmail = NullIfEmpty(email);
            settings.AccessibilityStatus = accessibility;
        }
        return Task.FromResult<IReadOnlyDictionary<string, string>>(errors);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// <summary>The IANA zones of this system, Europe first, with the current one kept even if unknown here.</summary>
    private static List<SettingsOption> Zones(string current)
    {
        var ids = TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/') && !id.StartsWith("Etc/", StringComparison.Ordinal));
        return [.. ids.Append(current).Distinct(StringComparer.Ordinal)
            .OrderBy(id => id.StartsWith("Europe/", StringComparison.Ordinal) ? 0 : id.StartsWith("America/", StringComparison.Ordinal) || id.StartsWith("Indian/", StringComparison.Ordinal) || id.StartsWith("Pacific/", StringComparison.Ordinal) ? 1 : 2)
            .ThenBy(id => id, StringComparer.Ordinal)
            .Select(id => new SettingsOption(id, id.Replace('_', ' ')))];
    }
}
