using Cms.Admin.Transfer;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Transfer;

/// <summary>
/// Upload a recipe (JSON) or a zip of Markdown documents with their media: the upload is first run as a dry run and
/// its report shown; « Lancer l'import » then runs the same file, kept server-side under a token, for real.
/// </summary>
[RequestSizeLimit(TransferLimits.RequestLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = TransferLimits.RequestLimitBytes)]
public sealed class ImportModel(TransferUploadStore store, TransferRunner runner, TransferLimits limits) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Token { get; set; }

    public TransferLimits Limits => limits;
    /// <summary>The upload waiting for « Lancer l'import » after a dry run without error.</summary>
    public StagedUpload? Staged { get; private set; }
    public TransferOutcome? Outcome { get; private set; }
    public string? Error { get; private set; }

    private string UserName => User.Identity?.Name ?? "";

    public Task OnGetAsync(CancellationToken cancellationToken) => store.PurgeExpiredAsync(cancellationToken);

    public async Task<IActionResult> OnPostAnalyzeAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Error = Upload is null ? "Choisissez un fichier : une recette .json ou une archive .zip de documents." : $"« {Upload.FileName} » est vide.";
            return Page();
        }
        StagedUpload staged;
        try
        {
            await using var content = Upload.OpenReadStream();
            staged = await store.StageAsync(content, Upload.FileName, UserName, cancellationToken);
        }
        catch (TransferRefusedException e)
        {
            Error = $"« {Path.GetFileName(Upload.FileName)} » refusé : {e.Message}";
            return Page();
        }

        Outcome = await runner.RunAsync(staged, dryRun: true, UserName, cancellationToken);
        if (Outcome.Error is not null)
        {
            // It cannot run as it is: nothing to keep.
            await store.DeleteAsync(staged, cancellationToken);
        }
        else
        {
            Staged = staged;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken cancellationToken)
    {
        var staged = await store.FindAsync(Token, UserName, cancellationToken);
        if (staged is null)
        {
            Error = "Cet envoi n'est plus disponible (déjà importé, annulé, expiré après une heure ou envoyé depuis un autre compte) : envoyez le fichier à nouveau.";
            return Page();
        }
        try
        {
            Outcome = await runner.RunAsync(staged, dryRun: false, UserName, cancellationToken);
        }
        finally
        {
            await store.DeleteAsync(staged, CancellationToken.None);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        if (await store.FindAsync(Token, UserName, cancellationToken) is { } staged) await store.DeleteAsync(staged, cancellationToken);
        TempData["Message"] = "Import annulé : le fichier envoyé est supprimé.";
        return Redirect(AdminRoutes.Import);
    }

    public static string Megabytes(long bytes) => $"{bytes / (1024 * 1024)} Mo";
}
