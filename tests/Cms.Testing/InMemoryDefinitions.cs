using Cms.Abstractions.Definitions;

namespace Cms.Testing;

/// <summary>Definitions in memory, for building editors without a store (the real store is the core's).</summary>
public sealed class InMemoryDefinitions : IContentDefinitionManager
{
    private ContentDefinitionRecord _record = new();

    public Task<ContentDefinitionRecord> LoadAsync(CancellationToken cancellationToken = default) => Task.FromResult(_record.Clone());
    public Task<ContentDefinitionRecord> GetSnapshotAsync(CancellationToken cancellationToken = default) => Task.FromResult(_record);
    public Task SaveAsync(ContentDefinitionRecord record, CancellationToken cancellationToken = default) { _record = record.Clone(); return Task.CompletedTask; }
    public Task<ContentTypeDefinitionRecord?> GetTypeDefinitionAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(_record.Clone().ContentTypes.FirstOrDefault(t => t.Name == name));
    public Task<ContentPartDefinitionRecord?> GetPartDefinitionAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(_record.Clone().ContentParts.FirstOrDefault(p => p.Name == name));
    public Task<IReadOnlyList<ContentTypeDefinitionRecord>> ListTypeDefinitionsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ContentTypeDefinitionRecord>>(_record.Clone().ContentTypes);
    public Task<IReadOnlyList<ContentPartDefinitionRecord>> ListPartDefinitionsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ContentPartDefinitionRecord>>(_record.Clone().ContentParts);

    public Task AlterTypeDefinitionAsync(string name, Action<ContentTypeDefinitionBuilder> alter, CancellationToken cancellationToken = default)
    {
        var type = _record.ContentTypes.FirstOrDefault(t => t.Name == name);
        if (type is null) _record.ContentTypes.Add(type = new ContentTypeDefinitionRecord { Name = name, DisplayName = name });
        alter(new ContentTypeDefinitionBuilder(type));
        return Task.CompletedTask;
    }

    public Task AlterPartDefinitionAsync(string name, Action<ContentPartDefinitionBuilder> alter, CancellationToken cancellationToken = default)
    {
        var part = _record.ContentParts.FirstOrDefault(p => p.Name == name);
        if (part is null) _record.ContentParts.Add(part = new ContentPartDefinitionRecord { Name = name });
        alter(new ContentPartDefinitionBuilder(part));
        return Task.CompletedTask;
    }

    public Task DeleteTypeDefinitionAsync(string name, CancellationToken cancellationToken = default) { _record.ContentTypes.RemoveAll(t => t.Name == name); return Task.CompletedTask; }
    public Task DeletePartDefinitionAsync(string name, CancellationToken cancellationToken = default) { _record.ContentParts.RemoveAll(p => p.Name == name); return Task.CompletedTask; }
}
