using System.Net.Http.Headers;

namespace Cms.Admin.Tests.Support;

/// <summary>
/// Keeps the cookies a browser would, including <c>Secure</c> ones (the test server speaks plain HTTP), and records
/// the raw <c>Set-Cookie</c> headers so tests can check their flags.
/// </summary>
public sealed class CookieJarHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public List<string> SetCookieHeaders { get; } = [];

    public bool Has(string name) => _cookies.ContainsKey(name);

    /// <summary>The stored value of cookie <paramref name="name"/> (null when absent).</summary>
    public string? Value(string name) => _cookies.GetValueOrDefault(name);

    /// <summary>Puts a cookie in the jar, as a copy taken from another browser would be.</summary>
    public void Set(string name, string value) => _cookies[name] = value;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Remove("Cookie");
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var header in values)
            {
                SetCookieHeaders.Add(header);
                Store(header);
            }
        }
        return response;
    }

    private void Store(string header)
    {
        var first = header.Split(';')[0];
        var equals = first.IndexOf('=');
        if (equals <= 0) return;
        var name = first[..equals].Trim();
        var value = first[(equals + 1)..].Trim();
        var expired = header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
        if (expired || value.Length == 0) _cookies.Remove(name);
        else _cookies[name] = value;
    }
}
