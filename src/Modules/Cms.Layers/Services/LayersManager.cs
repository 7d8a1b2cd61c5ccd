using Cms.Abstractions.Data;
using Cms.Layers.Rules;

namespace Cms.Layers.Services;

/// <summary>
/// Lists, checks, saves and deletes the layers. A layer's rule is parsed before it is stored (the French error names
/// the layer and the place in its rule); a layer still holding widgets is not deleted. Once a change has committed,
/// the layers are read again and every cached page is evicted.
/// </summary>
public sealed class LayersManager(IDocumentStore documents, WidgetCatalog catalog)
{
    public const int MaxNameLength = 100;

    public Task<LayersDocument> GetAsync(CancellationToken cancellationToken) =>
        documents.GetAsync<LayersDocument>(LayersDocument.DocumentName, cancellationToken);

    /// <summary>The French reason <paramref name="name"/> cannot name a layer, or null.</summary>
    public static string? NameProblem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "Le nom du calque est obligatoire (par exemple « Always »).";
        if (name.Trim().Length > MaxNameLength) return $"Le nom du calque dépasse {MaxNameLength} caractères.";
        return null;
    }

    /// <summary>Adds or replaces <paramref name="layer"/> (renaming <paramref name="previousName"/>); the French error, or null.</summary>
    public async Task<string?> SaveAsync(string? previousName, string? name, string? description, ConditionGroup rule, CancellationToken cancellationToken)
    {
        if (NameProblem(name) is { } problem) return problem;
        name = name!.Trim();
        var document = await GetAsync(cancellationToken);
        var existing = previousName is null ? null : document.Layers.FirstOrDefault(l => l.Name == previousName);
        if (previousName is not null && existing is null) return $"Le calque « {previousName} » n'existe plus.";
        if (document.Layers.Any(l => l.Name == name && l != existing)) return $"Un calque « {name} » existe déjà.";
        if (existing is not null && existing.Name != name)
        {
            var snapshot = await catalog.CurrentAsync(cancellationToken);
            if (snapshot.Widgets.Any(w => w.Placement.Layer == existing.Name)) return $"Le calque « {existing.Name} » contient des widgets : déplacez-les avant de le renommer.";
        }
        var layer = existing ?? new StoredLayer();
        layer.Name = name;
        layer.Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        layer.LayerRule = RuleJson.WriteRule(rule);
        if (existing is null) document.Layers.Add(layer);
        await SaveDocumentAsync(document, cancellationToken);
        return null;
    }

    /// <summary>Adds or replaces every layer of <paramref name="incoming"/> by name (the recipe step); all are read before any is stored.</summary>
    public async Task ImportAsync(IReadOnlyList<StoredLayer> incoming, CancellationToken cancellationToken)
    {
        var document = await GetAsync(cancellationToken);
        foreach (var layer in incoming)
        {
            document.Layers.RemoveAll(l => l.Name == layer.Name);
            document.Layers.Add(layer);
        }
        await SaveDocumentAsync(document, cancellationToken);
    }

    /// <summary>Deletes <paramref name="name"/>; the French error (missing, still holding widgets), or null.</summary>
    public async Task<string?> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var document = await GetAsync(cancellationToken);
        if (document.Layers.RemoveAll(l => l.Name == name) == 0) return $"Le calque « {name} » n'existait plus.";
        var held = (await catalog.CurrentAsync(cancellationToken)).Widgets.Count(w => w.Placement.Layer == name);
        if (held > 0) return $"Le calque « {name} » contient {held} widget(s) publié(s) : retirez-les ou placez-les dans un autre calque d'abord.";
        await SaveDocumentAsync(document, cancellationToken);
        return null;
    }

    private Task SaveDocumentAsync(LayersDocument document, CancellationToken cancellationToken) =>
        // Once committed: the widgets are read again here, then the pages are evicted, here and on the other nodes (IDocumentChangeHandler).
        documents.SaveAsync(LayersDocument.DocumentName, document, _ => catalog.LoadAsync(CancellationToken.None), cancellationToken);
}
