using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "SampleItem",
    Description = "The SampleItem content type, its part, its page template and its recipe step.",
    Category = "Site",
    Dependencies = ["Cms.Display", "Cms.Admin"])]
