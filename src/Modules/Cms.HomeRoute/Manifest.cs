using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Home route",
    Description = "Orchard Core's HomeRoute site setting: the published item it names is served as the home page.",
    Category = "Site",
    Dependencies = ["Cms.Display"])]
