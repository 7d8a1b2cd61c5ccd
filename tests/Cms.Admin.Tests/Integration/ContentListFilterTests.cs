using Cms.Admin.Tests.Support;

namespace Cms.Admin.Tests.Integration;

/// <summary>
/// The content list's date and thematic-track filters find their fields through the kinds' registrations (a kind whose
/// index provider gives dates, one that gives references to the term type), not by kind name.
/// </summary>
public class ContentListFilterTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Fact]
    public async Task Events_are_filtered_by_start_date_and_by_thematic_track()
    {
        using var editor = await site.ClientAsync("editor");
        var theme = await editor.CreateAsync("Theme", "save", ("TitlePart.Title", "Filtre de liste"));
        await editor.CreateAsync("Event", "save", ("TitlePart.Title", "Filtrage alpha"),
            ("Event.StartDate.Value", "2031-05-01T10:00"), ("Event.Themes.ContentItemIds", theme));
        await editor.CreateAsync("Event", "save", ("TitlePart.Title", "Filtrage beta"),
            ("Event.StartDate.Value", "2032-05-01T10:00"));

        var (_, all) = await editor.GetPageAsync("/admin?type=Event&q=Filtrage");
        Assert.Contains("Filtrage alpha", all);
        Assert.Contains("Filtrage beta", all);

        var (_, later) = await editor.GetPageAsync("/admin?type=Event&q=Filtrage&du=2032-01-01");
        Assert.DoesNotContain("Filtrage alpha", later);
        Assert.Contains("Filtrage beta", later);

        var (_, byTheme) = await editor.GetPageAsync($"/admin?type=Event&q=Filtrage&thematique={theme}");
        Assert.Contains("Filtrage alpha", byTheme);
        Assert.DoesNotContain("Filtrage beta", byTheme);
    }
}
