using System.Net;

namespace Cms.Admin.Tests.Support;

/// <summary>What an editor does with the forms, as a browser without JavaScript would.</summary>
public static class EditorSteps
{
    /// <summary>Fills the creation form of <paramref name="type"/> and submits it; returns the response (not followed).</summary>
    public static async Task<HttpResponseMessage> SubmitNewAsync(this AdminClient client, string type, string command, params (string Key, string Value)[] changes)
    {
        var url = $"/admin/contenus/nouveau/{type}";
        var (status, html) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        var fields = FormReader.Read(html, "content-form").With(changes);
        return await client.PostAsync(url, html, [.. fields, ("command", command)]);
    }

    /// <summary>Creates an item through the form and returns its id (the save must succeed).</summary>
    public static async Task<string> CreateAsync(this AdminClient client, string type, string command, params (string Key, string Value)[] changes)
    {
        using var response = await client.SubmitNewAsync(type, command, changes);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return IdFrom(response);
    }

    /// <summary>Loads the edit form of <paramref name="id"/>: the HTML and its fields.</summary>
    public static async Task<(string Html, List<(string Key, string Value)> Fields)> OpenAsync(this AdminClient client, string id)
    {
        var (status, html) = await client.GetPageAsync($"/admin/contenus/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        return (html, FormReader.Read(html, "content-form"));
    }

    /// <summary>Submits an edit form loaded earlier (with its version id), with <paramref name="changes"/>.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this AdminClient client, string id, (string Html, List<(string Key, string Value)> Fields) form, string command, params (string Key, string Value)[] changes) =>
        client.PostAsync($"/admin/contenus/{id}", form.Html, [.. form.Fields.With(changes), ("command", command)]);

    public static string IdFrom(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? throw new InvalidOperationException("No Location header.");
        var prefix = "/admin/contenus/";
        var at = location.IndexOf(prefix, StringComparison.Ordinal);
        Assert.True(at >= 0, $"Unexpected redirect to {location}");
        return Uri.UnescapeDataString(location[(at + prefix.Length)..].Split('/', '?')[0]);
    }

    /// <summary>True when the response sends to the sign-in page.</summary>
    public static bool IsLoginRedirect(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/admin/connexion", StringComparison.Ordinal) == true;

    /// <summary>True when the server refused the action for lack of permission (403, or the redirect to the access-denied page).</summary>
    public static bool IsForbidden(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/admin/acces-refuse", StringComparison.Ordinal) == true);
}
