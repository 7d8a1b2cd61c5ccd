using System.Text;
using Cms.Abstractions.Text;

namespace Cms.MarkdownImport.Tests;

/// <summary>
/// <see cref="TextNormalizer.Fold"/>'s table for Latin text and punctuation gives exactly the strings of the folding's definition
/// (<see cref="TextNormalizer.FoldThroughUnicode"/>): over every pair of characters of its range, every line of the
/// corpus, and texts the table must hand over to the definition.
/// </summary>
public sealed class TextFoldingTests
{
    private static readonly char[] Covered = [.. LatinFolding.Characters];

    [Fact]
    public void Every_pair_of_covered_characters_folds_as_the_definition_says()
    {
        Assert.Contains('’', Covered);
        Assert.DoesNotContain('\u0301', Covered);
        var mismatches = new List<string>();
        Span<char> pair = stackalloc char[2];
        foreach (var first in Covered)
        {
            foreach (var second in Covered)
            {
                pair[0] = first;
                pair[1] = second;
                var text = pair.ToString();
                if (TextNormalizer.Fold(text) != TextNormalizer.FoldThroughUnicode(text)) mismatches.Add($"U+{(int)first:X4} U+{(int)second:X4}");
            }
        }
        Assert.Empty(mismatches);
    }

    [Fact]
    public void Every_line_of_the_corpus_folds_as_the_definition_says()
    {
        var lines = Directory.EnumerateFiles(RepositoryPaths.CorpusEvents, "*", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines)
            .ToList();
        Assert.Contains(lines, l => l.StartsWith("title:", StringComparison.Ordinal) && l.Any(c => c > 0x7f));
        foreach (var line in lines) Assert.Equal(TextNormalizer.FoldThroughUnicode(line), TextNormalizer.Fold(line));
    }

    [Theory]
    [InlineData("Journée du Numérique", "journee du numerique")]
    [InlineData("L’État – l’Œuvre\u2000•\u202F!", "l’etat – l’oeuvre\u2002•\u202F!")]
    [InlineData("L'ŒUVRE et l'œuvre, Ægée", "l'oeuvre et l'oeuvre, aegee")]
    [InlineData("Straße", "strasse")]
    [InlineData("ĲSSELMEER ĳ", "ĳsselmeer ĳ")]
    [InlineData("Çà et là, Ñandú, Øresund, Łódź", "ca et la, nandu, øresund, łodz")]
    // The invariant lowercase keeps İ (U+0130), whose decomposition then loses its dot: an uppercase I stays.
    [InlineData("İstanbul ıspanak", "Istanbul ıspanak")]
    [InlineData("ΣΟΦΟΣ σοφός", "σοφοσ σοφος")]
    [InlineData("ﬁn ﬂot", "ﬁn ﬂot")]
    [InlineData("ẞ GROẞ", "ss gross")]
    [InlineData("e\u0301te\u0301", "ete")]
    [InlineData("Café 😀 𝐀", "cafe 😀 𝐀")]
    [InlineData("", "")]
    public void Edge_cases_fold_as_the_definition_says(string text, string expected)
    {
        Assert.Equal(TextNormalizer.FoldThroughUnicode(text), TextNormalizer.Fold(text));
        Assert.Equal(expected, TextNormalizer.Fold(text));
    }

    [Fact]
    public void Unpaired_surrogates_are_handed_to_the_definition()
    {
        foreach (var text in new[] { "a\uD800b", "É\uDC00", "\uD83D" })
        {
            var expected = Record.Exception(() => TextNormalizer.FoldThroughUnicode(text));
            var actual = Record.Exception(() => TextNormalizer.Fold(text));
            Assert.Equal(expected?.GetType(), actual?.GetType());
        }
    }

    [Fact]
    public void Mixed_texts_fold_as_the_definition_says()
    {
        // Covered characters with, now and then, combining marks, Greek, ligatures and astral characters among them.
        string[] others = ["\u0301", "\u0327", "Σ", "ς", "ﬁ", "ẞ", "😀", "\u0130", "\u212B", "ǅ"];
        var random = new Random(17);
        var builder = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            builder.Clear();
            var length = random.Next(1, 24);
            for (var j = 0; j < length; j++)
            {
                if (random.Next(10) == 0) builder.Append(others[random.Next(others.Length)]);
                else builder.Append(Covered[random.Next(Covered.Length)]);
            }
            var text = builder.ToString();
            Assert.Equal(TextNormalizer.FoldThroughUnicode(text), TextNormalizer.Fold(text));
        }
    }
}
