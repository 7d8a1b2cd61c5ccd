using System.Net;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Admin.Tests.Support;
using Cms.ContentFields.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.Tests.Integration;

/// <summary>Drafts, publishing, preview, the public page, and the editors that work without JavaScript.</summary>
public class WorkflowTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Fact]
    public async Task Publishing_changes_the_public_page_at_once_and_drafts_stay_private()
    {
        using var editor = await site.ClientAsync("editor");
        using var visitor = new AdminClient(site.Server);
        var id = await editor.CreateAsync("Event", "save", ("TitlePart.Title", "Rencontre des communs"), ("AutoroutePart.Path", "agenda/rencontre-des-communs"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetPageAsync("/agenda/rencontre-des-communs")).Status);

        var (previewStatus, preview) = await editor.GetPageAsync($"/admin/contenus/{id}/apercu");
        Assert.Equal(HttpStatusCode.OK, previewStatus);
        Assert.Contains("data-testid=\"preview-banner\"", preview);
        Assert.Contains("Rencontre des communs", preview);
        Assert.Contains("noindex", preview);

        using (var publish = await editor.SubmitAsync(id, await editor.OpenAsync(id), "publish"))
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        var (status, page) = await visitor.GetPageAsync("/agenda/rencontre-des-communs");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Rencontre des communs", page);

        using (var draft = await editor.SubmitAsync(id, await editor.OpenAsync(id), "save", ("TitlePart.Title", "Rencontre des communs (titre en cours)")))
            Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.DoesNotContain("titre en cours", (await visitor.GetPageAsync("/agenda/rencontre-des-communs")).Html);
        Assert.Contains("titre en cours", (await editor.GetPageAsync($"/admin/contenus/{id}/apercu")).Html);

        using (var discard = await editor.PostFromPageAsync($"/admin/contenus/{id}", $"/admin/contenus/{id}?handler=Discard"))
            Assert.Equal(HttpStatusCode.Redirect, discard.StatusCode);
        Assert.Equal("Rencontre des communs", (await site.LatestAsync(id))!.DisplayText);

        using (var republish = await editor.SubmitAsync(id, await editor.OpenAsync(id), "publish", ("TitlePart.Title", "Rencontre des communs 2025")))
            Assert.Equal(HttpStatusCode.Redirect, republish.StatusCode);
        Assert.Contains("Rencontre des communs 2025", (await visitor.GetPageAsync("/agenda/rencontre-des-communs")).Html);

        using (var unpublish = await editor.PostFromPageAsync($"/admin/contenus/{id}", $"/admin/contenus/{id}?handler=Unpublish"))
            Assert.Equal(HttpStatusCode.Redirect, unpublish.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetPageAsync("/agenda/rencontre-des-communs")).Status);
    }

    [Fact]
    public async Task A_path_already_used_is_refused_next_to_the_path_and_the_input_is_kept()
    {
        await site.CreateItemAsync("Theme", "Chemin pris", publish: true);
        var taken = (await site.ContentAsync((c, _) => c.GetByPathAsync("chemin-pris")))?.As<AutoroutePart>()?.Path
            ?? (await site.ContentAsync(async (c, sp) => (await ((IContentQuery)sp.GetService(typeof(IContentQuery))!).ListAsync(new ContentListQuery { Text = "Chemin pris" })).Items[0])).As<AutoroutePart>()!.Path!;
        using var editor = await site.ClientAsync("editor");

        using var response = await editor.SubmitNewAsync("Event", "publish", ("TitlePart.Title", "Doublon"), ("AutoroutePart.Path", taken), ("Event.Venue.Text", "Marseille"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-error-for=\"AutoroutePart\"", html);
        Assert.Equal(taken, AdminClient.InputValue(html, "AutoroutePart.Path"));
        Assert.Equal("Doublon", AdminClient.InputValue(html, "TitlePart.Title"));
        Assert.Equal("Marseille", AdminClient.InputValue(html, "Event.Venue.Text"));
    }

    [Fact]
    public async Task Practical_information_is_added_reordered_and_removed_with_buttons_and_themes_are_created_on_the_fly()
    {
        using var editor = await site.ClientAsync("editor");
        var url = "/admin/contenus/nouveau/Event";
        var (_, html) = await editor.GetPageAsync(url);
        var fields = FormReader.Read(html, "content-form").With(("TitlePart.Title", "Journée avec informations"));

        // Add two info fields without JavaScript: each click re-renders the form, nothing is saved.
        using (var add = await editor.PostAsync(url, html, [.. fields, ("bag-action", "InfoFields|add|InfoField")])) html = await add.Content.ReadAsStringAsync();
        fields = FormReader.Read(html, "content-form").With(("InfoFields[0].InfoField.Label.Text", "Horaires"), ("InfoFields[0].InfoField.Content.Markdown", "9h-18h"));
        using (var add = await editor.PostAsync(url, html, [.. fields, ("bag-action", "InfoFields|add|InfoField")])) html = await add.Content.ReadAsStringAsync();
        Assert.Equal("Journée avec informations", AdminClient.InputValue(html, "TitlePart.Title"));
        Assert.Equal("Horaires", AdminClient.InputValue(html, "InfoFields[0].InfoField.Label.Text"));
        fields = FormReader.Read(html, "content-form").With(("InfoFields[1].InfoField.Label.Text", "Accès"), ("InfoFields[1].InfoField.Link.Url", "https://example.org/plan"));
        using (var up = await editor.PostAsync(url, html, [.. fields, ("bag-action", "InfoFields|up|1")])) html = await up.Content.ReadAsStringAsync();
        Assert.Equal("Accès", AdminClient.InputValue(html, "InfoFields[0].InfoField.Label.Text"));

        fields = FormReader.Read(html, "content-form").With(("Event.Themes.Add", "Sobriété numérique"), ("Event.Categories.Values", "Atelier, Salon"));
        using var create = await editor.PostAsync(url, html, [.. fields, ("command", "save")]);
        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        var item = (await site.LatestAsync(EditorSteps.IdFrom(create)))!;

        var bag = item.GetBagItems("InfoFields");
        Assert.Equal(["Accès", "Horaires"], bag.Select(i => i.GetField<TextField>("InfoField", "Label")!.Text!));
        Assert.Equal("https://example.org/plan", bag[0].GetField<LinkField>("InfoField", "Link")!.Url);
        Assert.Equal("9h-18h", bag[1].GetField<MarkdownField>("InfoField", "Content")!.Markdown);
        Assert.Equal(["Atelier", "Salon"], item.GetField<MultiTextField>("Event", "Categories")!.Values);
        var themeId = Assert.Single(item.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds);
        var theme = await site.PublishedAsync(themeId);
        Assert.Equal(("Theme", "Sobriété numérique"), (theme!.ContentType, theme.DisplayText));

        // Removing one keeps the other.
        var form = await editor.OpenAsync(item.ContentItemId);
        using (var remove = await editor.PostAsync($"/admin/contenus/{item.ContentItemId}", form.Html, [.. form.Fields, ("bag-action", "InfoFields|remove|0")]))
        {
            var removed = await remove.Content.ReadAsStringAsync();
            using var save = await editor.SubmitAsync(item.ContentItemId, (removed, FormReader.Read(removed, "content-form")), "save");
            Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        }
        Assert.Equal(["Horaires"], (await site.LatestAsync(item.ContentItemId))!.GetBagItems("InfoFields").Select(i => i.GetField<TextField>("InfoField", "Label")!.Text!));
    }

    [Fact]
    public async Task Saving_an_imported_event_keeps_its_front_matter_untouched()
    {
        var seed = await site.ContentAsync(async (c, sp) =>
        {
            var page = await ((IContentQuery)sp.GetService(typeof(IContentQuery))!).ListAsync(new ContentListQuery { ContentType = "Event", Text = "Bordeaux", Status = ContentStatus.Latest });
            return page.Items.First(i => i.Has("FrontMatterPart"));
        });
        var frontMatter = seed.GetPart("FrontMatterPart")!.DeepClone();
        var bagCount = seed.GetBagItems("InfoFields").Count;
        using var editor = await site.ClientAsync("editor");
        var form = await editor.OpenAsync(seed.ContentItemId);
        Assert.Contains("lecture seule", form.Html);

        using (var save = await editor.SubmitAsync(seed.ContentItemId, form, "save", ("Event.Venue.Text", "Palais de la Bourse, Bordeaux")))
            Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);

        var saved = (await site.LatestAsync(seed.ContentItemId))!;
        Assert.True(JsonNode.DeepEquals(frontMatter, saved.GetPart("FrontMatterPart")));
        Assert.Equal(bagCount, saved.GetBagItems("InfoFields").Count);
        Assert.Equal(seed.GetField<DateTimeField>("Event", "StartDate")!.Value, saved.GetField<DateTimeField>("Event", "StartDate")!.Value);
        Assert.Equal(seed.GetField<MediaField>("Event", "Images")!.MediaTexts, saved.GetField<MediaField>("Event", "Images")!.MediaTexts);
        Assert.Equal(seed.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds, saved.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds);
        Assert.Equal(seed.As<MarkdownBodyPart>()!.Markdown, saved.As<MarkdownBodyPart>()!.Markdown);
    }

    [Fact]
    public async Task The_markdown_preview_renders_with_the_site_service_and_needs_the_token()
    {
        using var editor = await site.ClientAsync("editor");
        var (_, page) = await editor.GetPageAsync("/admin");
        using var preview = await editor.PostAsync("/admin/apercu-markdown", page, ("markdown", "**gras** <script>alert(1)</script>"));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("<strong>gras</strong>", html);
        Assert.DoesNotContain("<script>", html);
        using var noToken = await editor.PostAsync("/admin/apercu-markdown", null, ("markdown", "x"));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_type_status_and_title_and_paginates()
    {
        for (var i = 0; i < 30; i++) await site.CreateItemAsync("Partner", $"Partenaire liste {i:00}", publish: i % 2 == 0);
        using var editor = await site.ClientAsync("editor");
        var (_, all) = await editor.GetPageAsync("/admin?type=Partner&q=liste");
        Assert.Contains("30 contenu(s)", all);
        Assert.Contains("Page 1 sur 2", all);
        var (_, drafts) = await editor.GetPageAsync("/admin?type=Partner&q=liste&statut=jamais-publie");
        Assert.True(drafts.Contains("15 contenu(s)"), System.Text.RegularExpressions.Regex.Match(drafts, "data-testid=\"total\">[^<]*").Value);
        Assert.DoesNotContain("Partenaire liste 00", drafts);
        var (_, second) = await editor.GetPageAsync("/admin?type=Partner&q=liste&p=2");
        Assert.Contains("Page 2 sur 2", second);
    }

    [Fact]
    public async Task The_status_filter_offers_the_five_states_and_lists_each_items_in_its_own()
    {
        // One item in each state, their titles sharing a word no other test uses.
        var published = await site.CreateItemAsync("Partner", "Statut publié", publish: true);
        var withDraft = await site.CreateItemAsync("Partner", "Statut publié avec brouillon", publish: true);
        await site.ContentAsync(async (c, _) =>
        {
            var draft = (await c.GetAsync(withDraft.ContentItemId, VersionOptions.Latest))!;
            draft.Apply(new TitlePart { Title = "Statut publié avec brouillon (modifié)" });
            return await c.SaveDraftAsync(draft);
        });
        var never = await site.CreateItemAsync("Partner", "Statut jamais publié", publish: false);
        var unpublished = await site.CreateItemAsync("Partner", "Statut dépublié", publish: true);
        await site.ContentAsync(async (c, _) => { await c.UnpublishAsync(unpublished.ContentItemId); return true; });
        var scheduled = await site.CreateItemAsync("Partner", "Statut programmé", publish: false);
        await site.ContentAsync((_, sp) => sp.GetRequiredService<Cms.Abstractions.Scheduling.IPublishScheduler>()
            .SchedulePublishAsync(scheduled.ContentItemId, scheduled.ContentItemVersionId, DateTime.UtcNow.AddDays(2)));

        using var editor = await site.ClientAsync("editor");
        var (_, list) = await editor.GetPageAsync("/admin?type=Partner&q=statut");
        foreach (var label in new[] { "Publié", "Publié + brouillon en cours", "Brouillon jamais publié", "Dépublié", "Programmé" })
        {
            Assert.Contains($">{label}</option>", WebUtility.HtmlDecode(list));
        }

        async Task<string[]> Listed(string state)
        {
            var (status, html) = await editor.GetPageAsync($"/admin?type=Partner&q=statut&statut={state}");
            Assert.Equal(HttpStatusCode.OK, status);
            html = WebUtility.HtmlDecode(html);
            return new[] { published, withDraft, never, unpublished, scheduled }
                .Where(i => html.Contains($"/admin/contenus/{i.ContentItemId}\"", StringComparison.Ordinal)).Select(i => i.DisplayText!).ToArray();
        }
        Assert.Equal(["Statut publié"], await Listed("publie"));
        Assert.Equal(["Statut publié avec brouillon"], await Listed("publie-brouillon"));
        // A scheduled draft has never been published either.
        Assert.Equal(["Statut jamais publié", "Statut programmé"], await Listed("jamais-publie"));
        Assert.Equal(["Statut dépublié"], await Listed("depublie"));
        Assert.Equal(["Statut programmé"], await Listed("programme"));
        Assert.Equal(5, (await Listed("")).Length);
    }
}
