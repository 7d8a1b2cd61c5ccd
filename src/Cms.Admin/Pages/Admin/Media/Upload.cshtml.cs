using Cms.Admin.Media;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Media;

/// <summary>
/// Receives uploads (one or several files, field <c>fichiers</c>, into folder <c>dossier</c>). The request size is
/// limited before anything is read (<c>Cms:Media:MaxRequestSize</c>, 413 with a message) and each file to
/// <c>Cms:Media:MaxFileSize</c> while the form is read; the antiforgery token is checked once the form is read
/// within those limits (hence <see cref="IgnoreAntiforgeryTokenAttribute"/>: the automatic check would read an
/// unlimited form first). A browser gets the library page back with the outcome; a script asking for JSON
/// (<c>Accept: application/json</c>, the picker dialog) gets <c>{ uploaded: [{ name, path, url }], errors: [] }</c>.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UploadModel(MediaUploader uploader, MediaLibrary library, MediaOptions options, IAntiforgery antiforgery) : PageModel
{
    public IActionResult OnGet([FromQuery(Name = "dossier")] string? folder) =>
        Redirect(AdminRoutes.MediaFolder(MediaLibrary.IsSafePath(folder) ? folder!.Trim('/') : ""));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var tooLarge = $"L'envoi dépasse la taille maximale : {MediaOptions.Describe(options.MaxFileSize)} par fichier, {MediaOptions.Describe(options.MaxRequestSize)} par envoi. Rien n'a été enregistré.";
        if (Request.ContentLength > options.MaxRequestSize) return Refuse(StatusCodes.Status413PayloadTooLarge, tooLarge);
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxRequestSize;
        }
        if (!Request.HasFormContentType) return Refuse(StatusCodes.Status400BadRequest, "L'envoi n'est pas un formulaire de fichiers.");

        IFormCollection form;
        try
        {
            HttpContext.Features.Set<IFormFeature>(new FormFeature(Request, new FormOptions
            {
                MultipartBodyLengthLimit = options.MaxFileSize,
                ValueCountLimit = 64,
            }));
            form = await Request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, tooLarge);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, tooLarge);
        }
        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return Refuse(StatusCodes.Status400BadRequest, "Le formulaire a expiré : rechargez la page et recommencez.");
        }

        var folder = await library.FolderAsync(form["dossier"], cancellationToken);
        if (folder is null) return Refuse(StatusCodes.Status400BadRequest, $"Le dossier « {form["dossier"]} » n'existe pas dans la médiathèque.");
        if (form.Files.Count == 0) return Refuse(StatusCodes.Status400BadRequest, "Aucun fichier n'a été envoyé : choisissez au moins un fichier.", folder);

        var outcomes = new List<UploadOutcome>();
        foreach (var file in form.Files)
        {
            await using var content = file.OpenReadStream();
            outcomes.Add(await uploader.UploadAsync(folder, file.FileName, content, cancellationToken));
        }
        var errors = outcomes.Where(o => !o.Accepted).Select(o => o.Error!).ToList();
        var uploaded = outcomes.Where(o => o.Accepted).ToList();

        if (WantsJson)
        {
            return new JsonResult(new
            {
                uploaded = uploaded.Select(o => new { name = o.FileName, path = o.Path, thumbnail = MediaKind.IsImageExtension(o.Path!) ? AdminRoutes.Thumbnail(o.Path!) : null }),
                errors,
            })
            { StatusCode = uploaded.Count == 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK };
        }
        if (uploaded.Count > 0)
        {
            TempData["Message"] = uploaded.Count == 1
                ? $"« {uploaded[0].Path} » est téléversé."
                : $"{uploaded.Count} fichiers téléversés : {string.Join(", ", uploaded.Select(o => o.Path))}.";
        }
        if (errors.Count > 0) TempData[MediaMessages.ErrorsKey] = string.Join('\n', errors);
        return Redirect(AdminRoutes.MediaFolder(folder));
    }

    private bool WantsJson => Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    private IActionResult Refuse(int status, string message, string? folder = null)
    {
        if (WantsJson) return new JsonResult(new { uploaded = Array.Empty<object>(), errors = new[] { message } }) { StatusCode = status };
        if (status == StatusCodes.Status413PayloadTooLarge || status == StatusCodes.Status400BadRequest && folder is null)
        {
            // The request body was not read (or not trusted): answer with the message rather than a redirect.
            Response.StatusCode = status;
            Message = message;
            return Page();
        }
        TempData[MediaMessages.ErrorsKey] = message;
        return Redirect(AdminRoutes.MediaFolder(folder ?? ""));
    }

    public string? Message { get; private set; }
}
