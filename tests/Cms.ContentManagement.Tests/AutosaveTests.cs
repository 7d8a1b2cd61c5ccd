using Cms.Abstractions.Content;
using Cms.Abstractions.Scheduling;
using Cms.Abstractions.Security;
using Cms.ContentManagement.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentManagement.Tests;

public sealed class AutosaveTests_Sqlite(SqliteStore store) : AutosaveTests<SqliteStore>(store);

public sealed class AutosaveTests_Postgres(PostgresStore store) : AutosaveTests<PostgresStore>(store);

/// <summary>
/// Automatic saves: the user's own slot is replaced in place (under a new version id) by their next automatic or
/// manual save, so the history does not fill up; conflicts are still detected; another user's slot and a slot that
/// a scheduled publication names are never replaced.
/// </summary>
public abstract class AutosaveTests<TStore>(TStore store) : StoreTests<TStore>(store) where TStore : StoreFixture
{
    private readonly ActingUser _user = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ICurrentUser>(_user);

    private async Task<ContentItem> AsAsync(string user, Func<IContentManager, Task<ContentItem>> work)
    {
        _user.UserName = user;
        return await Content(work);
    }

    private static ContentItem Edit(ContentItem item, string title)
    {
        var copy = item.Clone();
        copy.Apply(new TitlePart { Title = title });
        return copy;
    }

    private Task<IReadOnlyList<ContentItem>> VersionsAsync(string id) => Content(cm => cm.ListVersionsAsync(id));

    [SkippableFact]
    public async Task The_users_own_slot_is_replaced_in_place_by_the_next_automatic_and_manual_saves()
    {
        var type = await DefineTypeAsync(versionable: true);
        var created = await AsAsync("alice", async cm => await cm.CreateAsync(await NewItemAsync(type, "Version 1"), publish: false));

        var first = await AsAsync("alice", cm => cm.AutosaveAsync(Edit(created, "Frappe 1")));
        var second = await AsAsync("alice", cm => cm.AutosaveAsync(Edit(first, "Frappe 2")));
        var saved = await AsAsync("alice", cm => cm.SaveDraftAsync(Edit(second, "Enregistré")));

        // The first automatic save is a new version after the created one; the next saves take its place.
        Assert.NotEqual(created.ContentItemVersionId, first.ContentItemVersionId);
        Assert.NotEqual(first.ContentItemVersionId, second.ContentItemVersionId);
        Assert.NotEqual(second.ContentItemVersionId, saved.ContentItemVersionId);
        var versions = await VersionsAsync(created.ContentItemId);
        Assert.Equal(["Version 1", "Enregistré"], versions.Select(v => v.DisplayText));
        Assert.Equal(saved.ContentItemVersionId, versions[^1].ContentItemVersionId);
    }

    [SkippableFact]
    public async Task A_form_loaded_before_an_automatic_save_gets_a_conflict_and_nothing_is_written()
    {
        var type = await DefineTypeAsync(versionable: true);
        var created = await AsAsync("alice", async cm => await cm.CreateAsync(await NewItemAsync(type, "Version 1"), publish: false));
        var slot = await AsAsync("alice", cm => cm.AutosaveAsync(Edit(created, "Frappe 1")));
        var bobsForm = slot.Clone();
        await AsAsync("alice", cm => cm.AutosaveAsync(Edit(slot, "Frappe 2")));

        // Bob opened the form on the first slot: its version id was replaced, so his save is a conflict naming Alice.
        _user.UserName = "bob";
        var conflict = await Assert.ThrowsAsync<ContentConflictException>(() => Content(cm => cm.SaveDraftAsync(Edit(bobsForm, "Par Bob"))));
        Assert.Equal("alice", conflict.ChangedBy);
        // Alice's own stale form (the first slot) is refused the same way, automatic save included.
        _user.UserName = "alice";
        await Assert.ThrowsAsync<ContentConflictException>(() => Content(cm => cm.AutosaveAsync(Edit(slot, "Frappe périmée"))));
        Assert.Equal(["Version 1", "Frappe 2"], (await VersionsAsync(created.ContentItemId)).Select(v => v.DisplayText));
    }

    [SkippableFact]
    public async Task Another_users_slot_is_never_replaced()
    {
        var type = await DefineTypeAsync(versionable: true);
        var created = await AsAsync("alice", async cm => await cm.CreateAsync(await NewItemAsync(type, "Version 1"), publish: false));
        var alices = await AsAsync("alice", cm => cm.AutosaveAsync(Edit(created, "Frappe d'Alice")));

        var bobs = await AsAsync("bob", cm => cm.AutosaveAsync(Edit(alices, "Frappe de Bob")));

        Assert.Equal(["Version 1", "Frappe d'Alice", "Frappe de Bob"], (await VersionsAsync(created.ContentItemId)).Select(v => v.DisplayText));
        Assert.Equal("bob", bobs.Author);
    }

    [SkippableFact]
    public async Task A_slot_named_by_a_scheduled_publication_is_kept_and_the_next_save_is_a_new_version()
    {
        var type = await DefineTypeAsync(versionable: true);
        var created = await AsAsync("alice", async cm => await cm.CreateAsync(await NewItemAsync(type, "Version 1"), publish: false));
        var slot = await AsAsync("alice", cm => cm.AutosaveAsync(Edit(created, "À publier lundi")));
        await InScope(sp => sp.GetRequiredService<IPublishScheduler>()
            .SchedulePublishAsync(slot.ContentItemId, slot.ContentItemVersionId, DateTime.UtcNow.AddDays(3)));

        var next = await AsAsync("alice", cm => cm.AutosaveAsync(Edit(slot, "Retouche après programmation")));

        // The scheduled version is still there, unchanged, under its id: the publication will publish what was scheduled.
        Assert.NotEqual(slot.ContentItemVersionId, next.ContentItemVersionId);
        var versions = await VersionsAsync(created.ContentItemId);
        Assert.Equal(["Version 1", "À publier lundi", "Retouche après programmation"], versions.Select(v => v.DisplayText));
        Assert.Equal(slot.ContentItemVersionId, versions[1].ContentItemVersionId);
        var pending = await InScope(sp => sp.GetRequiredService<IPublishScheduler>().ListAsync(slot.ContentItemId));
        Assert.Equal(slot.ContentItemVersionId, Assert.Single(pending).ContentItemVersionId);
    }

    private sealed class ActingUser : ICurrentUser
    {
        public string? UserId => UserName;
        public string? UserName { get; set; } = "system";
    }
}
