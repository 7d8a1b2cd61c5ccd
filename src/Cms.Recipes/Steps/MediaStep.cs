using System.Text.Json.Nodes;
using Cms.Abstractions.Media;
using Cms.Abstractions.Recipes;
using Cms.Recipes.Services;

namespace Cms.Recipes.Steps;

/// <summary>
/// <c>{ "name": "media", "Files": [ { "TargetPath": "uploads/x.jpg", "SourcePath": "media/x.jpg" } ] }</c> (or
/// <c>"Base64"</c> instead of <c>SourcePath</c>): copies files into the media store. Source paths are relative to the
/// recipe and stay inside the files it may read (<see cref="RecipeFiles"/>: its package, e.g. <c>../wwwroot/img/x.jpg</c>
/// from an Orchard theme's <c>Recipes/</c>, when run locally; its upload otherwise); target paths may not leave the
/// media store. Each file passes the same content check as an upload (<see cref="IMediaFileCheck"/>) and never replaces
/// a different file already in the store (<see cref="ImportedMedia"/>): a refusal or a kept file is named in the report.
/// </summary>
public sealed class MediaStep(IMediaStore media, IEnumerable<IMediaFileCheck> checks) : IRecipeStepHandler
{
    public string Name => "media";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Property("Files") is not JsonArray files)
        {
            throw new RecipeException("la propriété « Files » (tableau) est requise.");
        }
        var copied = 0;
        var unchanged = 0;
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

            var path = target.TrimStart('/');
            await using (content)
            {
                var (outcome, refusal) = await ImportedMedia.SaveAsync(media, checks.FirstOrDefault(), path, content, context.DryRun, cancellationToken);
                switch (outcome)
                {
                    case ImportedMediaOutcome.Saved:
                        copied++;
                        break;
                    case ImportedMediaOutcome.Identical:
                        unchanged++;
                        break;
                    case ImportedMediaOutcome.KeptExisting:
                        context.Report.Messages.Add($"Médias : « Files[{i}].TargetPath » : un autre fichier existe déjà à « {path} » ; il est conservé, pas remplacé.");
                        break;
                    case ImportedMediaOutcome.Refused:
                        context.Report.Refused.Add(new RefusedDocument($"Files[{i}] ({path})", $"média refusé : {refusal}"));
                        break;
                }
            }
        }
        context.Report.Messages.Add($"Médias : {copied} fichier(s) copiés dans la médiathèque" + (unchanged > 0 ? $", {unchanged} déjà présent(s) à l'identique." : "."));
    }
}
