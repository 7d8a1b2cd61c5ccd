using Cms.Abstractions.Definitions;
using Cms.Abstractions.Migrations;

namespace Cms.Thematiques;

/// <summary>Defines the <c>Theme</c> (Thématique) content type: a thematic track, not a site theme (docs/contracts.md §4).</summary>
public sealed class Migrations(IContentDefinitionManager definitions) : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.AlterPartDefinitionAsync("Theme", part => part
            .WithDescription("Résumé d'une thématique.")
            .WithField("Summary", f => f.OfType("TextField").WithDisplayName("Résumé").WithPosition("0")));

        await definitions.AlterTypeDefinitionAsync("Theme", type => type
            .DisplayedAs("Thématique")
            .Creatable().Listable().Draftable().Versionable().Securable()
            .WithPart("TitlePart", p => p.WithPosition("0").WithDisplayName("Titre"))
            .WithPart("AutoroutePart", p => p.WithPosition("1").WithDisplayName("Adresse de la page")
                .WithSettings(new AutoroutePartSettings { AllowCustomPath = true, Pattern = "thematiques/" }))
            .WithPart("MarkdownBodyPart", p => p.WithPosition("3").WithDisplayName("Présentation"))
            .WithPart("Theme", p => p.WithPosition("2").WithDisplayName("Thématique")));

        return 1;
    }
}
