using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Search",
    Description = "French full-text search with Lucene.Net: the index kept in step with publications, /recherche, suggestions and the 404 page's closest pages.",
    Category = "Site",
    Dependencies = ["Cms.Display"])]
