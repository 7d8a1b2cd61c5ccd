using Cms.Abstractions.Content;
using Cms.Admin;
using Cms.Admin.Services;
using Cms.Display.Rendering;
using Cms.LiquidTemplates.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.LiquidTemplates.Pages.Admin.Templates;

/// <summary>
/// Creates or changes a stored template (<c>?nom=</c> names the one changed). A template that does not parse is shown
/// again with the parser's message and line, never saved. « Prévisualiser » renders a chosen item's page with the typed
/// template in place of the one of the same name, without saving it.
/// </summary>
public sealed class EditModel(TemplatesManager manager, IContentManager contents, FluidPageRenderer renderer, PreviewRenderer preview) : PageModel
{
    [BindProperty] public string? Original { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? PreviewPath { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? nom, CancellationToken cancellationToken)
    {
        if (nom is null) return Page();
        var document = await manager.GetAsync(cancellationToken);
        if (!document.Templates.TryGetValue(nom, out var template)) return NotFound();
        (Original, Name, Description, Source) = (nom, nom, template.Description, template.Content);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Error = await manager.SaveAsync(string.IsNullOrEmpty(Original) ? null : Original, Name, Source, Description, cancellationToken);
        if (Error is not null) return Page();
        TempData["Message"] = $"Modèle « {Name!.Trim()} » enregistré.";
        return Redirect(Startup.AdminPath);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        Error = manager.Check(Name, Source);
        if (Error is not null) return Page();
        var item = await FindItemAsync(cancellationToken);
        if (item is null)
        {
            Error = string.IsNullOrWhiteSpace(PreviewPath)
                ? "Indiquez l'adresse ou l'identifiant du contenu à prévisualiser."
                : $"Aucun contenu à l'adresse ou à l'identifiant « {PreviewPath.Trim()} ».";
            return Page();
        }
        manager.TryParse(Name!.Trim(), Source!, out var template, out _);
        renderer.UsePreviewTemplate(template!);
        try
        {
            return new ContentResult { Content = await preview.RenderAsync(item, cancellationToken), ContentType = "text/html; charset=utf-8" };
        }
        catch (TemplateRenderException e)
        {
            Error = $"Le rendu de « {item.DisplayText} » a échoué : {e.Message}";
            return Page();
        }
    }

    private async Task<ContentItem?> FindItemAsync(CancellationToken cancellationToken)
    {
        var typed = PreviewPath?.Trim();
        if (string.IsNullOrEmpty(typed)) return null;
        return await contents.GetByPathAsync(typed.Trim('/'), cancellationToken)
            ?? await contents.GetAsync(typed, Cms.Abstractions.Content.VersionOptions.Latest, cancellationToken);
    }
}
