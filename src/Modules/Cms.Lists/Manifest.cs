using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Lists",
    Description = "Orchard Core's ListPart and ContainedPart: containers (a blog) listing their items, paginated, newest first, with their own Atom feed.",
    Category = "Content",
    Dependencies = ["Cms.Display", "Cms.Admin"])]
