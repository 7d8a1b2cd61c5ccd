namespace Cms.Display.Tests;

public sealed class MarkdownTests : IDisposable
{
    private readonly DisplayHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private string Html(string markdown) => _harness.Markdown.ToHtml(markdown);

    [Fact]
    public void Advanced_extensions_are_on()
    {
        var html = Html("| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] tâche\n\nH~2~O");
        Assert.Contains("<div class=\"fr-table\"><table>", html);
        Assert.Contains("☐", html);
        Assert.Contains("<sub>2</sub>", html);
    }

    [Fact]
    public void Centred_button_links_of_the_seed_become_dsfr_buttons()
    {
        var html = Html("""<div align="center" style="margin-bottom: 15px; margin-top: 40px"><a href="https://www.demarches-simplifiees.fr/commencer/x" class="button" title="S'inscrire - Lien externe"><b>S'inscrire</b></a></div>""");
        Assert.Equal("""<div class="cms-center"><a href="https://www.demarches-simplifiees.fr/commencer/x" class="fr-btn" title="S'inscrire - Lien externe"><b>S'inscrire</b></a></div>""", html);
    }

    [Fact]
    public void Centred_paragraph_with_button_and_opening_note()
    {
        var html = Html("""<div align="center"><a href="https://webinaire.numerique.gouv.fr/x" class="button"><b>Accéder au wébinaire</b></a><p class="ouverture">Ouverture le 3 février à 13h45</p></div>""");
        Assert.Contains("<div class=\"cms-center\"><a href=\"https://webinaire.numerique.gouv.fr/x\" class=\"fr-btn\">", html);
        Assert.Contains("<p class=\"fr-text--sm\">Ouverture le 3 février à 13h45</p>", html);
    }

    [Fact]
    public void Lien_important_becomes_a_dsfr_callout()
    {
        var html = Html("""<div class="lien-important"><p><a href="https://eig.etalab.gouv.fr/participer/candidats/">En savoir plus</a></p></div>""");
        Assert.Equal("""<div class="fr-callout cms-lien-important"><p class="fr-callout__text"><a href="https://eig.etalab.gouv.fr/participer/candidats/" class="fr-link fr-icon-arrow-right-line fr-link--icon-right">En savoir plus</a></p></div>""", html);
    }

    [Fact]
    public void Kramdown_target_after_a_link_is_applied_and_hidden()
    {
        var html = Html("""Voir [le programme](https://exemple.fr/programme){:target="_blank"} et [l'autre](https://exemple.fr/b){:target="blank"}.""");
        Assert.Equal("""<p>Voir <a href="https://exemple.fr/programme" target="_blank" rel="noopener noreferrer">le programme</a> et <a href="https://exemple.fr/b" target="_blank" rel="noopener noreferrer">l'autre</a>.</p>""", html);
    }

    [Fact]
    public void Kramdown_class_on_the_line_after_a_paragraph_applies_to_it()
    {
        var html = Html("**Au programme :**\n{: .text-center}\n\nSuite.");
        Assert.Equal("<p class=\"cms-center\"><strong>Au programme :</strong></p>\n<p>Suite.</p>", html);
    }

    [Fact]
    public void Kramdown_lists_in_a_quote_as_in_the_corpus()
    {
        // From _evenements: a boxed quote with a centred heading (the forum de l'emploi numérique).
        const string markdown = """
            Vous êtes **un agent public** ?


            > {: .text-center}
            >
            > ### **Participez au Forum de l’emploi numérique de l’État !**
            >
            > {: .margin-top-1 .text-center}
            {: .encadre role="presentation" }

            Suite.
            """;
        var html = Html(markdown);
        Assert.DoesNotContain("{:", html);
        Assert.DoesNotContain("role=", html);
        Assert.DoesNotContain("\uE000", html);
        Assert.Contains("<blockquote class=\"fr-mt-2w cms-center fr-callout\">", html);
        Assert.Contains("<h3 id=\"contenu-participez-au-forum-de-lemploi-numerique-de-letat\" class=\"cms-center\"><strong>Participez", html);
        Assert.DoesNotContain("<p></p>", html);
        Assert.EndsWith("<p>Suite.</p>", html);
    }

    [Fact]
    public void Unknown_kramdown_keys_are_dropped()
    {
        var html = Html("Texte\n{: style=\"color:red\" onclick=\"alert(1)\" #ancre .inconnue}");
        Assert.Equal("<p>Texte</p>", html);
    }

    [Theory]
    [InlineData("Bonjour {% include image.html src=\"/uploads/x.png\" %} le monde", "<p>Bonjour  le monde</p>")]
    [InlineData("[Le PDF]({{ site.baseurl }}/uploads/programme.pdf)", "<p><a href=\"/media/uploads/programme.pdf\">Le PDF</a></p>")]
    [InlineData("Site : {{ site.title }} ; {{ page.date | date: '%d' }}", "<p>Site :  ;</p>")]
    [InlineData("{% raw %}texte{% endraw %}", "<p>texte</p>")]
    [InlineData("{% if x %}jamais fermé", "<p>jamais fermé</p>")]
    [InlineData("{% include", "<p>{% include</p>")]
    public void Liquid_in_a_body_never_runs_nor_shows(string markdown, string expected) => Assert.Equal(expected, Html(markdown));

    [Fact]
    public void Liquid_in_code_is_kept_as_written()
    {
        var html = Html("Écrire `{{ site.url }}`.\n\n```\n{% include x %}\n```");
        Assert.Contains("<code>{{ site.url }}</code>", html);
        Assert.Contains("{% include x %}", html);
    }

    [Fact]
    public void Uploads_links_and_images_point_to_the_media_store()
    {
        var html = Html("![Affiche](/uploads/1500-500-max%20bis.jpg) [doc](/uploads/a.pdf) <img src=\"/uploads/b.png\" alt=\"b\">");
        Assert.Contains("src=\"/media/uploads/1500-500-max%20bis.jpg\"", html);
        Assert.Contains("href=\"/media/uploads/a.pdf\"", html);
        Assert.Contains("src=\"/media/uploads/b.png\"", html);
    }

    [Fact]
    public void Plain_text_has_no_markup()
    {
        var text = _harness.Markdown.ToPlainText("## Titre\n\nUn **texte** avec [un lien](https://exemple.fr){:target=\"_blank\"}.\n\n<div class=\"lien-important\"><p><a href=\"/x\">Lien</a></p></div>");
        Assert.Equal("Titre Un texte avec un lien. Lien", text);
    }

    [Fact]
    public void Empty_markdown_gives_empty_html() => Assert.Equal("", Html("  \n"));

    [Fact]
    public void Every_corpus_document_renders_without_leaking_attribute_lists_or_liquid()
    {
        var corpus = FindCorpus();
        if (corpus is null)
        {
            Assert.Fail("The corpus folder /work/shared/corpus/numerique.gouv.fr/_evenements was not found.");
            return;
        }
        var files = Directory.EnumerateFiles(corpus, "*.markdown", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var body = text.StartsWith("---", StringComparison.Ordinal) && text.IndexOf("\n---", 3, StringComparison.Ordinal) is var end and > 0
                ? text[(text.IndexOf('\n', end + 1) + 1)..]
                : text;
            var html = Html(body);
            Assert.False(html.Contains("{:", StringComparison.Ordinal), $"{file}: an attribute list leaks");
            Assert.False(html.Contains("{%", StringComparison.Ordinal), $"{file}: a Liquid tag leaks");
            Assert.False(html.Contains('\uE000'), $"{file}: a marker leaks");
            Assert.False(html.Contains("<script", StringComparison.OrdinalIgnoreCase), $"{file}: a script survives");
            Assert.False(html.Contains("class=\"button\"", StringComparison.Ordinal), $"{file}: an unmapped button");
        }
    }

    private static string? FindCorpus()
    {
        var configured = Environment.GetEnvironmentVariable("CMS_CORPUS_PATH");
        if (configured is not null && Directory.Exists(configured)) return configured;
        const string shared = "/work/shared/corpus/numerique.gouv.fr/_evenements";
        return Directory.Exists(shared) ? shared : null;
    }
}
