namespace Cms.Alias.Models;

/// <summary>Orchard Core's <c>AliasPart</c>: <c>{ "Alias": "main-menu" }</c>, unique among items (case-insensitive).</summary>
public sealed class AliasPart
{
    public const string Name = nameof(AliasPart);

    public string? Alias { get; set; }
}
