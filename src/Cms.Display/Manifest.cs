using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Display",
    Description = "Liquid rendering with alternates, the site theme, Markdown, caches of published items and settings, the content route.",
    Category = "Core",
    Dependencies = ["Cms.ContentManagement"])]
