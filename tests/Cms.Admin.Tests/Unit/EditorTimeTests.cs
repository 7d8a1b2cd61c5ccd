using Cms.Abstractions.Time;
using System.Text.Json.Nodes;
using Cms.Admin.Editors;
using Cms.Abstractions.Editing;
using Cms.ContentFields.Editors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Cms.Admin.Tests.Unit;

/// <summary>Dates are typed in Paris time and stored in UTC, through the rules of the date itself.</summary>
public class EditorTimeTests
{
    private static readonly SiteClock Paris = SiteClock.Default;

    [Theory]
    [InlineData("2024-01-15T09:00", "2024-01-15T08:00:00Z")] // winter, UTC+1
    [InlineData("2024-07-15T09:00", "2024-07-15T07:00:00Z")] // summer, UTC+2
    [InlineData("2024-03-31T01:59", "2024-03-31T00:59:00Z")] // just before the spring change
    [InlineData("2024-03-31T03:00", "2024-03-31T01:00:00Z")] // just after it
    [InlineData("2024-10-27T01:59", "2024-10-26T23:59:00Z")] // before the autumn change, still summer time
    [InlineData("2024-10-27T03:00", "2024-10-27T02:00:00Z")] // after it, winter time
    [InlineData("2024-10-27T02:30", "2024-10-27T00:30:00Z")] // occurs twice: first occurrence (summer time)
    public void A_paris_time_is_stored_in_utc(string typed, string expectedUtc)
    {
        Assert.True(Paris.TryParseInput(typed, out var utc, out var error), error);
        Assert.Equal(DateTime.Parse(expectedUtc, null, System.Globalization.DateTimeStyles.AdjustToUniversal), utc);
        Assert.Equal(DateTimeKind.Utc, utc!.Value.Kind);
    }

    [Fact]
    public void A_time_skipped_by_the_spring_change_is_refused_with_a_clear_message()
    {
        Assert.False(Paris.TryParseInput("2024-03-31T02:30", out var utc, out var error));
        Assert.Null(utc);
        Assert.Contains("n'existe pas en heure de Paris", error);
    }

    [Fact]
    public void Text_that_is_not_a_date_is_refused()
    {
        Assert.False(Paris.TryParseInput("31/12/2024", out _, out var error));
        Assert.Contains("31/12/2024", error);
    }

    [Theory]
    [InlineData("2024-01-15T08:00:00Z", "2024-01-15T09:00")]
    [InlineData("2024-07-15T07:00:00Z", "2024-07-15T09:00")]
    [InlineData("2024-10-27T00:30:00Z", "2024-10-27T02:30")]
    [InlineData("2024-10-27T01:30:00Z", "2024-10-27T02:30")]
    public void Stored_utc_is_shown_in_paris_time(string storedUtc, string shown)
    {
        var utc = DateTime.Parse(storedUtc, null, System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.Equal(shown, Paris.ToInput(utc));
    }

    [Theory]
    [InlineData("2024-10-27T01:30:00Z")] // second 02:30 of the autumn change: shown as 02:30, which would parse to 00:30Z
    [InlineData("2023-10-18T07:00:12Z")] // seconds are not shown by the input
    public async Task Saving_a_date_unchanged_keeps_the_stored_instant(string storedUtc)
    {
        var field = new JsonObject { ["Value"] = storedUtc };
        var element = new EditorElement { Kind = "DateTimeField", View = "/Editors/_DateTimeField.cshtml", Prefix = "Event.StartDate", PartName = "Event", FieldName = "StartDate", Label = "Début", Value = field };
        var shown = Paris.ToInput(DateTimeFieldEditor.Stored(field));
        var context = Context(("Event.StartDate.Value", shown));

        await new DateTimeFieldEditor(FixedSiteClock.Default).UpdateAsync(element, context, field);

        Assert.Empty(context.Errors);
        Assert.Equal(storedUtc, (string?)field["Value"]);
    }

    [Fact]
    public async Task A_changed_date_is_converted_and_an_invalid_one_leaves_the_stored_value_with_an_error()
    {
        var field = new JsonObject { ["Value"] = "2024-01-15T08:00:00Z" };
        var element = new EditorElement { Kind = "DateTimeField", View = "/Editors/_DateTimeField.cshtml", Prefix = "Event.StartDate", PartName = "Event", FieldName = "StartDate", Label = "Début", Value = field };

        var changed = Context(("Event.StartDate.Value", "2024-07-15T09:00"));
        await new DateTimeFieldEditor(FixedSiteClock.Default).UpdateAsync(element, changed, field);
        Assert.Equal("2024-07-15T07:00:00Z", (string?)field["Value"]);

        var invalid = Context(("Event.StartDate.Value", "2024-03-31T02:15"));
        await new DateTimeFieldEditor(FixedSiteClock.Default).UpdateAsync(element, invalid, field);
        Assert.Equal("2024-07-15T07:00:00Z", (string?)field["Value"]);
        Assert.Equal("Event.StartDate", Assert.Single(invalid.Errors).Field);
    }

    internal static EditorUpdateContext Context(params (string Key, string Value)[] values) =>
        new(new FormCollection(values.GroupBy(v => v.Key).ToDictionary(g => g.Key, g => new StringValues(g.Select(v => v.Value).ToArray()))),
            new System.Security.Claims.ClaimsPrincipal(), CancellationToken.None);
}
