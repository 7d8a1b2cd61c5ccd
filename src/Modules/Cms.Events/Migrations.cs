using Cms.Abstractions.Definitions;
using Cms.Abstractions.Migrations;

namespace Cms.Events;

/// <summary>Defines the <c>Event</c> (Évènement) and <c>InfoField</c> (Champ d'information) types (docs/contracts.md §4).</summary>
public sealed class Migrations(IContentDefinitionManager definitions) : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.AlterPartDefinitionAsync("InfoField", part => part
            .WithDescription("Une information pratique : intitulé, contenu et lien.")
            .WithField("Label", f => f.OfType("TextField").WithDisplayName("Intitulé").WithPosition("0")
                .WithSettings(new TextFieldSettings { Required = true }))
            .WithField("Content", f => f.OfType("MarkdownField").WithDisplayName("Contenu").WithPosition("1"))
            .WithField("Link", f => f.OfType("LinkField").WithDisplayName("Lien").WithPosition("2")));

        await definitions.AlterTypeDefinitionAsync("InfoField", type => type
            .DisplayedAs("Champ d'information")
            .Stereotype("Widget")
            .WithPart("InfoField"));

        await definitions.AlterPartDefinitionAsync("Event", part => part
            .WithDescription("Dates, lieu, images et rattachements d'un évènement.")
            .WithField("Lead", f => f.OfType("MarkdownField").WithDisplayName("Chapeau").WithPosition("0"))
            .WithField("StartDate", f => f.OfType("DateTimeField").WithDisplayName("Début").WithPosition("1"))
            .WithField("EndDate", f => f.OfType("DateTimeField").WithDisplayName("Fin").WithPosition("2"))
            .WithField("Venue", f => f.OfType("TextField").WithDisplayName("Lieu").WithPosition("3"))
            .WithField("Address", f => f.OfType("TextField").WithDisplayName("Adresse").WithPosition("4"))
            .WithField("Images", f => f.OfType("MediaField").WithDisplayName("Images").WithPosition("5")
                .WithSettings(new MediaFieldSettings { Multiple = true, AllowMediaText = true }))
            .WithField("Themes", f => f.OfType("ContentPickerField").WithDisplayName("Thématiques").WithPosition("6")
                .WithSettings(new ContentPickerFieldSettings { Multiple = true, DisplayedContentTypes = ["Theme"] }))
            .WithField("Partners", f => f.OfType("ContentPickerField").WithDisplayName("Partenaires").WithPosition("7")
                .WithSettings(new ContentPickerFieldSettings { Multiple = true, DisplayedContentTypes = ["Partner"] }))
            .WithField("Categories", f => f.OfType("MultiTextField").WithDisplayName("Catégories").WithPosition("8")));

        await definitions.AlterTypeDefinitionAsync("Event", type => type
            .DisplayedAs("Évènement")
            .Creatable().Listable().Draftable().Versionable().Securable()
            .WithPart("TitlePart", p => p.WithPosition("0").WithDisplayName("Titre"))
            .WithPart("AutoroutePart", p => p.WithPosition("1").WithDisplayName("Adresse de la page")
                .WithSettings(new AutoroutePartSettings { AllowCustomPath = true, Pattern = "agenda/" }))
            .WithPart("MarkdownBodyPart", p => p.WithPosition("3").WithDisplayName("Corps"))
            .WithPart("Event", p => p.WithPosition("2").WithDisplayName("Évènement"))
            .WithPart("InfoFields", "BagPart", p => p.WithPosition("4").WithDisplayName("Informations pratiques")
                .WithSettings(new BagPartSettings { ContainedContentTypes = ["InfoField"] }))
            .WithPart("FrontMatterPart", p => p.WithPosition("5").WithDisplayName("Source Jekyll")));

        return 1;
    }

    /// <summary>« Toute la journée »: a BooleanField after the dates; an all-day event's times are ignored.</summary>
    public async Task<int> UpdateFrom1Async()
    {
        await definitions.AlterPartDefinitionAsync("Event", part => part
            .WithField("AllDay", f => f.OfType("BooleanField").WithDisplayName("Toute la journée").WithPosition("2.5")
                .WithSettings(new BooleanFieldSettings
                {
                    Label = "Toute la journée",
                    Hint = "Les heures sont ignorées : l'évènement occupe ses jours entiers, du jour de début au jour de fin.",
                })));
        return 2;
    }

    /// <summary>The shape of Orchard Core's BooleanFieldSettings (the kind is registered by Cms.ContentFields), keyed by its class name in the definition.</summary>
    private sealed class BooleanFieldSettings
    {
        public string? Hint { get; set; }
        public string? Label { get; set; }
        public bool DefaultValue { get; set; }
    }
}
