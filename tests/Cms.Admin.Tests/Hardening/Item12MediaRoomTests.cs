using System.Net;
using System.Text;
using Cms.Abstractions.Media;
using Cms.Admin.Media;
using Cms.Admin.Tests.Media;
using Cms.Admin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.Tests.Hardening;

/// <summary>The site with a small library: 40,000 bytes in all, two levels of folders, three entries a folder.</summary>
public sealed class SmallLibrarySite : IAsyncLifetime
{
    public const long Quota = 40_000;

    public AdminSite Site { get; } = new()
    {
        ExtraArgs = [$"--Cms:Media:Quota={Quota}", "--Cms:Media:MaxFolderDepth=2", "--Cms:Media:MaxEntriesPerFolder=3"],
    };

    public Task InitializeAsync() => Site.InitializeAsync();

    public Task DisposeAsync() => Site.DisposeAsync();
}

/// <summary>
/// Issue 16, item 12: a media quota and folder limits. Before, the library took files until the disk was full and
/// folders of any depth and size; an upload, a new folder or an imported file over a limit is now refused with the
/// limit and its configuration key named, and nothing is written.
/// </summary>
public sealed class Item12MediaRoomTests(SmallLibrarySite fixture) : IClassFixture<SmallLibrarySite>
{
    private AdminSite Site => fixture.Site;

    [Fact]
    public async Task Item12_an_upload_over_the_media_quota_is_refused_until_a_file_is_deleted()
    {
        using var editor = await Site.ClientAsync("editor");
        await CreateFolderAsync(editor, "", "quota");
        var used = await Site.WithServicesAsync(sp => sp.GetRequiredService<MediaSpace>().UsedAsync(CancellationToken.None));
        var half = (int)((SmallLibrarySite.Quota - used) / 2) + 100;

        var first = await editor.UploadOneAsync(Site.Server, "quota", "premier.txt", Text(half));
        var before = await Site.AllMediaAsync();
        using var refused = await editor.UploadAsync(Site.Server, "quota", json: true, ("second.txt", Text(half)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var message = await refused.Content.ReadAsStringAsync();
        Assert.Contains("la médiathèque serait pleine", message);
        Assert.Contains("Cms:Media:Quota", message);
        Assert.Equal(before, await Site.AllMediaAsync());

        var (page, html) = await editor.GetPageAsync("/admin/medias?dossier=quota");
        Assert.Equal(HttpStatusCode.OK, page);
        Assert.Contains("Espace utilisé :", WebUtility.HtmlDecode(html));

        using (await editor.PostFromPageAsync($"/admin/medias/supprimer?chemin={first}", null)) { }
        Assert.False(await Site.MediaExistsAsync(first));
        var second = await editor.UploadOneAsync(Site.Server, "quota", "second.txt", Text(half));
        Assert.True(await Site.MediaExistsAsync(second));
    }

    [Fact]
    public async Task Item12_folders_are_limited_in_depth_and_in_entries()
    {
        using var editor = await Site.ClientAsync("editor");
        await CreateFolderAsync(editor, "", "profond");
        await CreateFolderAsync(editor, "profond", "b");
        var tooDeep = await FolderRefusalAsync(editor, "profond/b", "c");
        Assert.Contains("« profond/b/c » aurait 3 niveaux de dossiers, au-delà de la limite de 2 (Cms:Media:MaxFolderDepth)", tooDeep);
        Assert.Null(await Site.WithServicesAsync(sp => sp.GetRequiredService<IMediaLibraryStore>().GetEntryAsync("profond/b/c")));

        for (var i = 1; i <= 3; i++) await editor.UploadOneAsync(Site.Server, "profond/b", $"note-{i}.txt", Text(10));
        var before = await Site.AllMediaAsync();
        using var refused = await editor.UploadAsync(Site.Server, "profond/b", json: true, ("note-4.txt", Text(10)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("le dossier « profond/b » contient déjà 3 éléments, la limite par dossier (Cms:Media:MaxEntriesPerFolder)",
            await refused.Content.ReadAsStringAsync());
        Assert.Equal(before, await Site.AllMediaAsync());

        for (var i = 1; i <= 2; i++) await editor.UploadOneAsync(Site.Server, "profond", $"note-{i}.txt", Text(10));
        Assert.Contains("le dossier « profond » contient déjà 3 éléments", await FolderRefusalAsync(editor, "profond", "d"));
    }

    [Fact]
    public async Task Item12_an_imported_file_meets_the_quota_and_the_depth_limit()
    {
        var (inFullFolder, tooDeep, overQuota, fits) = await Site.WithServicesAsync(async sp =>
        {
            var store = sp.GetRequiredService<IMediaLibraryStore>();
            await store.CreateFolderAsync("import/plein");
            for (var i = 1; i <= 3; i++) await store.SaveAsync($"import/plein/f{i}.txt", new MemoryStream(Text(5)));
            var check = sp.GetRequiredService<IMediaFileCheck>();
            return (await check.RefusalAsync("import/plein/f4.txt", new MemoryStream(Text(5)), CancellationToken.None),
                await check.RefusalAsync("import/a/b/c.txt", new MemoryStream(Text(5)), CancellationToken.None),
                await check.RefusalAsync("import/gros.txt", new MemoryStream(Text((int)SmallLibrarySite.Quota + 1)), CancellationToken.None),
                await check.RefusalAsync("import/petit.txt", new MemoryStream(Text(5)), CancellationToken.None));
        });
        Assert.Null(inFullFolder); // an imported site keeps its folders as they are
        Assert.Contains("Cms:Media:MaxFolderDepth", tooDeep);
        Assert.Contains("Cms:Media:Quota", overQuota);
        Assert.Null(fits);
    }

    private static byte[] Text(int length) => Encoding.UTF8.GetBytes(new string('a', length));

    private async Task CreateFolderAsync(AdminClient editor, string parent, string name)
    {
        Assert.Null(await FolderRefusalAsync(editor, parent, name));
    }

    /// <summary>Posts the new-folder form; the error shown on the library page, or null when the folder was created.</summary>
    private static async Task<string?> FolderRefusalAsync(AdminClient editor, string parent, string name)
    {
        using var response = await editor.PostFromPageAsync("/admin/medias", "/admin/medias?handler=Folder", ("dossier", parent), ("nom", name));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = WebUtility.HtmlDecode((await editor.GetPageAsync(response.Headers.Location!.OriginalString)).Html);
        var at = html.IndexOf("Le dossier n'a pas été créé", StringComparison.Ordinal);
        return at < 0 ? null : html[at..html.IndexOf('<', at)];
    }
}
