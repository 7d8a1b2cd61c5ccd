namespace Cms.Abstractions.Text;

/// <summary>
/// <see cref="TextNormalizer.Fold"/> for text made only of Basic Latin, Latin-1, Latin Extended-A and -B
/// (U+0000–U+024F) and General Punctuation (U+2000–U+206F: French titles' ’ and –), character by character from a
/// table, without ICU's case change and normalization. The table holds each character's folding by the definition
/// (<see cref="TextNormalizer.FoldThroughUnicode"/>). Folding such a text character by character gives the same string
/// as folding it whole: the invariant lowercase maps one UTF-16 unit to one, œ æ ß are single characters, no character
/// of these ranges is a combining mark and what their decompositions leave once the marks are dropped are starters
/// that compose with nothing after them (tests compare both ways over every pair of the ranges and the corpus).
/// </summary>
internal static class LatinFolding
{
    private const int LatinEnd = 0x250;
    private const int PunctuationStart = 0x2000;
    private const int PunctuationEnd = 0x2070;

    /// <summary>The characters the table covers.</summary>
    internal static IEnumerable<char> Characters =>
        Enumerable.Range(0, LatinEnd).Concat(Enumerable.Range(PunctuationStart, PunctuationEnd - PunctuationStart)).Select(c => (char)c);

    /// <summary>Each character's folding (<see cref="Slot"/>); null where it is the character itself.</summary>
    private static readonly string?[] Table = Build();

    /// <summary>The folded text, or null when a character lies outside the ranges (fold it by the definition).</summary>
    public static string? TryFold(string text)
    {
        var length = 0;
        var changed = false;
        foreach (var c in text)
        {
            var slot = Slot(c);
            if (slot < 0) return null;
            if (Table[slot] is { } folded)
            {
                length += folded.Length;
                changed = true;
            }
            else
            {
                length++;
            }
        }
        if (!changed) return text;
        return string.Create(length, text, static (destination, source) =>
        {
            var at = 0;
            foreach (var c in source)
            {
                if (Table[Slot(c)] is { } folded)
                {
                    folded.CopyTo(destination[at..]);
                    at += folded.Length;
                }
                else
                {
                    destination[at++] = c;
                }
            }
        });
    }

    /// <summary>A character's place in the table, or -1 outside the ranges.</summary>
    private static int Slot(char c) =>
        c < LatinEnd ? c : c is >= (char)PunctuationStart and < (char)PunctuationEnd ? LatinEnd + c - PunctuationStart : -1;

    private static string?[] Build()
    {
        var table = new string?[LatinEnd + PunctuationEnd - PunctuationStart];
        foreach (var c in Characters)
        {
            var single = c.ToString();
            var folded = TextNormalizer.FoldThroughUnicode(single);
            table[Slot(c)] = folded == single ? null : folded;
        }
        return table;
    }
}
