namespace Cms.Data.Entities;

/// <summary>Columns shared by the field indexes: rows exist for latest and published versions only.</summary>
public abstract class FieldIndexBase
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string ContentPart { get; set; } = "";
    public string ContentField { get; set; } = "";
    public bool Latest { get; set; }
    public bool Published { get; set; }
}

/// <summary>A DateTimeField value (UTC), e.g. Event / StartDate.</summary>
public class DateTimeFieldIndex : FieldIndexBase
{
    public DateTime? Date { get; set; }
}

/// <summary>One selected item of a ContentPickerField, e.g. Event / Themes.</summary>
public class ContentPickerFieldIndex : FieldIndexBase
{
    public string SelectedContentItemId { get; set; } = "";
}
