using System.Net;
using System.Text.RegularExpressions;
using Cms.Admin.Tests.Support;
using Cms.Data;
using Cms.Data.Entities;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.Tests.Hardening;

/// <summary>
/// Issue 16, item 12: the audit page's offset is computed without overflow. A page number past the end shows the
/// last page (before: <c>(page - 1) * 50</c> wrapped to a negative or wrong offset — SQLite then showed the first
/// rows, PostgreSQL refused the negative OFFSET with a 500).
/// </summary>
public sealed partial class Item12AuditOffsetTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Theory]
    [InlineData("2147483647")]
    [InlineData("1073741825")]
    [InlineData("999")]
    public async Task Item12_a_page_number_past_the_end_shows_the_last_page(string page)
    {
        await EnsureTwoPagesAsync();
        using var admin = await site.ClientAsync("admin");
        var (lastStatus, last) = await admin.GetPageAsync("/admin/journal?action=Item12Marker&p=2");
        Assert.Equal(HttpStatusCode.OK, lastStatus);
        var (status, html) = await admin.GetPageAsync($"/admin/journal?action=Item12Marker&p={page}");
        Assert.Equal(HttpStatusCode.OK, status);
        var expected = Markers().Matches(last).Select(m => m.Value).ToList();
        Assert.Equal(10, expected.Count);
        Assert.Equal(expected, Markers().Matches(html).Select(m => m.Value));
    }

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _seeded;

    /// <summary>60 rows of one kind: a full first page and a last page of 10.</summary>
    private async Task EnsureTwoPagesAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_seeded) return;
            using var scope = site.App.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var start = DateTime.UtcNow.AddDays(-1);
            for (var i = 0; i < 60; i++)
            {
                db.AuditTrail.Add(new AuditTrailEvent { Utc = start.AddSeconds(i), Kind = "Item12Marker", DisplayText = $"marker-{i:00}" });
            }
            await db.SaveChangesAsync();
            _seeded = true;
        }
        finally
        {
            Once.Release();
        }
    }

    [GeneratedRegex("marker-\\d\\d")]
    private static partial Regex Markers();
}
