using Cms.Abstractions.Media;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Markdown;

/// <summary>
/// Turns a store path (<c>uploads/photo.jpg</c>, <c>/uploads/photo%201.jpg</c> as Jekyll documents write it) into the
/// media store's public URL. Without a registered <see cref="IMediaStore"/> (tests, tools) the URL is <c>/media/{path}</c>.
/// </summary>
public sealed class MediaUrlResolver(IServiceScopeFactory? scopes = null)
{
    /// <summary>The public URL, or null when the path is not a valid store path (e.g. it tries to leave the store).</summary>
    public string? Resolve(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return null;
        var trimmed = path.Trim();
        if (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return trimmed;
        }
        var suffix = "";
        var cut = trimmed.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            suffix = trimmed[cut..];
            trimmed = trimmed[..cut];
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

        if (scopes is not null)
        {
            using var scope = scopes.CreateScope();
            if (scope.ServiceProvider.GetService<IMediaStore>() is { } store)
            {
                try
                {
                    return store.PublicUrl(storePath) + suffix;
                }
                catch (ArgumentException)
                {
                    return null;
                }
            }
        }
        return "/media/" + string.Join('/', storePath.Split('/').Select(Uri.EscapeDataString)) + suffix;
    }

    /// <summary>True for the links and images of Jekyll documents that point into the media library.</summary>
    public static bool IsMediaLink(string? url) =>
        url is not null && (url.StartsWith("/uploads/", StringComparison.OrdinalIgnoreCase) || url.StartsWith("uploads/", StringComparison.OrdinalIgnoreCase));
}
