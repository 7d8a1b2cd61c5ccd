using System.Net;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.ContentModules.Tests.Html;
using Cms.Lists.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentModules.Tests.Lists;

/// <summary>
/// A container's items edited through it: in a container ordering them by hand (<c>EnableOrdering</c>), « Changer
/// l'ordre » moves an item up or down, the public list follows at once, and an item with a pending draft keeps its draft
/// while its published version moves; when the container's path changes, its items' paths follow and their old
/// addresses redirect.
/// </summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed class ContainerEditingTests(ContentModulesSite fixture)
{
    [Fact]
    public async Task An_editor_moves_an_item_up_and_the_public_list_follows_without_publishing_a_draft()
    {
        var (course, chapters) = await CourseAsync();
        using var visitor = fixture.Client();
        Assert.Equal(["Chapitre A", "Chapitre B", "Chapitre C"], Order(await visitor.GetStringAsync("/" + course.As<AutoroutePart>()!.Path), chapters));

        var admin = await AdminSession.SignInAsync(fixture);
        var edit = await admin.Http.GetStringAsync($"/admin/contenus/{course.ContentItemId}");
        var orderUrl = $"/admin/listes/{course.ContentItemId}/ordre";
        Assert.Contains($"href=\"{orderUrl}\"", edit);
        var page = await admin.Http.GetStringAsync(orderUrl);
        using var moved = await admin.PostAsync(orderUrl, page, [("move", "up:" + chapters[2].ContentItemId)]);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Contains("« Chapitre C » a été déplacé vers le haut.", WebUtility.HtmlDecode(await admin.Http.GetStringAsync(orderUrl)));

        Assert.Equal(["Chapitre A", "Chapitre C", "Chapitre B"], Order(await visitor.GetStringAsync("/" + course.As<AutoroutePart>()!.Path), chapters));
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var draft = (await content.GetAsync(chapters[1].ContentItemId, VersionOptions.Latest))!;
        Assert.False(draft.Published);
        Assert.Equal("Chapitre B, brouillon", draft.DisplayText);
        Assert.Equal(2, draft.As<ContainedPart>()!.Order);
        Assert.Equal(2, (await content.GetAsync(chapters[1].ContentItemId))!.As<ContainedPart>()!.Order);

        // The first item has no « Monter »; a move past the ends changes nothing.
        using var none = await admin.PostAsync(orderUrl, page, [("move", "up:" + chapters[0].ContentItemId)]);
        Assert.Equal(["Chapitre A", "Chapitre C", "Chapitre B"], Order(await visitor.GetStringAsync("/" + course.As<AutoroutePart>()!.Path), chapters));
        Assert.DoesNotContain($"value=\"up:{chapters[0].ContentItemId}\"", page);
    }

    [Fact]
    public async Task A_container_not_ordered_by_hand_has_no_order_page()
    {
        var (course, _) = await CourseAsync(enableOrdering: false);
        var admin = await AdminSession.SignInAsync(fixture);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/admin/listes/{course.ContentItemId}/ordre")).StatusCode);
        Assert.DoesNotContain("/ordre\"", await admin.Http.GetStringAsync($"/admin/contenus/{course.ContentItemId}"));
    }

    [Fact]
    public async Task When_a_container_moves_its_items_follow_and_their_old_addresses_redirect()
    {
        var (course, chapters) = await CourseAsync();
        var oldPath = course.As<AutoroutePart>()!.Path!;
        await using (var scope = fixture.Site.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var moving = (await content.GetAsync(course.ContentItemId, VersionOptions.Latest))!;
            moving.Apply(new AutoroutePart { Path = "formations/" + oldPath });
            await content.PublishAsync(moving);

            var draft = (await content.GetAsync(chapters[1].ContentItemId, VersionOptions.Latest))!;
            Assert.Equal($"formations/{oldPath}/chapitre-1", draft.As<AutoroutePart>()!.Path);
            Assert.False(draft.Published);
            Assert.Equal("Chapitre B, brouillon", draft.DisplayText);
            Assert.Equal($"formations/{oldPath}/chapitre-1", (await content.GetAsync(chapters[1].ContentItemId))!.As<AutoroutePart>()!.Path);
        }
        using var visitor = fixture.Client();
        Assert.Contains("Chapitre A", await visitor.GetStringAsync($"/formations/{oldPath}/chapitre-0"));
        using var old = await visitor.GetAsync($"/{oldPath}/chapitre-0");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal($"/formations/{oldPath}/chapitre-0", old.Headers.Location!.OriginalString);
    }

    /// <summary>A published course holding chapters A, B, C in that order; B has a pending draft.</summary>
    private async Task<(ContentItem Course, ContentItem[] Chapters)> CourseAsync(bool enableOrdering = true)
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var type = enableOrdering ? "Parcours" : "ParcoursLibre";
        await definitions.AlterTypeDefinitionAsync("Chapitre", t => t.DisplayedAs("Chapitre").WithPart("TitlePart").WithPart("AutoroutePart"));
        await definitions.AlterTypeDefinitionAsync(type, t => t.DisplayedAs(type).Creatable().WithPart("TitlePart").WithPart("AutoroutePart")
            .WithPart("ListPart", p => p.WithSettings(new ListPartSettings { ContainedContentTypes = ["Chapitre"], EnableOrdering = enableOrdering, PageSize = 10 })));
        var suffix = Guid.NewGuid().ToString("n")[..8];
        var course = await content.NewAsync(type);
        course.Apply(new TitlePart { Title = "Parcours " + suffix });
        course.Apply(new AutoroutePart { Path = "parcours-" + suffix });
        course = await content.CreateAsync(course, publish: true);
        var chapters = new ContentItem[3];
        for (var i = 0; i < 3; i++)
        {
            var chapter = await content.NewAsync("Chapitre");
            chapter.Apply(new TitlePart { Title = $"Chapitre {(char)('A' + i)}" });
            chapter.Apply(new AutoroutePart { Path = $"parcours-{suffix}/chapitre-{i}" });
            chapter.Apply(new ContainedPart { ListContentItemId = course.ContentItemId, Order = i });
            chapters[i] = await content.CreateAsync(chapter, publish: true);
        }
        var draft = (await content.GetAsync(chapters[1].ContentItemId, VersionOptions.Latest))!;
        draft.Apply(new TitlePart { Title = "Chapitre B, brouillon" });
        await content.SaveDraftAsync(draft);
        return (course, chapters);
    }

    /// <summary>The chapters' titles in the order the page shows their links.</summary>
    private static List<string> Order(string page, ContentItem[] chapters) =>
        chapters.Select(c => (Title: c.DisplayText!, At: page.IndexOf($"href=\"/{c.As<AutoroutePart>()!.Path}\"", StringComparison.Ordinal)))
            .Where(c => c.At >= 0).OrderBy(c => c.At).Select(c => c.Title).ToList();
}
