using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Data",
    Description = "The store: EF Core on SQLite or PostgreSQL, its schema migrations, Identity tables and site settings.",
    Category = "Core",
    Dependencies = [])]
