using System.Text.Json;
using Cms.Abstractions.Data;
using Cms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Cms.Data.Services;

/// <summary>
/// <see cref="IDocumentStore"/> over the <c>Documents</c> table (name → JSON). After the commit, the saver's own
/// callback runs first (its cache), then every <see cref="IDocumentChangeHandler"/> (pages, other nodes).
/// </summary>
public sealed class DocumentStore(StoreUnitOfWork unitOfWork, IEnumerable<IDocumentChangeHandler> handlers) : IDocumentStore
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public async Task<T> GetAsync<T>(string name, CancellationToken cancellationToken = default) where T : class, new()
    {
        var document = await unitOfWork.Db.Documents.AsNoTracking()
            .Where(d => d.Name == name).Select(d => d.Document).FirstOrDefaultAsync(cancellationToken);
        return document is null ? new T() : JsonSerializer.Deserialize<T>(document, Json) ?? new T();
    }

    public Task SaveAsync<T>(string name, T document, Func<CancellationToken, Task>? committed = null, CancellationToken cancellationToken = default) where T : class =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var json = JsonSerializer.Serialize(document, Json);
            var row = await unitOfWork.Db.Documents.FirstOrDefaultAsync(d => d.Name == name, ct);
            if (row is null) unitOfWork.Db.Documents.Add(new NamedDocument { Name = name, Document = json });
            else row.Document = json;
            await unitOfWork.Db.SaveChangesAsync(ct);
            await unitOfWork.OnCommitted(async after =>
            {
                if (committed is not null) await committed(after);
                foreach (var handler in handlers) await handler.ChangedAsync(name, after);
            }, ct);
        }, cancellationToken);
}
