using System.Text;
using Cms.MarkdownImport.Mapping;
using Cms.MarkdownImport.Parsing;

namespace Cms.MarkdownImport.Tests;

/// <summary>Each kind of bad document is refused with a reason that says what is wrong, and where when it can.</summary>
public sealed class BadInputTests
{
    private static DocumentRefusedException Refuse(string text) => Refuse(Encoding.UTF8.GetBytes(text));

    private static DocumentRefusedException Refuse(byte[] bytes) =>
        Assert.Throws<DocumentRefusedException>(() =>
        {
            var file = SourceFile.FromBytes(bytes);
            EventMapper.Map(FrontMatterParser.Parse(file.Text), "_evenements/x.markdown", file.Hash);
        });

    [Fact]
    public void No_front_matter()
    {
        var e = Refuse("# Un titre\n\nPas d'en-tête.\n");
        Assert.Contains("pas d'en-tête YAML", e.Reason);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void Unterminated_front_matter()
    {
        var e = Refuse("---\ntitle: Sans fin\ndate: 2023-01-01\n\nLe corps.\n");
        Assert.Contains("non terminé", e.Reason);
    }

    [Fact]
    public void Invalid_yaml_names_the_line_of_the_file()
    {
        var e = Refuse("---\ntitle: Bon titre\ndate: 2023-01-01\nlieu: [pas fermé\nadresse: x\n---\nCorps\n");
        Assert.Contains("YAML invalide", e.Reason);
        Assert.NotNull(e.Line);
        Assert.InRange(e.Line!.Value, 4, 6);
    }

    [Fact]
    public void A_key_written_twice_is_invalid_yaml_with_its_line()
    {
        var e = Refuse("---\ntitle: Un\nlieu: A\nlieu: B\n---\n");
        Assert.Contains("lieu", e.Reason);
        Assert.Equal(4, e.Line);
    }

    [Theory]
    [InlineData("---\n- un\n- deux\n---\nCorps\n", "une liste")]
    [InlineData("---\njuste une phrase\n---\nCorps\n", "une valeur seule")]
    public void Front_matter_that_is_not_a_mapping(string text, string what)
    {
        var e = Refuse(text);
        Assert.Contains("n'est pas une liste de clés", e.Reason);
        Assert.Contains(what, e.Reason);
    }

    [Theory]
    [InlineData("---\ndate: 2023-01-01\n---\nCorps\n")]
    [InlineData("---\ntitle: ''\n---\nCorps\n")]
    [InlineData("---\ntitle:\n---\nCorps\n")]
    [InlineData("---\n---\nCorps\n")]
    public void Missing_title(string text)
    {
        Assert.Contains("titre manquant", Refuse(text).Reason);
    }

    [Theory]
    [InlineData("date", "le 3 mars")]
    [InlineData("event_start_date", "2023-13-45 09:00:00 +02:00")]
    [InlineData("event_end_date", "demain")]
    public void Unparseable_dates_name_the_key_and_line(string key, string value)
    {
        var e = Refuse($"---\ntitle: T\n{key}: {value}\n---\n");
        Assert.Contains($"date illisible pour « {key} »", e.Reason);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void End_a_day_before_start()
    {
        var e = Refuse("---\ntitle: T\nevent_start_date: 2023-11-28 09:00:00 +01:00\nevent_end_date: 2023-11-27 18:30:00 +01:00\n---\n");
        Assert.Contains("précède son début", e.Reason);
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void An_end_before_the_start_on_the_same_day_is_dropped_with_a_warning_naming_the_line()
    {
        var text = "---\ntitle: T\nevent_start_date: 2023-11-28 09:00:00 +01:00\nevent_end_date: 2023-11-28 00:30:00 +01:00\n---\n";
        var mapped = EventMapper.Map(FrontMatterParser.Parse(text), "_evenements/t.markdown", "h");
        Assert.Null(mapped.Item.GetPart("Event")!["EndDate"]!["Value"]);
        var warning = Assert.Single(mapped.Warnings);
        Assert.Contains("ligne 4", warning);
        Assert.Contains("l'évènement finit le jour même", warning);
    }

    [Fact]
    public void A_file_that_is_not_utf8()
    {
        var latin1 = Encoding.Latin1.GetBytes("---\ntitle: Évènement\n---\nCorps accentué\n");
        var e = Refuse(latin1);
        Assert.Contains("UTF-8", e.Reason);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void A_binary_file()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D };
        Assert.Contains("binaire", Refuse(bytes).Reason);
    }

    [Fact]
    public void A_file_over_2_MB()
    {
        var text = "---\ntitle: Gros\n---\n" + new string('a', SourceFile.MaxBytes);
        Assert.Contains("trop gros", Refuse(text).Reason);
    }

    [Fact]
    public async Task A_file_over_2_MB_is_refused_before_being_read()
    {
        var path = Path.GetTempFileName();
        try
        {
            await using (var stream = File.Create(path))
            {
                stream.SetLength(SourceFile.MaxBytes + 1);
            }
            var e = await Assert.ThrowsAsync<DocumentRefusedException>(() => SourceFile.ReadAsync(path, CancellationToken.None));
            Assert.Contains("trop gros", e.Reason);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("/uploads/../../etc/passwd")]
    [InlineData("../secret.jpg")]
    [InlineData("/uploads/%2e%2e/%2e%2e/secret.jpg")]
    [InlineData("C:\\\\images\\\\photo.jpg")]
    [InlineData("//autre-serveur/photo.jpg")]
    public void Image_paths_that_leave_the_media_root(string image)
    {
        var e = Refuse($"---\ntitle: T\nune-ou-diaporama:\n- image: \"{image}\"\n---\n");
        Assert.Contains("image refusée", e.Reason);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void A_list_where_a_text_is_expected()
    {
        var e = Refuse("---\ntitle: T\nlieu:\n- a\n- b\n---\n");
        Assert.Contains("« lieu » doit être une valeur simple", e.Reason);
    }

    [Fact]
    public void A_byte_order_mark_is_not_an_error()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\ntitle: Avec BOM\n---\nCorps\n")).ToArray();
        var file = SourceFile.FromBytes(bytes);
        var mapped = EventMapper.Map(FrontMatterParser.Parse(file.Text), "_evenements/x.md", file.Hash);
        Assert.Equal("Avec BOM", mapped.Item.DisplayText);
    }

    [Fact]
    public void Windows_line_endings_are_read()
    {
        var file = SourceFile.FromBytes(Encoding.UTF8.GetBytes("---\r\ntitle: CRLF\r\nlieu: Paris\r\n---\r\nCorps\r\n"));
        var mapped = EventMapper.Map(FrontMatterParser.Parse(file.Text), "_evenements/x.md", file.Hash);
        Assert.Equal("CRLF", mapped.Item.DisplayText);
        Assert.Equal("Corps\r\n", mapped.Item.GetPart("MarkdownBodyPart")!["Markdown"]!.GetValue<string>());
    }
}
