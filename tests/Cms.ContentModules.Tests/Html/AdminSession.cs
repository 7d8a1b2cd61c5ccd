using System.Net;
using System.Text.RegularExpressions;

namespace Cms.ContentModules.Tests.Html;

/// <summary>
/// The administrator signed in on the shared site, posting forms as a browser without JavaScript would (the fields of
/// the form as rendered, with changes). Used by the Html and HomeRoute tests.
/// </summary>
public sealed partial class AdminSession(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static Task<AdminSession> SignInAsync(ContentModulesSite site) => SignInAsync(site.Client());

    /// <summary>Signs in with <paramref name="client"/> (of a site started with the same administrator password).</summary>
    public static async Task<AdminSession> SignInAsync(HttpClient client)
    {
        var session = new AdminSession(client);
        var page = await session.Http.GetStringAsync("/admin/connexion");
        using var response = await session.PostAsync("/admin/connexion", page,
            [("UserName", "admin"), ("Password", ContentModulesSite.AdminPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    /// <summary>Posts <paramref name="fields"/> with the antiforgery token found in <paramref name="page"/>.</summary>
    public Task<HttpResponseMessage> PostAsync(string url, string page, IEnumerable<(string Key, string Value)> fields) =>
        Http.PostAsync(url, new FormUrlEncodedContent(
            [.. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)), new("__RequestVerificationToken", Token(page))]));

    /// <summary>The inputs, textareas and selects (their selected option, else the first) of the form <paramref name="formId"/>, with <paramref name="changes"/> replacing same-named ones.</summary>
    public static List<(string Key, string Value)> Form(string page, string formId, params (string Key, string Value)[] changes)
    {
        var start = page.IndexOf($"id=\"{formId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No form {formId} in the page.");
        var form = page[start..page.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = new List<(string Key, string Value)>();
        foreach (Match element in Element().Matches(form))
        {
            var name = Attribute(element.Value, "name");
            if (name is null || name == "__RequestVerificationToken") continue;
            if (element.Value.StartsWith("<textarea", StringComparison.Ordinal))
            {
                var text = element.Groups["text"].Value;
                fields.Add((name, WebUtility.HtmlDecode(text.StartsWith('\n') ? text[1..] : text)));
                continue;
            }
            if (element.Value.StartsWith("<select", StringComparison.Ordinal))
            {
                var selected = Regex.Match(element.Groups["options"].Value, "<option[^>]*\\sselected[^>]*>");
                var first = Regex.Match(element.Groups["options"].Value, "<option[^>]*>");
                var option = selected.Success ? selected : first;
                if (option.Success) fields.Add((name, Attribute(option.Value, "value") ?? ""));
                continue;
            }
            var type = Attribute(element.Value, "type") ?? "text";
            if (type is "submit" or "button" or "file") continue;
            if (type is "checkbox" or "radio" && !element.Value.Contains(" checked", StringComparison.Ordinal)) continue;
            fields.Add((name, Attribute(element.Value, "value") ?? ""));
        }
        fields.RemoveAll(f => changes.Any(c => c.Key == f.Key));
        fields.AddRange(changes);
        return fields;
    }

    private static string Token(string page) =>
        WebUtility.HtmlDecode(TokenPattern().Match(page) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No antiforgery token."));

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<input[^>]*>|<textarea[^>]*>(?<text>[\\s\\S]*?)</textarea>|<select[^>]*>(?<options>[\\s\\S]*?)</select>")]
    private static partial Regex Element();
}
