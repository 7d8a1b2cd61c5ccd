using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.MarkdownImport.Mapping;

namespace Cms.MarkdownImport.Services;

/// <summary>
/// Finds the Theme (or Partner) item a document names, by slug of its title or of its page address, among the
/// published items; when there is none it prepares one (published, id derived from the type and slug) for the
/// document's own write. Items prepared by a document count as existing only once that document is written, and
/// for the rest of the run only once its batch is committed.
/// </summary>
internal sealed class TaxonomyResolver(string contentType, string pathPrefix)
{
    private const int PageSize = 200;
    private readonly Dictionary<string, string> committed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> batch = new(StringComparer.Ordinal);

    public string ContentType => contentType;
    public int CreatedCount { get; private set; }
    private int batchCreated;

    public async Task LoadAsync(IContentQuery query, CancellationToken cancellationToken)
    {
        var published = new ContentListQuery { ContentType = contentType, Status = ContentStatus.Published, Sort = ContentSort.DisplayTextAsc, PageSize = PageSize };
        await foreach (var item in query.ListAllAsync(published, cancellationToken))
        {
            var titleSlug = Slug.From(item.As<TitlePart>()?.Title ?? item.DisplayText ?? "");
            if (titleSlug.Length > 0) committed.TryAdd(titleSlug, item.ContentItemId);
            var path = item.As<AutoroutePart>()?.Path;
            var pathSlug = path is null ? "" : Slug.From(path.Split('/')[^1]);
            if (pathSlug.Length > 0) committed.TryAdd(pathSlug, item.ContentItemId);
        }
    }

    /// <summary>The id of the item named <paramref name="name"/>; adds to <paramref name="document"/> the item to create when there is none.</summary>
    public async Task<string> ResolveAsync(IContentManager contentManager, string name, string? website, DocumentTaxonomy document, CancellationToken cancellationToken)
    {
        var slug = Slug.From(name);
        if (committed.TryGetValue(slug, out var id) || batch.TryGetValue(slug, out id) || document.Names.TryGetValue(slug, out id))
        {
            return id;
        }
        id = IdGenerator.FromSeed($"{contentType}:{slug}");
        // An item made by an earlier import, since renamed or unpublished by an editor: reuse it as it is.
        if (await contentManager.GetAsync(id, VersionOptions.Latest, cancellationToken) is null)
        {
            document.Creations.Add(NewItem(id, name.Trim(), slug, website));
        }
        document.Names[slug] = id;
        return id;
    }

    /// <summary>The document was written: what it created exists for the rest of its batch.</summary>
    public void DocumentWritten(DocumentTaxonomy document)
    {
        foreach (var (slug, id) in document.Names) batch[slug] = id;
        batchCreated += document.Creations.Count(c => c.ContentType == contentType);
    }

    public void BatchCommitted()
    {
        foreach (var (slug, id) in batch) committed[slug] = id;
        batch.Clear();
        CreatedCount += batchCreated;
        batchCreated = 0;
    }

    public void BatchRolledBack()
    {
        batch.Clear();
        batchCreated = 0;
    }

    private ContentItem NewItem(string id, string title, string slug, string? website)
    {
        var item = new ContentItem
        {
            ContentItemId = id,
            ContentItemVersionId = IdGenerator.NewId(),
            ContentType = contentType,
            DisplayText = title,
            Latest = true,
            Published = true,
        };
        item.Part("TitlePart")["Title"] = title;
        item.Part("AutoroutePart")["Path"] = pathPrefix + slug;
        item.Part("MarkdownBodyPart")["Markdown"] = "";
        var own = item.Part(contentType);
        if (contentType == "Partner")
        {
            own["Website"] = new JsonObject { ["Url"] = website, ["Text"] = website is null ? null : title };
            own["Logo"] = new JsonObject { ["Paths"] = new JsonArray(), ["MediaTexts"] = new JsonArray() };
        }
        else
        {
            own["Summary"] = new JsonObject { ["Text"] = null };
        }
        return item;
    }
}

/// <summary>What one document resolved: names to ids, and the items it must create with itself.</summary>
internal sealed class DocumentTaxonomy
{
    public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);
    public List<ContentItem> Creations { get; } = [];
}
