using Cms.Abstractions.Content;

namespace Cms.ContentManagement.Handlers;

/// <summary>The paths the modules keep for their own routes (<see cref="ReservedPath"/>): never given to an item.</summary>
public sealed class ReservedPaths(IEnumerable<ReservedPath> registrations)
{
    private readonly HashSet<string> _exact = registrations.Where(r => !r.Prefix).Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _prefixes = registrations.Where(r => r.Prefix).Select(r => r.Path).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a normalized path is kept by the site.</summary>
    public bool IsReserved(string path) => _exact.Contains(path) || _prefixes.Contains(path.Split('/')[0]);
}
