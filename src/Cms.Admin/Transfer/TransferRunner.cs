using Cms.Abstractions.Recipes;
using Cms.Abstractions.Transfer;
using Cms.Data;
using Cms.Data.Entities;

namespace Cms.Admin.Transfer;

/// <summary>What a run did: the report (as the command line prints it), the log, or why it could not run.</summary>
public sealed record TransferOutcome(bool DryRun, RecipeReport? Report, string Log, string? Error)
{
    public bool Succeeded => Error is null && Report is { Refused.Count: 0 };
}

/// <summary>
/// Runs a staged upload, as a dry run or for real: a recipe through the recipe executor (each step in its own
/// transaction, a failing step rolled back), a zip of documents through the Markdown importer with the zip's root
/// as the documents' source root and as the media folder. A real run is recorded in the audit trail.
/// </summary>
public sealed class TransferRunner(IRecipeExecutor recipes, IMarkdownFolderImporter markdown, CmsDbContext db, TimeProvider clock)
{
    public const string AuditKind = "TransferImport";
    public const string ExportAuditKind = "TransferExport";

    public async Task<TransferOutcome> RunAsync(StagedUpload upload, bool dryRun, string? userName, CancellationToken cancellationToken)
    {
        var log = new StringWriter();
        RecipeReport? report = null;
        string? error = null;
        try
        {
            report = upload.Kind == TransferKind.Recipe
                ? await recipes.ExecuteFileAsync(upload.RecipePath, dryRun, log, RecipeOrigin.Upload, cancellationToken: cancellationToken)
                : await markdown.ImportFolderAsync(new MarkdownFolderImport
                {
                    Folder = upload.FilesRoot,
                    SourceRoot = upload.FilesRoot,
                    MediaFolder = upload.FilesRoot,
                    DryRun = dryRun,
                }, log, cancellationToken);
            report.WriteTo(log, dryRun);
        }
        catch (RecipeException e)
        {
            error = e.Message;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            error = $"échec de l'exécution : {e.Message}";
        }
        if (error is not null)
        {
            // Paths of the server's temporary folder mean nothing to the user: show the upload's name instead.
            error = error.Replace(upload.FilesRoot + Path.DirectorySeparatorChar, "").Replace(upload.FilesRoot, upload.FileName);
            await log.WriteLineAsync($"erreur : {error}");
        }

        if (!dryRun)
        {
            await RecordAsync(AuditKind, userName, $"Import de « {upload.FileName} » ({upload.KindLabel}) : " + (error is not null
                ? $"échec — {error}"
                : $"créés {report!.Created}, mis à jour {report.Updated}, inchangés {report.Unchanged}, refusés {report.Refused.Count}."), cancellationToken);
        }
        return new TransferOutcome(dryRun, report, log.ToString().Replace(upload.FilesRoot, "."), error);
    }

    /// <summary>Adds a row to the audit trail (the content manager writes its own rows for each item changed).</summary>
    public async Task RecordAsync(string kind, string? userName, string details, CancellationToken cancellationToken)
    {
        // Whatever a failed step left tracked was rolled back in the database: never save it with this row.
        db.ChangeTracker.Clear();
        db.AuditTrail.Add(new AuditTrailEvent
        {
            Utc = clock.GetUtcNow().UtcDateTime,
            UserName = userName,
            Kind = kind,
            Details = details.Length > 4000 ? details[..4000] : details,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
