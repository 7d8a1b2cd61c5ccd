using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Cms.Recipes.Scripting;

/// <summary>
/// The small expression language of Orchard Core recipes' <c>[js: …]</c> values, without a JavaScript engine: string
/// and number literals, function calls (<c>uuid()</c>, <c>variables('x')</c>, <c>parameters('x')</c>,
/// <c>configuration('key', 'default')</c>, <c>base64('…')</c>), <c>+</c> (numbers add, anything else concatenates, as in
/// JavaScript) and parentheses. Functions come from the caller, so that variables are evaluated only when used.
/// </summary>
public static class RecipeScript
{
    /// <summary>Evaluates <paramref name="source"/>; <paramref name="call"/> answers each function call by name.</summary>
    /// <exception cref="RecipeScriptException">The text is not an expression of this language.</exception>
    public static JsonNode? Evaluate(string source, Func<string, IReadOnlyList<JsonNode?>, JsonNode?> call)
    {
        var parser = new Parser(source, call);
        var value = parser.ParseExpression();
        parser.ExpectEnd();
        return value;
    }

    private sealed class Parser(string source, Func<string, IReadOnlyList<JsonNode?>, JsonNode?> call)
    {
        private int _position;

        public JsonNode? ParseExpression()
        {
            var left = ParsePrimary();
            while (Accept('+'))
            {
                left = Add(left, ParsePrimary());
            }
            return left;
        }

        public void ExpectEnd()
        {
            SkipSpaces();
            if (_position < source.Length) throw Error($"« {source[_position..]} » inattendu");
        }

        private JsonNode? ParsePrimary()
        {
            SkipSpaces();
            if (_position >= source.Length) throw Error("expression incomplète");
            var c = source[_position];
            if (c is '\'' or '"') return JsonValue.Create(ParseString(c));
            if (char.IsAsciiDigit(c) || (c == '-' && _position + 1 < source.Length && char.IsAsciiDigit(source[_position + 1]))) return ParseNumber();
            if (c == '(')
            {
                _position++;
                var inner = ParseExpression();
                Expect(')');
                return inner;
            }
            if (char.IsAsciiLetter(c) || c == '_') return ParseCall();
            throw Error($"« {c} » inattendu");
        }

        private JsonNode? ParseCall()
        {
            var start = _position;
            while (_position < source.Length && (char.IsAsciiLetterOrDigit(source[_position]) || source[_position] == '_')) _position++;
            var name = source[start.._position];
            if (name is "true" or "false") return JsonValue.Create(name == "true");
            if (name == "null") return null;
            Expect('(');
            var arguments = new List<JsonNode?>();
            if (!Accept(')'))
            {
                do arguments.Add(ParseExpression()); while (Accept(','));
                Expect(')');
            }
            return call(name, arguments);
        }

        private string ParseString(char quote)
        {
            _position++;
            var text = new StringBuilder();
            while (_position < source.Length && source[_position] != quote)
            {
                var c = source[_position++];
                if (c == '\\' && _position < source.Length)
                {
                    var escaped = source[_position++];
                    text.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => escaped });
                }
                else
                {
                    text.Append(c);
                }
            }
            if (_position >= source.Length) throw Error("chaîne non terminée");
            _position++;
            return text.ToString();
        }

        private JsonNode ParseNumber()
        {
            var start = _position;
            if (source[_position] == '-') _position++;
            while (_position < source.Length && (char.IsAsciiDigit(source[_position]) || source[_position] == '.')) _position++;
            var text = source[start.._position];
            // Parsed as JSON so that the value reads as any numeric type, like numbers from the recipe file.
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)) return JsonNode.Parse(real.ToString("R", CultureInfo.InvariantCulture))!;
            throw Error($"nombre invalide « {text} »");
        }

        private static JsonNode? Add(JsonNode? left, JsonNode? right)
        {
            if (left is JsonValue l && right is JsonValue r && IsNumber(l) && IsNumber(r))
            {
                var sum = double.Parse(l.ToJsonString(), CultureInfo.InvariantCulture) + double.Parse(r.ToJsonString(), CultureInfo.InvariantCulture);
                return JsonNode.Parse(sum.ToString("R", CultureInfo.InvariantCulture));
            }
            return JsonValue.Create(Text(left) + Text(right));
        }

        private static bool IsNumber(JsonValue value) =>
            value.GetValueKind() == System.Text.Json.JsonValueKind.Number;

        /// <summary>A value as JavaScript would concatenate it.</summary>
        private static string Text(JsonNode? value) => value switch
        {
            null => "null",
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonValue v when v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => v.ToJsonString(),
            JsonValue v => v.ToJsonString(),
            _ => value.ToJsonString(),
        };

        private bool Accept(char c)
        {
            SkipSpaces();
            if (_position < source.Length && source[_position] == c)
            {
                _position++;
                return true;
            }
            return false;
        }

        private void Expect(char c)
        {
            if (!Accept(c)) throw Error($"« {c} » attendu en position {_position + 1}");
        }

        private void SkipSpaces()
        {
            while (_position < source.Length && char.IsWhiteSpace(source[_position])) _position++;
        }

        private RecipeScriptException Error(string reason) => new($"{reason} dans « {source.Trim()} »");
    }
}

/// <summary>A recipe expression that cannot be read or evaluated; the message is in French, for the recipe's report.</summary>
public sealed class RecipeScriptException(string message) : Exception(message);
