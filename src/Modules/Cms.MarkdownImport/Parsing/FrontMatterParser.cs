using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Cms.MarkdownImport.Parsing;

/// <summary>
/// Splits a Jekyll document at its front matter fences (<c>---</c> on the first line, then <c>---</c> or <c>...</c>)
/// and reads the front matter with YamlDotNet. Scalars become JSON values as YAML's core schema reads them: plain
/// <c>true</c>/<c>false</c> booleans, plain integers and decimals numbers, plain <c>~</c>/<c>null</c>/empty null,
/// everything else (dates included, as written) strings; quoted scalars are always strings. Crafted YAML is refused
/// with a named reason, before it costs memory or stack: nesting deeper than <see cref="MaxDepth"/> levels (checked on
/// the parser's events while the tree is built, before it gets that deep) and more than <see cref="MaxValues"/> values once aliases are
/// expanded (a "billion laughs" alias bomb).
/// </summary>
public static partial class FrontMatterParser
{
    /// <summary>Lists and mappings nested in one another, at most (Jekyll front matter uses two or three).</summary>
    public const int MaxDepth = 32;

    /// <summary>Keys, list items and values of one front matter, at most, aliases expanded.</summary>
    public const int MaxValues = 10_000;

    public static FrontMatterDocument Parse(string text)
    {
        // Only the fences' lines are looked at: the body is taken whole, never split.
        var opening = NextLine(text, 0);
        if (text.Length == 0 || !IsFence(text, 0, opening, "---"))
        {
            throw new DocumentRefusedException("pas d'en-tête YAML : le document doit commencer par une ligne « --- ».", 1);
        }
        var start = opening;
        var close = -1;
        while (start < text.Length)
        {
            var end = NextLine(text, start);
            if (IsFence(text, start, end, "---") || IsFence(text, start, end, "..."))
            {
                close = start;
                break;
            }
            start = end;
        }
        if (close < 0)
        {
            throw new DocumentRefusedException("en-tête YAML non terminé : aucune ligne « --- » ne ferme celle de la ligne 1.", 1);
        }

        var yaml = text[opening..close];
        var after = NextLine(text, close);
        var body = after >= text.Length ? "" : text[after..];
        var (data, keyLines) = ReadYaml(yaml, firstLine: 2);
        return new FrontMatterDocument { Data = data, KeyLines = keyLines, Body = body };
    }

    private static (JsonObject Data, Dictionary<string, int> KeyLines) ReadYaml(string yaml, int firstLine)
    {
        var offset = firstLine - 1;
        var stream = new YamlStream();
        try
        {
            if (FrontMatterEvents.TryRead(new DepthLimitedParser(new Parser(new StringReader(yaml)), offset), offset) is { } common)
            {
                return common;
            }
            stream.Load(new DepthLimitedParser(new Parser(new StringReader(yaml)), offset));
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + offset;
            var message = (e.InnerException?.Message ?? e.Message).Trim();
            throw new DocumentRefusedException($"YAML invalide ligne {line} : {StripMark().Replace(message, "")}", line);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner sometimes fails without a position: find the last line it could read.
            var line = LastReadableLine(yaml) + offset;
            throw new DocumentRefusedException($"YAML invalide vers la ligne {line} : structure illisible (crochet, accolade ou guillemet non fermé ?).", line);
        }

        var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" } )
        {
            return (new JsonObject(), keyLines);
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            throw new DocumentRefusedException(
                $"l'en-tête YAML n'est pas une liste de clés « clé: valeur » (c'est {(node is YamlSequenceNode ? "une liste" : "une valeur seule")}).",
                (int)node.Start.Line + offset);
        }

        var data = new JsonObject();
        var budget = new ValueBudget(offset);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = keyNode is YamlScalarNode scalar ? scalar.Value ?? "" : keyNode.ToString();
            if (data.ContainsKey(key))
            {
                var line = (int)keyNode.Start.Line + offset;
                throw new DocumentRefusedException($"YAML invalide ligne {line} : la clé « {key} » est écrite deux fois.", line);
            }
            data[key] = ToJson(valueNode, budget);
            keyLines[key] = (int)keyNode.Start.Line + offset;
        }
        return (data, keyLines);
    }

    private static int LastReadableLine(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is { } current) line = (int)current.End.Line;
            }
        }
        catch (Exception)
        {
            // The failure point: the line reached so far is where to look.
        }
        return line;
    }

    /// <summary>
    /// The YAML parser's events, refusing nesting deeper than <see cref="MaxDepth"/> as they are read: the tree is
    /// built recursively, so a document nested thousands of levels deep would overflow the stack. Checked on the same
    /// events the tree is built from, in one pass (reading the front matter twice cost a sixth of an import's CPU).
    /// </summary>
    private sealed class DepthLimitedParser(IParser inner, int offset) : IParser
    {
        private int _depth;

        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext()) return false;
            switch (inner.Current)
            {
                case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                    if (++_depth > MaxDepth)
                    {
                        var line = (int)inner.Current.Start.Line + offset;
                        throw new DocumentRefusedException($"en-tête YAML trop imbriqué ligne {line} : plus de {MaxDepth} niveaux de listes ou de clés les uns dans les autres.", line);
                    }
                    break;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    _depth--;
                    break;
            }
            return true;
        }
    }

    /// <summary>Counts the values produced while converting one front matter, aliases expanded.</summary>
    private sealed class ValueBudget(int offset)
    {
        private int _used;

        public void Spend(YamlNode node)
        {
            if (++_used <= MaxValues) return;
            var line = (int)node.Start.Line + offset;
            throw new DocumentRefusedException(
                $"en-tête YAML trop grand ligne {line} : plus de {MaxValues} valeurs une fois les alias (« *nom ») développés.", line);
        }
    }

    /// <summary>A YAML node as JSON (see the class summary for scalars).</summary>
    public static JsonNode? ToJson(YamlNode node) => ToJson(node, new ValueBudget(0));

    private static JsonNode? ToJson(YamlNode node, ValueBudget budget)
    {
        budget.Spend(node);
        return node switch
        {
            YamlMappingNode mapping => MappingToJson(mapping, budget),
            YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(child => ToJson(child, budget)).ToArray()),
            YamlScalarNode scalar => ScalarToJson(scalar.Value, scalar.Style),
            _ => null,
        };
    }

    private static JsonObject MappingToJson(YamlMappingNode mapping, ValueBudget budget)
    {
        var json = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            json[key is YamlScalarNode s ? s.Value ?? "" : key.ToString()] = ToJson(value, budget);
        }
        return json;
    }

    internal static JsonNode? ScalarToJson(string? value, ScalarStyle style)
    {
        if (style != ScalarStyle.Plain)
        {
            return JsonValue.Create(value ?? "");
        }
        if (value is null or "" or "~" or "null" or "Null" or "NULL") return null;
        if (value is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (value is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (Integer().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }
        if (Decimal().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return JsonValue.Create(number);
        }
        return JsonValue.Create(value);
    }

    /// <summary>The offset after the line starting at <paramref name="start"/> (after its line break, or the text's end).</summary>
    private static int NextLine(string text, int start)
    {
        var newline = text.IndexOf('\n', start);
        return newline < 0 ? text.Length : newline + 1;
    }

    /// <summary>Whether the line from <paramref name="start"/> to <paramref name="end"/> is <paramref name="fence"/>, trailing blanks aside.</summary>
    private static bool IsFence(string text, int start, int end, string fence) =>
        text.AsSpan(start, end - start).TrimEnd().SequenceEqual(fence);

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex StripMark();
}
