namespace Cms.MarkdownImport.Parsing;

/// <summary>A source document that cannot be imported: why, and the line of the file when known.</summary>
public sealed class DocumentRefusedException(string reason, int? line = null) : Exception(reason)
{
    public string Reason { get; } = reason;
    public int? Line { get; } = line;
}
