using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Content Fields",
    Description = "The stock field kinds (Text, Markdown, Link, DateTime, Media, ContentPicker, MultiText, Boolean, Numeric) with their display drivers, editors and index providers.",
    Category = "Content",
    Dependencies = ["Cms.Display", "Cms.Admin"])]
