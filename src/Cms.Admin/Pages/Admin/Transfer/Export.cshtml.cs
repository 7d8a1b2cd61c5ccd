using Cms.Abstractions.Time;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Transfer;
using Cms.Admin.Editors;
using Cms.Admin.Transfer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Transfer;

/// <summary>The whole site, or the items of the chosen content types, as a recipe file to download (<c>cms-export-YYYYMMDD-HHmm.json</c>).</summary>
public sealed class ExportModel(IRecipeExporter exporter, IContentDefinitionManager definitions, TransferRunner runner, ISiteClock clock) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The chosen types; none chosen means the whole site.</summary>
    [BindProperty] public List<string> Types { get; set; } = [];

    public IReadOnlyList<(string Name, string DisplayName)> AvailableTypes { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var unknown = Types.Where(t => AvailableTypes.All(a => a.Name != t)).ToList();
        if (unknown.Count > 0)
        {
            Error = $"Type de contenu inconnu : {string.Join(", ", unknown)}.";
            return Page();
        }
        var recipe = await exporter.ExportAsync(Types.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var json = recipe.ToJsonString(Indented);
        var count = recipe["steps"]!.AsArray()[^1]!["data"]!.AsArray().Count;
        var now = clock.Current.ToLocal(clock.Current.UtcNow);
        var fileName = $"cms-export-{now:yyyyMMdd-HHmm}.json";
        await runner.RecordAsync(TransferRunner.ExportAuditKind, User.Identity?.Name,
            $"Export « {fileName} » : {(Types.Count == 0 ? "tout le site" : "types " + string.Join(", ", Types))}, {count} élément(s).", cancellationToken);
        return File(Encoding.UTF8.GetBytes(json), "application/json", fileName);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var record = await definitions.LoadAsync(cancellationToken);
        AvailableTypes = record.ContentTypes
            .Select(t => (t.Name, string.IsNullOrWhiteSpace(t.DisplayName) ? t.Name : t.DisplayName))
            .OrderBy(t => t.Item2, StringComparer.CurrentCulture)
            .ToList();
    }
}
