using System.Net;
using Cms.Abstractions.Media;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Search.Tests;

[Collection(CorpusSiteCollection.Name)]
public sealed class OldUrlTests(CorpusSiteFixture fixture)
{
    [Fact]
    public async Task Every_published_corpus_event_answers_at_its_Jekyll_url_with_301_then_200()
    {
        var refused = fixture.Import.Refused.Select(r => Path.GetFileName(r.Path)).ToHashSet();
        var documents = CorpusDocuments.Events().Where(d => d.Published && !refused.Contains(d.FileName)).ToList();
        Assert.True(documents.Count > 50, $"only {documents.Count} published corpus events");
        using var client = fixture.Client();
        var failures = new List<string>();
        foreach (var document in documents)
        {
            var oldUrl = string.Join('/', document.JekyllUrl.Split('/').Select(Uri.EscapeDataString));
            using var first = await client.GetAsync(oldUrl);
            if (first.StatusCode != HttpStatusCode.MovedPermanently || first.Headers.Location is null)
            {
                failures.Add($"{document.FileName}: {oldUrl} answered {(int)first.StatusCode}");
                continue;
            }
            using var second = await client.GetAsync(first.Headers.Location);
            if (second.StatusCode != HttpStatusCode.OK) failures.Add($"{document.FileName}: {first.Headers.Location} answered {(int)second.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Old_uploads_urls_lead_to_the_media_file()
    {
        var store = fixture.Site.Services.GetRequiredService<IMediaStore>();
        await store.SaveAsync("uploads/vieille photo.jpg", new MemoryStream([1, 2, 3]));
        using var client = fixture.Client();
        using var response = await client.GetAsync("/uploads/vieille%20photo.jpg");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/media/uploads/vieille%20photo.jpg", response.Headers.Location!.OriginalString);
        using var missing = await client.GetAsync("/uploads/absente.jpg");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
