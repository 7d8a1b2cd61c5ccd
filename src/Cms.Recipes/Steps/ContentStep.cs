using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Recipes;

namespace Cms.Recipes.Steps;

/// <summary>
/// <c>{ "name": "content", "data": [ content items ] }</c>: hands the items to the content manager's import
/// (Orchard Core's ContentStep). Items of any type, with any parts: parts and fields without code here are stored as given.
/// What the content handlers changed on their own (<see cref="ContentWarnings"/>: unsafe HTML removed…) goes to the
/// report's warnings.
/// </summary>
public sealed class ContentStep(IContentManager contentManager, ContentWarnings? warnings = null) : IRecipeStepHandler
{
    public string Name => "content";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var items = ReadItems(context.Property("data"));
        if (context.DryRun)
        {
            foreach (var item in items)
            {
                var stored = string.IsNullOrEmpty(item.ContentItemVersionId) ? null : await contentManager.GetVersionAsync(item.ContentItemVersionId, cancellationToken);
                if (stored is null) context.Report.Created++;
                else if (stored.HasSameContentAs(item)) context.Report.Unchanged++;
                else context.Report.Updated++;
            }
            return;
        }
        warnings?.Drain();
        var result = await contentManager.ImportAsync(items, cancellationToken);
        if (warnings is not null) context.Report.Warnings.AddRange(warnings.Drain());
        context.Report.Created += result.Created;
        context.Report.Updated += result.Updated;
        context.Report.Unchanged += result.Unchanged;
        context.Report.Messages.Add($"Contenus : {result.Created} créé(s), {result.Updated} mis à jour, {result.Unchanged} inchangé(s).");
    }

    /// <summary>The items of a <c>data</c> array; header names are matched case-insensitively.</summary>
    public static IReadOnlyList<ContentItem> ReadItems(JsonNode? data)
    {
        if (data is null) return [];
        if (data is not JsonArray array)
        {
            throw new RecipeException("la propriété « data » doit être un tableau d'éléments de contenu.");
        }
        var items = new List<ContentItem>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject json)
            {
                throw new RecipeException($"propriété « data[{i}] » : un élément de contenu est un objet JSON.");
            }
            var item = ContentItem.FromJson(NormalizeHeader(json));
            if (string.IsNullOrWhiteSpace(item.ContentItemId))
            {
                throw new RecipeException($"propriété « data[{i}].ContentItemId » : manquant.");
            }
            if (string.IsNullOrWhiteSpace(item.ContentType))
            {
                throw new RecipeException($"propriété « data[{i}].ContentType » : manquant (élément {item.ContentItemId}).");
            }
            items.Add(item);
        }
        return items;
    }

    private static JsonObject NormalizeHeader(JsonObject json)
    {
        var normalized = new JsonObject();
        foreach (var (name, value) in json)
        {
            var header = Array.Find(ContentItem.HeaderNames, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
            normalized[header ?? name] = value?.DeepClone();
        }
        return normalized;
    }
}
