namespace Cms.Abstractions.Clustering;

public enum ClusterChangeKind
{
    /// <summary>A content item changed (<see cref="ClusterChange.ContentItemId"/>, <see cref="ClusterChange.ContentType"/>).</summary>
    Content,
    /// <summary>The site settings changed.</summary>
    Settings,
    /// <summary>The content definitions changed.</summary>
    Definitions,
    /// <summary>A named document of the modules changed (<see cref="ClusterChange.DocumentName"/>: templates, queries, media profiles…).</summary>
    Document,
    /// <summary>Anything may have changed: the bus reconnected and messages may have been missed.</summary>
    Everything,
}

/// <summary>A change committed by another node (or command process), as it arrives on the change bus.</summary>
public sealed record ClusterChange(ClusterChangeKind Kind, string? ContentItemId = null, string? ContentType = null, string? DocumentName = null)
{
    public static readonly ClusterChange Settings = new(ClusterChangeKind.Settings);
    public static readonly ClusterChange Definitions = new(ClusterChangeKind.Definitions);
    public static readonly ClusterChange Everything = new(ClusterChangeKind.Everything);

    public static ClusterChange Content(string contentItemId, string contentType) => new(ClusterChangeKind.Content, contentItemId, contentType);

    public static ClusterChange Document(string documentName) => new(ClusterChangeKind.Document, DocumentName: documentName);

    /// <summary>True when a cache of the document <paramref name="documentName"/> must forget it for this change.</summary>
    public bool ConcernsDocument(string documentName) =>
        Kind == ClusterChangeKind.Everything || (Kind == ClusterChangeKind.Document && DocumentName == documentName);

    /// <summary>True when a cache of <paramref name="kind"/> must forget what it holds for this change.</summary>
    public bool Concerns(ClusterChangeKind kind) => Kind == kind || Kind == ClusterChangeKind.Everything;
}
