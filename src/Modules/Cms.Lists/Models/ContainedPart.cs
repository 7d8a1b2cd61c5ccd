namespace Cms.Lists.Models;

/// <summary>
/// Welded on an item held by a container (Orchard Core's <c>ContainedPart</c>, never named by the item's type):
/// <c>{ "ListContentItemId": "…", "Order": 0 }</c>.
/// </summary>
public sealed class ContainedPart
{
    public const string Name = nameof(ContainedPart);

    public string? ListContentItemId { get; set; }
    public int Order { get; set; }
}

/// <summary>The container's part (Orchard Core's <c>ListPart</c>): <c>{}</c>, everything is in its settings.</summary>
public sealed class ListPart
{
    public const string Name = nameof(ListPart);
}
