using Cms.Abstractions.Time;
using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.MarkdownImport.Mapping;
using Cms.MarkdownImport.Parsing;

namespace Cms.MarkdownImport.Export;

/// <summary>
/// An Event written back as its Jekyll document (the reverse of docs/contracts.md §5). The front matter starts from
/// <c>FrontMatterPart.Data</c> (every key, in its order); each mapped key group is compared with what the source
/// value maps to: when the item still holds that value, the source is written as it was (key, form and all);
/// when an editor changed it, the item's current value is written (and an emptied value removes its key).
/// <list type="bullet">
/// <item>Dates: ISO 8601 in the site's time zone with offset (<c>2023-10-18T09:00:00+02:00</c>), under the start key the source used
/// (<c>event_start_date</c>, <c>event_date</c> or <c>dateEvent</c>). <c>date</c> is written only when the source had one
/// or the item was not imported.</item>
/// <item><c>permalink</c>: removed when the address is what the file name gives (<c>agenda/slug</c>), else <c>/address/</c>.</item>
/// <item><c>tags</c> / <c>partenaires</c>: when the pickers are those the import set, the source list as written (so an
/// alias such as « Souveraineté » → « Communs &amp; souveraineté » comes back as written); otherwise one entry per
/// picked item: the source entry that names it by slug if any, else its title. Aliases are not reversed otherwise.</item>
/// </list>
/// The body follows the closing <c>---</c> as written.
/// </summary>
public static class JekyllDocumentWriter
{
    public static string Write(JekyllExportInput input, string sourcePath)
    {
        var body = input.Item.As<MarkdownBodyPart>()?.Markdown ?? "";
        var yaml = FrontMatterYaml.Write(FrontMatter(input, sourcePath, body));
        return "---\n" + yaml + "---\n" + body;
    }

    public static JsonObject FrontMatter(JekyllExportInput input, string sourcePath, string body)
    {
        var item = input.Item;
        var source = item.As<FrontMatterPart>()?.Data;
        var data = source?.DeepClone().AsObject() ?? new JsonObject();
        var original = MapSource(source, sourcePath, body, input.Clock);
        var was = original?.Item;
        var ev = item.GetPart(EventMapper.ContentType) ?? new JsonObject();
        var wasEv = was?.GetPart(EventMapper.ContentType);

        var title = item.As<TitlePart>()?.Title ?? item.DisplayText;
        if (original is null || title != was!.As<TitlePart>()?.Title) SetText(data, "title", title);

        if (data.ContainsKey("date") || original is null)
        {
            if (original is null || item.CreatedUtc != was!.CreatedUtc) SetText(data, "date", item.CreatedUtc is { } created ? Local(created, input.Clock) : null);
        }

        if (original is null ? !input.Published : input.Published != original.Published)
        {
            if (input.Published && !data.ContainsKey("published")) { }
            else data["published"] = input.Published;
        }

        var path = item.As<AutoroutePart>()?.Path;
        if (original is null || path != original.Path)
        {
            if (string.IsNullOrEmpty(path) || path == "agenda/" + Slug.FromFileName(sourcePath)) data.Remove("permalink");
            else data["permalink"] = "/" + path + "/";
        }

        var lead = Field(ev, "Lead", "Markdown");
        if (original is null || lead != Field(wasEv, "Lead", "Markdown")) SetText(data, "chapeau-text", lead);

        var startKey = EventMapper.StartDateKeys.FirstOrDefault(k => data[k] is JsonValue v && !string.IsNullOrWhiteSpace(v.ToString()))
            ?? EventMapper.StartDateKeys.FirstOrDefault(data.ContainsKey)
            ?? EventMapper.StartDateKeys[0];
        WriteDate(data, startKey, DateField(ev, "StartDate"), original is null ? null : DateField(wasEv, "StartDate"), original is null, input.Clock);
        WriteDate(data, "event_end_date", DateField(ev, "EndDate"), original is null ? null : DateField(wasEv, "EndDate"), original is null, input.Clock);
        var allDay = AllDay(ev);
        if (original is null ? allDay : allDay != AllDay(wasEv))
        {
            if (allDay) data["all_day"] = true;
            else data.Remove("all_day");
        }

        foreach (var (field, key) in new[] { ("Venue", "lieu"), ("Address", "adresse") })
        {
            var text = Field(ev, field, "Text");
            if (original is null || text != Field(wasEv, field, "Text")) SetText(data, key, text);
        }

        var images = Images(ev);
        if (original is null || !images.SequenceEqual(Images(wasEv)))
        {
            SetList(data, "une-ou-diaporama", images.Select(i => (JsonNode)new JsonObject
            {
                ["image"] = "/" + string.Join('/', i.Path.Split('/').Select(Uri.EscapeDataString)),
                ["alternative-textuelle"] = i.Text,
            }));
        }

        WritePicked(data, "tags", Ids(ev, "Themes"), Ids(input.ImportedVersion?.GetPart(EventMapper.ContentType), "Themes"), input.Related, original is null);
        WritePicked(data, "partenaires", Ids(ev, "Partners"), Ids(input.ImportedVersion?.GetPart(EventMapper.ContentType), "Partners"), input.Related, original is null);

        var categories = Strings(ev["Categories"]?["Values"]);
        if (original is null || !categories.SequenceEqual(Strings(wasEv?["Categories"]?["Values"])))
        {
            data.Remove("categorie");
            SetList(data, "categories", categories.Select(c => (JsonNode)JsonValue.Create(c)!));
        }

        var infos = InfoFields(item);
        if (original is null || !infos.SequenceEqual(InfoFields(was!)))
        {
            SetList(data, "champs_informations", infos.Select(i =>
            {
                var entry = new JsonObject { ["intitule"] = i.Label, ["contenu"] = i.Content };
                if (!string.IsNullOrWhiteSpace(i.Link)) entry["lien"] = i.Link;
                return (JsonNode)entry;
            }));
        }
        return data;
    }

    /// <summary>A wall-clock time of the site with its offset: <c>2023-10-18T09:00:00+02:00</c>.</summary>
    public static string Local(DateTime utc, SiteClock clock) =>
        clock.ToLocalOffset(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>What the stored front matter maps to (as the import did), or null when there is none or it no longer maps.</summary>
    private static MappedEvent? MapSource(JsonObject? source, string sourcePath, string body, SiteClock clock)
    {
        if (source is null) return null;
        try
        {
            return EventMapper.Map(new FrontMatterDocument { Data = source, KeyLines = new Dictionary<string, int>(), Body = body }, sourcePath, "", clock);
        }
        catch (DocumentRefusedException)
        {
            return null;
        }
    }

    private static void WriteDate(JsonObject data, string key, DateTime? current, DateTime? was, bool notImported, SiteClock clock)
    {
        if (!notImported && current == was) return;
        SetText(data, key, current is { } utc ? Local(utc, clock) : null);
    }

    /// <summary>Tags or partners: see the class summary.</summary>
    private static void WritePicked(JsonObject data, string key, IReadOnlyList<string> ids, IReadOnlyList<string> importedIds,
        IReadOnlyDictionary<string, RelatedItem> related, bool notImported)
    {
        if (!notImported && ids.SequenceEqual(importedIds)) return;
        var written = data[key] is JsonArray list ? list.ToList() : data[key] is { } single ? [single] : [];
        var entries = new List<JsonNode>();
        foreach (var id in ids)
        {
            if (!related.TryGetValue(id, out var target)) continue;
            var slugs = new[] { Slug.From(target.Title), target.Path is null ? "" : Slug.From(target.Path.Split('/')[^1]) };
            var same = written.FirstOrDefault(w => EntryName(w) is { } name && Slug.From(name) is { Length: > 0 } slug && slugs.Contains(slug));
            entries.Add(same?.DeepClone() ?? JsonValue.Create(target.Title)!);
        }
        SetList(data, key, entries);
    }

    private static string? EntryName(JsonNode? entry) => entry switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonObject o => new[] { "title", "titre", "nom", "name" }
            .Select(k => o.FirstOrDefault(p => string.Equals(p.Key, k, StringComparison.OrdinalIgnoreCase)).Value)
            .OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)),
        _ => null,
    };

    private static void SetText(JsonObject data, string key, string? value)
    {
        if (string.IsNullOrEmpty(value)) data.Remove(key);
        else data[key] = value;
    }

    private static void SetList(JsonObject data, string key, IEnumerable<JsonNode> values)
    {
        var array = new JsonArray(values.ToArray());
        if (array.Count == 0) data.Remove(key);
        else data[key] = array;
    }

    private static string? Field(JsonObject? part, string field, string property) =>
        part?[field]?[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The Event's « Toute la journée » BooleanField (<c>"AllDay": { "Value": true }</c>), written as <c>all_day: true</c>.</summary>
    private static bool AllDay(JsonObject? part) => part?["AllDay"]?["Value"] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static DateTime? DateField(JsonObject? part, string field) =>
        Field(part, field, "Value") is { } text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? utc
            : null;

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList() : [];

    private static IReadOnlyList<string> Ids(JsonObject? part, string field) => Strings(part?[field]?["ContentItemIds"]);

    private static List<(string Path, string Text)> Images(JsonObject? part)
    {
        var paths = Strings(part?["Images"]?["Paths"]);
        var texts = Strings(part?["Images"]?["MediaTexts"]);
        return paths.Select((p, i) => (p, i < texts.Count ? texts[i] : "")).ToList();
    }

    private static List<(string? Label, string? Content, string? Link)> InfoFields(ContentItem item) =>
        item.GetBagItems(EventMapper.InfoFieldsBag).Select(info =>
        {
            var part = info.GetPart(EventMapper.InfoFieldType);
            var link = Field(part, "Link", "Url");
            return (Field(part, "Label", "Text"), Field(part, "Content", "Markdown"), string.IsNullOrWhiteSpace(link) ? null : link);
        }).ToList();
}
