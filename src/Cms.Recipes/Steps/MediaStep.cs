using System.Text.Json.Nodes;
using Cms.Abstractions.Media;
using Cms.Abstractions.Recipes;
using Cms.Recipes.Services;

namespace Cms.Recipes.Steps;

/// <summary>
/// <c>{ "name": "media", "Files": [ { "TargetPath": "uploads/x.jpg", "SourcePath": "media/x.jpg" } ] }</c> (or
/// <c>"Base64"</c> instead of <c>SourcePath</c>): copies files into the media store. Source paths are relative to the
/// recipe and stay inside the files it may read (<see cref="RecipeFiles"/>: its package, e.g. <c>../wwwroot/img/x.jpg</c>
/// from an Orchard theme's <c>Recipes/</c>, when run locally; its upload otherwise); target paths may not leave the media store.
/// </summary>
public sealed class MediaStep(IMediaStore media) : IRecipeStepHandler
{
    public string Name => "media";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Property("Files") is not JsonArray files)
        {
            throw new RecipeException("la propriété « Files » (tableau) est requise.");
        }
        var copied = 0;
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i] is not JsonObject file)
            {
                throw new RecipeException($"propriété « Files[{i}] » : objet attendu.");
            }
            var target = file.GetString("TargetPath");
            if (string.IsNullOrWhiteSpace(target) || target.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(target) || target.Contains('\\'))
            {
                throw new RecipeException($"propriété « Files[{i}].TargetPath » : chemin absent ou qui sort de la médiathèque (« {target} »).");
            }
            var base64 = file.GetString("Base64");
            var source = file.GetString("SourcePath");
            Stream content;
            if (base64 is not null)
            {
                try
                {
                    content = new MemoryStream(Convert.FromBase64String(base64));
                }
                catch (FormatException)
                {
                    throw new RecipeException($"propriété « Files[{i}].Base64 » : contenu base64 invalide.");
                }
            }
            else if (source is not null)
            {
                var full = RecipeFiles.Resolve(context, source, $"Files[{i}].SourcePath");
                if (!File.Exists(full))
                {
                    throw new RecipeException($"propriété « Files[{i}].SourcePath » : fichier introuvable « {source} ».");
                }
                content = File.OpenRead(full);
            }
            else
            {
                throw new RecipeException($"propriété « Files[{i}] » : « SourcePath » ou « Base64 » est requis.");
            }

            await using (content)
            {
                if (!context.DryRun)
                {
                    await media.SaveAsync(target.TrimStart('/'), content, cancellationToken);
                }
            }
            copied++;
        }
        context.Report.Messages.Add($"Médias : {copied} fichier(s) copiés dans la médiathèque.");
    }
}
