using Cms.Abstractions.Content;
using Cms.Abstractions.Modules;
using Cms.ContentFields.Fields;
using Cms.Events.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.MarkdownImport.Tests.Export;

/// <summary>
/// « all_day: true » in a Jekyll document: imported as the Event's AllDay field (the times ignored, the dates at
/// midnight of their days), exported back as <c>all_day: true</c>, and the same item again after a second import.
/// </summary>
public sealed class AllDayRoundTripTests : IDisposable
{
    private readonly SourceFolder source = new();
    private readonly ExportedSite.TempFolder exported = new();

    [Fact]
    public async Task An_all_day_document_comes_back_all_day_with_its_days()
    {
        source.Write("2024-04-02-journee.markdown", SourceFolder.Event("Journée entière", "all_day: true\n"));
        source.Write("2024-04-03-horaires.markdown", SourceFolder.Event("Avec horaires"));
        // The Event module's rules, as the host runs them on every write (the import included).
        static void EventRules(IServiceCollection services) => services.AddContentHandler<EventValidator>();
        await using var first = await ImportStore.CreateAsync(EventRules);
        await using var second = await ImportStore.CreateAsync(EventRules);

        var imported = await ExportedSite.ImportAsync(first, source.Events);
        Assert.Empty(imported.Refused);
        var events = (await ExportedSite.EventsAsync(first)).ToDictionary(e => e.DisplayText!);
        var allDay = events["Journée entière"];
        Assert.True(allDay.GetPart("Event")!["AllDay"]!["Value"]!.GetValue<bool>());
        // 2 April 2024, 09:00 to 17:00 in Paris: the whole of 2 April, from its midnight (22:00 UTC the day before).
        Assert.Equal(new DateTime(2024, 4, 1, 22, 0, 0, DateTimeKind.Utc), allDay.GetField<DateTimeField>("Event", "StartDate")!.Value);
        Assert.Equal(new DateTime(2024, 4, 1, 22, 0, 0, DateTimeKind.Utc), allDay.GetField<DateTimeField>("Event", "EndDate")!.Value);
        Assert.Null(events["Avec horaires"].GetPart("Event")!["AllDay"]);

        var (exit, output) = await ExportedSite.ExportAsync(first, exported.Path);
        Assert.True(exit == 0, output);
        var text = File.ReadAllText(Path.Combine(exported.Path, "_evenements", "2024-04-02-journee.markdown"));
        Assert.Contains("all_day: true", text);
        Assert.DoesNotContain("all_day", File.ReadAllText(Path.Combine(exported.Path, "_evenements", "2024-04-03-horaires.markdown")));

        await ExportedSite.ImportAsync(second, Path.Combine(exported.Path, "_evenements"));
        var again = (await ExportedSite.EventsAsync(second)).Single(e => e.DisplayText == "Journée entière");
        Assert.Equal(allDay.GetPart("Event")!.ToJsonString(), again.GetPart("Event")!.ToJsonString());
    }

    public void Dispose()
    {
        source.Dispose();
        exported.Dispose();
    }
}
