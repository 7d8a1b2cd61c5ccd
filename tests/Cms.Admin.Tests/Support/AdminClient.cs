using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;

namespace Cms.Admin.Tests.Support;

/// <summary>One browser-like session on the test server: cookies, antiforgery tokens taken from the pages' forms.</summary>
public sealed partial class AdminClient : IDisposable
{
    private readonly HttpClient _http;

    /// <param name="remote">The client address the site sees (none by default, as TestServer does).</param>
    public AdminClient(TestServer server, IPAddress? remote = null)
    {
        Cookies = new CookieJarHandler(remote is null ? server.CreateHandler() : server.CreateHandler(c => c.Connection.RemoteIpAddress = remote));
        _http = new HttpClient(Cookies) { BaseAddress = server.BaseAddress };
    }

    public CookieJarHandler Cookies { get; }

    public Task<HttpResponseMessage> GetAsync(string url) => _http.GetAsync(url);

    public async Task<(HttpStatusCode Status, string Html)> GetPageAsync(string url)
    {
        using var response = await _http.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts <paramref name="fields"/> with the antiforgery token of the form found in <paramref name="formHtml"/> (none when null).</summary>
    public Task<HttpResponseMessage> PostAsync(string url, string? formHtml, params (string Key, string Value)[] fields)
    {
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList();
        if (formHtml is not null && all.All(f => f.Key != "__RequestVerificationToken")) all.Add(new("__RequestVerificationToken", Token(formHtml)));
        return _http.PostAsync(url, new FormUrlEncodedContent(all));
    }

    /// <summary>Loads <paramref name="pageUrl"/> for its token, then posts to <paramref name="url"/> (the page itself when null).</summary>
    public async Task<HttpResponseMessage> PostFromPageAsync(string pageUrl, string? url, params (string Key, string Value)[] fields)
    {
        var (_, html) = await GetPageAsync(pageUrl);
        return await PostAsync(url ?? pageUrl, html, fields);
    }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        var (_, html) = await GetPageAsync("/admin/connexion");
        return await PostAsync("/admin/connexion", html, ("UserName", userName), ("Password", password));
    }

    public static string Token(string html)
    {
        var match = TokenPattern().Match(html);
        if (!match.Success) throw new InvalidOperationException("No antiforgery token in the page.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The value of the input named <paramref name="name"/> in the page.</summary>
    public static string? InputValue(string html, string name)
    {
        var match = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*>");
        if (!match.Success) return null;
        var value = Regex.Match(match.Value, "value=\"([^\"]*)\"");
        return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : "";
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public void Dispose() => _http.Dispose();
}
