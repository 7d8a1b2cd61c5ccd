using Cms.Abstractions.Media;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Events.Services;

/// <summary>
/// Public URLs of MediaField paths (<c>uploads/x.jpg</c>, or <c>/uploads/x%20y.jpg</c> as Jekyll documents write
/// them) through the media store; without a store, <c>/media/{path}</c>. Paths that try to leave the store give null.
/// </summary>
public sealed class EventMedia(IServiceProvider services)
{
    public string? PublicUrl(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return null;
        var trimmed = path.Trim();
        if (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return trimmed;
        }
        string storePath;
        try
        {
            storePath = Uri.UnescapeDataString(trimmed).TrimStart('/');
        }
        catch (UriFormatException)
        {
            return null;
        }
        if (storePath.Length == 0 || storePath.Split('/').Any(s => s == "..") || storePath.Any(char.IsControl)) return null;
        if (services.GetService<IMediaStore>() is { } store)
        {
            try
            {
                return store.PublicUrl(storePath);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
        return "/media/" + string.Join('/', storePath.Split('/').Select(Uri.EscapeDataString));
    }
}
