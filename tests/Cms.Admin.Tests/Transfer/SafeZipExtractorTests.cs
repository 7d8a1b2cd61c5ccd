using Cms.Admin.Transfer;
using static Cms.Admin.Tests.Transfer.TransferUploads;

namespace Cms.Admin.Tests.Transfer;

/// <summary>Zip bombs and crowded archives are stopped while extracting, whatever the headers say.</summary>
public sealed class SafeZipExtractorTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cms-zip-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task An_archive_that_inflates_past_the_limit_is_refused_while_extracting()
    {
        // 8 MB of zeros compress to a few kilobytes.
        var bomb = Zip(("_evenements/2024-01-01-a.md", Utf8("---\ntitle: A\n---\n")), ("zeros.bin", new byte[8 * 1024 * 1024]));
        Assert.True(bomb.Length < 100_000);
        var limits = new TransferLimits { MaxExtractedBytes = 1024 * 1024 };

        var error = await Assert.ThrowsAsync<TransferRefusedException>(() => SafeZipExtractor.ExtractAsync(new MemoryStream(bomb), folder, limits, CancellationToken.None));

        Assert.Contains("dépasse 1 Mo", error.Message);
        Assert.Contains("zeros.bin", error.Message);
        Assert.True(new FileInfo(Path.Combine(folder, "zeros.bin")).Length <= 1024 * 1024);
    }

    [Fact]
    public async Task An_archive_with_too_many_entries_is_refused_before_anything_is_written()
    {
        var crowded = Zip(Enumerable.Range(0, 11).Select(i => ($"f{i}.md", Utf8("---\ntitle: x\n---\n"))).ToArray());

        var error = await Assert.ThrowsAsync<TransferRefusedException>(() =>
            SafeZipExtractor.ExtractAsync(new MemoryStream(crowded), folder, new TransferLimits { MaxZipEntries = 10 }, CancellationToken.None));

        Assert.Contains("11 entrées, au plus 10", error.Message);
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task Within_the_limits_every_file_is_written_at_its_path()
    {
        var zip = Zip(("_evenements/2024-01-01-a.md", Utf8("---\ntitle: A\n---\n")), ("uploads/sous dossier/image.jpg", [1, 2, 3]));

        var count = await SafeZipExtractor.ExtractAsync(new MemoryStream(zip), folder, new TransferLimits(), CancellationToken.None);

        Assert.Equal(2, count);
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(Path.Combine(folder, "uploads", "sous dossier", "image.jpg")));
    }

    [Theory]
    [InlineData("../x.md")]
    [InlineData("a/../../x.md")]
    [InlineData("/x.md")]
    [InlineData("C:x.md")]
    [InlineData("a\\x.md")]
    [InlineData("a//x.md")]
    public void Names_that_could_leave_the_folder_are_refused(string name) =>
        Assert.Throws<TransferRefusedException>(() => SafeZipExtractor.CheckedName(name));
}
