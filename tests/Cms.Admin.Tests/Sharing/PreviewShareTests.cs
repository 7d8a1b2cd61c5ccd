using System.Net;
using Cms.Abstractions.Content;
using Cms.Admin.Sharing;
using Cms.Admin.Tests.Support;
using Cms.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cms.Admin.Tests.Sharing;

/// <summary>
/// Share links: a signed token opens the item's latest version without an account; an altered or made-up token, an
/// expired link and a revoked link each get a French page saying so (404 or 410), never a 500 nor the preview.
/// </summary>
public sealed class PreviewShareTests(AdminSite site) : IClassFixture<AdminSite>
{
    /// <summary>The site's own share links (its database and key ring), on a clock the test moves.</summary>
    private async Task<T> SharesAsync<T>(FakeTimeProvider clock, Func<PreviewShares, Task<T>> work)
    {
        using var scope = site.App.Services.CreateScope();
        var shares = new PreviewShares(scope.ServiceProvider.GetRequiredService<CmsDbContext>(), clock,
            scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>());
        return await work(shares);
    }

    /// <summary>A draft titled <paramref name="title"/> and a link to it made at <paramref name="clock"/>'s time.</summary>
    private async Task<(ContentItem Item, string Token)> LinkAsync(string title, FakeTimeProvider clock, int days = 7)
    {
        var item = await site.CreateItemAsync("Theme", title, publish: false);
        return (item, await SharesAsync(clock, s => s.CreateAsync(item.ContentItemId, days, "editor", default)));
    }

    private async Task<(HttpStatusCode Status, string Html)> OpenAsync(string token)
    {
        using var visitor = await site.ClientAsync();
        var (status, html) = await visitor.GetPageAsync(PreviewShares.Url(token));
        return (status, WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task A_link_opens_the_draft_for_someone_without_an_account()
    {
        var (_, token) = await LinkAsync("Brouillon partagé", new FakeTimeProvider(DateTimeOffset.UtcNow));

        var (status, html) = await OpenAsync(token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Brouillon partagé", html);
    }

    [Fact]
    public async Task An_altered_cut_or_made_up_token_gets_a_french_404_page()
    {
        var (_, token) = await LinkAsync("Lien modifié", new FakeTimeProvider(DateTimeOffset.UtcNow));
        var altered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        foreach (var bad in new[] { altered, token[..^4], "inconnu", new string('x', 43) })
        {
            var (status, html) = await OpenAsync(bad);
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Contains("Ce lien de prévisualisation n'est pas valable", html);
            Assert.DoesNotContain("Lien modifié", html);
        }
    }

    [Fact]
    public async Task A_link_expires_at_its_time_and_says_so()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (_, token) = await LinkAsync("Lien d'un jour", clock, days: 1);

        clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(ShareLinkState.Valid, (await SharesAsync(clock, s => s.ResolveAsync(token, default))).State);
        clock.Advance(TimeSpan.FromHours(1));
        var expired = await SharesAsync(clock, s => s.ResolveAsync(token, default));
        Assert.Equal(ShareLinkState.Expired, expired.State);
        Assert.Null(expired.ContentItemId);
    }

    [Fact]
    public async Task An_expired_link_gets_a_french_410_page()
    {
        // Made 31 days ago for 30 days: expired yesterday by the site's own clock.
        var (_, token) = await LinkAsync("Lien périmé", new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-31)), days: 30);

        var (status, html) = await OpenAsync(token);

        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("Ce lien de prévisualisation a expiré", html);
        Assert.DoesNotContain("Lien périmé", html);
    }

    [Fact]
    public async Task A_revoked_link_stops_opening_the_preview_and_says_so()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (item, token) = await LinkAsync("Contenu retiré", clock);
        var link = (await SharesAsync(clock, s => s.ListAsync(item.ContentItemId, default))).Single();

        Assert.True(await SharesAsync(clock, s => s.RevokeAsync(item.ContentItemId, link.Id, "editor", default)));
        Assert.False(await SharesAsync(clock, s => s.RevokeAsync(item.ContentItemId, link.Id, "editor", default)));

        var (status, html) = await OpenAsync(token);
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("Ce lien de prévisualisation a été révoqué", html);
        Assert.DoesNotContain("Contenu retiré", html);
        var listed = (await SharesAsync(clock, s => s.ListAsync(item.ContentItemId, default))).Single();
        Assert.Equal("editor", listed.RevokedBy);
        Assert.False(listed.IsActive(clock.GetUtcNow().UtcDateTime));
    }
}
