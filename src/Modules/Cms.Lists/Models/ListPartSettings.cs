namespace Cms.Lists.Models;

/// <summary>
/// The settings of a type's ListPart, as Orchard Core stores them (<c>ListPartSettings</c>): the types a container
/// holds, the page size of its list, whether editors order its items by hand (then listed by <c>ContainedPart.Order</c>).
/// </summary>
public sealed class ListPartSettings
{
    public const int DefaultPageSize = 10;

    public int PageSize { get; set; } = DefaultPageSize;
    public string[] ContainedContentTypes { get; set; } = [];
    public bool EnableOrdering { get; set; }
    public bool ShowHeader { get; set; }
}
