using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Alias",
    Description = "Orchard Core's AliasPart: a unique alias per item, items found by alias in code (IAliasLookup) and in Liquid (content_item_id, content_item).",
    Category = "Content",
    Dependencies = ["Cms.Display", "Cms.Admin"])]
