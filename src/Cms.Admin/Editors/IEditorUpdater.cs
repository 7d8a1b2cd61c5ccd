using System.Security.Claims;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Microsoft.AspNetCore.Http;

namespace Cms.Admin.Editors;

/// <summary>
/// Reads the posted values of one kind of editor (a part or field type) and writes them into the item's JSON.
/// Registered per kind; a new field type needs one updater and one view under <c>Pages/Admin/Editors/</c>.
/// </summary>
public interface IEditorUpdater
{
    /// <summary>The part or field type handled, e.g. <c>TextField</c>.</summary>
    string Kind { get; }

    /// <summary>
    /// Writes the values posted under <see cref="EditorElement.Prefix"/> into <paramref name="target"/> (the field
    /// object for a field, the part object for a part), keeping properties it does not know.
    /// </summary>
    Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target);
}

/// <summary>The posted form, the user, and the errors found so far (keyed by the element's prefix).</summary>
public sealed class EditorUpdateContext(IFormCollection form, ClaimsPrincipal user, CancellationToken cancellationToken)
{
    public IFormCollection Form { get; } = form;
    public ClaimsPrincipal User { get; } = user;
    public CancellationToken CancellationToken { get; } = cancellationToken;
    public List<ContentValidationError> Errors { get; } = [];

    /// <summary>The posted text of <paramref name="key"/>, trimmed, or null when absent or blank.</summary>
    public string? Text(string key)
    {
        var value = Form.TryGetValue(key, out var v) ? v.ToString() : null;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>Multi-line text as typed, with line ends normalized to <c>\n</c>.</summary>
    public string? Multiline(string key)
    {
        var value = Form.TryGetValue(key, out var v) ? v.ToString() : null;
        return string.IsNullOrEmpty(value) ? null : value.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public IReadOnlyList<string> Values(string key) =>
        Form.TryGetValue(key, out var v) ? v.Select(s => s ?? "").ToList() : [];

    public bool Posted(string key) => Form.ContainsKey(key);

    public void Error(string field, string message) => Errors.Add(new ContentValidationError(field, message));
}
