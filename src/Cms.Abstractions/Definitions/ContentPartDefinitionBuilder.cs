namespace Cms.Abstractions.Definitions;

/// <summary>Orchard Core's part builder: <c>p.WithField("Rating", f => f.OfType("MyField").WithDisplayName("Note"))</c>.</summary>
public sealed class ContentPartDefinitionBuilder(ContentPartDefinitionRecord record)
{
    public ContentPartDefinitionRecord Record { get; } = record;

    public ContentPartDefinitionBuilder Attachable(bool value = true) => Part(s => s.Attachable = value);
    public ContentPartDefinitionBuilder Reusable(bool value = true) => Part(s => s.Reusable = value);
    public ContentPartDefinitionBuilder WithDisplayName(string value) => Part(s => s.DisplayName = value);
    public ContentPartDefinitionBuilder WithDescription(string value) => Part(s => s.Description = value);

    public ContentPartDefinitionBuilder WithSettings<T>(T settings) where T : class
    {
        Record.Settings.Merge(settings);
        return this;
    }

    public ContentPartDefinitionBuilder WithField(string name, Action<ContentPartFieldDefinitionBuilder> configure)
    {
        var field = Record.ContentPartFieldDefinitionRecords.FirstOrDefault(f => f.Name == name);
        if (field is null)
        {
            field = new ContentPartFieldDefinitionRecord { Name = name };
            Record.ContentPartFieldDefinitionRecords.Add(field);
        }
        configure(new ContentPartFieldDefinitionBuilder(field));
        if (string.IsNullOrEmpty(field.FieldName))
        {
            throw new InvalidOperationException($"Field '{Record.Name}.{name}' has no type: call OfType(…) with a registered field kind.");
        }
        return this;
    }

    public ContentPartDefinitionBuilder RemoveField(string name)
    {
        Record.ContentPartFieldDefinitionRecords.RemoveAll(f => f.Name == name);
        return this;
    }

    private ContentPartDefinitionBuilder Part(Action<ContentPartSettings> change)
    {
        var settings = Record.Settings.Get<ContentPartSettings>();
        change(settings);
        Record.Settings.Merge(settings);
        return this;
    }
}

public sealed class ContentPartFieldDefinitionBuilder(ContentPartFieldDefinitionRecord record)
{
    public ContentPartFieldDefinitionRecord Record { get; } = record;

    public ContentPartFieldDefinitionBuilder OfType(string fieldType) { Record.FieldName = fieldType; return this; }
    public ContentPartFieldDefinitionBuilder WithDisplayName(string value) => Field(s => s.DisplayName = value);
    public ContentPartFieldDefinitionBuilder WithDescription(string value) => Field(s => s.Description = value);
    public ContentPartFieldDefinitionBuilder WithPosition(string value) => Field(s => s.Position = value);
    public ContentPartFieldDefinitionBuilder WithEditor(string value) => Field(s => s.Editor = value);
    public ContentPartFieldDefinitionBuilder WithDisplayMode(string value) => Field(s => s.DisplayMode = value);

    public ContentPartFieldDefinitionBuilder WithSettings<T>(T settings) where T : class
    {
        Record.Settings.Merge(settings);
        return this;
    }

    private ContentPartFieldDefinitionBuilder Field(Action<ContentPartFieldSettings> change)
    {
        var settings = Record.Settings.Get<ContentPartFieldSettings>();
        change(settings);
        Record.Settings.Merge(settings);
        return this;
    }
}
