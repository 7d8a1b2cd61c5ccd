using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.Media;

/// <summary>
/// <c>POST /admin/medias/televerser</c>: one or several files (field <c>fichiers</c>) into folder <c>dossier</c>. An
/// endpoint rather than a page so that nothing reads the body before its limits are set: the request size
/// (<c>Cms:Media:MaxRequestSize</c>) is checked before anything is read and enforced while reading, each file's
/// size (<c>Cms:Media:MaxFileSize</c>) while the form is parsed; then the antiforgery token is checked. A browser is
/// sent back to the library page with the outcome; a script asking for JSON (<c>Accept: application/json</c>, the
/// picker dialog) gets <c>{ uploaded: [{ name, path, thumbnail }], errors: [] }</c>, 413 when too large, 422 when
/// every file was refused.
/// </summary>
public static class MediaUploadEndpoint
{
    public static IEndpointConventionBuilder MapMediaUpload(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(AdminRoutes.MediaUpload, (HttpContext context) =>
            Results.Redirect(AdminRoutes.MediaFolder(MediaLibrary.IsSafePath(context.Request.Query["dossier"]) ? context.Request.Query["dossier"].ToString() : "")))
            .RequireAuthorization(MediaPolicies.ManageMedia);
        return routes.MapPost(AdminRoutes.MediaUpload, UploadAsync)
            .RequireAuthorization(MediaPolicies.ManageMedia)
            .DisableAntiforgery();
    }

    private static async Task<IResult> UploadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<MediaOptions>();
        var tooLarge = $"L'envoi dépasse la taille maximale : {MediaOptions.Describe(options.MaxFileSize)} par fichier, {MediaOptions.Describe(options.MaxRequestSize)} par envoi. Rien n'a été enregistré.";
        if (context.Request.ContentLength > options.MaxRequestSize) return Refuse(context, StatusCodes.Status413PayloadTooLarge, tooLarge, "");
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxRequestSize;
        }
        if (!context.Request.HasFormContentType) return Refuse(context, StatusCodes.Status400BadRequest, "L'envoi n'est pas un formulaire de fichiers.", "");

        IFormCollection form;
        try
        {
            context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions
            {
                MultipartBodyLengthLimit = options.MaxFileSize,
                ValueCountLimit = 64,
            }));
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return Refuse(context, StatusCodes.Status413PayloadTooLarge, tooLarge, "");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refuse(context, StatusCodes.Status413PayloadTooLarge, tooLarge, "");
        }
        try
        {
            await services.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return Refuse(context, StatusCodes.Status400BadRequest, "Le formulaire a expiré : rechargez la page et recommencez.", "");
        }

        var folder = await services.GetRequiredService<MediaLibrary>().FolderAsync(form["dossier"], cancellationToken);
        if (folder is null) return Refuse(context, StatusCodes.Status400BadRequest, $"Le dossier « {form["dossier"]} » n'existe pas dans la médiathèque.", "");
        if (form.Files.Count == 0) return Refuse(context, StatusCodes.Status400BadRequest, "Aucun fichier n'a été envoyé : choisissez au moins un fichier.", folder);

        var uploader = services.GetRequiredService<MediaUploader>();
        var outcomes = new List<UploadOutcome>();
        foreach (var file in form.Files)
        {
            await using var content = file.OpenReadStream();
            outcomes.Add(await uploader.UploadAsync(folder, file.FileName, content, cancellationToken));
        }
        var errors = outcomes.Where(o => !o.Accepted).Select(o => o.Error!).ToList();
        var uploaded = outcomes.Where(o => o.Accepted).ToList();

        if (WantsJson(context))
        {
            return Results.Json(new
            {
                uploaded = uploaded.Select(o => new { name = o.FileName, path = o.Path, thumbnail = MediaKind.IsImageExtension(o.Path!) ? AdminRoutes.Thumbnail(o.Path!) : null }),
                errors,
            }, statusCode: uploaded.Count == 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
        }
        var tempData = TempData(context);
        if (uploaded.Count > 0)
        {
            tempData["Message"] = uploaded.Count == 1
                ? $"« {uploaded[0].Path} » est téléversé."
                : $"{uploaded.Count} fichiers téléversés : {string.Join(", ", uploaded.Select(o => o.Path))}.";
        }
        if (errors.Count > 0) tempData[MediaMessages.ErrorsKey] = string.Join('\n', errors);
        tempData.Save();
        return Results.Redirect(AdminRoutes.MediaFolder(folder));
    }

    private static bool WantsJson(HttpContext context) =>
        context.Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>JSON with the status for a script; for a browser, the library page with the message (the body may be left unread).</summary>
    private static IResult Refuse(HttpContext context, int status, string message, string folder)
    {
        if (WantsJson(context)) return Results.Json(new { uploaded = Array.Empty<object>(), errors = new[] { message } }, statusCode: status);
        var tempData = TempData(context);
        tempData[MediaMessages.ErrorsKey] = message;
        tempData.Save();
        return Results.Redirect(AdminRoutes.MediaFolder(folder));
    }

    private static ITempDataDictionary TempData(HttpContext context) =>
        context.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context);
}
