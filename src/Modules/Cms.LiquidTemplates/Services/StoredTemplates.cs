using Cms.Abstractions.Clustering;
using Cms.Abstractions.Data;
using Cms.Display.Themes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cms.LiquidTemplates.Services;

/// <summary>
/// The stored templates in memory by our alternate name, for the template store (which asks while rendering). Read at
/// start and again once a change has committed, on this node or on another (the change bus); a copy older than
/// <see cref="MaxAge"/> is also read again in the background, in case a message of the bus was lost.
/// </summary>
public sealed class StoredTemplates(IServiceScopeFactory scopes, TimeProvider clock, ILogger<StoredTemplates> logger) : IStoredTemplateSource, IClusterCacheHandler
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private volatile Snapshot? _snapshot;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private int _refreshing;

    public event Action? Changed;

    /// <summary>A change of the templates made on another node.</summary>
    public async Task ForgetAsync(ClusterChange change, CancellationToken cancellationToken)
    {
        if (change.ConcernsDocument(TemplatesDocument.DocumentName)) await LoadAsync(cancellationToken);
    }

    public StoredTemplate? Find(string name)
    {
        var snapshot = _snapshot ?? LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (clock.GetUtcNow() - snapshot.LoadedAt > MaxAge && Interlocked.Exchange(ref _refreshing, 1) == 0)
        {
            _ = Task.Run(async () =>
            {
                try { await LoadAsync(CancellationToken.None); }
                catch (Exception e) { logger.LogWarning(e, "Reading the stored templates failed; the previous copy stays in use."); }
                finally { Volatile.Write(ref _refreshing, 0); }
            });
        }
        return snapshot.ByAlternate.GetValueOrDefault(name);
    }

    /// <summary>Reads the stored templates again and, when they differ, makes the template store forget what it parsed.</summary>
    public async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            var loadedAt = clock.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            var document = await scope.ServiceProvider.GetRequiredService<IDocumentStore>()
                .GetAsync<TemplatesDocument>(TemplatesDocument.DocumentName, cancellationToken);
            var byAlternate = new Dictionary<string, StoredTemplate>(StringComparer.Ordinal);
            foreach (var (name, template) in document.Templates.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                byAlternate.TryAdd(TemplateNames.ToAlternate(name), new StoredTemplate(template.Content, $"stored template {name}"));
            }
            var previous = _snapshot;
            var snapshot = new Snapshot(byAlternate, loadedAt);
            _snapshot = snapshot;
            if (previous is not null && !previous.SameAs(snapshot)) Changed?.Invoke();
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    public sealed record Snapshot(Dictionary<string, StoredTemplate> ByAlternate, DateTimeOffset LoadedAt)
    {
        public bool SameAs(Snapshot other) =>
            ByAlternate.Count == other.ByAlternate.Count
            && ByAlternate.All(t => other.ByAlternate.TryGetValue(t.Key, out var o) && o == t.Value);
    }
}

/// <summary>Reads the stored templates before the first page is rendered.</summary>
public sealed class StoredTemplatesStartupTask(StoredTemplates templates) : Cms.Abstractions.Modules.IStartupTask
{
    public async Task RunAsync(Cms.Abstractions.Modules.StartupContext context, CancellationToken cancellationToken) =>
        await templates.LoadAsync(cancellationToken);
}
