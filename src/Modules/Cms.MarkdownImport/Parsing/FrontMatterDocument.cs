using System.Text.Json.Nodes;

namespace Cms.MarkdownImport.Parsing;

/// <summary>A Jekyll document split in two: its front matter (as JSON, every key kept) and its body as written.</summary>
public sealed class FrontMatterDocument
{
    public required JsonObject Data { get; init; }
    /// <summary>Line of the file on which each top-level key is written (for messages).</summary>
    public required IReadOnlyDictionary<string, int> KeyLines { get; init; }
    public required string Body { get; init; }

    public int? LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : null;
}
