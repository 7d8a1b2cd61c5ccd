using System.Text.Json.Nodes;
using Cms.Abstractions.Recipes;
using Cms.MarkdownImport.Mapping;
using Cms.MarkdownImport.Services;

namespace Cms.MarkdownImport.Steps;

/// <summary>
/// <c>{ "name": "markdown-import", "Source": "content/_evenements", "ContentType": "Event", "Media": "media",
/// "TagAliases": { "Souveraineté": "Communs &amp; souveraineté" } }</c>: imports a folder of Jekyll documents (paths
/// relative to the recipe, and contained in the recipe's folder: a path leaving it, directly, by <c>..</c> or through a
/// symbolic link, is refused, so an uploaded recipe cannot copy server files into <c>/media</c>). Refused documents are listed in the report and do not stop the recipe.
/// </summary>
public sealed class MarkdownImportStep(MarkdownImporter importer) : ISelfCommittingRecipeStep
{
    public string Name => "markdown-import";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var source = Text(context, "Source") ?? throw new RecipeException("propriété « Source » : le dossier à importer (relatif à la recette) est requis.");
        var contentType = Text(context, "ContentType") ?? EventMapper.ContentType;
        if (contentType != EventMapper.ContentType)
        {
            throw new RecipeException($"propriété « ContentType » : seul « {EventMapper.ContentType} » est pris en charge (reçu « {contentType} »).");
        }
        var media = Text(context, "Media");
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (context.Property("TagAliases"))
        {
            case null: break;
            case JsonObject map:
                foreach (var (tag, target) in map)
                {
                    aliases[tag] = target is JsonValue v && v.TryGetValue<string>(out var s) && s.Trim().Length > 0
                        ? s
                        : throw new RecipeException($"propriété « TagAliases.{tag} » : le nom d'une thématique est attendu.");
                }
                break;
            default:
                throw new RecipeException("propriété « TagAliases » : objet { \"étiquette\": \"thématique\" } attendu.");
        }

        var options = new MarkdownImportOptions
        {
            Folder = Resolve(context, source, "Source"),
            MediaFolder = media is null ? null : Resolve(context, media, "Media"),
            DryRun = context.DryRun,
            TagAliases = aliases,
        };
        await importer.ImportAsync(options, context.Output, cancellationToken, context.Report);
    }

    private static string? Text(RecipeStepContext context, string name) => context.Property(name) switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw new RecipeException($"propriété « {name} » : texte attendu."),
    };

    private static string Resolve(RecipeStepContext context, string relative, string property)
    {
        var full = RecipeFiles.Resolve(context, relative, property);
        if (!Directory.Exists(full))
        {
            throw new RecipeException($"propriété « {property} » : dossier introuvable « {relative} » (cherché dans {context.RecipeDirectory}).");
        }
        return full;
    }
}
