using System.Net;
using Cms.Admin.Tests.Support;

namespace Cms.Admin.Tests.Integration;

/// <summary>Two editors at once: the second save, based on an outdated version, is refused and nothing is lost.</summary>
public class ConflictTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Fact]
    public async Task The_second_save_is_refused_naming_who_saved_in_between_and_the_input_is_kept()
    {
        var id = (await site.CreateItemAsync("Event", "Forum des communs", publish: true)).ContentItemId;
        using var first = await site.ClientAsync("editor");
        using var second = await site.ClientAsync("admin");
        var firstForm = await first.OpenAsync(id);
        var secondForm = await second.OpenAsync(id);
        Assert.Equal(AdminClient.InputValue(firstForm.Html, "VersionId"), AdminClient.InputValue(secondForm.Html, "VersionId"));

        using (var saved = await first.SubmitAsync(id, firstForm, "save", ("TitlePart.Title", "Forum des communs — salle changée")))
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var refused = await second.SubmitAsync(id, secondForm, "publish",
            ("TitlePart.Title", "Forum des communs — horaires"), ("Event.Venue.Text", "Salle B"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"conflict\"", html);
        Assert.Contains("modifié par editor", html);
        Assert.Equal("Forum des communs — horaires", AdminClient.InputValue(html, "TitlePart.Title"));
        Assert.Equal("Salle B", AdminClient.InputValue(html, "Event.Venue.Text"));
        Assert.Contains("/comparer?de=", html);
        var latest = await site.LatestAsync(id);
        Assert.Equal("Forum des communs — salle changée", latest!.DisplayText);

        // The compare link shows what the other editor changed.
        var compare = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/admin/contenus/[^\"]+/comparer\\?[^\"]+)\"").Groups[1].Value;
        var (status, diff) = await second.GetPageAsync(WebUtility.HtmlDecode(compare));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Forum des communs — salle changée", diff);

        // Retry: the input is carried over onto the latest version, then saved.
        var conflictForm = (html, FormReader.Read(html, "content-form"));
        var latestId = latest.ContentItemVersionId;
        using var rebased = await second.PostAsync($"/admin/contenus/{id}", html, [.. conflictForm.Item2, ("rebase", latestId)]);
        var rebasedHtml = await rebased.Content.ReadAsStringAsync();
        Assert.Equal(latestId, AdminClient.InputValue(rebasedHtml, "VersionId"));
        Assert.Equal("Forum des communs — horaires", AdminClient.InputValue(rebasedHtml, "TitlePart.Title"));
        using (var retried = await second.SubmitAsync(id, (rebasedHtml, FormReader.Read(rebasedHtml, "content-form")), "publish"))
            Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);

        var final = await site.LatestAsync(id);
        Assert.Equal("Forum des communs — horaires", final!.DisplayText);
        Assert.True(final.Published);
        var versions = await site.ContentAsync((c, _) => c.ListVersionsAsync(id));
        Assert.Contains(versions, v => v.DisplayText == "Forum des communs — salle changée");
    }
}
