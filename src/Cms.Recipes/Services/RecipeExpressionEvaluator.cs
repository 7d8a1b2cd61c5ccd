using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Abstractions.Content;
using Cms.Abstractions.Recipes;

namespace Cms.Recipes.Services;

/// <summary>
/// Resolves the expressions Orchard Core recipes use in string values: <c>[js:uuid()]</c>, <c>[js: variables('x')]</c>,
/// <c>[js: parameters('x')]</c> and <c>[file:text('relative/path')]</c>. Any other expression is refused, naming the
/// step and property. A string that is one expression takes the expression's value (which may be a number, an object…);
/// expressions inside a longer string are replaced by their text.
/// </summary>
public sealed partial class RecipeExpressionEvaluator
{
    private readonly string recipeDirectory;
    private readonly IReadOnlyDictionary<string, string> parameters;
    private readonly Dictionary<string, JsonNode?> variables = new(StringComparer.OrdinalIgnoreCase);

    public RecipeExpressionEvaluator(string recipeDirectory, JsonObject variableDefinitions, IReadOnlyDictionary<string, string>? parameters)
    {
        this.recipeDirectory = Path.GetFullPath(recipeDirectory);
        this.parameters = parameters ?? new Dictionary<string, string>();
        // Variables are evaluated once, in order: a later one may use an earlier one; uuid() gives one value per recipe run.
        foreach (var (name, value) in variableDefinitions)
        {
            variables[name] = Resolve(value?.DeepClone(), $"variables.{name}", "variables");
        }
    }

    /// <summary>A copy of <paramref name="step"/> with every expression resolved.</summary>
    public JsonObject ResolveStep(JsonObject step, int index, string name) =>
        (JsonObject)Resolve(step.DeepClone(), "", $"{index} « {name} »")!;

    private JsonNode? Resolve(JsonNode? node, string path, string step)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    var resolved = Resolve(value, Join(path, key), step);
                    if (!ReferenceEquals(resolved, value))
                    {
                        obj[key] = resolved;
                    }
                }
                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var value = array[i];
                    var resolved = Resolve(value, $"{path}[{i}]", step);
                    if (!ReferenceEquals(resolved, value))
                    {
                        array[i] = resolved;
                    }
                }
                return array;
            case JsonValue value when value.TryGetValue<string>(out var text):
                return ResolveString(text, path, step) ?? node;
            default:
                return node;
        }
    }

    /// <summary>Null when the string holds no expression.</summary>
    private JsonNode? ResolveString(string text, string path, string step)
    {
        var trimmed = text.Trim();
        var whole = WholeExpression().Match(trimmed);
        if (whole.Success)
        {
            return Evaluate(whole.Groups["scheme"].Value, whole.Groups["body"].Value.Trim(), trimmed, path, step)?.DeepClone();
        }
        if (!EmbeddedExpression().IsMatch(text))
        {
            return null;
        }
        var replaced = EmbeddedExpression().Replace(text, m =>
        {
            var value = Evaluate(m.Groups["scheme"].Value, m.Groups["body"].Value.Trim(), m.Value, path, step);
            return value switch
            {
                null => "",
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                _ => value.ToJsonString(),
            };
        });
        return JsonValue.Create(replaced);
    }

    private JsonNode? Evaluate(string scheme, string body, string expression, string path, string step)
    {
        var call = Call().Match(body);
        var function = call.Success ? call.Groups["fn"].Value : "";
        var argument = call.Success && call.Groups["arg"].Success ? call.Groups["arg"].Value : null;

        switch (scheme.ToLowerInvariant(), function)
        {
            case ("js", "uuid") when argument is null:
                return JsonValue.Create(IdGenerator.NewId());
            case ("js", "variables") when argument is not null:
                if (!variables.TryGetValue(argument, out var variable))
                {
                    throw Refuse(step, path, $"la variable « {argument} » n'est pas déclarée dans « variables »");
                }
                return variable;
            case ("js", "parameters") when argument is not null:
                if (!parameters.TryGetValue(argument, out var parameter))
                {
                    throw Refuse(step, path, $"le paramètre « {argument} » n'a pas été fourni");
                }
                return JsonValue.Create(parameter);
            case ("file", "text") when argument is not null:
                return JsonValue.Create(ReadFile(argument, path, step));
            default:
                throw Refuse(step, path,
                    $"expression non prise en charge « {expression} » (seules [js:uuid()], [js:variables('nom')], " +
                    "[js:parameters('nom')] et [file:text('chemin')] le sont)");
        }
    }

    private string ReadFile(string relative, string path, string step)
    {
        var full = Path.GetFullPath(Path.Combine(recipeDirectory, relative));
        var root = recipeDirectory.EndsWith(Path.DirectorySeparatorChar) ? recipeDirectory : recipeDirectory + Path.DirectorySeparatorChar;
        if (Path.IsPathRooted(relative) || !full.StartsWith(root, StringComparison.Ordinal))
        {
            throw Refuse(step, path, $"le fichier « {relative} » sort du dossier de la recette");
        }
        if (!File.Exists(full))
        {
            throw Refuse(step, path, $"le fichier « {relative} » est introuvable (cherché dans {recipeDirectory})");
        }
        return File.ReadAllText(full);
    }

    private static RecipeException Refuse(string step, string path, string reason) =>
        new(step == "variables"
            ? $"Variable « {path["variables.".Length..]} » : {reason}."
            : $"Étape {step}, propriété « {path} » : {reason}.");

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    [GeneratedRegex(@"^\[(?<scheme>[A-Za-z]+)\s*:(?<body>.*)\]$", RegexOptions.Singleline)]
    private static partial Regex WholeExpression();

    [GeneratedRegex(@"\[(?<scheme>js|file)\s*:(?<body>[^\[\]]*)\]", RegexOptions.IgnoreCase)]
    private static partial Regex EmbeddedExpression();

    [GeneratedRegex(@"^(?<fn>[A-Za-z]+)\s*\(\s*(?:(?<q>['""])(?<arg>[^'""]*)\k<q>)?\s*\)$")]
    private static partial Regex Call();
}
