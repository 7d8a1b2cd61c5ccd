using Cms.Admin.Tests.Browser;

namespace Cms.Admin.Tests.Hardening;

/// <summary>
/// Issue 16, item 11: the live Markdown preview is rendered in a shadow root, outside the edit form's tree: nothing
/// it holds is submitted with the form or found by the page's id lookups, and the accessibility checker still reads it.
/// </summary>
public sealed class Item11PreviewOutsideTheFormTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [SkippableFact]
    public async Task Item11_the_live_preview_is_outside_the_edit_form()
    {
        Skip.If(BrowserSite.ChromiumMissing(out var missing), missing);
        var page = await site.SessionAsync("editor");
        await page.GotoAsync("/admin/contenus/nouveau/Event");
        var fieldsBefore = await page.EvaluateAsync<int>("document.getElementById('f-MarkdownBodyPart-Markdown').form.elements.length");

        await page.FillAsync("#f-MarkdownBodyPart-Markdown", "## Programme\n\nPour s'inscrire, [cliquez ici](#programme).");
        await page.WaitForSelectorAsync("#f-MarkdownBodyPart-preview h2");

        Assert.True(await page.EvaluateAsync<bool>(
            "!!document.getElementById('f-MarkdownBodyPart-preview').shadowRoot.querySelector('#contenu-programme')"));
        Assert.True(await page.EvaluateAsync<bool>("document.getElementById('contenu-programme') === null"));
        Assert.Equal(fieldsBefore, await page.EvaluateAsync<int>("document.getElementById('f-MarkdownBodyPart-Markdown').form.elements.length"));
        // The checker reads the preview through its shadow root.
        await page.WaitForSelectorAsync("[data-a11y-list] li");
        Assert.Contains("cliquez ici", await page.InnerTextAsync("[data-testid='a11y-checker']"));
    }
}
