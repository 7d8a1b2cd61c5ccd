using Cms.Abstractions.Clustering;
using Cms.Abstractions.Settings;
using Cms.ContentManagement.Time;
using Cms.Display.Caching;
using Cms.Hosting;
using Cms.OutputCaching.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Integration.Tests;

/// <summary>The site clock follows a time zone changed on another node (the change bus passes it to the cluster handlers).</summary>
public class SiteClockClusterTests
{
    [Fact]
    public async Task A_settings_change_from_another_node_moves_the_clock_and_other_changes_do_not()
    {
        var store = new SettingsStore { Settings = new SiteSettings { TimeZone = "Europe/Paris" } };
        var services = new ServiceCollection().AddSingleton<ISiteSettingsStore>(store).BuildServiceProvider();
        var clock = new SiteClockService(TimeProvider.System);
        clock.Apply(store.Settings);
        var handler = new SiteClockClusterHandler(clock, services.GetRequiredService<IServiceScopeFactory>());

        // Another node saved a new zone: this node's store reads it, its clock does not know it yet.
        store.Settings = new SiteSettings { TimeZone = "America/Cayenne" };
        await handler.ForgetAsync(ClusterChange.Content("x", "Page"), default);
        Assert.Equal("Europe/Paris", clock.Current.TimeZone.Id);
        await handler.ForgetAsync(ClusterChange.Settings, default);
        Assert.Equal("America/Cayenne", clock.Current.TimeZone.Id);

        store.Settings = new SiteSettings { TimeZone = "Pacific/Noumea" };
        await handler.ForgetAsync(ClusterChange.Everything, default);
        Assert.Equal("Pacific/Noumea", clock.Current.TimeZone.Id);
    }

    [Fact]
    public void The_clock_reads_the_settings_after_the_settings_cache_forgot_them_and_before_pages_are_evicted()
    {
        var data = TestDirectory.NewPath("cms-clock");
        try
        {
            using var app = CmsHost.Build([$"--Cms:DataDirectory={data}"]);
            var handlers = app.Services.GetServices<IClusterCacheHandler>().Select(h => h.GetType()).ToList();
            var cache = handlers.IndexOf(typeof(SiteSettingsCacheHandler));
            var clock = handlers.IndexOf(typeof(SiteClockClusterHandler));
            var pages = handlers.IndexOf(typeof(SiteSettingsEvictionHandler));
            Assert.True(cache >= 0 && clock > cache && pages > clock, string.Join(", ", handlers.Select(h => h.Name)));
        }
        finally
        {
            TestDirectory.Delete(data);
        }
    }

    private sealed class SettingsStore : ISiteSettingsStore
    {
        public SiteSettings Settings { get; set; } = new();
        public Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(Settings);
        public Task SaveAsync(SiteSettings settings, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
