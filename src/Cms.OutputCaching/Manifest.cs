using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Output caching",
    Description = "Output cache of public pages tagged by what they show, compression and ETags; its middleware wraps the display's and the back office's.",
    Category = "Core",
    Dependencies = ["Cms.Display", "Cms.Admin"])]
