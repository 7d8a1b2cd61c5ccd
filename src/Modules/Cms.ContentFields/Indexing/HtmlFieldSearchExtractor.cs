using System.Text.Json.Nodes;
using Cms.Abstractions.Search;

namespace Cms.ContentFields.Indexing;

/// <summary>The words of an HtmlField, without its markup.</summary>
public sealed class HtmlFieldSearchExtractor : ISearchTextExtractor
{
    public string Kind => "HtmlField";

    public Task ExtractAsync(JsonObject element, SearchExtraction output, CancellationToken cancellationToken)
    {
        output.AddText(output.Services.PlainText(element["Html"] is JsonValue v && v.TryGetValue<string>(out var html) ? html : null));
        return Task.CompletedTask;
    }
}
