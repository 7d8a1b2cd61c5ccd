using Cms.Abstractions.Definitions;
using Cms.Abstractions.Migrations;
using Cms.Samples.Ratings.Fields;

namespace Cms.Samples.Ratings;

/// <summary>The <c>Review</c> (Avis) type: a title, a page address under <c>avis/</c>, a text, the reviewer and a rating.</summary>
public sealed class Migrations(IContentDefinitionManager definitions) : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.AlterPartDefinitionAsync("Review", part => part
            .WithField("Rating", f => f.OfType(nameof(RatingField)).WithDisplayName("Note").WithPosition("0")
                .WithSettings(new RatingFieldSettings { Max = 5, Hint = "De 1 (décevant) à 5 (excellent)." })));

        await definitions.AlterTypeDefinitionAsync("Review", type => type
            .DisplayedAs("Avis")
            .Creatable().Listable().Draftable().Versionable().Securable()
            .WithPart("TitlePart", p => p.WithPosition("0").WithDisplayName("Titre"))
            .WithPart("AutoroutePart", p => p.WithPosition("1").WithDisplayName("Adresse de la page")
                .WithSettings(new AutoroutePartSettings { AllowCustomPath = true, Pattern = "avis/" }))
            .WithPart("ReviewPart", p => p.WithPosition("2").WithDisplayName("Auteur"))
            .WithPart("Review", p => p.WithPosition("3").WithDisplayName("Évaluation"))
            .WithPart("MarkdownBodyPart", p => p.WithPosition("4").WithDisplayName("Texte")));
        return 1;
    }
}
