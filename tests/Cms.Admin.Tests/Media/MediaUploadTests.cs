using System.Net;
using System.Text.Json.Nodes;
using Cms.Admin.Media;
using Cms.Admin.Tests.Support;

namespace Cms.Admin.Tests.Media;

/// <summary>Uploads through the library page: checks on the content, normalized names, no overwrite, the audit trail, permissions.</summary>
public class MediaUploadTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Fact]
    public async Task An_image_is_stored_under_a_normalized_name_and_recorded_in_the_audit_trail()
    {
        using var editor = await site.ClientAsync("editor");
        using var response = await editor.UploadAsync(site.Server, "", json: false, ("Affiche de l'Été.PNG", MediaSamples.Png()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await site.MediaExistsAsync("affiche-de-l-ete.png"));
        var (_, page) = await editor.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("« affiche-de-l-ete.png » est téléversé.", page);
        Assert.Contains("data-media-file=\"affiche-de-l-ete.png\"", page);
        var audit = Assert.Single(await site.AuditAsync(MediaAudit.Uploaded), e => e.DisplayText == "affiche-de-l-ete.png");
        Assert.Equal("editor", audit.UserName);
        Assert.Contains("image/png", audit.Details);
        Assert.Contains("Affiche de l'Été.PNG", audit.Details);
    }

    [Fact]
    public async Task A_name_already_taken_gets_a_suffix_instead_of_overwriting()
    {
        using var editor = await site.ClientAsync("editor");
        var first = await editor.UploadOneAsync(site.Server, "", "programme.pdf", MediaSamples.Pdf());
        var second = await editor.UploadOneAsync(site.Server, "", "Programme.pdf", [.. MediaSamples.Pdf(), (byte)'\n']);

        Assert.Equal("programme.pdf", first);
        Assert.Equal("programme-2.pdf", second);
        var original = await site.WithServicesAsync(async sp =>
        {
            await using var stream = await ((Cms.Abstractions.Media.IMediaStore)sp.GetService(typeof(Cms.Abstractions.Media.IMediaStore))!).OpenReadAsync(first);
            using var memory = new MemoryStream();
            await stream!.CopyToAsync(memory);
            return memory.ToArray();
        });
        Assert.Equal(MediaSamples.Pdf(), original);
    }

    [Theory]
    [InlineData("rapport.pdf", "png", "une image PNG mais l'extension est « .pdf »")]
    [InlineData("photo.jpg", "html", "HTML")]
    [InlineData("photo.jpg", "truncated", "ne peut pas être décodée")]
    [InlineData("image.png", "zip", "archive ZIP")]
    [InlineData("logo.svg", "svg", "SVG sont refusées")]
    public async Task Files_lying_about_their_type_are_refused_by_name_and_nothing_is_written(string name, string kind, string reason)
    {
        var content = kind switch
        {
            "png" => MediaSamples.Png(),
            "html" => MediaSamples.Html(),
            "truncated" => MediaSamples.TruncatedJpeg(),
            "zip" => MediaSamples.Zip(),
            _ => MediaSamples.Svg(),
        };
        using var editor = await site.ClientAsync("editor");
        await editor.PostFromPageAsync("/admin/medias", "/admin/medias?handler=Folder", ("dossier", ""), ("nom", "refus-" + kind));
        var before = await site.AllMediaAsync();

        using var response = await editor.UploadAsync(site.Server, "refus-" + kind, json: true, (name, content));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray())!.GetValue<string>();
        Assert.StartsWith($"« {name} » est refusé : ", error);
        Assert.Contains(reason, error);
        Assert.Equal(before, await site.AllMediaAsync());
    }

    [Fact]
    public async Task Refusals_are_shown_on_the_library_page_next_to_what_was_accepted()
    {
        using var editor = await site.ClientAsync("editor");
        using var response = await editor.UploadAsync(site.Server, "", json: false, ("faux.pdf", MediaSamples.Png()), ("liste.csv", MediaSamples.Csv()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await editor.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("data-testid=\"media-errors\"", page);
        Assert.Contains("« faux.pdf » est refusé", page);
        Assert.Contains("« liste.csv » est téléversé.", page);
        Assert.False(await site.MediaExistsAsync("faux.pdf"));
    }

    [Theory]
    [InlineData("../../cms.jpg", "cms.jpg")]
    [InlineData("a/b.jpg", "b.jpg")]
    [InlineData("..\\..\\evil.jpg", "evil.jpg")]
    [InlineData(".cache.jpg", "cache.jpg")]
    public async Task Path_tricks_in_file_names_never_leave_the_folder(string name, string stored)
    {
        using var editor = await site.ClientAsync("editor");
        await editor.PostFromPageAsync("/admin/medias", "/admin/medias?handler=Folder", ("dossier", ""), ("nom", "pieges"));
        var path = await editor.UploadOneAsync(site.Server, "pieges", name, MediaSamples.Jpeg());

        Assert.StartsWith("pieges/", path);
        Assert.Equal("pieges/" + stored, path);
        Assert.True(await site.MediaExistsAsync(path));
        Assert.False(File.Exists(Path.Combine(site.DataDirectory, stored)));
    }

    [Fact]
    public async Task A_control_character_in_the_name_is_refused()
    {
        using var editor = await site.ClientAsync("editor");
        using var response = await editor.UploadAsync(site.Server, "", json: true, ("con.jpg\0.png", MediaSamples.Png()));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("caractère de contrôle", body);
    }

    [Theory]
    [InlineData("../..")]
    [InlineData("/etc")]
    [InlineData("dossier-inexistant")]
    public async Task An_upload_into_a_folder_outside_the_store_or_missing_is_refused(string folder)
    {
        using var editor = await site.ClientAsync("editor");
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetPageAsync("/admin/medias?dossier=" + Uri.EscapeDataString(folder))).Status);
        var before = await site.AllMediaAsync();

        using var response = await editor.UploadAsync(site.Server, folder, json: true, ("ok.png", MediaSamples.Png()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("n'existe pas dans la médiathèque", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await site.AllMediaAsync());
    }

    [Fact]
    public async Task Contributors_upload_but_only_editors_delete_and_visitors_are_sent_to_sign_in()
    {
        using var contributor = await site.ClientAsync("alice");
        var path = await contributor.UploadOneAsync(site.Server, "", "contribution.png", MediaSamples.Png());
        var (_, page) = await contributor.GetPageAsync("/admin/medias");
        Assert.Contains("Médiathèque", page);
        Assert.DoesNotContain("/admin/medias/supprimer", page);
        using (var denied = await contributor.GetAsync("/admin/medias/supprimer?chemin=" + path))
            Assert.True(EditorSteps.IsForbidden(denied), $"Expected a refusal, got {(int)denied.StatusCode}");

        using var visitor = await site.ClientAsync();
        using (var anonymous = await visitor.GetAsync("/admin/medias"))
            Assert.True(EditorSteps.IsLoginRedirect(anonymous));
    }

    [Fact]
    public async Task Folders_are_created_browsed_and_searched_across()
    {
        using var editor = await site.ClientAsync("editor");
        using (var created = await editor.PostFromPageAsync("/admin/medias", "/admin/medias?handler=Folder", ("dossier", ""), ("nom", "Rapports annuels")))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            Assert.Equal("/admin/medias?dossier=rapports-annuels", created.Headers.Location!.OriginalString);
        }
        var path = await editor.UploadOneAsync(site.Server, "rapports-annuels", "Bilan d'activité 2024.pdf", MediaSamples.Pdf());
        Assert.Equal("rapports-annuels/bilan-d-activite-2024.pdf", path);

        var (_, root) = await editor.GetPageAsync("/admin/medias");
        Assert.Contains("href=\"/admin/medias?dossier=rapports-annuels\"", root);
        Assert.DoesNotContain("data-media-file=\"rapports-annuels/bilan-d-activite-2024.pdf\"", root);

        var (_, search) = await editor.GetPageAsync("/admin/medias?q=" + Uri.EscapeDataString("activité"));
        Assert.Contains("data-media-file=\"rapports-annuels/bilan-d-activite-2024.pdf\"", search);

        var (_, thumbnailless) = await editor.GetPageAsync("/admin/medias?dossier=rapports-annuels");
        Assert.Contains("data-media-file=\"rapports-annuels/bilan-d-activite-2024.pdf\"", thumbnailless);
        Assert.Contains("fichier(s)", thumbnailless);
    }

    [Fact]
    public async Task Images_get_a_thumbnail_and_other_files_do_not()
    {
        using var editor = await site.ClientAsync("editor");
        var image = await editor.UploadOneAsync(site.Server, "", "grande-photo.jpg", MediaSamples.Jpeg(800, 600));
        var document = await editor.UploadOneAsync(site.Server, "", "notice.pdf", MediaSamples.Pdf());

        using var thumbnail = await editor.GetAsync("/admin/medias/vignette?chemin=" + image);
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.Equal("image/webp", thumbnail.Content.Headers.ContentType!.MediaType);
        using var decoded = SixLabors.ImageSharp.Image.Load(await thumbnail.Content.ReadAsByteArrayAsync());
        Assert.True(decoded.Width <= 240 && decoded.Height <= 240);

        using var none = await editor.GetAsync("/admin/medias/vignette?chemin=" + document);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        using var outside = await editor.GetAsync("/admin/medias/vignette?chemin=" + Uri.EscapeDataString("../cms.db"));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [Fact]
    public async Task The_library_pages_through_files()
    {
        using var editor = await site.ClientAsync("editor");
        await editor.PostFromPageAsync("/admin/medias", "/admin/medias?handler=Folder", ("dossier", ""), ("nom", "beaucoup"));
        var files = Enumerable.Range(1, 50).Select(i => ($"note-{i:00}.txt", System.Text.Encoding.UTF8.GetBytes($"note {i}"))).ToArray();
        using (var upload = await editor.UploadAsync(site.Server, "beaucoup", json: true, files))
            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);

        var (_, first) = await editor.GetPageAsync("/admin/medias?dossier=beaucoup");
        Assert.Contains("Page 1 sur 2", first);
        Assert.Contains("data-media-file=\"beaucoup/note-48.txt\"", first);
        Assert.DoesNotContain("data-media-file=\"beaucoup/note-49.txt\"", first);
        var (_, second) = await editor.GetPageAsync("/admin/medias?dossier=beaucoup&p=2");
        Assert.Contains("data-media-file=\"beaucoup/note-50.txt\"", second);
    }
}
