namespace Cms.Abstractions.Definitions;

/// <summary>Orchard Core's type builder: <c>t.DisplayedAs("Évènement").Creatable().Versionable().WithPart("TitlePart")</c>.</summary>
public sealed class ContentTypeDefinitionBuilder(ContentTypeDefinitionRecord record)
{
    public ContentTypeDefinitionRecord Record { get; } = record;

    public ContentTypeDefinitionBuilder DisplayedAs(string displayName) { Record.DisplayName = displayName; return this; }

    public ContentTypeDefinitionBuilder Creatable(bool value = true) => Type(s => s.Creatable = value);
    public ContentTypeDefinitionBuilder Listable(bool value = true) => Type(s => s.Listable = value);
    public ContentTypeDefinitionBuilder Draftable(bool value = true) => Type(s => s.Draftable = value);
    public ContentTypeDefinitionBuilder Versionable(bool value = true) => Type(s => s.Versionable = value);
    public ContentTypeDefinitionBuilder Securable(bool value = true) => Type(s => s.Securable = value);
    public ContentTypeDefinitionBuilder Stereotype(string stereotype) => Type(s => s.Stereotype = stereotype);
    public ContentTypeDefinitionBuilder WithDescription(string description) => Type(s => s.Description = description);

    public ContentTypeDefinitionBuilder WithSettings<T>(T settings) where T : class
    {
        Record.Settings.Merge(settings);
        return this;
    }

    /// <summary>Adds (or alters) a part used under its own name.</summary>
    public ContentTypeDefinitionBuilder WithPart(string partName, Action<ContentTypePartDefinitionBuilder>? configure = null) =>
        WithPart(partName, partName, configure);

    /// <summary>Adds (or alters) part type <paramref name="partName"/> under the name <paramref name="name"/> (e.g. a BagPart named InfoFields).</summary>
    public ContentTypeDefinitionBuilder WithPart(string name, string partName, Action<ContentTypePartDefinitionBuilder>? configure = null)
    {
        var part = Record.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.Name == name);
        if (part is null)
        {
            part = new ContentTypePartDefinitionRecord { Name = name, PartName = partName };
            Record.ContentTypePartDefinitionRecords.Add(part);
        }
        part.PartName = partName;
        configure?.Invoke(new ContentTypePartDefinitionBuilder(part));
        return this;
    }

    public ContentTypeDefinitionBuilder RemovePart(string name)
    {
        Record.ContentTypePartDefinitionRecords.RemoveAll(p => p.Name == name);
        return this;
    }

    private ContentTypeDefinitionBuilder Type(Action<ContentTypeSettings> change)
    {
        var settings = Record.Settings.Get<ContentTypeSettings>();
        change(settings);
        Record.Settings.Merge(settings);
        return this;
    }
}

public sealed class ContentTypePartDefinitionBuilder(ContentTypePartDefinitionRecord record)
{
    public ContentTypePartDefinitionRecord Record { get; } = record;

    public ContentTypePartDefinitionBuilder WithDisplayName(string value) => Part(s => s.DisplayName = value);
    public ContentTypePartDefinitionBuilder WithDescription(string value) => Part(s => s.Description = value);
    public ContentTypePartDefinitionBuilder WithPosition(string value) => Part(s => s.Position = value);
    public ContentTypePartDefinitionBuilder WithEditor(string value) => Part(s => s.Editor = value);
    public ContentTypePartDefinitionBuilder WithDisplayMode(string value) => Part(s => s.DisplayMode = value);

    public ContentTypePartDefinitionBuilder WithSettings<T>(T settings) where T : class
    {
        Record.Settings.Merge(settings);
        return this;
    }

    private ContentTypePartDefinitionBuilder Part(Action<ContentTypePartSettings> change)
    {
        var settings = Record.Settings.Get<ContentTypePartSettings>();
        change(settings);
        Record.Settings.Merge(settings);
        return this;
    }
}
