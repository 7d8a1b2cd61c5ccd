using Cms.Abstractions.Definitions;
using Cms.Abstractions.Migrations;

namespace Cms.Taxonomies;

/// <summary>
/// The <c>Taxonomy</c> type, as Orchard Core's Taxonomies module creates it: a title, an address (its terms are routed
/// under it: <c>tags/earth</c>) and the TaxonomyPart holding the terms. Orchard also gives it an AliasPart; the Alias
/// module adds it when present.
/// </summary>
public sealed class Migrations(IContentDefinitionManager definitions) : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.AlterTypeDefinitionAsync("Taxonomy", type => type
            .DisplayedAs("Taxonomie")
            .Creatable().Listable().Draftable().Versionable().Securable()
            .WithPart("TitlePart", p => p.WithPosition("0").WithDisplayName("Titre"))
            .WithPart("AutoroutePart", p => p.WithPosition("1").WithDisplayName("Adresse de la page")
                .WithSettings(new AutoroutePartSettings { AllowCustomPath = true, Pattern = "" }))
            .WithPart("TaxonomyPart", p => p.WithPosition("2").WithDisplayName("Termes")));
        return 1;
    }
}
