namespace Cms.Data.Entities;

/// <summary>The single JSON document of all content definitions (<c>ContentDefinitionRecord</c>).</summary>
public class ContentDefinitionDocument
{
    public int Id { get; set; }
    public string Document { get; set; } = "";
}

/// <summary>The single JSON document of the site settings.</summary>
public class SiteSettingsDocument
{
    public int Id { get; set; }
    public string Document { get; set; } = "";
}

/// <summary>A module's JSON document by name (<c>IDocumentStore</c>: stored templates, media profiles, admin menus).</summary>
public class NamedDocument
{
    public string Name { get; set; } = "";
    public string Document { get; set; } = "";
}

/// <summary>The version a data migration class reached, by full type name.</summary>
public class DataMigrationRecord
{
    public string DataMigrationClass { get; set; } = "";
    public int Version { get; set; }
}
