using System.Globalization;

namespace Cms.Abstractions.ContentKinds;

/// <summary>
/// What a display driver produces: a model rendered by the first template found among <see cref="Alternates"/>
/// (theme file first, then the modules' embedded defaults), placed in a zone at a position. The content template
/// reads the results as <c>Model.Zones.{Zone}</c> (ordered), <c>Model.Parts</c> (the <c>Content</c> zone) and
/// <c>Model.Shapes["{name}"]</c>.
/// </summary>
public sealed class Shape(string name)
{
    public const string DefaultZone = "Content";

    /// <summary>e.g. <c>Event-Venue</c>, <c>TitlePart</c>; the key in <c>Model.Shapes</c>.</summary>
    public string Name { get; } = name;
    /// <summary>Template names, most specific first.</summary>
    public List<string> Alternates { get; } = [];
    // Sized for the values every shape gets (part or field, name, label, settings, display type, item, content…) and
    // a driver's own, so that filling it does not grow it two or three times.
    private readonly Dictionary<string, object?> _model = new(16, StringComparer.Ordinal);
    private IReadOnlyDictionary<string, object?>? _pending;

    /// <summary>
    /// The template's model. The values given by <see cref="WithValues"/> are copied in when it is first read; from then
    /// on it may be changed, so the shape no longer has <see cref="KeptValues"/>.
    /// </summary>
    public Dictionary<string, object?> Model
    {
        get
        {
            if (_pending is { } pending)
            {
                _pending = null;
                KeptValues = null;
                foreach (var (key, value) in pending) _model[key] = value;
            }
            return _model;
        }
    }

    /// <summary>
    /// The values given by <see cref="WithValues"/> when their driver keeps them (the same instance for as long as what
    /// they show is unchanged, never changed once made), until the model is read: a template that reads nothing but
    /// these members of its <c>Model</c> gives the same HTML for the same instance, which may then be kept with it.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? KeptValues { get; private set; }

    private readonly Dictionary<string, (string Zone, string? Position)> _placements = new(StringComparer.Ordinal);

    /// <summary>Sets a value of the template's model.</summary>
    public Shape With(string key, object? value)
    {
        Model[key] = value;
        return this;
    }

    /// <summary>
    /// Sets these values of the template's model (over those already set), copied in only when the model is read: a
    /// shape whose HTML is kept with its <paramref name="kept"/> values is rendered without them being copied.
    /// </summary>
    /// <param name="kept">True when <paramref name="values"/> is kept by its driver (see <see cref="KeptValues"/>).</param>
    public Shape WithValues(IReadOnlyDictionary<string, object?> values, bool kept)
    {
        _ = Model; // values set before these stay under them
        _pending = values;
        KeptValues = kept ? values : null;
        return this;
    }

    /// <summary>Puts the shape before the others (most specific) in the template lookup.</summary>
    public Shape Alternate(string template)
    {
        Alternates.Insert(0, template);
        return this;
    }

    /// <summary>Placement in every display type: <c>"Content:5"</c>, <c>"Meta"</c> (zone, optional position).</summary>
    public Shape Location(string placement) => Location("", placement);

    /// <summary>Placement in one display type only (<c>Location("Detail", "Content:5")</c>). A shape given only
    /// display-type placements is not shown in the other display types.</summary>
    public Shape Location(string displayType, string placement)
    {
        _placements[displayType] = ParseLocation(placement);
        return this;
    }

    /// <summary><c>"Zone:position"</c>, <c>"Zone"</c> or <c>":position"</c> (the <c>Content</c> zone).</summary>
    public static (string Zone, string? Position) ParseLocation(string placement)
    {
        var colon = placement.IndexOf(':');
        var zone = colon < 0 ? placement : placement[..colon];
        return (zone.Length == 0 ? DefaultZone : zone, colon < 0 ? null : placement[(colon + 1)..]);
    }

    /// <summary>Where the shape goes in <paramref name="displayType"/>, or null when it is not shown there.</summary>
    public (string Zone, string? Position)? PlacementFor(string displayType)
    {
        if (_placements.TryGetValue(displayType, out var specific)) return specific;
        if (_placements.TryGetValue("", out var any)) return any;
        return _placements.Count == 0 ? (DefaultZone, null) : null;
    }

    /// <summary>Orders positions such as <c>1</c>, <c>1.5</c>, <c>10</c> numerically part by part; absent comes last.</summary>
    public static int ComparePositions(string? a, string? b)
    {
        if (a == b) return 0;
        if (a is null) return 1;
        if (b is null) return -1;
        var left = a.Split('.');
        var right = b.Split('.');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            if (i >= left.Length) return -1;
            if (i >= right.Length) return 1;
            var l = double.TryParse(left[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : double.MaxValue;
            var r = double.TryParse(right[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var y) ? y : double.MaxValue;
            var c = l.CompareTo(r);
            if (c != 0) return c;
        }
        return 0;
    }
}
