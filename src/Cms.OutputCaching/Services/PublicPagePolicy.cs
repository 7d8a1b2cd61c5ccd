using Cms.Abstractions.Display;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Cms.OutputCaching.Services;

/// <summary>
/// The output cache policy of the public site: anonymous GET and HEAD requests answered by an endpoint (not static
/// files, which have their own immutable headers), outside the back office, previews and media, without the sign-in
/// cookie or an Authorization header. Every content coding is a separate entry (the cache holds the compressed bytes). A response is stored only when it is a 200 without cookies and without
/// <c>no-store</c>/<c>private</c>, whose page recognised every declared query parameter it was asked with; it is tagged by the content items and types its page showed
/// (<see cref="PageMetaRecorder"/>), or with <see cref="CacheTags.AnyContent"/> when it did not say.
/// </summary>
public sealed class PublicPagePolicy(OutputCachingOptions options, CacheGeneration generation) : IOutputCachePolicy
{
    internal const string VaryByEncoding = "cms-encoding";
    internal const string VaryByQuery = "cms-query";
    private const int MaxQueryValueLength = 64;

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = options.Enabled && IsCacheable(http);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return ValueTask.CompletedTask;
        }
        var variant = QueryVariant(http.Request.Query, options.QueryKeys);
        if (variant is null)
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
        context.ResponseExpirationTimeSpan = options.Duration;
        context.CacheVaryByRules.VaryByValues[VaryByQuery] = variant;
        context.CacheVaryByRules.VaryByValues[VaryByEncoding] = PreferredEncoding(http.Request.Headers.AcceptEncoding);
        context.Tags.Add(GenerationTag());
        context.Tags.Add(CacheTags.AnyPage);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || IsPrivate(response.Headers.CacheControl))
        {
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
        if (!IsRecognised(context.HttpContext))
        {
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
        if (!PageMetaRecorder.HasRecorded(context.HttpContext))
        {
            context.Tags.Add(CacheTags.AnyContent);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Whether the page recognised every declared parameter of its address (<see cref="PageMeta.RecognisedQueryKeys"/>):
    /// a value naming nothing (<c>/agenda?theme=random</c>, <c>/?page=3</c> on a page without pages) is answered
    /// without an entry, so random values cannot fill the cache.
    /// </summary>
    internal bool IsRecognised(HttpContext http)
    {
        var query = http.Request.Query;
        if (query.Count == 0) return true;
        IReadOnlySet<string>? recognised = null;
        foreach (var key in options.QueryKeys)
        {
            if (!query.TryGetValue(key, out var values) || values.All(v => string.IsNullOrWhiteSpace(v))) continue;
            recognised ??= PageMetaRecorder.RecognisedQueryKeys(http);
            if (!recognised.Contains(key)) return false;
        }
        return true;
    }

    private (long Generation, string Tag) _generationTag = (-1, "");

    /// <summary>The tag of the current generation, built once per generation rather than once per request.</summary>
    private string GenerationTag()
    {
        var current = generation.Current;
        var cached = _generationTag;
        if (cached.Generation == current) return cached.Tag;
        var tag = ConsistentOutputCacheStore.GenerationTag(current);
        _generationTag = (current, tag);
        return tag;
    }

    // Runs on every request, cached or not: plain loops, and the cookies parsed only when there are some.
    internal bool IsCacheable(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return false;
        if (http.GetEndpoint() is null) return false;
        foreach (var excluded in options.ExcludedPaths)
        {
            if (request.Path.StartsWithSegments(excluded, StringComparison.OrdinalIgnoreCase)) return false;
        }
        if (!StringValues.IsNullOrEmpty(request.Headers.Authorization)) return false;
        if (StringValues.IsNullOrEmpty(request.Headers.Cookie)) return true;
        foreach (var cookie in options.BypassCookies)
        {
            if (request.Cookies.ContainsKey(cookie)) return false;
        }
        return true;
    }

    /// <summary>
    /// The declared parameters of <paramref name="query"/>, normalised: names in the declared order, values trimmed,
    /// lower-cased and sorted, empty values dropped, so <c>?page=2&amp;utm=x</c> and <c>?PAGE= 2</c> are one entry.
    /// Null when a declared parameter holds a value no page can use (letters, digits and dashes, at most 64
    /// characters): such a request is redirected without them (<see cref="Middleware.UnusableQueryRedirect"/>).
    /// </summary>
    internal static string? QueryVariant(IQueryCollection query, IReadOnlyList<string> declared)
    {
        if (query.Count == 0) return "";
        var builder = new System.Text.StringBuilder();
        foreach (var key in declared)
        {
            if (!query.TryGetValue(key, out var values)) continue;
            var normalised = new List<string>(values.Count);
            foreach (var raw in values)
            {
                var value = raw?.Trim().ToLowerInvariant() ?? "";
                if (value.Length == 0) continue;
                if (!IsPlainValue(value)) return null;
                if (!normalised.Contains(value)) normalised.Add(value);
            }
            if (normalised.Count == 0) continue;
            normalised.Sort(StringComparer.Ordinal);
            builder.Append(key).Append('=').AppendJoin(',', normalised).Append('&');
        }
        return builder.ToString();
    }

    /// <summary>Whether a raw value of a declared parameter is one a page can use (empty values are ignored, hence usable).</summary>
    internal static bool IsUsableValue(string? raw)
    {
        var value = raw?.Trim().ToLowerInvariant() ?? "";
        return value.Length == 0 || IsPlainValue(value);
    }

    private static bool IsPlainValue(string value)
    {
        if (value.Length > MaxQueryValueLength) return false;
        foreach (var c in value)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')) return false;
        }
        return true;
    }

    /// <summary>The coding the compression middleware will choose, reduced to br, gzip or identity: one cache entry each.</summary>
    internal static string PreferredEncoding(StringValues acceptEncoding)
    {
        if (StringValues.IsNullOrEmpty(acceptEncoding)) return "identity";
        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings)) return "identity";
        var accepted = codings.Where(c => c.Quality is null or > 0).Select(c => c.Value.Value ?? "").ToList();
        if (accepted.Contains("br", StringComparer.OrdinalIgnoreCase)) return "br";
        if (accepted.Contains("gzip", StringComparer.OrdinalIgnoreCase)) return "gzip";
        if (accepted.Contains("*")) return "br";
        return "identity";
    }

    private static bool IsPrivate(StringValues cacheControl) =>
        cacheControl.Any(v => v is not null && (v.Contains("no-store", StringComparison.OrdinalIgnoreCase) || v.Contains("private", StringComparison.OrdinalIgnoreCase)));
}
