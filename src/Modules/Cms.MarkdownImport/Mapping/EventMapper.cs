using Cms.Abstractions.Time;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.MarkdownImport.Parsing;

namespace Cms.MarkdownImport.Mapping;

/// <summary>
/// Jekyll front matter to an <c>Event</c> item, row by row as docs/contracts.md §5 says. Refuses (with the key and line)
/// a missing title, an unreadable date, an end before the start and an image path that leaves the media root.
/// Every key, mapped or not, is kept in <c>FrontMatterPart.Data</c>.
/// </summary>
public static class EventMapper
{
    public const string ContentType = "Event";
    public const string InfoFieldType = "InfoField";
    public const string InfoFieldsBag = "InfoFields";
    public static readonly string[] StartDateKeys = ["event_start_date", "event_date", "dateEvent"];

    /// <summary>The id of the Event item imported from <paramref name="sourcePath"/>: the same on every run.</summary>
    public static string ItemId(string sourcePath) => IdGenerator.FromSeed(sourcePath);

    /// <param name="sourcePath">Path relative to the imported folder's parent, with '/' (e.g. <c>_evenements/x.markdown</c>): the item's identity.</param>
    /// <param name="clock">The site's clock (times without offset are in its zone); the default zone when not given.</param>
    public static MappedEvent Map(FrontMatterDocument document, string sourcePath, string sourceHash, SiteClock? clock = null)
    {
        var data = document.Data;
        var warnings = new List<string>();

        var title = Text(document, "title");
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DocumentRefusedException("titre manquant : la clé « title » est absente ou vide.", document.LineOf("title") ?? 1);
        }
        title = title.Trim();

        clock ??= SiteClock.Default;
        var date = Date(document, "date", clock);
        var published = !IsFalse(data["published"]);

        var startKey = StartDateKeys.FirstOrDefault(k => !string.IsNullOrWhiteSpace(Text(document, k)));
        var start = startKey is null ? null : Date(document, startKey, clock);
        var end = Date(document, "event_end_date", clock);
        var allDay = data["all_day"] is { } allDayNode ? IsTrue(allDayNode) : (bool?)null;
        if (allDay == true)
        {
            // Whole days: the times are ignored, as the Event module stores them (midnight of the first and last days),
            // so that importing the same document again finds the item unchanged.
            start = start is { } s ? clock.StartOfDayUtc(clock.LocalDate(s)) : null;
            end = end is { } e ? clock.StartOfDayUtc(clock.LocalDate(e)) : null;
        }
        if (start is not null && end is not null && end < start && clock.LocalDate(start.Value) == clock.LocalDate(end.Value))
        {
            // A day typed without its real time (« 2021-11-18 00:00 » after a 10:12 start): the event ends that day.
            warnings.Add($"la fin (event_end_date : {Text(document, "event_end_date")}, ligne {document.LineOf("event_end_date")}) est le jour du début mais avant son heure : " +
                "l'heure de fin est ignorée, l'évènement finit le jour même.");
            end = null;
        }
        if (start is not null && end is not null && end < start)
        {
            throw new DocumentRefusedException(
                $"la fin de l'évènement (event_end_date : {Text(document, "event_end_date")}) précède son début ({startKey} : {Text(document, startKey!)}).",
                document.LineOf("event_end_date"));
        }

        var path = Permalink(document) ?? "agenda/" + Slug.FromFileName(sourcePath);
        if (path.Length == 0 || path == "agenda/")
        {
            throw new DocumentRefusedException("impossible de construire l'adresse de la page : le nom du fichier ne donne aucun mot.", 1);
        }

        foreach (var key in new[] { "title", "lieu", "adresse", "chapeau-text" })
        {
            if (ControlCharacters.Contains(Text(document, key)))
            {
                warnings.Add($"ligne {document.LineOf(key) ?? 1} : caractères de contrôle retirés de « {key} » (saut de ligne de Word ?).");
            }
        }
        if (ControlCharacters.Contains(document.Body)) warnings.Add("caractères de contrôle retirés du corps du document.");

        var (paths, texts) = Images(document, warnings);
        var mediaPaths = paths
            .Concat(MediaPath.UploadLinks(document.Body))
            .Concat(MediaPath.UploadLinks(Text(document, "chapeau-text")))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var id = ItemId(sourcePath);
        var item = new ContentItem
        {
            ContentItemId = id,
            ContentType = ContentType,
            DisplayText = title,
            Latest = true,
            Published = published,
            CreatedUtc = date,
            PublishedUtc = published ? date : null,
        };
        item.Part("TitlePart")["Title"] = title;
        item.Part("AutoroutePart")["Path"] = path;
        item.Part("MarkdownBodyPart")["Markdown"] = document.Body;

        var part = item.Part(ContentType);
        part["Lead"] = new JsonObject { ["Markdown"] = Text(document, "chapeau-text") };
        part["StartDate"] = new JsonObject { ["Value"] = start is null ? null : JekyllDate.ToField(start.Value) };
        part["EndDate"] = new JsonObject { ["Value"] = end is null ? null : JekyllDate.ToField(end.Value) };
        if (allDay is { } flag) part["AllDay"] = new JsonObject { ["Value"] = flag };
        part["Venue"] = new JsonObject { ["Text"] = Text(document, "lieu") };
        part["Address"] = new JsonObject { ["Text"] = Text(document, "adresse") };
        part["Images"] = new JsonObject
        {
            ["Paths"] = new JsonArray(paths.Select(p => (JsonNode)JsonValue.Create(p)!).ToArray()),
            ["MediaTexts"] = new JsonArray(texts.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray()),
        };
        part["Themes"] = new JsonObject { ["ContentItemIds"] = new JsonArray() };
        part["Partners"] = new JsonObject { ["ContentItemIds"] = new JsonArray() };
        part["Categories"] = new JsonObject
        {
            ["Values"] = new JsonArray(Categories(document).Select(c => (JsonNode)JsonValue.Create(c)!).ToArray()),
        };

        item.SetBagItems(InfoFieldsBag, InfoFields(document, sourcePath, warnings));

        item.Part("FrontMatterPart")["SourcePath"] = sourcePath;
        item.Part("FrontMatterPart")["SourceHash"] = sourceHash;
        // A parsed document's front matter is its own tree: the item takes it as it is (the document still reads
        // it); one that already belongs to an item (the export maps stored items again) is copied.
        item.Part("FrontMatterPart")["Data"] = data.Parent is null ? data : data.DeepClone();

        return new MappedEvent
        {
            Item = item,
            Path = path,
            Published = published,
            Tags = Tags(document),
            Partners = Partners(document),
            MediaPaths = mediaPaths,
            Warnings = warnings,
        };
    }

    /// <summary>Fills a ContentPickerField of the Event part (Themes or Partners).</summary>
    public static void SetPicked(ContentItem item, string field, IEnumerable<string> contentItemIds) =>
        item.Part(ContentType)[field] = new JsonObject
        {
            ["ContentItemIds"] = new JsonArray(contentItemIds.Distinct(StringComparer.Ordinal).Select(i => (JsonNode)JsonValue.Create(i)!).ToArray()),
        };

    private static string? Permalink(FrontMatterDocument document)
    {
        var permalink = Text(document, "permalink");
        if (permalink is null) return null;
        var path = permalink.Trim().Trim('/');
        if (path.Length == 0)
        {
            throw new DocumentRefusedException("« permalink » vide : une page d'évènement ne peut pas être la page d'accueil.", document.LineOf("permalink"));
        }
        return path;
    }

    private static (List<string> Paths, List<string> Texts) Images(FrontMatterDocument document, List<string> warnings)
    {
        var paths = new List<string>();
        var texts = new List<string>();
        var node = document.Data["une-ou-diaporama"];
        if (node is null) return (paths, texts);
        var entries = node is JsonArray array ? array.ToList() : [node];
        for (var i = 0; i < entries.Count; i++)
        {
            string? image;
            string? alt = null;
            switch (entries[i])
            {
                case JsonObject entry:
                    image = Scalar(entry["image"]);
                    alt = Scalar(entry["alternative-textuelle"]);
                    break;
                case JsonValue value:
                    image = Scalar(value);
                    break;
                case null:
                    continue;
                default:
                    throw new DocumentRefusedException($"« une-ou-diaporama[{i}] » : attendu « image » et « alternative-textuelle ».", document.LineOf("une-ou-diaporama"));
            }
            if (string.IsNullOrWhiteSpace(image)) continue;
            string? storePath;
            try
            {
                storePath = MediaPath.ToStorePath(image);
            }
            catch (ArgumentException e)
            {
                throw new DocumentRefusedException($"image refusée dans « une-ou-diaporama[{i}] » : {e.Message}", document.LineOf("une-ou-diaporama"));
            }
            if (storePath is null)
            {
                warnings.Add($"image externe « {image} » gardée dans FrontMatterPart.Data mais pas dans Images (ce n'est pas un fichier de la médiathèque).");
                continue;
            }
            paths.Add(storePath);
            texts.Add(alt?.Trim() ?? "");
        }
        return (paths, texts);
    }

    private static List<string> Categories(FrontMatterDocument document) =>
        List(document.Data["categories"]).Concat(List(document.Data["categorie"]))
            .Select(c => c.Trim())
            .Where(c => c.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static List<string> Tags(FrontMatterDocument document) =>
        List(document.Data["tags"])
            .Select(t => t.Trim())
            .Where(t => Slug.From(t).Length > 0)
            .DistinctBy(Slug.From)
            .ToList();

    private static List<PartnerReference> Partners(FrontMatterDocument document)
    {
        var node = document.Data["partenaires"];
        if (node is null) return [];
        var result = new List<PartnerReference>();
        foreach (var entry in node is JsonArray array ? array.ToList() : [node])
        {
            switch (entry)
            {
                case JsonValue value when Scalar(value) is { } name && Slug.From(name).Length > 0:
                    result.Add(new PartnerReference(name.Trim(), null));
                    break;
                case JsonObject obj:
                    var title = First(obj, "title", "titre", "nom", "name");
                    if (string.IsNullOrWhiteSpace(title) || Slug.From(title).Length == 0)
                    {
                        throw new DocumentRefusedException("« partenaires » : chaque partenaire a besoin d'un nom (title, titre ou nom).", document.LineOf("partenaires"));
                    }
                    result.Add(new PartnerReference(title.Trim(), First(obj, "url", "lien", "site", "website")?.Trim()));
                    break;
            }
        }
        return result.DistinctBy(p => Slug.From(p.Name)).ToList();
    }

    private static List<ContentItem> InfoFields(FrontMatterDocument document, string sourcePath, List<string> warnings)
    {
        var node = document.Data["champs_informations"];
        if (node is null) return [];
        if (node is not JsonArray array)
        {
            throw new DocumentRefusedException("« champs_informations » doit être une liste de { intitule, contenu, lien }.", document.LineOf("champs_informations"));
        }
        var items = new List<ContentItem>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is null) continue;
            if (array[i] is not JsonObject entry)
            {
                throw new DocumentRefusedException($"« champs_informations[{i}] » doit être un ensemble « intitule / contenu / lien ».", document.LineOf("champs_informations"));
            }
            var label = Scalar(entry["intitule"]);
            var content = Scalar(entry["contenu"]);
            var link = Scalar(entry["lien"]);
            var info = new ContentItem
            {
                // Derived from the document and the position: importing again gives the same nested item.
                ContentItemId = IdGenerator.FromSeed($"{sourcePath}#{InfoFieldsBag}/{i}"),
                ContentType = InfoFieldType,
                DisplayText = label,
            };
            var part = info.Part(InfoFieldType);
            part["Label"] = new JsonObject { ["Text"] = label };
            part["Content"] = new JsonObject { ["Markdown"] = content };
            if (!string.IsNullOrWhiteSpace(link))
            {
                var url = LinkAddress.Complete(link.Trim());
                if (url != link.Trim()) warnings.Add($"« champs_informations[{i}].lien » : « {link.Trim()} » importé comme « {url} ».");
                part["Link"] = new JsonObject { ["Url"] = url, ["Text"] = content };
            }
            items.Add(info);
        }
        return items;
    }

    private static DateTime? Date(FrontMatterDocument document, string key, SiteClock clock)
    {
        var text = Text(document, key);
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!JekyllDate.TryParse(text, clock, out var utc))
        {
            throw new DocumentRefusedException($"date illisible pour « {key} » : « {text} » (attendu par exemple 2023-10-18 09:00:00 +02:00).", document.LineOf(key));
        }
        return utc;
    }

    /// <summary>A scalar value as text; a list or mapping where a text is expected refuses the document.</summary>
    private static string? Text(FrontMatterDocument document, string key)
    {
        var node = document.Data[key];
        if (node is null or JsonValue) return Scalar(node);
        throw new DocumentRefusedException($"« {key} » doit être une valeur simple, pas {(node is JsonArray ? "une liste" : "un ensemble de clés")}.", document.LineOf(key));
    }

    private static string? Scalar(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => null,
    };

    private static IEnumerable<string> List(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.Select(Scalar).OfType<string>(),
        JsonValue value => Scalar(value) is { } s ? [s] : [],
        _ => [],
    };

    private static string? First(JsonObject obj, params string[] keys) =>
        keys.Select(k => obj.FirstOrDefault(p => string.Equals(p.Key, k, StringComparison.OrdinalIgnoreCase)).Value)
            .Select(Scalar)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static bool IsTrue(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Trim().Equals("true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static bool IsFalse(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => !b,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Trim().Equals("false", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
