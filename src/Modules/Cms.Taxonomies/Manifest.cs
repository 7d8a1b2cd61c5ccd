using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Taxonomies",
    Description = "Orchard Core's Taxonomies: the Taxonomy type, TaxonomyPart, TermPart, TaxonomyField (terms or tags), term pages listing their items.",
    Category = "Content",
    Dependencies = ["Cms.Display", "Cms.Admin"])]
