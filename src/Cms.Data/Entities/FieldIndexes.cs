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

/// <summary>
/// A date given by a field kind's index provider (UTC), e.g. a start date. The table keeps the name it was created
/// with (schema history, see the migrations); any kind that indexes a date writes here.
/// </summary>
public class DateTimeFieldIndex : FieldIndexBase
{
    public DateTime? Date { get; set; }
}

/// <summary>One item referenced by a field or part (an index provider's reference), e.g. a picked thematic track; any kind that indexes references writes here.</summary>
public class ContentPickerFieldIndex : FieldIndexBase
{
    public string SelectedContentItemId { get; set; } = "";
}

/// <summary>
/// A date range of a part, for listings that filter on an end and sort on a start without reading documents: one row
/// per version, part and ordered pair of the part's date fields (<see cref="FieldIndexBase.ContentField"/> the
/// start, <see cref="EndField"/> the end, e.g. StartDate → EndDate), plus one row per field with an empty
/// <see cref="EndField"/> (the field alone). <see cref="End"/> is the end field's value, or the start's when the end
/// is empty; a row exists when either value is set. Written by the index writer with the other field indexes.
/// </summary>
public class DateTimeRangeIndex : FieldIndexBase
{
    /// <summary>The <see cref="ContentItemIndex"/> row of the version (its Id orders equal dates, as listings do).</summary>
    public long ContentItemIndexId { get; set; }
    /// <summary>The date field giving the end, or "" for the start field alone.</summary>
    public string EndField { get; set; } = "";
    public DateTime? Start { get; set; }
    public DateTime? End { get; set; }
}

/// <summary>
/// A number given by a field kind's index provider (a number, a yes/no as 0/1, a rating…), for
/// listings sorted on it. Stored as a double so that every provider sorts it in SQL.
/// </summary>
public class NumericFieldIndex : FieldIndexBase
{
    public double? Number { get; set; }
}
