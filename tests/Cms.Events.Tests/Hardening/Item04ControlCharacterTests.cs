using Cms.Abstractions.Time;
using System.Xml.Linq;
using Cms.Abstractions.Content;
using Cms.Events.Calendars;
using Cms.Events.Dates;
using Cms.Events.Feeds;

namespace Cms.Events.Tests.Hardening;

/// <summary>Issue 16, item 4: one control character (Word's U+000B) breaks neither the feed nor the calendars.</summary>
public sealed class Item04ControlCharacterTests
{
    private static readonly DateTime Now = new(2023, 10, 1, 0, 0, 0, DateTimeKind.Utc);

    private static Models.EventDetails Pasted() => SampleEvents.Bordeaux() with
    {
        Title = "Titre\u000Bcollé de Word",
        Venue = "Palais\u0001 de la Bourse",
        LeadText = "Un chapeau\u000C avec\u0000 des contrôles",
    };

    [Fact]
    public void Item04_the_atom_feed_stays_valid_xml()
    {
        var text = AtomFeedWriter.Write("Agenda\u000B", "https://x.fr/feed.xml", "https://x.fr/", [Pasted()], Now, SiteClock.Default);
        var feed = XDocument.Parse(text).Root!;
        var entry = feed.Element(XName.Get("entry", AtomFeedWriter.Namespace))!;
        Assert.Equal("Titrecollé de Word", entry.Element(XName.Get("title", AtomFeedWriter.Namespace))!.Value);
    }

    [Fact]
    public void Item04_the_calendar_holds_no_control_character()
    {
        var text = new EventCalendarBuilder(SiteClock.Default).Build([Pasted()], "www.example.gouv.fr", Now, "Agenda");
        Assert.False(ControlCharacters.Contains(text), "a control character went into the .ics");
        Assert.Contains("SUMMARY:Titrecollé de Word", text);
    }

    [Theory]
    [InlineData("a\u000Bb", "ab")]
    [InlineData("a\tb\r\nc", "a\tb\r\nc")]
    [InlineData("a\u0000\u001F\u007F\u0085b", "ab")]
    [InlineData("é\u0080\u009F\u00A0à\uFFFE\uFFFFz", "é\u00A0àz")]
    [InlineData("x😀é\uFFFF y\u0001", "x😀é y")]
    public void Item04_control_characters_are_removed_but_tab_and_line_breaks_kept(string text, string expected) =>
        Assert.Equal(expected, ControlCharacters.Remove(text));

    [Fact]
    public void Item04_unpaired_surrogates_are_removed_and_pairs_kept() =>
        Assert.Equal("😀 x", ControlCharacters.Remove("😀 " + '\uD800' + "x" + '\uDC00'));
}
