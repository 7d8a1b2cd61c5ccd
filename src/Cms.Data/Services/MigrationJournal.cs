namespace Cms.Data.Services;

/// <summary>What this process migrated (schema and data), so the <c>migrate</c> command can print it even when the host ran them at start.</summary>
public sealed class MigrationJournal
{
    private readonly List<string> _entries = [];
    private readonly Lock _lock = new();

    public void Add(string entry)
    {
        lock (_lock) _entries.Add(entry);
    }

    public IReadOnlyList<string> Entries
    {
        get { lock (_lock) return _entries.ToList(); }
    }
}
