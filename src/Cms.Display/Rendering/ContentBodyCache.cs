using Microsoft.Extensions.Caching.Memory;

namespace Cms.Display.Rendering;

/// <summary>The body HTML of each content version, rendered once: versions never change, so the key is the version id.</summary>
public sealed class ContentBodyCache : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 32 * 1024 * 1024 });

    public string GetOrAdd(string key, Func<string> render)
    {
        if (string.IsNullOrEmpty(key)) return render();
        return _cache.GetOrCreate(key, entry =>
        {
            var html = render();
            entry.Size = html.Length * 2L + key.Length * 2L;
            return html;
        })!;
    }

    public void Dispose() => _cache.Dispose();
}
