using System.Globalization;
using Cms.Data.Configuration;

namespace Cms.Search.Indexing;

/// <summary>
/// How a <c>reindex</c> command reaches the site that holds this node's index (one writer per index): it writes
/// <c>{DataDirectory}/search-reindex.request</c>; the site's background service takes it within seconds, rebuilds
/// (searches keep the current index meanwhile) and writes <c>search-reindex.{id}.done</c> with the outcome, which the
/// command prints and deletes.
/// </summary>
public sealed class ReindexRequest(CmsDataOptions data)
{
    private string RequestPath => Path.Combine(data.DataDirectory, "search-reindex.request");
    private string DonePath(string id) => Path.Combine(data.DataDirectory, $"search-reindex.{id}.done");

    /// <summary>Asks the running site to rebuild; returns the request's id.</summary>
    public string Send()
    {
        var id = Guid.NewGuid().ToString("n");
        File.WriteAllText(RequestPath, id);
        return id;
    }

    /// <summary>Whether the site has taken the request (the file is gone).</summary>
    public bool Taken => !File.Exists(RequestPath);

    /// <summary>Withdraws a request nobody took.</summary>
    public void Withdraw()
    {
        try { File.Delete(RequestPath); } catch (IOException) { }
    }

    /// <summary>The site's side: the id of a pending request, which is removed, or null.</summary>
    public string? Take()
    {
        if (!File.Exists(RequestPath)) return null;
        try
        {
            var id = File.ReadAllText(RequestPath).Trim();
            File.Delete(RequestPath);
            return id.Length > 0 && id.All(char.IsAsciiLetterOrDigit) ? id : null;
        }
        catch (IOException)
        {
            return null; // being written: taken at the next tick
        }
    }

    /// <summary>The site's side: the outcome of request <paramref name="id"/>, one line.</summary>
    public void Complete(string id, string outcome) => File.WriteAllText(DonePath(id), outcome);

    /// <summary>The outcome of request <paramref name="id"/> once written (and removed), or null.</summary>
    public string? Outcome(string id)
    {
        var path = DonePath(id);
        if (!File.Exists(path)) return null;
        try
        {
            var text = File.ReadAllText(path).Trim();
            File.Delete(path);
            return text;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static string Rebuilt(int count, TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture, $"Search index rebuilt: {count} items in {duration.TotalSeconds:0.0} s.");
}
