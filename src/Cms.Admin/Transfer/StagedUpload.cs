namespace Cms.Admin.Transfer;

public enum TransferKind
{
    /// <summary>An Orchard-style recipe (JSON).</summary>
    Recipe,
    /// <summary>A zip of Jekyll documents and their media.</summary>
    MarkdownZip,
}

/// <summary>
/// An upload kept server-side between its dry run and its real run (shared by every node, see
/// <see cref="TransferUploadStore"/>), worked on in this node's <c>{DataDirectory}/tmp/transfer/{Token}</c>.
/// Only the token travels through the browser; the folder is derived from it, never from a path sent by the client.
/// </summary>
public sealed record StagedUpload(string Token, TransferKind Kind, string FileName, string UserName, DateTime CreatedUtc, string Folder)
{
    /// <summary>The extracted zip, or the folder holding <see cref="RecipePath"/>: what the run reads, and all it can read.</summary>
    public string FilesRoot => Path.Combine(Folder, "files");
    public string RecipePath => Path.Combine(FilesRoot, "recipe.json");

    public string KindLabel => Kind == TransferKind.Recipe ? "recette JSON" : "archive de documents Markdown";
}
