using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Cms.MarkdownImport.Parsing;

/// <summary>
/// The common front matter read as JSON straight from the YAML parser's events, without YamlDotNet's representation
/// model (a node per value, a dictionary per mapping, then the JSON built from them: about half of the parse's
/// allocations). Only what reads the same either way is taken: one document whose root is a mapping (or empty), with
/// scalar keys, no key written twice, no anchor nor alias, at most <see cref="FrontMatterParser.MaxValues"/> values.
/// Anything else answers null before any refusal of its own, and <see cref="FrontMatterParser"/> reads the front
/// matter again through the model, which gives the same data, messages and lines as always. The parser's own errors
/// (and the depth check on its events) are thrown as they are: the model would meet them on the same events.
/// </summary>
internal static class FrontMatterEvents
{
    /// <summary>The front matter's top-level keys and the line of each; null when it needs the model.</summary>
    public static (JsonObject Data, Dictionary<string, int> KeyLines)? TryRead(IParser parser, int offset)
    {
        var reader = new Reader(parser);
        reader.Next();
        if (reader.Current is not StreamStart) return null;
        reader.Next();
        var data = new JsonObject();
        var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (reader.Current is StreamEnd) return (data, keyLines);
        if (reader.Current is not DocumentStart) return null;
        reader.Next();
        switch (reader.Current)
        {
            case Scalar { Value: "" } empty when empty.Anchor.IsEmpty:
                reader.Next();
                break;
            case MappingStart root when root.Anchor.IsEmpty:
                reader.Next();
                while (reader.Current is not MappingEnd)
                {
                    if (reader.Current is not Scalar key || !key.Anchor.IsEmpty || data.ContainsKey(key.Value)) return null;
                    reader.Next();
                    if (!reader.TryValue(out var value)) return null;
                    data.Add(key.Value, value);
                    keyLines[key.Value] = (int)key.Start.Line + offset;
                }
                reader.Next();
                break;
            default:
                return null;
        }
        if (reader.Current is not DocumentEnd) return null;
        reader.Next();
        return reader.Current is StreamEnd ? (data, keyLines) : null;
    }

    private sealed class Reader(IParser parser)
    {
        private int _values;

        public ParsingEvent? Current { get; private set; }

        public void Next() => Current = parser.MoveNext() ? parser.Current : null;

        /// <summary>The value starting at the current event, the reader left after it; false when it needs the model.</summary>
        public bool TryValue(out JsonNode? value)
        {
            value = null;
            if (Current is not NodeEvent node || !node.Anchor.IsEmpty || ++_values > FrontMatterParser.MaxValues) return false;
            switch (node)
            {
                case Scalar scalar:
                    value = FrontMatterParser.ScalarToJson(scalar.Value, scalar.Style);
                    Next();
                    return true;
                case SequenceStart:
                    var array = new JsonArray();
                    Next();
                    while (Current is not SequenceEnd)
                    {
                        if (!TryValue(out var item)) return false;
                        array.Add(item);
                    }
                    Next();
                    value = array;
                    return true;
                case MappingStart:
                    var mapping = new JsonObject();
                    Next();
                    while (Current is not MappingEnd)
                    {
                        if (Current is not Scalar key || !key.Anchor.IsEmpty || mapping.ContainsKey(key.Value)) return false;
                        Next();
                        if (!TryValue(out var entry)) return false;
                        mapping.Add(key.Value, entry);
                    }
                    Next();
                    value = mapping;
                    return true;
                default:
                    return false;
            }
        }
    }
}
