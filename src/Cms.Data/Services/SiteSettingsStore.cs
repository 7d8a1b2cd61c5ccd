using System.Text.Json;
using Cms.Abstractions.Settings;
using Cms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Cms.Data.Services;

/// <summary>
/// The site settings as one JSON document (row 1 of <c>SiteSettings</c>); defaults until first saved. The
/// <see cref="ISiteSettingsHandler"/>s hear of a save once its transaction has committed.
/// </summary>
public sealed class SiteSettingsStore(StoreUnitOfWork unitOfWork, IEnumerable<ISiteSettingsHandler> handlers) : ISiteSettingsStore
{
    private const int DocumentId = 1;
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public async Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        var document = await unitOfWork.Db.SiteSettings.AsNoTracking()
            .Where(d => d.Id == DocumentId).Select(d => d.Document).FirstOrDefaultAsync(cancellationToken);
        if (document is null) return new SiteSettings();
        var settings = JsonSerializer.Deserialize<SiteSettings>(document, Json) ?? new SiteSettings();
        settings.Extra = new Dictionary<string, string>(settings.Extra, StringComparer.OrdinalIgnoreCase);
        return settings;
    }

    public Task SaveAsync(SiteSettings settings, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var json = JsonSerializer.Serialize(settings, Json);
            var row = await unitOfWork.Db.SiteSettings.FirstOrDefaultAsync(d => d.Id == DocumentId, ct);
            if (row is null) unitOfWork.Db.SiteSettings.Add(new SiteSettingsDocument { Id = DocumentId, Document = json });
            else row.Document = json;
            await unitOfWork.Db.SaveChangesAsync(ct);
            await unitOfWork.OnCommitted(async committed =>
            {
                foreach (var handler in handlers) await handler.SavedAsync(settings, committed);
            }, ct);
        }, cancellationToken);
}
