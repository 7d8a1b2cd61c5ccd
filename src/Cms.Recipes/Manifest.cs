using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Recipes",
    Description = "The recipe engine, its generic steps, the recipe and export commands and the setup recipe.",
    Category = "Core",
    Dependencies = ["Cms.ContentManagement"])]
