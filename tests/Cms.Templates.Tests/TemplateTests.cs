using System.Net;
using System.Text.RegularExpressions;
using Cms.Admin.Tests.Support;

namespace Cms.Templates.Tests;

/// <summary>
/// What <c>dotnet new cms-module</c> and <c>dotnet new cms-theme</c> produce builds, is picked up by the host with no
/// other edit, and works: the module's type is created and published through the back office's forms and shown on
/// the site; the theme is selected, its layout and its override show, and its base theme's pages and assets still
/// serve; the module's own tests pass.
/// </summary>
public sealed partial class TemplateTests(GeneratedSite site) : IClassFixture<GeneratedSite>
{
    [Fact]
    public void The_templates_wrote_the_module_and_the_theme_under_their_names()
    {
        Assert.True(File.Exists(Path.Combine(site.ModuleDirectory, "Acme.Faq.csproj")));
        Assert.True(File.Exists(Path.Combine(site.ModuleDirectory, "Parts", "FaqPart.cs")));
        Assert.True(File.Exists(Path.Combine(site.ModuleDirectory, "Views", "Content-Faq.Detail.liquid")));
        Assert.True(File.Exists(Path.Combine(site.ModuleDirectory, "Tests", "Acme.Faq.Tests.csproj")));
        Assert.Contains("namespace Acme.Faq.Parts;", File.ReadAllText(Path.Combine(site.ModuleDirectory, "Parts", "FaqPart.cs")));
        Assert.Contains("\"name\": \"Acme\"", File.ReadAllText(Path.Combine(site.ThemeDirectory, "theme.json")));
    }

    [Fact]
    public async Task An_item_of_the_modules_type_is_created_and_published_in_the_back_office_and_shown_on_the_site()
    {
        using var client = site.Client();
        var (_, login) = await GetAsync(client, "/admin/connexion");
        using (var signIn = await PostAsync(client, "/admin/connexion", [("UserName", "admin"), ("Password", GeneratedSite.Password), Token(login)]))
        {
            Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, $"Sign-in: {(int)signIn.StatusCode}\n{await signIn.Content.ReadAsStringAsync()}");
        }

        var (status, form) = await GetAsync(client, "/admin/contenus/nouveau/Faq");
        Assert.True(status == HttpStatusCode.OK, $"The back office has no Faq type ({(int)status}):\n{form}\n{site.HostOutput}");
        Assert.Contains("Résumé (obligatoire)", form);   // the module's part editor (its Razor view)
        var fields = FormReader.Read(form, "content-form").With(
            ("TitlePart.Title", "Comment venir ?"), ("AutoroutePart.Path", "faq/comment-venir"),
            ("FaqPart.Summary", "En tramway, ligne A, arrêt Mairie."), ("MarkdownBodyPart.Markdown", "Le lieu est **accessible** en fauteuil."));
        // The form's fields hold its antiforgery token already.
        using (var save = await PostAsync(client, "/admin/contenus/nouveau/Faq", [.. fields, ("command", "publish")]))
        {
            Assert.True(save.StatusCode == HttpStatusCode.Redirect, $"Save: {(int)save.StatusCode}\n{await save.Content.ReadAsStringAsync()}");
        }

        using var visitor = site.Client();
        var (pageStatus, page) = await GetAsync(visitor, "/faq/comment-venir");
        Assert.True(pageStatus == HttpStatusCode.OK, $"{(int)pageStatus}\n{page}\n{site.HostOutput}");
        // The module's content template, its part's template (embedded in Acme.Faq.dll) and the page description set by its driver.
        Assert.Contains("cms-content--faq", page);
        Assert.Contains("<p class=\"fr-text--lead cms-summary\">En tramway, ligne A, arrêt Mairie.</p>", WebUtility.HtmlDecode(page));
        Assert.Contains("<meta name=\"description\" content=\"En tramway, ligne A, arrêt Mairie.\">", WebUtility.HtmlDecode(page));
        Assert.Contains("<strong>accessible</strong>", page);
        // The generated theme's layout and its TitlePart override.
        Assert.Contains("<body class=\"theme-acme\">", page);
        Assert.Contains("<h1 class=\"cms-title fr-mb-2w\">Comment venir ?</h1>", WebUtility.HtmlDecode(page));
    }

    [Fact]
    public async Task The_theme_builds_on_its_base_theme_pages_and_assets()
    {
        using var visitor = site.Client();
        // The home page and a legal page are the base theme's templates, inside the generated theme's layout.
        foreach (var path in new[] { "/", "/mentions-legales" })
        {
            var (status, page) = await GetAsync(visitor, path);
            Assert.True(status == HttpStatusCode.OK, $"{path}: {(int)status}\n{page}");
            Assert.Contains("<body class=\"theme-acme\">", page);
        }
        var (_, home) = await GetAsync(visitor, "/");
        var assets = AssetsPattern().Match(home);
        Assert.True(assets.Success, home);
        // The theme's own stylesheet and its base's, served together under the theme's assets URL.
        foreach (var file in new[] { "theme.css", "site.css" })
        {
            using var response = await visitor.GetAsync($"{assets.Groups[1].Value}/{file}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public void The_generated_modules_own_tests_pass()
    {
        var (exitCode, output) = site.ModuleTests;
        Assert.True(exitCode == 0, output);
        var passed = Regex.Match(output, @"Passed:\s+(\d+)");
        Assert.True(passed.Success && int.Parse(passed.Groups[1].Value) >= 5, output);
    }

    private static async Task<(HttpStatusCode Status, string Html)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IEnumerable<(string Key, string Value)> fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));

    private static (string, string) Token(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "No antiforgery token in the page:\n" + html);
        return ("__RequestVerificationToken", WebUtility.HtmlDecode(match.Groups[1].Value));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("href=\"(/themes/acme/assets/[0-9a-f]+)/site.css\"")]
    private static partial Regex AssetsPattern();
}
