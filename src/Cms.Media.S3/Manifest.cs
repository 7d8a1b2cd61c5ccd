using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Media in S3",
    Description = "Media and uploads waiting for confirmation in an S3-compatible object store (Cms:Media:Provider = S3).",
    Category = "Core",
    Dependencies = ["Cms.ContentManagement"])]
