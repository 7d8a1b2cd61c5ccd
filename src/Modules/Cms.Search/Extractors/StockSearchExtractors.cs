using Cms.Abstractions.Time;
using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Search;

namespace Cms.Search.Extractors;

// What each stock part and field kind (CONTRACTS §2) contributes to the search index. A module that adds a kind
// registers its own extractor beside it with services.AddSearchTextExtractor<T>().

/// <summary>The title, weighted highest.</summary>
public sealed class TitlePartSearchExtractor : ISearchTextExtractor
{
    public string Kind => "TitlePart";
    public float DefaultBoost => 4f;

    public Task ExtractAsync(JsonObject element, SearchExtraction output, CancellationToken cancellationToken)
    {
        output.AddText(element.Text("Title"));
        return Task.CompletedTask;
    }
}

/// <summary>The body as text (Markdown and HTML markup removed).</summary>
public sealed class MarkdownBodyPartSearchExtractor : ISearchTextExtractor
{
    public string Kind => "MarkdownBodyPart";

    public Task ExtractAsync(JsonObject element, SearchExtraction output, CancellationToken cancellationToken)
    {
        output.AddText(output.Services.PlainText(element.Text("Markdown")));
        return Task.CompletedTask;
    }
}

public sealed class TextFieldSearchExtractor : ISearchTextExtractor
{
    public string Kind => "TextField";

    public Task ExtractAsync(JsonObject element, SearchExtraction output, CancellationToken cancellationToken)
    {
        output.AddText(element.Text("Text"));
        return Task.CompletedTask;
    }
}

public sealed class MarkdownFieldSearchExtractor : ISearchTextExtractor
{
    public string Kind => "MarkdownField";

    public Task ExtractAsync(JsonObject element, SearchExtraction output, CancellationToken cancellationToken)
    {
        output.AddText(output.Services.PlainText(element.Text("Markdown")));
        return Task.CompletedTask;
    }
}

/// <summary>The link's text (its address is not words a visitor searches for).</summary>
public sealed class LinkFieldSearchExtractor : ISearchTextExtractor
{
    public string Kind => "LinkField";

    public Task ExtractAsync(JsonObject element, SearchExtraction output, CancellationToken cancellationToken)
    {
        output.AddText(element.Text("Text"));
        return Task.CompletedTask;
    }
}

public sealed class MultiTextFieldSearchExtractor : ISearchTextExtractor
{
    public string Kind => "MultiTextField";

    public Task ExtractAsync(JsonObject element, SearchExtraction output, CancellationToken cancellationToken)
    {
        foreach (var value in element.Texts("Values")) output.AddText(value);
        return Task.CompletedTask;
    }
}

/// <summary>The images' alternative texts.</summary>
public sealed class MediaFieldSearchExtractor : ISearchTextExtractor
{
    public string Kind => "MediaField";

    public Task ExtractAsync(JsonObject element, SearchExtraction output, CancellationToken cancellationToken)
    {
        foreach (var value in element.Texts("MediaTexts")) output.AddText(value);
        return Task.CompletedTask;
    }
}

/// <summary>The date (for the year and "upcoming" filters) and the date as written in French (« 18 octobre 2023 »).</summary>
public sealed class DateTimeFieldSearchExtractor(ISiteClock clock) : ISearchTextExtractor
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public string Kind => "DateTimeField";

    public Task ExtractAsync(JsonObject element, SearchExtraction output, CancellationToken cancellationToken)
    {
        var text = element.Text("Value");
        if (text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            output.AddDate(value.UtcDateTime);
            output.AddText(clock.Current.ToLocal(value.UtcDateTime).ToString("d MMMM yyyy", French));
        }
        return Task.CompletedTask;
    }
}

/// <summary>The titles of the picked items (thematic tracks, partners), and their ids for the filters.</summary>
public sealed class ContentPickerFieldSearchExtractor : ISearchTextExtractor
{
    public string Kind => "ContentPickerField";

    public async Task ExtractAsync(JsonObject element, SearchExtraction output, CancellationToken cancellationToken)
    {
        var ids = element.Texts("ContentItemIds").ToList();
        if (ids.Count == 0) return;
        foreach (var id in ids) output.AddReference(id);
        foreach (var item in await output.Services.PublishedItemsAsync(ids, cancellationToken)) output.AddText(item.DisplayText);
    }
}

/// <summary>The contained items (an event's practical information), each with its own type's definition.</summary>
public sealed class BagPartSearchExtractor : ISearchTextExtractor
{
    public string Kind => "BagPart";

    public async Task ExtractAsync(JsonObject element, SearchExtraction output, CancellationToken cancellationToken)
    {
        if (element["ContentItems"] is not JsonArray items) return;
        foreach (var node in items)
        {
            if (node is JsonObject json) await output.Services.ExtractItemAsync(ContentItem.FromJson(json), output, cancellationToken);
        }
    }
}

internal static class JsonElementText
{
    public static string? Text(this JsonObject element, string property) =>
        element[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static IEnumerable<string> Texts(this JsonObject element, string property) =>
        element[property] is JsonArray array
            ? array.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>()
            : [];
}

