using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Partners",
    Description = "The Partner content type and its pages.",
    Category = "Site",
    Dependencies = ["Cms.Display", "Cms.ContentFields"])]
