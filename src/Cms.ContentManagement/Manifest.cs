using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Content management",
    Description = "Content items, definitions, data migrations, indexed queries, the media store and scheduled publishing.",
    Category = "Core",
    Dependencies = ["Cms.Data"])]
