using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Menus",
    Description = "Orchard Core's Menu type with link, content and HTML menu items, its back-office editor, and the site's header and footer navigation from the menus aliased main-menu and footer-menu.",
    Category = "Content",
    Dependencies = ["Cms.Display", "Cms.Admin", "Cms.Alias", "Cms.ContentFields"])]
