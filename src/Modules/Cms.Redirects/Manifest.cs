using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Redirects",
    Description = "Old addresses answer 301: Jekyll URLs, redirect_from, changed paths, trailing slashes, old media URLs; the « Redirections » back-office page.",
    Category = "Site",
    Dependencies = ["Cms.Admin"])]
