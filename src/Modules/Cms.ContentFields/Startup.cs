using Cms.Abstractions.Recipes;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Search;
using Cms.ContentFields.Assets;
using Cms.ContentFields.Display;
using Cms.ContentFields.Editors;
using Cms.ContentFields.Fields;
using Cms.ContentFields.Handlers;
using Cms.ContentFields.Parts;
using Cms.ContentFields.Indexing;
using Cms.ContentFields.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Cms.Display.Markdown;

namespace Cms.ContentFields;

/// <summary>
/// The stock field kinds, each registered once with everything it brings. Display templates (<c>Views/{Kind}.liquid</c>)
/// are embedded; editor views are the Razor partials under <c>Editors/</c>.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Content fields", "OrchardCore.ContentFields", "OrchardCore.Html");
        services.AddContentField<TextField>().WithSettings<TextFieldSettings>()
            .UseDisplayDriver<PlainFieldDisplayDriver>().UseEditor<TextFieldEditor>();
        services.AddContentField<MarkdownField>().WithSettings<MarkdownFieldSettings>()
            .UseDisplayDriver<MarkdownFieldDisplayDriver>().UseEditor<MarkdownFieldEditor>();
        services.AddContentField<HtmlField>().WithSettings<HtmlFieldSettings>()
            .UseDisplayDriver<HtmlFieldDisplayDriver>().UseEditor<HtmlFieldEditor>();
        services.AddContentField<LinkField>().WithSettings<LinkFieldSettings>()
            .UseDisplayDriver<PlainFieldDisplayDriver>().UseEditor<LinkFieldEditor>();
        services.AddContentField<DateTimeField>().WithSettings<DateTimeFieldSettings>()
            .UseDisplayDriver<PlainFieldDisplayDriver>().UseEditor<DateTimeFieldEditor>().UseIndexProvider<DateTimeFieldIndexProvider>(IndexValueKind.Date);
        services.AddContentField<MediaField>().WithSettings<MediaFieldSettings>()
            .UseDisplayDriver<MediaFieldDisplayDriver>().UseEditor<MediaFieldEditor>();
        services.AddContentField<ContentPickerField>().WithSettings<ContentPickerFieldSettings>()
            .UseDisplayDriver<ContentPickerFieldDisplayDriver>().UseEditor<ContentPickerFieldEditor>().UseIndexProvider<ContentPickerFieldIndexProvider>(IndexValueKind.Reference);
        services.AddContentField<MultiTextField>().WithSettings<MultiTextFieldSettings>()
            .UseDisplayDriver<PlainFieldDisplayDriver>().UseEditor<MultiTextFieldEditor>();
        services.AddContentField<BooleanField>().WithSettings<BooleanFieldSettings>()
            .UseDisplayDriver<PlainFieldDisplayDriver>().UseEditor<BooleanFieldEditor>().UseIndexProvider<BooleanFieldIndexProvider>(IndexValueKind.Number);
        // HtmlBodyPart shares HtmlField's display driver, editor and text extractor; both are sanitized on every save.
        services.AddContentPart<HtmlBodyPart>()
            .UseDisplayDriver<HtmlFieldDisplayDriver>().UseEditor<HtmlFieldEditor>().UseTextExtractor<HtmlFieldTextExtractor>();
        services.AddContentHandler<HtmlSanitizingHandler>();
        // The sanitizer on save is the Markdown service's (registered by Cms.Display); a host without the display, such
        // as the recipe tests' store, gets one with the default options.
        services.TryAddSingleton(new MarkdownOptions());
        services.TryAddSingleton(sp => new MediaUrlResolver(sp.GetRequiredService<IServiceScopeFactory>()));
        services.TryAddSingleton<MarkdownService>();
        services.AddSingleton<HtmlEditorScript>();
        services.AddContentField<NumericField>().WithSettings<NumericFieldSettings>()
            .UseDisplayDriver<NumericFieldDisplayDriver>().UseEditor<NumericFieldEditor>().UseIndexProvider<NumericFieldIndexProvider>(IndexValueKind.Number);

        // What each kind contributes to full-text search (docs/modules.md §5b).
        services.AddContentField<TextField>().UseTextExtractor<TextFieldTextExtractor>();
        services.AddContentField<MarkdownField>().UseTextExtractor<MarkdownFieldTextExtractor>();
        services.AddContentField<HtmlField>().UseTextExtractor<HtmlFieldTextExtractor>();
        services.AddContentField<LinkField>().UseTextExtractor<LinkFieldTextExtractor>();
        services.AddContentField<DateTimeField>().UseTextExtractor<DateTimeFieldTextExtractor>();
        services.AddContentField<MediaField>().UseTextExtractor<MediaFieldTextExtractor>();
        services.AddContentField<ContentPickerField>().UseTextExtractor<ContentPickerFieldTextExtractor>();
        services.AddContentField<MultiTextField>().UseTextExtractor<MultiTextFieldTextExtractor>();
    }

    public override void MapRoutes(IEndpointRouteBuilder routes) =>
        routes.MapGet(HtmlEditorScript.Path, (HttpContext http, HtmlEditorScript script) =>
        {
            HtmlEditorScript.SetCacheHeaders(http);
            return script.Serve();
        }).AllowAnonymous();
}
