namespace Cms.ContentFields.Fields;

/// <summary><c>{ "Value": "2023-10-18T07:00:00Z" }</c>, always UTC.</summary>
public sealed class DateTimeField
{
    public DateTime? Value { get; set; }
}
