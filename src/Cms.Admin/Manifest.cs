using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Back office",
    Description = "The back office under /admin: sign-in, roles and permissions, editors, history, media library, import and export.",
    Category = "Core",
    Dependencies = ["Cms.Display", "Cms.Recipes"])]
