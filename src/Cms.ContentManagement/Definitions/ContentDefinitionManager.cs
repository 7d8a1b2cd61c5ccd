using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Abstractions.Definitions;
using Cms.Data.Entities;
using Cms.Data.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentManagement.Definitions;

/// <summary>
/// Definitions stored as one JSON document (row 1 of <c>ContentDefinition</c>), read through
/// <see cref="ContentDefinitionCache"/>. While a transaction in which this scope changed definitions is open, reads
/// go to the store, so a migration sees its own uncommitted changes; the cache is reset on every change, commit and
/// rollback. Reads return copies. The <see cref="IContentDefinitionHandler"/>s hear of a change once it is committed.
/// The unit of work (and its database context) and the handlers are resolved on first use: a page that only reads the
/// cached definitions opens no database context.
/// </summary>
public sealed partial class ContentDefinitionManager(IServiceProvider services, ContentDefinitionCache cache) : IContentDefinitionManager
{
    private const int DocumentId = 1;
    private StoreUnitOfWork? _unitOfWork;

    private StoreUnitOfWork UnitOfWork => _unitOfWork ??= services.GetRequiredService<StoreUnitOfWork>();

    private IEnumerable<IContentDefinitionHandler> Handlers => services.GetServices<IContentDefinitionHandler>();

    public async Task<ContentDefinitionRecord> LoadAsync(CancellationToken cancellationToken = default) =>
        (await CurrentAsync(cancellationToken)).Clone();

    /// <summary>
    /// The current definitions without a copy, for the content core's own hot paths (handlers, indexing): shared
    /// with other scopes, so never change what it returns.
    /// </summary>
    internal Task<ContentDefinitionRecord> SnapshotAsync(CancellationToken cancellationToken = default) => CurrentAsync(cancellationToken);

    public Task<ContentDefinitionRecord> GetSnapshotAsync(CancellationToken cancellationToken = default) => CurrentAsync(cancellationToken);

    internal async Task<ContentTypeDefinitionRecord?> TypeSnapshotAsync(string name, CancellationToken cancellationToken = default) =>
        (await CurrentAsync(cancellationToken)).ContentTypes.FirstOrDefault(t => t.Name == name);

    public Task SaveAsync(ContentDefinitionRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        foreach (var type in record.ContentTypes) CheckName(type.Name, "type");
        foreach (var part in record.ContentParts) CheckName(part.Name, "part");
        var copy = record.Clone();
        return WriteAsync(_ => copy, cancellationToken);
    }

    public async Task<ContentTypeDefinitionRecord?> GetTypeDefinitionAsync(string name, CancellationToken cancellationToken = default)
    {
        var type = (await CurrentAsync(cancellationToken)).ContentTypes.FirstOrDefault(t => t.Name == name);
        return type is null ? null : Copy(type);
    }

    public async Task<ContentPartDefinitionRecord?> GetPartDefinitionAsync(string name, CancellationToken cancellationToken = default)
    {
        var part = (await CurrentAsync(cancellationToken)).ContentParts.FirstOrDefault(p => p.Name == name);
        return part is null ? null : Copy(part);
    }

    public async Task<IReadOnlyList<ContentTypeDefinitionRecord>> ListTypeDefinitionsAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).ContentTypes;

    public async Task<IReadOnlyList<ContentPartDefinitionRecord>> ListPartDefinitionsAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).ContentParts;

    public Task AlterTypeDefinitionAsync(string name, Action<ContentTypeDefinitionBuilder> alter, CancellationToken cancellationToken = default)
    {
        CheckName(name, "type");
        return WriteAsync(record =>
        {
            var type = record.ContentTypes.FirstOrDefault(t => t.Name == name);
            if (type is null)
            {
                type = new ContentTypeDefinitionRecord { Name = name, DisplayName = name };
                record.ContentTypes.Add(type);
            }
            alter(new ContentTypeDefinitionBuilder(type));
            foreach (var part in type.ContentTypePartDefinitionRecords)
            {
                CheckName(part.Name, "part");
                // A part used by a type exists as a part definition (Orchard Core does the same).
                if (!record.ContentParts.Any(p => p.Name == part.PartName))
                {
                    record.ContentParts.Add(new ContentPartDefinitionRecord { Name = part.PartName });
                }
            }
            return record;
        }, cancellationToken);
    }

    public Task AlterPartDefinitionAsync(string name, Action<ContentPartDefinitionBuilder> alter, CancellationToken cancellationToken = default)
    {
        CheckName(name, "part");
        return WriteAsync(record =>
        {
            var part = record.ContentParts.FirstOrDefault(p => p.Name == name);
            if (part is null)
            {
                part = new ContentPartDefinitionRecord { Name = name };
                record.ContentParts.Add(part);
            }
            alter(new ContentPartDefinitionBuilder(part));
            foreach (var field in part.ContentPartFieldDefinitionRecords) CheckName(field.Name, "field");
            return record;
        }, cancellationToken);
    }

    public Task DeleteTypeDefinitionAsync(string name, CancellationToken cancellationToken = default) =>
        WriteAsync(record =>
        {
            record.ContentTypes.RemoveAll(t => t.Name == name);
            return record;
        }, cancellationToken);

    /// <summary>Removes the part and every use of it in the types.</summary>
    public Task DeletePartDefinitionAsync(string name, CancellationToken cancellationToken = default) =>
        WriteAsync(record =>
        {
            record.ContentParts.RemoveAll(p => p.Name == name);
            foreach (var type in record.ContentTypes)
            {
                type.ContentTypePartDefinitionRecords.RemoveAll(p => p.PartName == name);
            }
            return record;
        }, cancellationToken);

    /// <summary>True while this scope has written definitions in a transaction that is still open.</summary>
    private bool _writtenInTransaction;

    private async Task<ContentDefinitionRecord> CurrentAsync(CancellationToken cancellationToken)
    {
        // Our own uncommitted changes are only in the store; otherwise the committed state (the cache) is right.
        // Nothing written here yet: no need to open the unit of work (and a database context) to know it.
        var ownChanges = _writtenInTransaction && UnitOfWork.InTransaction;
        if (!ownChanges)
        {
            _writtenInTransaction = false;
            if (cache.TryGet(out var cached, out _)) return cached;
        }
        cache.TryGet(out _, out var generation);
        var record = await ReadStoredAsync(cancellationToken);
        if (!ownChanges) cache.Set(record, generation);
        return record;
    }

    private async Task<ContentDefinitionRecord> ReadStoredAsync(CancellationToken cancellationToken)
    {
        var json = await UnitOfWork.Db.ContentDefinition.AsNoTracking()
            .Where(d => d.Id == DocumentId).Select(d => d.Document).FirstOrDefaultAsync(cancellationToken);
        var record = json is null
            ? new ContentDefinitionRecord()
            : JsonSerializer.Deserialize<ContentDefinitionRecord>(json, DefinitionJson.Options) ?? new ContentDefinitionRecord();
        Materialize(record);
        return record;
    }

    /// <summary>
    /// JSON nodes read from text build their children lazily, which is not safe when several threads read the
    /// shared cached record for the first time: walk them all once, before sharing.
    /// </summary>
    private static void Materialize(ContentDefinitionRecord record)
    {
        foreach (var type in record.ContentTypes)
        {
            Walk(type.Settings);
            foreach (var part in type.ContentTypePartDefinitionRecords) Walk(part.Settings);
        }
        foreach (var part in record.ContentParts)
        {
            Walk(part.Settings);
            foreach (var field in part.ContentPartFieldDefinitionRecords) Walk(field.Settings);
        }

        static void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (_, child) in obj) Walk(child);
                    break;
                case JsonArray array:
                    foreach (var child in array) Walk(child);
                    break;
            }
        }
    }

    private Task WriteAsync(Func<ContentDefinitionRecord, ContentDefinitionRecord> change, CancellationToken cancellationToken) =>
        UnitOfWork.ExecuteAsync(async ct =>
        {
            var record = change(await ReadStoredAsync(ct));
            var json = JsonSerializer.Serialize(record, DefinitionJson.Options);
            var row = await UnitOfWork.Db.ContentDefinition.FirstOrDefaultAsync(d => d.Id == DocumentId, ct);
            if (row is null) UnitOfWork.Db.ContentDefinition.Add(new ContentDefinitionDocument { Id = DocumentId, Document = json });
            else row.Document = json;
            await UnitOfWork.Db.SaveChangesAsync(ct);
            _writtenInTransaction = true;
            cache.Invalidate();
            await UnitOfWork.OnCommitted(async committed =>
            {
                cache.Invalidate();
                foreach (var handler in Handlers) await handler.ChangedAsync(committed);
            }, ct);
            UnitOfWork.OnRolledBack(cache.Invalidate);
        }, cancellationToken);

    private static T Copy<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, DefinitionJson.Options), DefinitionJson.Options)!;

    private static void CheckName(string name, string what)
    {
        if (string.IsNullOrWhiteSpace(name) || !NamePattern().IsMatch(name))
        {
            throw new ArgumentException(
                $"Invalid content {what} name '{name}': use letters, digits and '_', starting with a letter (e.g. 'Article', 'TitlePart').");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();
}
