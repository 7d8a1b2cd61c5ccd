namespace Cms.MarkdownImport.Tests;

/// <summary>A temporary <c>site/_evenements</c> folder of documents written by a test.</summary>
public sealed class SourceFolder : IDisposable
{
    public SourceFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "cms-import-src", Guid.NewGuid().ToString("N"));
        Events = Path.Combine(Root, "_evenements");
        Directory.CreateDirectory(Events);
    }

    public string Root { get; }
    public string Events { get; }

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Events, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void WriteBytes(string relative, byte[] bytes) => File.WriteAllBytes(Path.Combine(Events, relative), bytes);

    /// <summary>A valid event document.</summary>
    public static string Event(string title, string extra = "", string body = "Corps du document.\n") =>
        $"---\ntitle: {title}\ndate: 2024-03-01 10:00:00 +01:00\nevent_start_date: 2024-04-02 09:00:00 +02:00\n" +
        $"event_end_date: 2024-04-02 17:00:00 +02:00\nlieu: Paris\n{extra}---\n{body}";

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
