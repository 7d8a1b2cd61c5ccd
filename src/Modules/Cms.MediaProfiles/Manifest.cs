using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Media profiles",
    Description = "Named image resize profiles (Orchard Core's MediaProfiles step) and the resize_url Liquid filter: resized images made once, cached on disk, served with long cache headers.",
    Category = "Display",
    Dependencies = ["Cms.ContentManagement", "Cms.Display"])]
