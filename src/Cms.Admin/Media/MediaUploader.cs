using Cms.Abstractions.Media;

namespace Cms.Admin.Media;

/// <summary>The outcome for one uploaded file: its store path, or the refusal naming the file and the reason.</summary>
public sealed record UploadOutcome(string FileName, string? Path, string? Error)
{
    public bool Accepted => Path is not null;
}

/// <summary>
/// Puts one uploaded file into the library: a store name derived from the browser's name
/// (<see cref="MediaFileName"/>), a content check (<see cref="MediaFileValidator"/>), then a write that never
/// replaces an existing file (a taken name gets <c>-2</c>, <c>-3</c>…), within the library's room
/// (<see cref="MediaSpace"/>: quota and entries per folder), recorded in the audit trail.
/// </summary>
public sealed class MediaUploader(IMediaLibraryStore store, MediaFileValidator validator, MediaSpace space, MediaAudit audit)
{
    private const int MaxSuffix = 1000;

    /// <summary><paramref name="content"/> must be seekable (a buffered form file).</summary>
    public async Task<UploadOutcome> UploadAsync(string folder, string originalName, Stream content, CancellationToken cancellationToken)
    {
        var shown = Shown(originalName);
        var (name, nameError) = MediaFileName.ForFile(originalName);
        if (name is null) return new UploadOutcome(shown, null, $"« {shown} » est refusé : {nameError}.");

        var (check, error) = await validator.ValidateAsync(name, content, cancellationToken);
        if (check is null) return new UploadOutcome(shown, null, $"« {shown} » est refusé : {error}.");

        string basePath;
        try
        {
            basePath = MediaLibrary.Combine(folder, name);
            if (folder.Length > 0 && await store.GetEntryAsync(folder, cancellationToken) is not { IsFolder: true })
            {
                return new UploadOutcome(shown, null, $"« {shown} » est refusé : le dossier « {folder} » n'existe pas.");
            }
        }
        catch (ArgumentException)
        {
            return new UploadOutcome(shown, null, $"« {shown} » est refusé : le dossier « {folder} » n'est pas valide.");
        }

        if (await space.FullFolderRefusalAsync(folder, cancellationToken) is { } full) return new UploadOutcome(shown, null, $"« {shown} » est refusé : {full}.");
        if (await space.ReserveAsync(content.Length, cancellationToken) is { } quota) return new UploadOutcome(shown, null, $"« {shown} » est refusé : {quota}.");
        var written = false;
        try
        {
            for (var attempt = 1; attempt <= MaxSuffix; attempt++)
            {
                var path = attempt == 1 ? basePath : MediaFileName.WithSuffix(basePath, attempt);
                content.Position = 0;
                if (!await store.TryCreateAsync(path, content, cancellationToken)) continue;
                written = true;
                await AuditAsync(path, shown, name, check, content.Length, cancellationToken);
                return new UploadOutcome(shown, path, null);
            }
        }
        finally
        {
            if (!written) space.Release(content.Length);
        }
        return new UploadOutcome(shown, null, $"« {shown} » est refusé : trop de fichiers portent déjà le nom « {name} » dans ce dossier.");
    }

    private Task AuditAsync(string path, string shown, string name, MediaCheck check, long length, CancellationToken cancellationToken)
    {
        var size = check.Width is { } w ? $", {w} × {check.Height} pixels" : "";
        return audit.RecordAsync(MediaAudit.Uploaded, path,
            $"{check.Kind.ContentType}, {MediaOptions.Describe(length)}{size}" + (shown == name ? "" : $" (envoyé sous le nom « {shown} »)"),
            cancellationToken);
    }

    /// <summary>The browser's name as shown in messages: control characters made visible, at most 120 characters.</summary>
    private static string Shown(string? original)
    {
        var text = string.Concat((original ?? "").Select(c => char.IsControl(c) ? '�' : c));
        return text.Length > 120 ? text[..120] + "…" : text;
    }
}
