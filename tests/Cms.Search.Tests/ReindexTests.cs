using Cms.Abstractions.Content;
using Cms.Abstractions.Search;
using Cms.Data.Configuration;
using Cms.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Search.Tests;

/// <summary>The <c>reindex</c> command beside the running site, and the index seen from the back office's list.</summary>
[Collection(CorpusSiteCollection.Name)]
public sealed class ReindexTests(CorpusSiteFixture fixture)
{
    [Fact]
    public async Task Reindex_while_the_site_runs_asks_the_site_and_prints_its_rebuild()
    {
        var data = fixture.Site.Services.GetRequiredService<CmsDataOptions>();
        Assert.True(SearchIndex.InUse(data));
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var output = new StringWriter();

        var code = await new ReindexCommand(scope.ServiceProvider, data).RunAsync([], output, CancellationToken.None);

        Assert.True(code == 0, output.ToString());
        Assert.Contains("open by the running site", output.ToString());
        Assert.Matches(@"Search index rebuilt: [1-9]\d* items", output.ToString());
        Assert.Empty(Directory.GetFiles(data.DataDirectory, "search-reindex.*"));
        Assert.Equal(SearchIndexState.Ready, fixture.Site.Services.GetRequiredService<SearchIndex>().State);
    }

    [Fact]
    public async Task The_content_list_search_finds_words_of_the_body_and_keeps_its_filters()
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<IContentTextSearch>();
        var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
        // « Tchap » is in the body of events, in no title.
        var ids = await search.MatchingItemIdsAsync("tchap", 1000);
        Assert.NotNull(ids);
        Assert.NotEmpty(ids!);
        var titlesOnly = await query.ListAsync(new ContentListQuery { Status = ContentStatus.Latest, Text = "tchap" });
        Assert.Empty(titlesOnly.Items);

        var events = await query.ListAsync(new ContentListQuery { ContentType = "Event", Status = ContentStatus.Latest, Text = "tchap", TextMatchIds = ids });
        Assert.NotEmpty(events.Items);
        Assert.All(events.Items, i => Assert.Equal("Event", i.ContentType));
        Assert.All(events.Items, i => Assert.Contains(i.ContentItemId, ids!));
        // A title match still counts, with or without index matches.
        var byTitle = await query.ListAsync(new ContentListQuery { ContentType = "Event", Status = ContentStatus.Latest, Text = "bordeaux", TextMatchIds = ids });
        Assert.Contains(byTitle.Items, i => i.DisplayText!.Contains("Bordeaux", StringComparison.Ordinal));
    }
}
