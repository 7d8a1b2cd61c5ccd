using System.Net;
using Cms.Abstractions.Content;
using Cms.Admin.Tests.Support;
using Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cms.Admin.Tests.Transfer.TransferUploads;

namespace Cms.Admin.Tests.Transfer;

/// <summary>The import page on the real host: dry run, real run, refusals, tokens, permission and audit trail.</summary>
public class ImportPageTests(AdminSite site) : IClassFixture<AdminSite>
{
    private string TransferRoot => Path.Combine(site.DataDirectory, "tmp", "transfer");

    [Fact]
    public async Task A_zip_of_documents_is_reported_by_a_dry_run_then_imported_by_the_real_run()
    {
        using var client = await site.ClientAsync("admin");
        var zip = Zip(
            ("_evenements/2023-07-26-transfert-numerique-en-communs.markdown", Utf8(SeedText)),
            ("_evenements/2024-05-01-casse.md", Utf8(BrokenDocument)),
            ("uploads/1500-500-max bis.jpg", SeedImage),
            ("LISEZMOI.txt", Utf8("pas un document")));
        var id = IdGenerator.FromSeed("_evenements/2023-07-26-transfert-numerique-en-communs.markdown");

        var (status, dryRun) = await UploadAsync(site.Server, client, "documents.zip", zip);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Essai à blanc", dryRun);
        Assert.Contains("créés : 1", dryRun);
        Assert.Contains("refusés : 1", dryRun);
        Assert.Contains("_evenements/2024-05-01-casse.md", dryRun);
        Assert.Matches(@"<td>_evenements/2024-05-01-casse.md</td><td>\d+</td><td>YAML invalide", dryRun);
        Assert.DoesNotContain("missing-media", dryRun);
        Assert.Null(await site.LatestAsync(id));
        Assert.Single(Directory.EnumerateDirectories(TransferRoot));

        var (runStatus, done) = await RunAsync(client, dryRun);

        Assert.Equal(HttpStatusCode.OK, runStatus);
        Assert.Contains("Import terminé", done);
        Assert.Contains("créés : 1", done);
        var item = await site.PublishedAsync(id);
        Assert.NotNull(item);
        Assert.Equal("agenda/transfert-numerique-en-communs", item.As<AutoroutePart>()!.Path);
        Assert.Empty(Directory.EnumerateDirectories(TransferRoot));
        using (var scope = site.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var audit = await db.AuditTrail.Where(e => e.Kind == "TransferImport").OrderByDescending(e => e.Id).FirstAsync();
            Assert.Equal("admin", audit.UserName);
            Assert.Contains("« documents.zip »", audit.Details);
            Assert.Contains("créés 1", audit.Details);
        }

        // The token is spent: the same run cannot be replayed.
        var (_, replay) = await RunAsync(client, dryRun);
        Assert.Contains("plus disponible", replay);
    }

    [Fact]
    public async Task A_recipe_is_dry_run_then_run_and_a_failing_one_writes_nothing()
    {
        using var client = await site.ClientAsync("admin");
        var themeId = IdGenerator.FromSeed("transfer-test-theme");
        var recipe = $$"""
            { "name": "essai", "steps": [ { "name": "content", "data": [ {
              "ContentItemId": "{{themeId}}", "ContentItemVersionId": "{{IdGenerator.FromSeed("transfer-test-theme-v1")}}", "ContentType": "Theme",
              "DisplayText": "Thématique envoyée", "Latest": true, "Published": true,
              "TitlePart": { "Title": "Thématique envoyée" }, "AutoroutePart": { "Path": "thematiques/thematique-envoyee" },
              "MarkdownBodyPart": { "Markdown": "" }, "Theme": { "Summary": { "Text": "Résumé" } } } ] } ] }
            """;

        var (_, dryRun) = await UploadAsync(site.Server, client, "essai.recipe.json", Utf8(recipe));
        Assert.Contains("Essai à blanc", dryRun);
        Assert.Contains("créés : 1", dryRun);
        Assert.Null(await site.LatestAsync(themeId));

        var (_, done) = await RunAsync(client, dryRun);
        Assert.Contains("Import terminé", done);
        Assert.Equal("Thématique envoyée", (await site.PublishedAsync(themeId))!.DisplayText);

        // An unknown step: refused whole by the dry run, nothing kept to run.
        var (_, refused) = await UploadAsync(site.Server, client, "mauvaise.json", Utf8("""{ "name": "x", "steps": [ { "name": "inconnue" } ] }"""));
        Assert.Contains("étape inconnue", refused);
        Assert.DoesNotContain("data-testid=\"run-import\"", refused);
        Assert.Empty(Directory.EnumerateDirectories(TransferRoot));
    }

    [Theory]
    [InlineData("../dehors.md")]
    [InlineData("_evenements/../../dehors.md")]
    [InlineData("/etc/dehors.md")]
    [InlineData("C:/dehors.md")]
    [InlineData("_evenements\\..\\..\\dehors.md")]
    public async Task Zip_slip_entries_refuse_the_whole_archive(string entry)
    {
        using var client = await site.ClientAsync("admin");
        var zip = Zip(("_evenements/2024-01-01-ok.md", Utf8("---\ntitle: OK\n---\n")), (entry, Utf8("---\ntitle: Dehors\n---\n")));

        var (_, html) = await UploadAsync(site.Server, client, "glissement.zip", zip);

        Assert.Contains("« glissement.zip » refusé", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(entry), html);
        Assert.False(File.Exists(Path.Combine(site.DataDirectory, "tmp", "dehors.md")));
        Assert.False(File.Exists(Path.Combine(site.DataDirectory, "dehors.md")));
        Assert.True(!Directory.Exists(TransferRoot) || !Directory.EnumerateDirectories(TransferRoot).Any());
    }

    [Theory]
    [InlineData("image.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })]
    [InlineData("texte.json", new byte[] { 0x5B, 0x31, 0x5D })]
    [InlineData("vide.zip", new byte[0])]
    public async Task A_file_that_is_neither_a_zip_nor_a_json_recipe_is_refused_with_a_message(string name, byte[] content)
    {
        using var client = await site.ClientAsync("admin");
        var (status, html) = await UploadAsync(site.Server, client, name, content);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"transfer-error\"", html);
        Assert.Contains(name, html);
    }

    [Fact]
    public async Task A_zip_without_documents_is_refused()
    {
        using var client = await site.ClientAsync("admin");
        var (_, html) = await UploadAsync(site.Server, client, "images.zip", Zip(("uploads/a.jpg", SeedImage)));
        Assert.Contains("aucun document .md ou .markdown", html);
    }

    [Fact]
    public async Task Another_user_cannot_run_an_upload_by_its_token()
    {
        using var admin = await site.ClientAsync("admin");
        var (_, dryRun) = await UploadAsync(site.Server, admin, "a.zip", Zip(("_evenements/2024-02-02-jeton.md", Utf8("---\ntitle: Jeton\n---\n"))));
        var token = AdminClient.InputValue(dryRun, "Token")!;
        await site.CreateUserAsync("admin2", Cms.Data.Identity.CmsRoles.Administrator);
        using var other = await site.ClientAsync("admin2");
        var (_, page) = await other.GetPageAsync("/admin/import");

        var (_, html) = await RunAsync(other, page, token: token);

        Assert.Contains("plus disponible", html);
        Assert.Null(await site.LatestAsync(IdGenerator.FromSeed("_evenements/2024-02-02-jeton.md")));
        await RunAsync(admin, dryRun, handler: "Cancel");
        Assert.Empty(Directory.EnumerateDirectories(TransferRoot));
    }

    [Theory]
    [InlineData("/admin/import")]
    [InlineData("/admin/export")]
    public async Task Editors_are_refused_the_transfer_pages(string url)
    {
        using var editor = await site.ClientAsync("editor");
        using var response = await editor.GetAsync(url);
        Assert.True(EditorSteps.IsForbidden(response), $"{(int)response.StatusCode}");
        var (_, home) = await editor.GetPageAsync("/admin");
        Assert.DoesNotContain("href=\"/admin/import\"", home);

        using var admin = await site.ClientAsync("admin");
        var (status, _) = await admin.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
    }
}
