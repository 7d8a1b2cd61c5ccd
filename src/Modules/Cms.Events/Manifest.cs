using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Events",
    Description = "The Event content type, the agenda, event pages, iCalendar files, the Atom feed and JSON-LD.",
    Category = "Site",
    Dependencies = ["Cms.Display", "Cms.ContentFields"])]
