using System.Buffers;
using System.Text;

namespace Cms.Abstractions.Content;

/// <summary>
/// Control characters (U+0000–U+001F, U+007F–U+009F) other than tab, line feed and carriage return, plus what XML 1.0
/// cannot hold (U+FFFE, U+FFFF, unpaired surrogates). Word pastes some (U+000B for a manual line break); XML
/// forbids them and RFC 5545 too, so text is cleaned when saved and every writer of XML or iCalendar cleans again.
/// </summary>
public static class ControlCharacters
{
    public static bool IsForbidden(string text, int index)
    {
        var c = text[index];
        if (c is '\t' or '\n' or '\r') return false;
        if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF') return true;
        if (char.IsHighSurrogate(c)) return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        if (char.IsLowSurrogate(c)) return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        return false;
    }

    /// <summary>
    /// Every character <see cref="IsForbidden"/> may refuse: control characters other than tab and line breaks,
    /// U+FFFE, U+FFFF and all surrogates (a surrogate is refused only when unpaired), found by four vectorized searches:
    /// texts are scanned on every save and import, most of them clean. (One search over all those characters together
    /// is not vectorized: it took 9 times as long on the corpus's French documents.)
    /// </summary>
    private static readonly SearchValues<char> AsciiControls = SearchValues.Create(
        Enumerable.Range(0, 0x80).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r') && char.IsControl(c)).ToArray());

    /// <summary>
    /// The other candidates, a range each (U+0080–U+009F, surrogates, U+FFFE–U+FFFF): searched as <see cref="SearchValues{T}"/>
    /// of one range, vectorized as <c>IndexOfAnyInRange</c> is, whose generic code boxes its bounds until the JIT
    /// optimizes it (22 MB of boxed characters in an import of 3,000 documents).
    /// </summary>
    private static readonly SearchValues<char>[] OtherCandidates =
    [
        Range('\u0080', '\u009F'),
        Range('\uD800', '\uDFFF'),
        Range('\uFFFE', '\uFFFF'),
    ];

    private static SearchValues<char> Range(char low, char high) =>
        SearchValues.Create(Enumerable.Range(low, high - low + 1).Select(c => (char)c).ToArray());

    private static int IndexOfCandidate(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAny(AsciiControls);
        var end = first < 0 ? text.Length : first;
        foreach (var candidates in OtherCandidates)
        {
            var found = text[..end].IndexOfAny(candidates);
            if (found >= 0) end = found;
        }
        return end == text.Length ? -1 : end;
    }

    public static bool Contains(string? text)
    {
        if (text is null) return false;
        for (var from = 0; from < text.Length;)
        {
            var found = IndexOfCandidate(text.AsSpan(from));
            if (found < 0) return false;
            if (IsForbidden(text, from + found)) return true;
            from += found + 1;
        }
        return false;
    }

    /// <summary><paramref name="text"/> without its forbidden characters.</summary>
    public static string Remove(string text)
    {
        if (!Contains(text)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsForbidden(text, i)) builder.Append(text[i]);
        }
        return builder.ToString();
    }

    /// <summary>Null stays null; otherwise <see cref="Remove(string)"/>.</summary>
    public static string? RemoveFrom(string? text) => text is null ? null : Remove(text);
}
