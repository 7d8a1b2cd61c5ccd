using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Sitemaps",
    Description = "/sitemap.xml (the home page, the listing pages modules register, every published item with an address) and /robots.txt pointing to it.",
    Category = "Site",
    Dependencies = ["Cms.ContentManagement"])]
