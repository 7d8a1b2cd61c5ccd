using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Clustering",
    Description = "Several nodes on one database: the Redis change bus and key ring, forwarded headers of known proxies, health endpoints.",
    Category = "Core",
    Dependencies = ["Cms.Data"])]
