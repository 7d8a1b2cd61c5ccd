using System.Text;
using Cms.MarkdownImport.Parsing;

namespace Cms.MarkdownImport.Tests.Hardening;

/// <summary>Issue 16, item 8: alias bombs and deep nesting in front matter are refused with a reason, not expanded.</summary>
public sealed class Item08YamlBombTests
{
    [Fact]
    public void Item08_an_alias_bomb_is_refused_naming_the_limit()
    {
        // Nine levels of ten aliases each: 10^9 values once expanded.
        var yaml = new StringBuilder("---\ntitle: Bombe\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++)
        {
            var previous = $"*a{i - 1}";
            yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat(previous, 10))}]\n");
        }
        yaml.Append("---\nCorps\n");

        var e = Assert.Throws<DocumentRefusedException>(() => FrontMatterParser.Parse(yaml.ToString()));
        Assert.Contains("alias", e.Reason);
        Assert.Contains(FrontMatterParser.MaxValues.ToString(), e.Reason.Replace(" ", "").Replace("\u202f", ""));
    }

    [Fact]
    public void Item08_deep_nesting_is_refused_before_any_tree_is_built()
    {
        const int depth = 200_000;
        var text = "---\ntitle: Profond\nx: " + new string('[', depth) + new string(']', depth) + "\n---\nCorps\n";
        var e = Assert.Throws<DocumentRefusedException>(() => FrontMatterParser.Parse(text));
        Assert.Contains("trop imbriqué", e.Reason);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Item08_ordinary_aliases_still_work()
    {
        var document = FrontMatterParser.Parse("---\ntitle: &t Un titre\nlieu: *t\ntags: [a, [b, [c]]]\n---\nCorps\n");
        Assert.Equal("Un titre", document.Data["lieu"]!.GetValue<string>());
    }
}
