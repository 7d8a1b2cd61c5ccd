using Cms.Abstractions.Definitions;
using Cms.Abstractions.Migrations;
using Cms.Menus.Services;

namespace Cms.Menus;

/// <summary>
/// Orchard Core's menu types (OrchardCore.Menu's migrations): <c>Menu</c> (TitlePart, AliasPart, MenuPart,
/// MenuItemsListPart) and the <c>MenuItem</c> stereotype's <c>LinkMenuItem</c>, <c>ContentMenuItem</c> and <c>HtmlMenuItem</c>.
/// </summary>
public sealed class Migrations(IContentDefinitionManager definitions) : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.AlterTypeDefinitionAsync(MenuTypes.Menu, type => type
            .DisplayedAs("Menu")
            .Creatable().Listable().Draftable()
            .WithPart("TitlePart", p => p.WithPosition("1").WithDisplayName("Nom du menu"))
            .WithPart("AliasPart", p => p.WithPosition("2").WithDisplayName("Alias"))
            .WithPart("MenuPart", p => p.WithPosition("3"))
            .WithPart(MenuTypes.ItemsPart, p => p.WithPosition("4").WithDisplayName("Éléments du menu")));

        await definitions.AlterTypeDefinitionAsync(MenuTypes.Link, type => type
            .DisplayedAs("Lien").Stereotype(MenuTypes.Stereotype)
            .WithPart("LinkMenuItemPart"));

        await definitions.AlterPartDefinitionAsync("ContentMenuItemPart", part => part
            .WithField("SelectedContentItem", f => f.OfType("ContentPickerField").WithDisplayName("Contenu")
                .WithSettings(new ContentPickerFieldSettings { Required = true })));
        await definitions.AlterTypeDefinitionAsync(MenuTypes.Content, type => type
            .DisplayedAs("Lien vers un contenu").Stereotype(MenuTypes.Stereotype)
            .WithPart("ContentMenuItemPart"));

        await definitions.AlterTypeDefinitionAsync(MenuTypes.Html, type => type
            .DisplayedAs("HTML").Stereotype(MenuTypes.Stereotype)
            .WithPart("HtmlMenuItemPart"));
        return 1;
    }
}
