using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Markdown import",
    Description = "Jekyll documents to events and back: the markdown-import recipe step, the import and export-markdown commands.",
    Category = "Site",
    Dependencies = ["Cms.Events", "Cms.Recipes", "Cms.ContentFields"])]
