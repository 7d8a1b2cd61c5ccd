using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Content Fields",
    Description = "The stock field kinds (Text, Markdown, Html, Link, DateTime, Media, ContentPicker, MultiText, Boolean, Numeric) and the HtmlBodyPart, with their display drivers, editors, index providers, HTML sanitizing on save and the rich-text editor.",
    Category = "Content",
    Dependencies = ["Cms.Display", "Cms.Admin"])]
