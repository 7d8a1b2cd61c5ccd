using System.Text;
using Cms.Abstractions.Media;
using Cms.ContentManagement.Media;
using Cms.Data.Configuration;

namespace Cms.ContentManagement.Tests;

/// <summary>The file-system media store: round trip, listing, public URLs, and paths that could leave the store.</summary>
public sealed class MediaStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cms-media-tests", Guid.NewGuid().ToString("N"));
    private readonly IMediaStore _store;

    public MediaStoreTests()
    {
        _store = new FileSystemMediaStore(new CmsDataOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "", DataDirectory = _root });
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Saves_reads_lists_and_deletes()
    {
        await _store.SaveAsync("uploads/photo été.jpg", new MemoryStream(Encoding.UTF8.GetBytes("image")));
        Assert.True(await _store.ExistsAsync("uploads/photo été.jpg"));
        await using (var stream = await _store.OpenReadAsync("/uploads/photo été.jpg"))
        {
            Assert.Equal("image", await new StreamReader(stream!).ReadToEndAsync());
        }
        var root = await _store.ListAsync();
        Assert.Equal([new MediaEntry("uploads", true, 0, root[0].LastModifiedUtc)], root);
        var files = await _store.ListAsync("uploads");
        Assert.Equal("uploads/photo été.jpg", Assert.Single(files).Path);
        Assert.Equal(5, files[0].Length);
        Assert.Equal("/media/uploads/photo%20%C3%A9t%C3%A9.jpg", _store.PublicUrl("uploads/photo été.jpg"));
        Assert.True(await _store.DeleteAsync("uploads/photo été.jpg"));
        Assert.False(await _store.ExistsAsync("uploads/photo été.jpg"));
        Assert.Null(await _store.OpenReadAsync("uploads/photo été.jpg"));
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("uploads/../../secret.txt")]
    [InlineData("uploads/./photo.jpg")]
    [InlineData("/etc/passwd/")]
    [InlineData("//server/share")]
    [InlineData("..\\secret.txt")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("uploads/\u0001.jpg")]
    [InlineData("")]
    public async Task Refuses_paths_that_could_leave_the_store(string path)
    {
        if (path == "/etc/passwd/")
        {
            // A leading '/' is only the store's root: it stays inside.
            Assert.Equal("/media/etc/passwd", _store.PublicUrl(path));
            return;
        }
        await Assert.ThrowsAsync<ArgumentException>(() => _store.SaveAsync(path, new MemoryStream([1])));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.ExistsAsync(path));
        Assert.Throws<ArgumentException>(() => _store.PublicUrl(path));
    }

    [Fact]
    public async Task Listing_a_folder_outside_the_store_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.ListAsync(".."));
        Assert.Empty(await _store.ListAsync("absent"));
    }

    [Fact]
    public async Task The_probe_writes_in_the_store_and_fails_when_it_cannot()
    {
        var probe = (IMediaStoreProbe)_store;
        await probe.ProbeAsync();
        Assert.Empty(await _store.ListAsync());

        // The media directory's place is taken by a file: nothing can be written there (even as root).
        var blocked = Path.Combine(_root, "blocked");
        Directory.CreateDirectory(_root);
        await File.WriteAllTextAsync(blocked, "not a directory");
        var store = new FileSystemMediaStore(new CmsDataOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "", DataDirectory = _root, MediaRoot = blocked });
        await Assert.ThrowsAnyAsync<IOException>(() => store.ProbeAsync());
        Assert.Equal(blocked, store.Description);
    }
}
