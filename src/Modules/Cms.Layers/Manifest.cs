using Cms.Abstractions.Modules;

[assembly: Module(
    Name = "Layers",
    Description = "Layers and widgets (Orchard Core's Layers and Rules): layers with rules (always, home page, address, role, and/or), widgets placed in the layout's zones on the pages their layer's rule matches, the layers recipe step and its export, the « Widgets » back-office page.",
    Category = "Display",
    Dependencies = ["Cms.Display", "Cms.Admin"])]
