using System.Net;
using Cms.Abstractions.Content;
using Cms.Redirects.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Search.Tests;

[Collection(CorpusSiteCollection.Name)]
public sealed class RedirectTests(CorpusSiteFixture fixture)
{
    [Fact]
    public async Task A_changed_address_redirects_from_every_old_one_to_the_latest_in_one_step()
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync("Event");
        item.Apply(new TitlePart { Title = "Essai de redirection" });
        item.Apply(new AutoroutePart { Path = "agenda/essai-redirection-a" });
        item = await content.CreateAsync(item, publish: true);
        foreach (var path in new[] { "agenda/essai-redirection-b", "agenda/essai-redirection-c" })
        {
            item = (await content.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
            item.Apply(new AutoroutePart { Path = path });
            item = await content.PublishAsync(item);
        }

        using var client = fixture.Client();
        foreach (var old in new[] { "/agenda/essai-redirection-a", "/agenda/essai-redirection-b/" })
        {
            using var response = await client.GetAsync(old);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal("/agenda/essai-redirection-c", response.Headers.Location!.OriginalString);
        }

        // Back to the first address: it answers the page again, and no redirect loops.
        item = (await content.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
        item.Apply(new AutoroutePart { Path = "agenda/essai-redirection-a" });
        await content.PublishAsync(item);
        using var again = await client.GetAsync("/agenda/essai-redirection-a");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var fromC = await client.GetAsync("/agenda/essai-redirection-c");
        Assert.Equal("/agenda/essai-redirection-a", fromC.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_redirect_that_would_loop_is_refused_and_a_chain_is_stored_as_its_end()
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<RedirectStore>();
        Assert.Null(await store.SaveManualAsync(null, "/ancien/un", "/ancien/deux", "test", CancellationToken.None));
        Assert.Null(await store.SaveManualAsync(null, "/ancien/deux/", "/agenda", "test", CancellationToken.None));
        Assert.Null(await store.SaveManualAsync(null, "/agenda-ancien", "/ancien/un", "test", CancellationToken.None));
        var loop = await store.SaveManualAsync(null, "/agenda", "/ancien/un", "test", CancellationToken.None);
        Assert.Contains("boucle", loop);
        var refused = await store.SaveManualAsync(null, "/agenda/pas-une-page", "/agenda/pas-une-page/", "test", CancellationToken.None);
        Assert.Contains("boucle", refused);

        using var client = fixture.Client();
        using var response = await client.GetAsync("/ancien/un?x=1");
        Assert.Equal("/agenda?x=1", response.Headers.Location!.OriginalString);
    }
}
