using Cms.Abstractions.Definitions;
using Cms.Abstractions.Migrations;

namespace Sample.Module;

/// <summary>
/// The <c>SampleItem</c> content type: a title, a page address under <c>sampleitem/</c>, a summary (SampleItemPart) and a
/// Markdown body. Each later change is a new <c>UpdateFromNAsync</c> method returning N+1; never edit a shipped one.
/// </summary>
public sealed class Migrations(IContentDefinitionManager definitions) : DataMigration
{
    public const string ContentType = "SampleItem";
    public const string PathPrefix = "sampleitem/";

    public async Task<int> CreateAsync()
    {
        await definitions.AlterTypeDefinitionAsync(ContentType, type => type
            .DisplayedAs("SampleItem")
            .Creatable().Listable().Draftable().Versionable().Securable()
            .WithPart("TitlePart", p => p.WithPosition("0").WithDisplayName("Titre"))
            .WithPart("AutoroutePart", p => p.WithPosition("1").WithDisplayName("Adresse de la page")
                .WithSettings(new AutoroutePartSettings { AllowCustomPath = true, Pattern = PathPrefix }))
            .WithPart("SampleItemPart", p => p.WithPosition("2").WithDisplayName("Résumé"))
            .WithPart("MarkdownBodyPart", p => p.WithPosition("3").WithDisplayName("Texte")));
        return 1;
    }
}
