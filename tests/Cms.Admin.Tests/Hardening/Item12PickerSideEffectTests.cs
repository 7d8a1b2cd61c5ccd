using System.Net;
using Cms.Abstractions.Content;
using Cms.Admin.Tests.Support;
using Cms.ContentFields.Fields;

namespace Cms.Admin.Tests.Hardening;

/// <summary>
/// Issue 16 item 12: a title typed in a picker creates (and may publish) an item only when the form's save succeeds;
/// a refused save leaves no such item behind, and the title stays typed for the next try.
/// </summary>
public sealed class Item12PickerSideEffectTests(AdminSite site) : IClassFixture<AdminSite>
{
    private Task<int> ThemesTitledAsync(string title) => site.ContentAsync(async (_, sp) =>
        (await ((IContentQuery)sp.GetService(typeof(IContentQuery))!).ListAsync(
            new ContentListQuery { ContentType = "Theme", Text = title, Status = ContentStatus.Latest })).Total);

    [Fact]
    public async Task Item12_a_refused_save_creates_and_publishes_no_picker_item()
    {
        var theme = "Thématique d'un essai " + Guid.NewGuid().ToString("N")[..6];
        using var editor = await site.ClientAsync("editor");

        // No title: the save is refused after the picker has read its new title.
        using var refused = await editor.SubmitNewAsync("Event", "publish", ("TitlePart.Title", ""), ("Event.Themes.Add", theme));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(0, await ThemesTitledAsync(theme));
        Assert.Equal(theme, AdminClient.InputValue(html, "Event.Themes.Add"));
        Assert.DoesNotContain(theme + "</label>", WebUtility.HtmlDecode(html));

        // Fixed, the same form saves the event and creates the theme once.
        var fields = FormReader.Read(html, "content-form").With(("TitlePart.Title", "Atelier avec une nouvelle thématique"));
        using var saved = await editor.PostAsync("/admin/contenus/nouveau/Event", html, [.. fields, ("command", "publish")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await ThemesTitledAsync(theme));
        var item = (await site.LatestAsync(EditorSteps.IdFrom(saved)))!;
        var themeId = Assert.Single(item.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds);
        Assert.Equal(theme, (await site.PublishedAsync(themeId))!.DisplayText);
    }
}
