using Cms.Abstractions.Definitions;

namespace Cms.ContentManagement.Definitions;

/// <summary>
/// The committed definitions, shared by every scope (singleton). Invalidated on every change; a reader that loaded
/// before an invalidation cannot put its stale copy back (generation check).
/// </summary>
public sealed class ContentDefinitionCache
{
    private readonly Lock _lock = new();
    private ContentDefinitionRecord? _record;
    private long _generation;

    public bool TryGet(out ContentDefinitionRecord record, out long generation)
    {
        lock (_lock)
        {
            record = _record!;
            generation = _generation;
            return _record is not null;
        }
    }

    public void Set(ContentDefinitionRecord record, long generation)
    {
        lock (_lock)
        {
            if (generation == _generation) _record = record;
        }
    }

    public void Invalidate()
    {
        lock (_lock)
        {
            _record = null;
            _generation++;
        }
    }
}
