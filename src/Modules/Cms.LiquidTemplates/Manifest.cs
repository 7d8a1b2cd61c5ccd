using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Liquid templates",
    Description = "Liquid templates stored in the database (Orchard Core's Templates): the Templates recipe step, the « Modèles » back-office page with a preview, overriding the theme's templates of the same alternate name.",
    Category = "Display",
    Dependencies = ["Cms.Display", "Cms.Admin"])]
