using System.Runtime.CompilerServices;
using Cms.Display.Liquid;
using Cms.Display.Themes;
using Fluid;
using Fluid.Parser;

namespace Cms.Display.Rendering;

/// <summary>
/// The HTML of shapes whose model values their driver keeps (<see cref="Cms.Abstractions.ContentKinds.Shape.KeptValues"/>:
/// the same instance for as long as what they show is unchanged, never changed once made), kept with that instance
/// and the parsed template: an event's own shapes on its page are rendered once per kept view and upcoming or past
/// instead of for every page. Only for a template that reads nothing but members of its <c>Model</c> found among those
/// values, found from its statements as a <c>{% kept %}</c> block's (<see cref="KeptBlockReads"/>: no include, custom
/// tag, counter nor impure filter), and that assigns no variable. An entry lives as long as its values and its
/// parsed template (a template changed is parsed again: a new one); each values instance keeps at most
/// <see cref="MaxTemplatesPerValues"/> texts. <c>Cms:KeptShapes:Enabled</c> false: every shape rendered for every page.
/// </summary>
public sealed class KeptShapes(KeptShapesOptions options)
{
    public const int MaxTemplatesPerValues = 16;

    private readonly ConditionalWeakTable<object, Texts> _texts = new();
    private readonly ConditionalWeakTable<IFluidTemplate, string[]> _members = new();
    private static readonly string[] Refused = [];

    private long _stored;

    public bool Enabled => options.Enabled;

    /// <summary>How many texts were kept since start.</summary>
    public long Stored => Interlocked.Read(ref _stored);

    /// <summary>Whether <paramref name="template"/> renders the same HTML for the same <paramref name="values"/>.</summary>
    public bool Keeps(LoadedTemplate template, IReadOnlyDictionary<string, object?> values)
    {
        if (!options.Enabled) return false;
        var members = _members.GetValue(template.Template, MembersRead);
        if (ReferenceEquals(members, Refused)) return false;
        foreach (var member in members)
        {
            if (!values.ContainsKey(member)) return false;
        }
        return true;
    }

    public bool TryGet(LoadedTemplate template, IReadOnlyDictionary<string, object?> values, out string? html)
    {
        html = null;
        return _texts.TryGetValue(values, out var kept) && Volatile.Read(ref kept.Entries) is { } entries
            && entries.TryGetValue(template.Template, out html);
    }

    /// <summary>Keeps what <paramref name="template"/> rendered from <paramref name="values"/> (see <see cref="Keeps"/>).</summary>
    public void Store(LoadedTemplate template, IReadOnlyDictionary<string, object?> values, string html)
    {
        var kept = _texts.GetValue(values, _ => new Texts());
        lock (kept)
        {
            // Readers never lock: each store publishes a new table.
            var entries = kept.Entries is { Count: < MaxTemplatesPerValues } known
                ? new Dictionary<IFluidTemplate, string>(known, ReferenceEqualityComparer.Instance)
                : new Dictionary<IFluidTemplate, string>(ReferenceEqualityComparer.Instance);
            entries[template.Template] = html;
            Volatile.Write(ref kept.Entries, entries);
        }
        Interlocked.Increment(ref _stored);
    }

    /// <summary>The members of <c>Model</c> the template reads (<c>Themes</c> for <c>Model.Themes.size</c>), or <see cref="Refused"/>.</summary>
    private static string[] MembersRead(IFluidTemplate template)
    {
        if (template is not FluidTemplate { Statements: { } statements }) return Refused;
        var reads = KeptBlockReads.For(statements);
        if (reads.Problem is not null || reads.Assigned.Count > 0) return Refused;
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in reads.OutsidePaths.Keys)
        {
            var parts = path.Split('.');
            if (parts.Length < 2 || parts[0] != "Model") return Refused;
            members.Add(parts[1]);
        }
        return members.Count == 0 ? Refused : [.. members];
    }

    private sealed class Texts
    {
        public Dictionary<IFluidTemplate, string>? Entries;
    }
}

/// <summary><c>Cms:KeptShapes</c>: shapes of kept model values rendered once per values and template.</summary>
public sealed class KeptShapesOptions
{
    /// <summary>False: every shape rendered for every page (the plain path).</summary>
    public bool Enabled { get; set; } = true;
}
