using Cms.Abstractions.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Settings;

/// <summary>
/// « Paramètres du site »: every registered <see cref="ISiteSettingsSection"/> (the core's general settings, then the
/// modules'), one form. Saved only when no section refuses a value; otherwise each error is shown next to its field and
/// in a summary, with what was typed kept. A save goes through the settings store, which tells the caches and the
/// other nodes.
/// </summary>
public sealed class IndexModel(ISiteSettingsStore store, IEnumerable<ISiteSettingsSection> sections) : PageModel
{
    public IReadOnlyList<(ISiteSettingsSection Section, IReadOnlyList<SettingsField> Fields)> Sections { get; private set; } = [];
    /// <summary>Errors by form name (<c>General.BaseUrl</c>).</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    private IEnumerable<ISiteSettingsSection> Ordered => sections.OrderBy(s => s.Position).ThenBy(s => s.Title, StringComparer.Ordinal);

    public static string FormName(ISiteSettingsSection section, SettingsField field) => $"{section.Key}.{field.Name}";

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Sections = await BuildAsync(await store.GetAsync(cancellationToken), typed: null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var settings = await store.GetAsync(cancellationToken);
        var typed = Request.Form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        foreach (var section in Ordered)
        {
            var prefix = section.Key + ".";
            var values = typed.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal))
                .ToDictionary(p => p.Key[prefix.Length..], p => p.Value, StringComparer.Ordinal);
            foreach (var (field, message) in await section.ApplyAsync(settings, values, cancellationToken))
            {
                Errors[prefix + field] = message;
            }
        }
        if (Errors.Count > 0)
        {
            Sections = await BuildAsync(settings, typed, cancellationToken);
            return Page();
        }
        await store.SaveAsync(settings, cancellationToken);
        TempData["Message"] = "Les paramètres du site sont enregistrés.";
        return Redirect(AdminRoutes.Settings);
    }

    /// <summary>The sections' fields, with the values typed in place of the stored ones after a refused save.</summary>
    private async Task<IReadOnlyList<(ISiteSettingsSection, IReadOnlyList<SettingsField>)>> BuildAsync(
        SiteSettings settings, IReadOnlyDictionary<string, string>? typed, CancellationToken cancellationToken)
    {
        var list = new List<(ISiteSettingsSection, IReadOnlyList<SettingsField>)>();
        foreach (var section in Ordered)
        {
            var fields = await section.FieldsAsync(settings, cancellationToken);
            if (typed is not null)
            {
                fields = [.. fields.Select(f => typed.TryGetValue(FormName(section, f), out var value) ? f with { Value = value } : f)];
            }
            list.Add((section, fields));
        }
        return list;
    }
}
