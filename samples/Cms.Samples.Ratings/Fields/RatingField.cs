namespace Cms.Samples.Ratings.Fields;

/// <summary><c>{ "Value": 4 }</c>: a rating from 1 to <see cref="RatingFieldSettings.Max"/>, null when not rated.</summary>
public sealed class RatingField
{
    public int? Value { get; set; }
}

public sealed class RatingFieldSettings
{
    /// <summary>The highest rating (stars shown), 1–10.</summary>
    public int Max { get; set; } = 5;
    public bool Required { get; set; }
    public string? Hint { get; set; }
}
