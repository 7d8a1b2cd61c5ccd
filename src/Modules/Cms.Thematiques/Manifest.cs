using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Thematic tracks",
    Description = "The Theme content type (thematic tracks) and its pages.",
    Category = "Site",
    Dependencies = ["Cms.Display", "Cms.ContentFields"])]
