using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Definitions;
using Cms.ContentManagement.Definitions;
using Cms.Abstractions.Text;
using Cms.Data;
using Cms.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentManagement.Indexing;

/// <summary>
/// Keeps the index tables in step with the stored versions: the header columns of <see cref="ContentItemIndex"/>,
/// the route of the published version (<see cref="AutorouteIndex"/>) and, for the latest and published versions, the
/// values the index providers of the field and part kinds give (<see cref="IContentIndexProvider"/>), found through the content
/// definitions: dates (<see cref="DateTimeFieldIndex"/> and the part's <see cref="DateTimeRangeIndex"/>), references
/// (<see cref="ContentPickerFieldIndex"/>) and numbers (<see cref="NumericFieldIndex"/>).
/// </summary>
public sealed class ContentIndexWriter(ContentDefinitionManager definitions, ContentKindCatalog kinds, IServiceProvider services)
{
    /// <summary>Writes <paramref name="item"/> (header and document) into <paramref name="row"/>.</summary>
    public static void Fill(ContentItemIndex row, ContentItem item)
    {
        row.ContentItemId = item.ContentItemId;
        row.ContentItemVersionId = item.ContentItemVersionId;
        row.ContentType = item.ContentType;
        row.Latest = item.Latest;
        row.Published = item.Published;
        row.DisplayText = Truncate(item.DisplayText);
        row.DisplayTextNormalized = Truncate(TextNormalizer.Fold(item.DisplayText));
        row.Path = Truncate(item.As<AutoroutePart>()?.Path is { Length: > 0 } path ? path : null);
        row.CreatedUtc = item.CreatedUtc;
        row.ModifiedUtc = item.ModifiedUtc;
        row.PublishedUtc = item.PublishedUtc;
        row.Owner = item.Owner;
        row.Author = item.Author;
        row.Document = item.ToJsonString();
    }

    /// <summary>The stored item, its header taken from the row's columns.</summary>
    public static ContentItem ToItem(ContentItemIndex row)
    {
        var item = ContentItem.Parse(row.Document);
        item.Latest = row.Latest;
        item.Published = row.Published;
        return item;
    }

    /// <summary>Changes a row's flags, in its columns and in its document.</summary>
    public static void SetFlags(ContentItemIndex row, bool latest, bool published)
    {
        if (row.Latest == latest && row.Published == published) return;
        var item = ToItem(row);
        item.Latest = latest;
        item.Published = published;
        Fill(row, item);
    }

    /// <summary>
    /// Rebuilds the route and field index rows of one item from its current latest and published versions. Call
    /// after the version rows were saved, inside the write's transaction. <paramref name="hadIndexRows"/> false
    /// (the item had no latest or published version before) spares deleting rows that cannot exist.
    /// </summary>
    public async Task RefreshAsync(CmsDbContext db, string contentItemId, bool hadIndexRows, CancellationToken cancellationToken)
    {
        if (hadIndexRows)
        {
            await db.AutorouteIndex.Where(r => r.ContentItemId == contentItemId).ExecuteDeleteAsync(cancellationToken);
            await db.DateTimeFieldIndex.Where(r => r.ContentItemId == contentItemId).ExecuteDeleteAsync(cancellationToken);
            await db.ContentPickerFieldIndex.Where(r => r.ContentItemId == contentItemId).ExecuteDeleteAsync(cancellationToken);
            await db.NumericFieldIndex.Where(r => r.ContentItemId == contentItemId).ExecuteDeleteAsync(cancellationToken);
            await db.DateTimeRangeIndex.Where(r => r.ContentItemId == contentItemId).ExecuteDeleteAsync(cancellationToken);
        }

        var rows = await db.ContentItemIndex.AsNoTracking()
            .Where(r => r.ContentItemId == contentItemId && (r.Latest || r.Published))
            .ToListAsync(cancellationToken);
        var snapshot = await definitions.SnapshotAsync(cancellationToken);
        var index = new IndexRows();
        foreach (var row in rows) AddRows(snapshot, row, index);
        db.AutorouteIndex.AddRange(index.Routes);
        db.DateTimeFieldIndex.AddRange(index.Dates);
        db.ContentPickerFieldIndex.AddRange(index.Pickers);
        db.NumericFieldIndex.AddRange(index.Numbers);
        db.DateTimeRangeIndex.AddRange(index.Ranges);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Adds to <paramref name="rows"/> the route row (published versions with a path) and the field index rows of one
    /// latest or published version, from its document alone: no store access. <paramref name="row"/>'s Id must be set.
    /// <paramref name="item"/>, when given, is the item <paramref name="row"/> was just filled from
    /// (<see cref="Fill"/>), read instead of parsing the row's document again: the index providers read fields through
    /// the serializer, which gives the same values from either.
    /// </summary>
    internal void AddRows(ContentDefinitionRecord snapshot, ContentItemIndex row, IndexRows rows, ContentItem? item = null)
    {
        if (row.Published && row.Path is { Length: > 0 })
        {
            rows.Routes.Add(new AutorouteIndex { Path = row.Path, ContentItemId = row.ContentItemId, ContentItemVersionId = row.ContentItemVersionId });
        }
        AddFieldRows(snapshot, row, rows, item);
    }

    private void AddFieldRows(ContentDefinitionRecord snapshot, ContentItemIndex row, IndexRows rows, ContentItem? filledFrom)
    {
        var type = snapshot.ContentTypes.FirstOrDefault(t => t.Name == row.ContentType);
        if (type is null) return;
        var item = filledFrom ?? ToItem(row);
        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            var dates = new List<(string Field, DateTime? Value)>();
            if (kinds.Part(typePart.PartName)?.IndexProviderType is { } partProvider)
            {
                var context = new ContentIndexContext(item, typePart.Name, "", item.GetPart(typePart.Name), typePart.Settings);
                AddValues(rows, row, context, partProvider, dates);
            }
            var part = snapshot.ContentParts.FirstOrDefault(p => p.Name == typePart.PartName);
            if (part is not null)
            {
                foreach (var field in part.ContentPartFieldDefinitionRecords)
                {
                    if (kinds.Field(field.FieldName)?.IndexProviderType is not { } providerType) continue;
                    var context = new ContentIndexContext(item, typePart.Name, field.Name, item.GetPart(typePart.Name)?[field.Name] as System.Text.Json.Nodes.JsonObject, field.Settings);
                    AddValues(rows, row, context, providerType, dates);
                }
            }
            AddRangeRows(rows, row, typePart.Name, dates);
        }

        // Parts welded on the item without its type naming them (Orchard's ContainedPart, TermPart): their kind's provider too.
        foreach (var kind in kinds.Parts)
        {
            if (kind.IndexProviderType is not { } providerType || item.GetPart(kind.Name) is not { } welded) continue;
            if (type.ContentTypePartDefinitionRecords.Any(p => p.Name == kind.Name)) continue;
            AddValues(rows, row, new ContentIndexContext(item, kind.Name, "", welded, new System.Text.Json.Nodes.JsonObject()), providerType, []);
        }
    }

    private void AddValues(IndexRows rows, ContentItemIndex row, ContentIndexContext context, Type providerType, List<(string Field, DateTime? Value)> dates)
    {
        var provider = (IContentIndexProvider)services.GetRequiredService(providerType);
        foreach (var value in provider.Index(context))
        {
            var part = value.Part ?? context.PartName;
            var field = value.Field ?? context.FieldName;
            switch (value.Kind)
            {
                case IndexValueKind.Date:
                    if (value.Part is null) dates.Add((field, value.DateValue));
                    if (value.DateValue is { } date)
                    {
                        rows.Dates.Add(Row(new DateTimeFieldIndex { Date = date }, row, part, field));
                    }
                    break;
                case IndexValueKind.Reference when !string.IsNullOrWhiteSpace(value.ReferenceValue):
                    rows.Pickers.Add(Row(new ContentPickerFieldIndex { SelectedContentItemId = value.ReferenceValue }, row, part, field));
                    break;
                case IndexValueKind.Number:
                    rows.Numbers.Add(Row(new NumericFieldIndex { Number = (double?)value.NumberValue }, row, part, field));
                    break;
            }
        }
    }

    /// <summary>
    /// The <see cref="DateTimeRangeIndex"/> rows of one part: each date field alone, and each ordered pair of its date
    /// fields (start, end), the end falling back to the start; none when both are empty.
    /// </summary>
    private static void AddRangeRows(IndexRows rows, ContentItemIndex row, string part, List<(string Field, DateTime? Value)> dates)
    {
        foreach (var (startField, start) in dates)
        {
            if (start is not null)
            {
                rows.Ranges.Add(Range(row, part, startField, "", start, start));
            }
            foreach (var (endField, end) in dates)
            {
                if (endField == startField || (start is null && end is null)) continue;
                rows.Ranges.Add(Range(row, part, startField, endField, start, end ?? start));
            }
        }
    }

    private static DateTimeRangeIndex Range(ContentItemIndex row, string part, string startField, string endField, DateTime? start, DateTime? end)
    {
        var range = Row(new DateTimeRangeIndex { EndField = endField, Start = start, End = end }, row, part, startField);
        range.ContentItemIndexId = row.Id;
        return range;
    }

    private static T Row<T>(T index, ContentItemIndex row, string part, string field) where T : FieldIndexBase
    {
        index.ContentItemId = row.ContentItemId;
        index.ContentItemVersionId = row.ContentItemVersionId;
        index.ContentType = row.ContentType;
        index.ContentPart = part;
        index.ContentField = field;
        index.Latest = row.Latest;
        index.Published = row.Published;
        return index;
    }

    private static string? Truncate(string? value) => value is { Length: > 1024 } ? value[..1024] : value;
}

/// <summary>The route and field index rows of some versions, built in memory (<see cref="ContentIndexWriter.AddRows"/>).</summary>
public sealed class IndexRows
{
    public List<AutorouteIndex> Routes { get; } = [];
    public List<DateTimeFieldIndex> Dates { get; } = [];
    public List<ContentPickerFieldIndex> Pickers { get; } = [];
    public List<NumericFieldIndex> Numbers { get; } = [];
    public List<DateTimeRangeIndex> Ranges { get; } = [];
}
