using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Admin menu",
    Description = "Orchard Core's AdminMenu recipe step: extra back-office menu entries (links and groups, nested) shown in the back office's navigation.",
    Category = "Back office",
    Dependencies = ["Cms.Admin"])]
