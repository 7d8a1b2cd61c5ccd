using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Queries",
    Description = "Named read-only SQL queries over the index tables (Orchard Core's Queries): the queries recipe step, the « Requêtes » back-office page with a preview, and Liquid's `Queries.Name | query`.",
    Category = "Content",
    Dependencies = ["Cms.Display", "Cms.Admin"])]
