namespace Cms.LiquidTemplates.Services;

/// <summary>The stored templates by name, as Orchard's <c>TemplatesDocument</c> (and its recipe step) holds them.</summary>
public sealed class TemplatesDocument
{
    public const string DocumentName = "Templates";

    public Dictionary<string, Template> Templates { get; set; } = new(StringComparer.Ordinal);
}

public sealed class Template
{
    public string Content { get; set; } = "";
    public string? Description { get; set; }
}
