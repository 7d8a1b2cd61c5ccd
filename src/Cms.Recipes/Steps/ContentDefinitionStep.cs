using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Recipes;
using Cms.Recipes.Services;

namespace Cms.Recipes.Steps;

/// <summary>
/// <c>{ "name": "ContentDefinition", "ContentTypes": [ … ], "ContentParts": [ … ] }</c>: merges the types and parts
/// given into the existing definitions (Orchard Core's ContentDefinitionStep). A type or part that exists keeps what
/// the step does not mention; settings are merged key by key, settings nobody here knows are kept as given.
/// </summary>
public sealed class ContentDefinitionStep(IContentDefinitionManager definitions) : IRecipeStepHandler
{
    public string Name => "ContentDefinition";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var types = Read<ContentTypeDefinitionRecord>(context, "ContentTypes");
        var parts = Read<ContentPartDefinitionRecord>(context, "ContentParts");

        var record = await definitions.LoadAsync(cancellationToken);
        foreach (var part in parts)
        {
            MergePart(record, part);
        }
        foreach (var type in types)
        {
            MergeType(record, type);
        }
        context.Report.Messages.Add($"Définitions : {types.Count} type(s), {parts.Count} partie(s) fusionnés.");
        if (!context.DryRun)
        {
            await definitions.SaveAsync(record, cancellationToken);
        }
    }

    public static void MergeType(ContentDefinitionRecord record, ContentTypeDefinitionRecord given)
    {
        var existing = record.ContentTypes.FirstOrDefault(t => string.Equals(t.Name, given.Name, StringComparison.Ordinal));
        if (existing is null)
        {
            record.ContentTypes.Add(given);
            return;
        }
        if (!string.IsNullOrEmpty(given.DisplayName)) existing.DisplayName = given.DisplayName;
        JsonMerge.Into(existing.Settings, given.Settings);
        foreach (var part in given.ContentTypePartDefinitionRecords)
        {
            var name = string.IsNullOrEmpty(part.Name) ? part.PartName : part.Name;
            var current = existing.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.Name == name);
            if (current is null)
            {
                part.Name = name;
                existing.ContentTypePartDefinitionRecords.Add(part);
                continue;
            }
            if (!string.IsNullOrEmpty(part.PartName)) current.PartName = part.PartName;
            JsonMerge.Into(current.Settings, part.Settings);
        }
    }

    public static void MergePart(ContentDefinitionRecord record, ContentPartDefinitionRecord given)
    {
        var existing = record.ContentParts.FirstOrDefault(p => string.Equals(p.Name, given.Name, StringComparison.Ordinal));
        if (existing is null)
        {
            record.ContentParts.Add(given);
            return;
        }
        JsonMerge.Into(existing.Settings, given.Settings);
        foreach (var field in given.ContentPartFieldDefinitionRecords)
        {
            var current = existing.ContentPartFieldDefinitionRecords.FirstOrDefault(f => f.Name == field.Name);
            if (current is null)
            {
                existing.ContentPartFieldDefinitionRecords.Add(field);
                continue;
            }
            if (!string.IsNullOrEmpty(field.FieldName)) current.FieldName = field.FieldName;
            JsonMerge.Into(current.Settings, field.Settings);
        }
    }

    private static List<T> Read<T>(RecipeStepContext context, string property) where T : class
    {
        var node = context.Property(property);
        if (node is null) return [];
        if (node is not JsonArray array)
        {
            throw new RecipeException($"la propriété « {property} » doit être un tableau.");
        }
        var result = new List<T>();
        for (var i = 0; i < array.Count; i++)
        {
            T? item;
            try
            {
                item = array[i]?.Deserialize<T>(DefinitionJson.Options);
            }
            catch (JsonException e)
            {
                throw new RecipeException($"propriété « {property}[{i}] » : {e.Message}", e);
            }
            var name = item switch
            {
                ContentTypeDefinitionRecord t => t.Name,
                ContentPartDefinitionRecord p => p.Name,
                _ => null,
            };
            if (item is null || string.IsNullOrWhiteSpace(name))
            {
                throw new RecipeException($"propriété « {property}[{i}] » : « Name » manquant.");
            }
            Validate(item, property, i);
            result.Add(item);
        }
        return result;
    }

    private static void Validate(object item, string property, int index)
    {
        switch (item)
        {
            case ContentTypeDefinitionRecord type:
                for (var p = 0; p < type.ContentTypePartDefinitionRecords.Count; p++)
                {
                    var part = type.ContentTypePartDefinitionRecords[p];
                    if (string.IsNullOrWhiteSpace(part.PartName) && string.IsNullOrWhiteSpace(part.Name))
                    {
                        throw new RecipeException($"propriété « {property}[{index}].ContentTypePartDefinitionRecords[{p}] » : « PartName » manquant.");
                    }
                    if (string.IsNullOrWhiteSpace(part.PartName)) part.PartName = part.Name;
                }
                break;
            case ContentPartDefinitionRecord part:
                for (var f = 0; f < part.ContentPartFieldDefinitionRecords.Count; f++)
                {
                    var field = part.ContentPartFieldDefinitionRecords[f];
                    if (string.IsNullOrWhiteSpace(field.Name) || string.IsNullOrWhiteSpace(field.FieldName))
                    {
                        throw new RecipeException($"propriété « {property}[{index}].ContentPartFieldDefinitionRecords[{f}] » : « Name » et « FieldName » sont requis.");
                    }
                }
                break;
        }
    }
}
