using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Lucene.Net.Documents;

namespace Cms.Search.Named;

/// <summary>The field names of Orchard's content documents (its <c>IndexingConstants</c>), which its Lucene queries name.</summary>
public static class OrchardFields
{
    public const string ContentItemId = "ContentItemId";
    public const string ContentItemVersionId = "ContentItemVersionId";
    public const string ContentType = "Content.ContentItem.ContentType";
    public const string Published = "Content.ContentItem.Published";
    public const string Latest = "Content.ContentItem.Latest";
    public const string CreatedUtc = "Content.ContentItem.CreatedUtc";
    public const string ModifiedUtc = "Content.ContentItem.ModifiedUtc";
    public const string PublishedUtc = "Content.ContentItem.PublishedUtc";
    public const string DisplayText = "Content.ContentItem.DisplayText";
    public const string DisplayTextAnalyzed = "Content.ContentItem.DisplayText.Analyzed";
    public const string Owner = "Content.ContentItem.Owner";
    public const string Author = "Content.ContentItem.Author";
    public const string FullText = "Content.ContentItem.FullText";
    public const string ContainedList = "Content.ContainedPart.ListContentItemId";

    /// <summary>Dates are written as Lucene's <c>DateTools</c> text to the second (<c>yyyyMMddHHmmss</c>, UTC), as Orchard does.</summary>
    public static string Date(DateTime value) =>
        DateTools.DateToString(DateTime.SpecifyKind(value, value.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : value.Kind).ToUniversalTime(), DateResolution.SECOND);
}

/// <summary>
/// An item to the document of a named index, with Orchard's field names: the item's header (<see cref="OrchardFields"/>),
/// then each part and field of its type as Orchard's index handlers name them — <c>TitlePart</c>, <c>AutoroutePart</c>
/// (the path), <c>HtmlBodyPart</c> and <c>MarkdownBodyPart</c> (their text), <c>{Part}.{Field}</c> for text, HTML,
/// Markdown, numeric, boolean and date fields, <c>{Part}.{Field}.Ids</c> for taxonomy terms, <c>.ContentItemIds</c>,
/// <c>.Url</c>/<c>.Text</c>, <c>.Paths</c>, <c>.UserIds</c> for pickers, links and media — except those whose
/// <c>LuceneContentIndexSettings</c> say <c>"Included": false</c> (<c>"Keyword": true</c> keeps a text whole). Every
/// value is stored (the query's rows show them). Texts are also gathered in <c>Content.ContentItem.FullText</c>.
/// </summary>
public static partial class OrchardDocumentBuilder
{
    public static Document Build(ContentItem item, ContentDefinitionRecord definitions)
    {
        var document = new Document
        {
            new StringField(OrchardFields.ContentItemId, item.ContentItemId, Field.Store.YES),
            new StringField(OrchardFields.ContentItemVersionId, item.ContentItemVersionId, Field.Store.YES),
            new StringField(OrchardFields.ContentType, item.ContentType, Field.Store.YES),
            new StringField(OrchardFields.Published, item.Published ? "true" : "false", Field.Store.YES),
            new StringField(OrchardFields.Latest, item.Latest ? "true" : "false", Field.Store.YES),
        };
        AddDate(document, OrchardFields.CreatedUtc, item.CreatedUtc);
        AddDate(document, OrchardFields.ModifiedUtc, item.ModifiedUtc);
        AddDate(document, OrchardFields.PublishedUtc, item.PublishedUtc);
        if (!string.IsNullOrEmpty(item.Owner)) document.Add(new StringField(OrchardFields.Owner, item.Owner, Field.Store.YES));
        if (!string.IsNullOrEmpty(item.Author)) document.Add(new StringField(OrchardFields.Author, item.Author, Field.Store.YES));
        var fullText = new StringBuilder();
        if (!string.IsNullOrEmpty(item.DisplayText))
        {
            document.Add(new StringField(OrchardFields.DisplayText, item.DisplayText, Field.Store.YES));
            document.Add(new TextField(OrchardFields.DisplayTextAnalyzed, item.DisplayText, Field.Store.YES));
            fullText.AppendLine(item.DisplayText);
        }

        var type = definitions.ContentTypes.FirstOrDefault(t => t.Name == item.ContentType);
        foreach (var typePart in type?.ContentTypePartDefinitionRecords ?? [])
        {
            if (!Included(typePart.Settings) || item.GetPart(typePart.Name) is not { } part) continue;
            var keyword = Keyword(typePart.Settings);
            switch (typePart.PartName)
            {
                case "TitlePart": AddText(document, fullText, "TitlePart", Text(part["Title"]), keyword); break;
                case "AutoroutePart": AddText(document, null, "AutoroutePart", Text(part["Path"]), keyword: true); break;
                case "HtmlBodyPart": AddText(document, fullText, "HtmlBodyPart", PlainText(Text(part["Html"])), keyword); break;
                case "MarkdownBodyPart": AddText(document, fullText, "MarkdownBodyPart", Text(part["Markdown"]), keyword); break;
                case "ContainedPart": AddText(document, null, OrchardFields.ContainedList, Text(part["ListContentItemId"]), keyword: true); break;
            }
            var partDefinition = definitions.ContentParts.FirstOrDefault(p => p.Name == typePart.PartName);
            foreach (var field in partDefinition?.ContentPartFieldDefinitionRecords ?? [])
            {
                if (!Included(field.Settings) || part[field.Name] is not JsonObject value) continue;
                AddField(document, fullText, $"{typePart.Name}.{field.Name}", field.FieldName, value, Keyword(field.Settings));
            }
        }
        if (fullText.Length > 0) document.Add(new TextField(OrchardFields.FullText, fullText.ToString(), Field.Store.NO));
        return document;
    }

    /// <summary>The numeric fields (<c>{Part}.{Field}</c> of a <c>NumericField</c>) of <paramref name="types"/>: sorted and compared as numbers.</summary>
    public static HashSet<string> NumericKeys(ContentDefinitionRecord definitions, IEnumerable<string> types)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in definitions.ContentTypes.Where(t => types.Contains(t.Name)))
        {
            foreach (var typePart in type.ContentTypePartDefinitionRecords)
            {
                var part = definitions.ContentParts.FirstOrDefault(p => p.Name == typePart.PartName);
                foreach (var field in part?.ContentPartFieldDefinitionRecords.Where(f => f.FieldName == "NumericField") ?? []) keys.Add($"{typePart.Name}.{field.Name}");
            }
        }
        return keys;
    }

    private static void AddField(Document document, StringBuilder fullText, string key, string kind, JsonObject value, bool keyword)
    {
        switch (kind)
        {
            case "TextField": AddText(document, fullText, key, Text(value["Text"]), keyword); break;
            case "HtmlField": AddText(document, fullText, key, PlainText(Text(value["Html"])), keyword); break;
            case "MarkdownField": AddText(document, fullText, key, Text(value["Markdown"]), keyword); break;
            case "NumericField":
                if (value["Value"] is JsonValue number && number.TryGetValue<double>(out var d)) document.Add(new DoubleField(key, d, Field.Store.YES));
                break;
            case "BooleanField":
                if (value["Value"] is JsonValue flag && flag.TryGetValue<bool>(out var b)) document.Add(new StringField(key, b ? "true" : "false", Field.Store.YES));
                break;
            case "DateField" or "DateTimeField":
                if (Text(value["Value"]) is { } text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
                {
                    document.Add(new StringField(key, OrchardFields.Date(date), Field.Store.YES));
                }
                break;
            case "TaxonomyField": AddKeywords(document, key + ".Ids", value["TermContentItemIds"]); break;
            case "ContentPickerField": AddKeywords(document, key + ".ContentItemIds", value["ContentItemIds"]); break;
            case "UserPickerField": AddKeywords(document, key + ".UserIds", value["UserIds"]); break;
            case "MediaField": AddKeywords(document, key + ".Paths", value["Paths"]); break;
            case "LinkField":
                AddText(document, null, key + ".Url", Text(value["Url"]), keyword: true);
                AddText(document, fullText, key + ".Text", Text(value["Text"]), keyword);
                break;
        }
    }

    private static void AddText(Document document, StringBuilder? fullText, string key, string? text, bool keyword)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        document.Add(keyword ? new StringField(key, text, Field.Store.YES) : new TextField(key, text, Field.Store.YES));
        fullText?.AppendLine(text);
    }

    private static void AddKeywords(Document document, string key, JsonNode? values)
    {
        if (values is not JsonArray array) return;
        foreach (var value in array)
        {
            if (Text(value) is { Length: > 0 } text) document.Add(new StringField(key, text, Field.Store.YES));
        }
    }

    private static void AddDate(Document document, string key, DateTime? value)
    {
        if (value is { } date) document.Add(new StringField(key, OrchardFields.Date(date), Field.Store.YES));
    }

    /// <summary>Orchard's <c>LuceneContentIndexSettings</c> (or <c>ContentIndexSettings</c>) on a type part or part field.</summary>
    private static JsonObject? IndexSettings(JsonObject settings) =>
        settings["LuceneContentIndexSettings"] as JsonObject ?? settings["ContentIndexSettings"] as JsonObject;

    private static bool Included(JsonObject settings) =>
        IndexSettings(settings)?["Included"] is not JsonValue included || !included.TryGetValue<bool>(out var value) || value;

    private static bool Keyword(JsonObject settings) =>
        IndexSettings(settings)?["Keyword"] is JsonValue keyword && keyword.TryGetValue<bool>(out var value) && value;

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string? PlainText(string? html) =>
        html is null ? null : WebUtility.HtmlDecode(Tags().Replace(html, " "));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
