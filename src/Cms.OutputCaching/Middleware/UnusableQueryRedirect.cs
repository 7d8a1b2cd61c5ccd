using Cms.OutputCaching.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Cms.OutputCaching.Middleware;

/// <summary>
/// A public page asked with a declared query parameter whose value no page can use (<see cref="PublicPagePolicy.QueryVariant"/>
/// is null: markup, spaces, over 64 characters) is answered with a redirect to the same address without those values,
/// before anything is rendered: such requests neither bypass the cache (a full render each time) nor make entries.
/// Other parameters are kept as they are.
/// </summary>
public sealed class UnusableQueryRedirect(RequestDelegate next, PublicPagePolicy policy, OutputCachingOptions options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Query.Count == 0 || !options.Enabled || !policy.IsCacheable(context)
            || PublicPagePolicy.QueryVariant(request.Query, options.QueryKeys) is not null)
        {
            return next(context);
        }
        var kept = new List<KeyValuePair<string, string?>>();
        foreach (var (key, values) in request.Query)
        {
            var declared = options.QueryKeys.Contains(key, StringComparer.OrdinalIgnoreCase);
            foreach (var value in values)
            {
                if (!declared || PublicPagePolicy.IsUsableValue(value)) kept.Add(new(key, value));
            }
        }
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = (request.PathBase + request.Path + QueryString.Create(kept)).ToString();
        context.Response.Headers.CacheControl = "no-store";
        return Task.CompletedTask;
    }
}
