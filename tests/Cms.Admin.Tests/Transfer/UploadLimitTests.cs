using System.Net;
using Cms.Admin.Tests.Support;
using static Cms.Admin.Tests.Transfer.TransferUploads;

namespace Cms.Admin.Tests.Transfer;

/// <summary>The upload size limit, configured low (<c>Cms:Admin:Transfer:MaxUploadBytes</c>): a bigger file is refused with a message.</summary>
public class UploadLimitTests(UploadLimitTests.SmallUploadSite fixture) : IClassFixture<UploadLimitTests.SmallUploadSite>
{
    public sealed class SmallUploadSite : IAsyncLifetime
    {
        public AdminSite Site { get; } = new() { ExtraArgs = ["--Cms:Admin:Transfer:MaxUploadBytes=1048576"] };
        public Task InitializeAsync() => Site.InitializeAsync();
        public Task DisposeAsync() => Site.DisposeAsync();
    }

    [Fact]
    public async Task A_file_above_the_configured_size_is_refused_and_nothing_is_kept()
    {
        var site = fixture.Site;
        using var client = await site.ClientAsync("admin");
        var zip = Zip(("_evenements/2024-01-01-gros.md", Utf8("---\ntitle: Gros\n---\n")), ("uploads/gros.bin", Random.Shared.GetItems<byte>(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray(), 2 * 1024 * 1024)));

        var (status, html) = await UploadAsync(site.Server, client, "gros.zip", zip);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("« gros.zip » refusé : le fichier dépasse 1 Mo.", html);
        var root = Path.Combine(site.DataDirectory, "tmp", "transfer");
        Assert.True(!Directory.Exists(root) || !Directory.EnumerateDirectories(root).Any());
    }
}
