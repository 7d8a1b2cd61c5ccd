namespace Cms.Abstractions.Text;

/// <summary>
/// <see cref="TextNormalizer.Fold"/> for text made only of Basic Latin, Latin-1 and Latin Extended-A and -B
/// (U+0000–U+024F), character by character from a table, without ICU's case change and normalization.
/// The table holds each character's folding by the definition (<see cref="TextNormalizer.FoldThroughUnicode"/>).
/// Folding such a text character by character gives the same string as folding it whole: the invariant lowercase
/// maps one UTF-16 unit to one, œ æ ß are single characters, no character of the range is a combining mark and
/// what their decompositions leave once the marks are dropped are starters that compose with nothing after them
/// (tests compare both ways over every pair of the range and the corpus' titles).
/// </summary>
internal static class LatinFolding
{
    private const int End = 0x250;

    /// <summary>Each character's folding; null where it is the character itself.</summary>
    private static readonly string?[] Table = Build();

    /// <summary>The folded text, or null when a character lies outside the range (fold it by the definition).</summary>
    public static string? TryFold(string text)
    {
        var length = 0;
        var changed = false;
        foreach (var c in text)
        {
            if (c >= End) return null;
            if (Table[c] is { } folded)
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
                if (Table[c] is { } folded)
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

    private static string?[] Build()
    {
        var table = new string?[End];
        for (var c = 0; c < End; c++)
        {
            var single = ((char)c).ToString();
            var folded = TextNormalizer.FoldThroughUnicode(single);
            table[c] = folded == single ? null : folded;
        }
        return table;
    }
}
