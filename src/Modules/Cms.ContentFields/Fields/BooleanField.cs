namespace Cms.ContentFields.Fields;

/// <summary><c>{ "Value": true }</c> (Orchard Core's BooleanField).</summary>
public sealed class BooleanField
{
    public bool Value { get; set; }
}

/// <summary>Orchard Core's BooleanFieldSettings: the hint, the label next to the checkbox, the value of a new item.</summary>
public sealed class BooleanFieldSettings
{
    public string? Hint { get; set; }
    public string? Label { get; set; }
    public bool DefaultValue { get; set; }
}
