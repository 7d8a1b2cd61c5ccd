namespace Cms.Abstractions.Content;

/// <summary><c>{ "Path": "agenda/…" }</c>: the public URL path, without leading or trailing slash, unique among published items.</summary>
public sealed class AutoroutePart
{
    public string? Path { get; set; }
}
