using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Abstractions.Content;
using Cms.Abstractions.Recipes;
using Cms.Recipes.Scripting;
using Microsoft.Extensions.Configuration;

namespace Cms.Recipes.Services;

/// <summary>
/// Resolves the expressions Orchard Core recipes write in string values: <c>[js: …]</c> (see <see cref="RecipeScript"/>
/// for the functions) and <c>[file:text('relative/path')]</c>. A string that is one expression takes the expression's
/// value (which may be a number, an object…); expressions inside a longer string are replaced by their text.
/// Variables are evaluated the first time they are used and keep their value for the whole run (one
/// <c>uuid()</c> per variable), as Orchard does: a variable nobody uses is never evaluated.
/// </summary>
public sealed partial class RecipeExpressionEvaluator
{
    private readonly string recipeDirectory;
    private readonly string fileRoot;
    private readonly IReadOnlyDictionary<string, string> parameters;
    private readonly IConfiguration? configuration;
    private readonly JsonObject variableDefinitions;
    private readonly Dictionary<string, JsonNode?> variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> evaluating = new(StringComparer.OrdinalIgnoreCase);

    public RecipeExpressionEvaluator(string recipeDirectory, JsonObject variableDefinitions, IReadOnlyDictionary<string, string>? parameters,
        string? fileRoot = null, IConfiguration? configuration = null)
    {
        this.recipeDirectory = Path.GetFullPath(recipeDirectory);
        this.fileRoot = fileRoot ?? this.recipeDirectory;
        this.parameters = parameters ?? new Dictionary<string, string>();
        this.configuration = configuration;
        this.variableDefinitions = variableDefinitions;
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
                return ResolveString(text, path, step, out var result) ? result : node;
            default:
                return node;
        }
    }

    /// <summary>False when the string holds no expression.</summary>
    private bool ResolveString(string text, string path, string step, out JsonNode? resolved)
    {
        var trimmed = text.Trim();
        var whole = WholeExpression().Match(trimmed);
        if (whole.Success && Balanced(whole.Groups["body"].Value))
        {
            resolved = Evaluate(whole.Groups["scheme"].Value, whole.Groups["body"].Value.Trim(), path, step)?.DeepClone();
            return true;
        }
        if (!EmbeddedExpression().IsMatch(text))
        {
            resolved = null;
            return false;
        }
        var replaced = EmbeddedExpression().Replace(text, m =>
        {
            var value = Evaluate(m.Groups["scheme"].Value, m.Groups["body"].Value.Trim(), path, step);
            return value switch
            {
                null => "",
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                _ => value.ToJsonString(),
            };
        });
        resolved = JsonValue.Create(replaced);
        return true;
    }

    private JsonNode? Evaluate(string scheme, string body, string path, string step)
    {
        try
        {
            return scheme.ToLowerInvariant() switch
            {
                "js" => RecipeScript.Evaluate(body, (name, arguments) => Call(name, arguments, path, step)),
                "file" => RecipeScript.Evaluate(body, (name, arguments) => name == "text" && arguments.Count == 1
                    ? JsonValue.Create(ReadFile(Text(arguments[0]), path, step))
                    : throw new RecipeScriptException($"seule la fonction text('chemin') est connue pour « file: », pas « {name} »")),
                _ => throw new RecipeScriptException($"« {scheme}: » n'est pas pris en charge (seuls « js: » et « file: » le sont)"),
            };
        }
        catch (RecipeScriptException e)
        {
            throw Refuse(step, path, e.Message);
        }
    }

    private JsonNode? Call(string name, IReadOnlyList<JsonNode?> arguments, string path, string step)
    {
        switch (name, arguments.Count)
        {
            case ("uuid", 0):
                return JsonValue.Create(IdGenerator.NewId());
            case ("variables", 1):
                return Variable(Text(arguments[0]));
            case ("parameters", 1):
                var parameter = Text(arguments[0]);
                if (!parameters.TryGetValue(parameter, out var value))
                {
                    throw new RecipeScriptException($"le paramètre « {parameter} » n'a pas été fourni (nom=valeur sur la ligne de commande)");
                }
                return JsonValue.Create(value);
            case ("configuration", 1 or 2):
                var configured = configuration?[Text(arguments[0])];
                return configured is not null ? JsonValue.Create(configured) : arguments.Count == 2 ? arguments[1]?.DeepClone() : null;
            case ("base64", 1):
                try
                {
                    return JsonValue.Create(Encoding.UTF8.GetString(Convert.FromBase64String(Text(arguments[0]))));
                }
                catch (FormatException)
                {
                    throw new RecipeScriptException("base64() a reçu un texte qui n'est pas du base64");
                }
            default:
                throw new RecipeScriptException(
                    $"fonction inconnue « {name} » à {arguments.Count} argument(s) (connues : uuid(), variables('nom'), " +
                    "parameters('nom'), configuration('clé', 'défaut'), base64('texte'))");
        }
    }

    /// <summary>A variable's value, evaluated at first use and kept; a variable that uses itself is refused.</summary>
    private JsonNode? Variable(string name)
    {
        if (variables.TryGetValue(name, out var known)) return known;
        var definition = variableDefinitions.FirstOrDefault(v => string.Equals(v.Key, name, StringComparison.OrdinalIgnoreCase));
        if (definition.Key is null)
        {
            throw new RecipeScriptException($"la variable « {name} » n'est pas déclarée dans « variables »");
        }
        if (!evaluating.Add(name))
        {
            throw new RecipeScriptException($"la variable « {name} » dépend d'elle-même");
        }
        try
        {
            var value = Resolve(definition.Value?.DeepClone(), $"variables.{definition.Key}", "variables");
            variables[name] = value;
            return value;
        }
        finally
        {
            evaluating.Remove(name);
        }
    }

    private string ReadFile(string relative, string path, string step)
    {
        if (!RecipeFiles.TryResolve(recipeDirectory, fileRoot, relative, out var full))
        {
            throw Refuse(step, path, RecipeFiles.Outside(fileRoot, relative));
        }
        if (!File.Exists(full))
        {
            throw Refuse(step, path, $"le fichier « {relative} » est introuvable (cherché dans {recipeDirectory})");
        }
        return File.ReadAllText(full);
    }

    private static string Text(JsonNode? value) => value switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        null => "",
        _ => value.ToJsonString(),
    };

    /// <summary>Brackets inside an expression come in pairs: <c>[js: a] and [js: b]</c> is two expressions, not one.</summary>
    private static bool Balanced(string body)
    {
        var depth = 0;
        foreach (var c in body)
        {
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (depth < 0) return false;
        }
        return depth == 0;
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
}
