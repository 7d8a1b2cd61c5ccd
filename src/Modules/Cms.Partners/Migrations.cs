using Cms.Abstractions.Definitions;
using Cms.Abstractions.Migrations;

namespace Cms.Partners;

/// <summary>Defines the <c>Partner</c> (Partenaire) content type (docs/contracts.md §4).</summary>
public sealed class Migrations(IContentDefinitionManager definitions) : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.AlterPartDefinitionAsync("Partner", part => part
            .WithDescription("Site et logo d'un partenaire.")
            .WithField("Website", f => f.OfType("LinkField").WithDisplayName("Site web").WithPosition("0"))
            .WithField("Logo", f => f.OfType("MediaField").WithDisplayName("Logo").WithPosition("1")
                .WithSettings(new MediaFieldSettings { Multiple = false, AllowMediaText = true })));

        await definitions.AlterTypeDefinitionAsync("Partner", type => type
            .DisplayedAs("Partenaire")
            .Creatable().Listable().Draftable().Versionable().Securable()
            .WithPart("TitlePart", p => p.WithPosition("0").WithDisplayName("Nom"))
            .WithPart("AutoroutePart", p => p.WithPosition("1").WithDisplayName("Adresse de la page")
                .WithSettings(new AutoroutePartSettings { AllowCustomPath = true, Pattern = "partenaires/" }))
            .WithPart("MarkdownBodyPart", p => p.WithPosition("3").WithDisplayName("Présentation"))
            .WithPart("Partner", p => p.WithPosition("2").WithDisplayName("Partenaire")));

        return 1;
    }
}
