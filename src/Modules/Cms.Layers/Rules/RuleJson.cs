using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cms.Layers.Rules;

/// <summary>
/// Orchard's JSON of rules, both ways: <c>{ "$type": "OrchardCore.Rules.Models.UrlCondition, OrchardCore.Rules",
/// "Name": "UrlCondition", "ConditionId": "…", "Value": "/blog", "Operation": { "$type":
/// "OrchardCore.Rules.Models.StringStartsWithOperator, OrchardCore.Rules", "CaseSensitive": false } }</c>. A condition is
/// known by its <c>$type</c>'s class name (or its <c>Name</c>); an unknown one is refused with its place in the JSON.
/// </summary>
public static class RuleJson
{
    private const string Namespace = "OrchardCore.Rules.Models.";
    private const string Assembly = ", OrchardCore.Rules";

    /// <summary>The condition <paramref name="node"/> holds; <paramref name="where"/> names it in the French error.</summary>
    /// <exception cref="FormatException">Not a condition we know, or a property of the wrong kind.</exception>
    public static Condition Read(JsonNode? node, string where)
    {
        if (node is not JsonObject json) throw new FormatException($"{where} : objet attendu (une condition avec son « $type »).");
        var kind = KindOf(json) ?? throw new FormatException($"{where} : « $type » ou « Name » attendu (par exemple « OrchardCore.Rules.Models.BooleanCondition, OrchardCore.Rules »).");
        var id = Text(json, "ConditionId", where);
        Condition condition = kind switch
        {
            "BooleanCondition" => new BooleanCondition(Flag(json, "Value", where, true)),
            "HomepageCondition" => new HomepageCondition(Flag(json, "Value", where, true)),
            "UrlCondition" => new UrlCondition(Required(json, "Value", where), Operation(json, where)),
            "RoleCondition" => new RoleCondition(Required(json, "Value", where), Operation(json, where)),
            "IsAnonymousCondition" => new IsAnonymousCondition(),
            "IsAuthenticatedCondition" => new IsAuthenticatedCondition(),
            "AllConditionGroup" or "Rule" => Group(json, true, where),
            "AnyConditionGroup" => Group(json, false, where),
            _ => throw new FormatException($"{where} : condition « {kind} » non prise en charge (connues : BooleanCondition, HomepageCondition, UrlCondition, RoleCondition, IsAnonymousCondition, IsAuthenticatedCondition, AllConditionGroup, AnyConditionGroup)."),
        };
        return condition with { ConditionId = id };
    }

    /// <summary>A layer's <c>LayerRule</c>: a group of all its conditions (it has no <c>$type</c> in Orchard's recipes).</summary>
    public static ConditionGroup ReadRule(JsonNode? node, string where)
    {
        if (node is not JsonObject json) throw new FormatException($"{where} : objet attendu, {{ \"Conditions\": [ … ] }}.");
        return (ConditionGroup)(Group(json, true, where) with { ConditionId = Text(json, "ConditionId", where) });
    }

    /// <summary>Orchard's JSON of <paramref name="rule"/> as a <c>LayerRule</c> (no <c>$type</c>, as Orchard writes it).</summary>
    public static JsonObject WriteRule(ConditionGroup rule)
    {
        var json = new JsonObject();
        if (rule.ConditionId is not null) json["ConditionId"] = rule.ConditionId;
        json["Conditions"] = new JsonArray([.. rule.Conditions.Select(Write)]);
        return json;
    }

    public static JsonObject Write(Condition condition)
    {
        var kind = condition switch
        {
            BooleanCondition => "BooleanCondition",
            HomepageCondition => "HomepageCondition",
            UrlCondition => "UrlCondition",
            RoleCondition => "RoleCondition",
            IsAnonymousCondition => "IsAnonymousCondition",
            IsAuthenticatedCondition => "IsAuthenticatedCondition",
            ConditionGroup { All: true } => "AllConditionGroup",
            ConditionGroup => "AnyConditionGroup",
            _ => throw new ArgumentException($"Unknown condition {condition.GetType().Name}."),
        };
        var json = new JsonObject { ["$type"] = Namespace + kind + Assembly, ["Name"] = kind };
        switch (condition)
        {
            case BooleanCondition b: json["Value"] = b.Value; break;
            case HomepageCondition h: json["Value"] = h.Value; break;
            case UrlCondition u: json["Value"] = u.Value; json["Operation"] = WriteOperation(u.Operation); break;
            case RoleCondition r: json["Value"] = r.Value; json["Operation"] = WriteOperation(r.Operation); break;
            case ConditionGroup g: json["Conditions"] = new JsonArray([.. g.Conditions.Select(Write)]); break;
        }
        if (condition.ConditionId is not null) json["ConditionId"] = condition.ConditionId;
        return json;
    }

    private static JsonObject WriteOperation(StringOperation operation) => new()
    {
        ["$type"] = $"{Namespace}String{operation.Operator}Operator{Assembly}",
        ["CaseSensitive"] = operation.CaseSensitive,
    };

    private static ConditionGroup Group(JsonObject json, bool all, string where)
    {
        var conditions = new List<Condition>();
        switch (Get(json, "Conditions"))
        {
            case null: break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) conditions.Add(Read(array[i], $"{where}.Conditions[{i}]"));
                break;
            default: throw new FormatException($"{where}.Conditions : tableau de conditions attendu.");
        }
        return new ConditionGroup(all, conditions);
    }

    private static StringOperation Operation(JsonObject json, string where)
    {
        if (Get(json, "Operation") is not JsonObject operation)
        {
            throw new FormatException($"{where}.Operation : objet attendu, par exemple {{ \"$type\": \"OrchardCore.Rules.Models.StringEqualsOperator, OrchardCore.Rules\" }}.");
        }
        var kind = KindOf(operation);
        var name = kind is { Length: > 14 } && kind.StartsWith("String", StringComparison.Ordinal) && kind.EndsWith("Operator", StringComparison.Ordinal)
            ? kind["String".Length..^"Operator".Length] : null;
        if (name is null || !Enum.TryParse<StringOperator>(name, ignoreCase: false, out var op) || !Enum.IsDefined(op))
        {
            throw new FormatException($"{where}.Operation : opérateur « {kind} » non pris en charge (StringEqualsOperator, StringNotEqualsOperator, StringStartsWithOperator, StringNotStartsWithOperator, StringEndsWithOperator, StringNotEndsWithOperator, StringContainsOperator, StringNotContainsOperator).");
        }
        return new StringOperation(op, Flag(operation, "CaseSensitive", where + ".Operation", false));
    }

    /// <summary>The class name of <c>$type</c> (<c>OrchardCore.Rules.Models.UrlCondition, OrchardCore.Rules</c> → <c>UrlCondition</c>), else <c>Name</c>.</summary>
    private static string? KindOf(JsonObject json)
    {
        if (Get(json, "$type") is JsonValue t && t.GetValueKind() == JsonValueKind.String)
        {
            var type = ((string)t!).Split(',')[0].Trim();
            var dot = type.LastIndexOf('.');
            return dot >= 0 ? type[(dot + 1)..] : type;
        }
        return Get(json, "Name") is JsonValue n && n.GetValueKind() == JsonValueKind.String ? (string?)n : null;
    }

    private static JsonNode? Get(JsonObject json, string name) =>
        json.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Text(JsonObject json, string name, string where) => Get(json, name) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => (string?)v,
        _ => throw new FormatException($"{where}.{name} : texte attendu."),
    };

    private static string Required(JsonObject json, string name, string where) =>
        Text(json, name, where) is { Length: > 0 } text ? text : throw new FormatException($"{where}.{name} : texte attendu (non vide).");

    private static bool Flag(JsonObject json, string name, string where, bool missing) => Get(json, name) switch
    {
        null => missing,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => (bool)v,
        JsonValue v when v.GetValueKind() == JsonValueKind.String && bool.TryParse((string?)v, out var parsed) => parsed,
        _ => throw new FormatException($"{where}.{name} : true ou false attendu."),
    };
}
