using System.Globalization;

namespace Cms.Search.Indexing;

/// <summary>
/// The fields of an indexed item. Text goes to one analyzed field per boost (<c>b_4</c> for titles, <c>b_1</c> for
/// body text…), so a definition's boost needs no schema change: the query searches every <c>b_*</c> field of the
/// index with the boost its name carries.
/// </summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Type = "type";
    public const string TypeLabel = "type_label";
    public const string Path = "path";
    public const string Title = "title";
    /// <summary>Every text of the item, stored for the excerpt (not searched).</summary>
    public const string Text = "text";
    public const string Start = "start";
    public const string End = "end";
    public const string Year = "year";
    /// <summary>The same year as a plain term, to list the years of the index for the filter.</summary>
    public const string YearText = "year_text";
    public const string Reference = "ref";
    public const string BoostPrefix = "b_";
    /// <summary>The same text unstemmed (<see cref="Analysis.FrenchSearchAnalyzer.UnstemmedPrefix"/>), for close spellings and prefixes.</summary>
    public const string UnstemmedBoostPrefix = Analysis.FrenchSearchAnalyzer.UnstemmedPrefix + BoostPrefix;

    /// <summary>Only the id, for lookups that need no stored text (loading a document reads its whole body otherwise).</summary>
    public static readonly ISet<string> IdOnly = new HashSet<string>(StringComparer.Ordinal) { Id };

    /// <summary>What a result shows (every stored field: the text is read for the excerpt).</summary>
    public static readonly ISet<string> ForResult = new HashSet<string>(StringComparer.Ordinal) { Id, Type, TypeLabel, Path, Title, Text, Start, End };

    /// <summary>What a header suggestion shows: a result without the text.</summary>
    public static readonly ISet<string> ForSuggestion = new HashSet<string>(StringComparer.Ordinal) { Id, Type, TypeLabel, Path, Title, Start, End };

    public static string ForBoost(float boost) => BoostPrefix + boost.ToString("0.##", CultureInfo.InvariantCulture);

    public static string UnstemmedForBoost(float boost) => UnstemmedBoostPrefix + boost.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The boost a field name carries, for the stemmed (<paramref name="unstemmed"/> false) or unstemmed fields.</summary>
    public static float? BoostOf(string field, bool unstemmed = false)
    {
        var prefix = unstemmed ? UnstemmedBoostPrefix : BoostPrefix;
        return field.StartsWith(prefix, StringComparison.Ordinal)
            && float.TryParse(field.AsSpan(prefix.Length), NumberStyles.Float, CultureInfo.InvariantCulture, out var boost)
                ? boost
                : null;
    }
}
