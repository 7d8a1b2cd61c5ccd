using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Ratings (sample)",
    Description = "A sample module: the RatingField kind, the ReviewPart kind, the Review content type and a listing sorted by rating.",
    Category = "Samples",
    Dependencies = ["Cms.Display", "Cms.Admin"])]
