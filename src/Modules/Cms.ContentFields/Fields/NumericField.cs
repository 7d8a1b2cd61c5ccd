namespace Cms.ContentFields.Fields;

/// <summary><c>{ "Value": 12.5 }</c> (Orchard Core's NumericField); null when empty.</summary>
public sealed class NumericField
{
    public decimal? Value { get; set; }
}

/// <summary>Orchard Core's NumericFieldSettings: <see cref="Scale"/> is the number of decimals accepted (0 for whole numbers).</summary>
public sealed class NumericFieldSettings
{
    public string? Hint { get; set; }
    public bool Required { get; set; }
    public int Scale { get; set; }
    public decimal? Minimum { get; set; }
    public decimal? Maximum { get; set; }
    public string? Placeholder { get; set; }
    public string? DefaultValue { get; set; }
}
