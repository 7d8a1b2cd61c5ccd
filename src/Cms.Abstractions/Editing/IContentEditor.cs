using System.Security.Claims;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Microsoft.AspNetCore.Http;

namespace Cms.Abstractions.Editing;

/// <summary>
/// The back-office editor of one field or part kind: the Razor partial view that shows it in the edit form (model
/// <see cref="ElementView"/>) and the code that reads the posted values back into the item's JSON. Registered with
/// <c>ContentKindBuilder.UseEditor&lt;TEditor&gt;()</c>; resolved from the request's services. A module shipping an
/// editor view is a Razor class library; its view's path is what <see cref="View"/> returns, e.g.
/// <c>/Editors/_RatingField.cshtml</c>. Shared pieces: <c>/Pages/Admin/Editors/_Present.cshtml</c> (required: says the
/// form carried the editor), <c>_Hint.cshtml</c>, <c>_Errors.cshtml</c>.
/// </summary>
public interface IContentEditor
{
    /// <summary>The path of the Razor partial view rendering the editor.</summary>
    string View { get; }

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

    /// <summary>
    /// Items an editor created while reading the form (the picker's new titles). They are written in the save's
    /// transaction: when the save does not happen (an error, a conflict, a bag button), they are rolled back with it and
    /// their ids taken out of the item, so that a failed save creates and publishes nothing.
    /// </summary>
    public List<string> CreatedItemIds { get; } = [];

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
