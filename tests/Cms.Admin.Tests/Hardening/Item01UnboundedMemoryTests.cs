using Cms.Admin.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cms.Admin.Tests.Hardening;

/// <summary>Issue 16, item 1: anonymous requests for admin asset names that do not exist keep nothing in memory.</summary>
public sealed class Item01UnboundedMemoryTests
{
    [Fact]
    public void Item01_unknown_admin_asset_names_are_404_and_retain_no_memory()
    {
        var assets = new AdminAssets();
        Assert.IsNotType<NotFound>(assets.Serve("admin.js"));
        Assert.IsNotType<NotFound>(assets.Serve("admin.css"));

        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < 20_000; i++)
        {
            // 2,000-character names: 20,000 of them kept would hold about 80 MB.
            var name = i.ToString("D8") + new string('x', 1_989) + ".js";
            Assert.IsType<NotFound>(assets.Serve(name));
        }
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(assets);
        Assert.True(after - before < 20L * 1024 * 1024, $"Retained {(after - before) / 1024 / 1024} MB after 20,000 unknown names.");
    }

    [Fact]
    public void Item01_only_the_embedded_files_are_served()
    {
        var assets = new AdminAssets();
        Assert.Contains("admin.js", assets.FileNames);
        Assert.IsType<NotFound>(assets.Serve("../admin.js"));
        Assert.IsType<NotFound>(assets.Serve("ADMIN.JS"));
    }
}
