using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Flows",
    Description = "Orchard Core's FlowPart and the Widget stereotype: widgets shown in order with their alignment and size, edited in the back office.",
    Category = "Content",
    Dependencies = ["Cms.Display", "Cms.Admin"])]
