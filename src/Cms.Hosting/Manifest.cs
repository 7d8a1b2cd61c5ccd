using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Hosting",
    Description = "The host: module discovery and order, the start sequence, commands, and the security headers of every response.",
    Category = "Core")]
