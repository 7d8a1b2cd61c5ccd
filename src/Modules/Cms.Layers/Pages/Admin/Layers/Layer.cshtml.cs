using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Layers.Rules;
using Cms.Layers.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Layers.Pages.Admin.Layers;

/// <summary>
/// Adds or edits a layer: name, description and its rule, as rows of conditions (« Toujours », « Page d'accueil »,
/// « Adresse… », « Rôle… », visitor signed in or not) joined by « toutes » (and) or « au moins une » (or); a rule
/// with nested groups is edited as Orchard's JSON instead (the JSON, when given, wins over the rows).
/// </summary>
public sealed class LayerModel(LayersManager layers) : PageModel
{
    public const int BlankRows = 2;

    [BindProperty(SupportsGet = true, Name = "nom")] public string? Original { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public bool Any { get; set; }
    [BindProperty] public List<ConditionRow> Rows { get; set; } = [];
    [BindProperty] public string? Json { get; set; }
    public string? Error { get; private set; }

    public sealed class ConditionRow
    {
        public string? Kind { get; set; }
        public StringOperator Operator { get; set; } = StringOperator.StartsWith;
        public string? Value { get; set; }
    }

    public static readonly (string Kind, string Label)[] Kinds =
    [
        ("", "— aucune —"), ("Always", "Toujours"), ("Homepage", "Page d'accueil"), ("Url", "Adresse…"),
        ("Role", "Rôle…"), ("Anonymous", "Visiteur non connecté"), ("Authenticated", "Utilisateur connecté"),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Original is not null)
        {
            var layer = (await layers.GetAsync(cancellationToken)).Layers.FirstOrDefault(l => l.Name == Original);
            if (layer is null) return NotFound();
            Name = layer.Name;
            Description = layer.Description;
            ConditionGroup rule;
            try { rule = RuleJson.ReadRule(layer.LayerRule, layer.Name); }
            catch (FormatException e)
            {
                Error = e.Message;
                Json = layer.LayerRule.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
                return Page();
            }
            // One level of conditions, or one group of them, fits the rows; deeper nesting is edited as JSON.
            var flat = rule.Conditions is [ConditionGroup only] ? only : rule;
            var rows = flat.Conditions.Select(ToRow).ToList();
            if (rows.Any(r => r is null))
            {
                Json = RuleJson.WriteRule(rule).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
            }
            else
            {
                Any = !flat.All;
                Rows = rows.OfType<ConditionRow>().ToList();
            }
        }
        else
        {
            Rows = [new ConditionRow { Kind = "Always" }];
        }
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ConditionGroup rule;
        try
        {
            rule = string.IsNullOrWhiteSpace(Json) ? FromRows() : RuleJson.ReadRule(JsonNode.Parse(Json), "règle");
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            Error = e is JsonException ? $"La règle JSON ne se lit pas : {e.Message}" : e.Message;
            Pad();
            return Page();
        }
        Error = await layers.SaveAsync(Original, Name, Description, rule, cancellationToken);
        if (Error is not null)
        {
            Pad();
            return Page();
        }
        TempData["Message"] = $"Calque « {Name!.Trim()} » enregistré : {RuleText.Describe(rule)}.";
        return Redirect(Startup.AdminPath);
    }

    private ConditionGroup FromRows()
    {
        var conditions = new List<Condition>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var value = row.Value?.Trim();
            var where = $"Condition {i + 1}";
            switch (row.Kind)
            {
                case null or "": continue;
                case "Always": conditions.Add(new BooleanCondition(true)); break;
                case "Homepage": conditions.Add(new HomepageCondition(true)); break;
                case "Anonymous": conditions.Add(new IsAnonymousCondition()); break;
                case "Authenticated": conditions.Add(new IsAuthenticatedCondition()); break;
                case "Url":
                    if (string.IsNullOrEmpty(value) || !(value.StartsWith('/') || value.StartsWith("~/", StringComparison.Ordinal) || row.Operator is StringOperator.Contains or StringOperator.NotContains or StringOperator.EndsWith or StringOperator.NotEndsWith))
                    {
                        throw new FormatException($"{where} : l'adresse s'écrit à partir de la racine du site, par exemple « /blog ».");
                    }
                    conditions.Add(new UrlCondition(value, new StringOperation(row.Operator)));
                    break;
                case "Role":
                    if (string.IsNullOrEmpty(value)) throw new FormatException($"{where} : indiquez le rôle (par exemple « Editor », « Anonymous » ou « Authenticated »).");
                    conditions.Add(new RoleCondition(value, new StringOperation(row.Operator)));
                    break;
                default: throw new FormatException($"{where} : type de condition « {row.Kind} » inconnu.");
            }
        }
        if (conditions.Count == 0) throw new FormatException("Ajoutez au moins une condition (par exemple « Toujours »).");
        // Orchard's LayerRule is a group of all its conditions: « au moins une » nests an AnyConditionGroup in it.
        return Any && conditions.Count > 1
            ? new ConditionGroup(true, [new ConditionGroup(false, conditions)])
            : new ConditionGroup(true, conditions);
    }

    /// <summary>The row showing <paramref name="condition"/>, or null when the rows cannot show it (then the rule is edited as JSON).</summary>
    private static ConditionRow? ToRow(Condition condition) => condition switch
    {
        BooleanCondition { Value: true } => new ConditionRow { Kind = "Always" },
        HomepageCondition { Value: true } => new ConditionRow { Kind = "Homepage" },
        UrlCondition u when !u.Operation.CaseSensitive => new ConditionRow { Kind = "Url", Operator = u.Operation.Operator, Value = u.Value },
        RoleCondition r when !r.Operation.CaseSensitive => new ConditionRow { Kind = "Role", Operator = r.Operation.Operator, Value = r.Value },
        IsAnonymousCondition => new ConditionRow { Kind = "Anonymous" },
        IsAuthenticatedCondition => new ConditionRow { Kind = "Authenticated" },
        _ => null,
    };

    private void Pad()
    {
        for (var i = 0; i < BlankRows; i++) Rows.Add(new ConditionRow { Kind = "" });
    }
}
