using System.Net;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Admin.Tests.Support;
using Cms.ContentFields.Fields;

namespace Cms.Admin.Tests.Media;

/// <summary>The MediaField editor: the picker, alternative texts required unless decorative, the saved JSON, the public page.</summary>
public class MediaFieldEditorTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Fact]
    public async Task The_picker_lists_the_library_without_the_layout_and_the_picked_images_round_trip_to_the_json()
    {
        using var editor = await site.ClientAsync("editor");
        var photo = await editor.UploadOneAsync(site.Server, "", "photo-de-groupe.jpg", MediaSamples.Jpeg());
        var ornament = await editor.UploadOneAsync(site.Server, "", "filet.png", MediaSamples.Png());

        var (status, picker) = await editor.GetPageAsync("/admin/medias?choisir=1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<html", picker);
        Assert.Contains($"data-media-pick=\"{photo}\"", picker);
        Assert.Contains($"data-media-pick=\"{ornament}\"", picker);

        var (_, form) = await editor.GetPageAsync("/admin/contenus/nouveau/Event");
        Assert.Contains("data-media-open=\"/admin/medias?choisir=1\"", form);

        // What the picker script posts: one row per picked image (path, text, decorative box numbered by row).
        var id = await editor.CreateAsync("Event", "publish",
            ("TitlePart.Title", "Atelier accessibilité"), ("AutoroutePart.Path", "agenda/atelier-accessibilite"),
            ("Event.Images.Paths", photo), ("Event.Images.MediaTexts", "Les participants autour de la table"),
            ("Event.Images.Paths", ornament), ("Event.Images.MediaTexts", "texte ignoré"), ("Event.Images.Decorative", "1"),
            ("Event.Images.Paths", ""), ("Event.Images.MediaTexts", ""));

        var images = (await site.LatestAsync(id))!.GetPart("Event")!["Images"]!.AsObject();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""
            { "Paths": ["{{photo}}", "{{ornament}}"], "MediaTexts": ["Les participants autour de la table", ""], "Decorative": [false, true] }
            """), images), images.ToJsonString());

        using var visitor = new AdminClient(site.Server);
        var (pageStatus, page) = await visitor.GetPageAsync("/agenda/atelier-accessibilite");
        Assert.Equal(HttpStatusCode.OK, pageStatus);
        Assert.Contains($"src=\"/media/{photo}\" alt=\"Les participants autour de la table\"", page);
        Assert.Contains($"src=\"/media/{ornament}\" alt=\"\"", page);

        // The edit form shows the rows again: thumbnail, text, the decorative box checked.
        var (_, edit) = await editor.GetPageAsync($"/admin/contenus/{id}");
        Assert.Contains($"/admin/medias/vignette?chemin={Uri.EscapeDataString(photo)}", edit);
        Assert.Matches("name=\"Event.Images.Decorative\" value=\"1\" checked", edit);
    }

    [Fact]
    public async Task A_non_decorative_image_without_alternative_text_is_refused_naming_the_field_and_the_image()
    {
        using var editor = await site.ClientAsync("editor");
        var photo = await editor.UploadOneAsync(site.Server, "", "sans-texte.jpg", MediaSamples.Jpeg());

        using var response = await editor.SubmitNewAsync("Event", "save", ("TitlePart.Title", "Sans texte"),
            ("Event.Images.Paths", photo), ("Event.Images.MediaTexts", "  "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"« Images » : l'image 1 (« {photo} ») n'a pas de texte alternatif", html);
        Assert.Contains("Image décorative", html);
        Assert.Contains($"value=\"{photo}\"", html);
    }

    [Fact]
    public async Task A_path_that_is_not_in_the_library_is_refused()
    {
        using var editor = await site.ClientAsync("editor");
        using var missing = await editor.SubmitNewAsync("Event", "save", ("TitlePart.Title", "Chemin inconnu"),
            ("Event.Images.Paths", "uploads/nulle-part.jpg"), ("Event.Images.MediaTexts", "Une image"));
        Assert.Contains("n'existe pas dans la médiathèque", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()));

        using var outside = await editor.SubmitNewAsync("Event", "save", ("TitlePart.Title", "Chemin piégé"),
            ("Event.Images.Paths", "../cms.db"), ("Event.Images.MediaTexts", "Une image"));
        Assert.Contains("n'est pas un chemin de la médiathèque", WebUtility.HtmlDecode(await outside.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task An_imported_item_missing_an_alternative_text_loads_and_saves_once_the_editor_fixes_it()
    {
        await site.PutMediaAsync("uploads/affiche importee.jpg", MediaSamples.Jpeg());
        var imported = await site.ContentAsync(async (c, _) =>
        {
            var item = await c.NewAsync("Event");
            item.Apply(new TitlePart { Title = "Évènement importé" });
            item.DisplayText = "Évènement importé";
            item.Part("Event")["Images"] = new JsonObject
            {
                ["Paths"] = new JsonArray("/uploads/affiche%20importee.jpg", "uploads/affiche importee.jpg"),
                ["MediaTexts"] = new JsonArray("Affiche de l'évènement", ""),
            };
            return await c.CreateAsync(item, publish: true);
        });
        using var editor = await site.ClientAsync("editor");
        var form = await editor.OpenAsync(imported.ContentItemId);

        using (var refused = await editor.SubmitAsync(imported.ContentItemId, form, "publish"))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("l'image 2 (« uploads/affiche importee.jpg ») n'a pas de texte alternatif", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        }
        Assert.Equal(imported.ContentItemVersionId, (await site.LatestAsync(imported.ContentItemId))!.ContentItemVersionId);

        var texts = form.Fields.Where(f => f.Key == "Event.Images.MediaTexts").ToList();
        var fixedFields = form.Fields.Where(f => f.Key != "Event.Images.MediaTexts").ToList();
        fixedFields.InsertRange(fixedFields.FindIndex(f => f.Key == "Event.Images.Paths") + 1, [("Event.Images.MediaTexts", texts[0].Value)]);
        var secondPath = fixedFields.FindLastIndex(f => f.Key == "Event.Images.Paths" && f.Value.Length > 0);
        fixedFields.Insert(secondPath + 1, ("Event.Images.MediaTexts", "La même affiche, en grand"));
        var blank = fixedFields.FindLastIndex(f => f.Key == "Event.Images.Paths");
        fixedFields.Insert(blank + 1, ("Event.Images.MediaTexts", ""));
        using (var saved = await editor.PostAsync($"/admin/contenus/{imported.ContentItemId}", form.Html, [.. fixedFields, ("command", "publish")]))
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var images = (await site.LatestAsync(imported.ContentItemId))!.GetField<MediaField>("Event", "Images")!;
        Assert.Equal(["/uploads/affiche%20importee.jpg", "uploads/affiche importee.jpg"], images.Paths);
        Assert.Equal(["Affiche de l'évènement", "La même affiche, en grand"], images.MediaTexts);
    }

    [Fact]
    public async Task A_partner_logo_marked_decorative_renders_with_an_empty_alt()
    {
        using var editor = await site.ClientAsync("editor");
        var logo = await editor.UploadOneAsync(site.Server, "", "logo-partenaire.png", MediaSamples.Png());
        await editor.CreateAsync("Partner", "publish", ("TitlePart.Title", "Partenaire décoratif"), ("AutoroutePart.Path", "partenaires/partenaire-decoratif"),
            ("Partner.Logo.Paths", logo), ("Partner.Logo.MediaTexts", "Logo"), ("Partner.Logo.Decorative", "0"));

        using var visitor = new AdminClient(site.Server);
        var (status, page) = await visitor.GetPageAsync("/partenaires/partenaire-decoratif");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"src=\"/media/{logo}\" alt=\"\"", page);
    }
}
