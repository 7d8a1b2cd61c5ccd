using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cms.Abstractions.Storage;
using Cms.Data.Configuration;

namespace Cms.Admin.Transfer;

/// <summary>
/// Keeps uploads between the dry run and the real run where every node reads them: the file as sent and its
/// description in the <see cref="ISharedFileStore"/> (<c>transfer/{token}/</c>), and a working copy on this node under
/// <c>{DataDirectory}/tmp/transfer/{token}/</c> (made again from the shared file when « Lancer l'import » reaches
/// another node). Checks the size, tells a zip (by its signature) from a JSON recipe (by parsing it), extracts zips
/// safely, and deletes an upload after its run, when cancelled, or once older than <see cref="TransferLimits.Lifetime"/>.
/// A token is 32 random hexadecimal characters and is honoured only for the user who sent the file.
/// </summary>
public sealed partial class TransferUploadStore(CmsDataOptions data, ISharedFileStore shared, TransferLimits limits, TimeProvider clock)
{
    private const string SharedFolder = "transfer";
    private const string MetaFile = "upload.json";
    private const string ReceivedFile = "received.bin";
    private static readonly string[] DocumentExtensions = [".md", ".markdown"];

    /// <summary>This node's working copies.</summary>
    public string Root => data.TransferDirectory;

    /// <exception cref="TransferRefusedException">The file is empty, too big, not a zip nor a JSON recipe, or an unsafe zip.</exception>
    public async Task<StagedUpload> StageAsync(Stream content, string fileName, string userName, CancellationToken cancellationToken)
    {
        await PurgeExpiredAsync(cancellationToken);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var folder = Path.Combine(Root, token);
        Directory.CreateDirectory(folder);
        try
        {
            var received = Path.Combine(folder, ReceivedFile);
            var length = await CopyBoundedAsync(content, received, cancellationToken);
            if (length == 0) throw new TransferRefusedException("le fichier est vide.");
            var kind = await UnpackAsync(received, folder, cancellationToken);

            var upload = new StagedUpload(token, kind, CleanName(fileName), userName, clock.GetUtcNow().UtcDateTime, folder);
            await using (var file = File.OpenRead(received))
            {
                await shared.SaveAsync($"{SharedFolder}/{token}/{ReceivedFile}", file, cancellationToken);
            }
            File.Delete(received);
            var meta = JsonSerializer.SerializeToUtf8Bytes(new Meta(upload.Kind, upload.FileName, upload.UserName, upload.CreatedUtc));
            await shared.SaveAsync($"{SharedFolder}/{token}/{MetaFile}", new MemoryStream(meta), cancellationToken);
            return upload;
        }
        catch
        {
            DeleteFolder(folder);
            await shared.DeleteFolderAsync($"{SharedFolder}/{token}", CancellationToken.None);
            throw;
        }
    }

    /// <summary>The upload of <paramref name="token"/> sent by <paramref name="userName"/> and not expired, or null.</summary>
    public async Task<StagedUpload?> FindAsync(string? token, string userName, CancellationToken cancellationToken)
    {
        if (token is null || !TokenPattern().IsMatch(token)) return null;
        var meta = await ReadMetaAsync(token, cancellationToken);
        var folder = Path.Combine(Root, token);
        if (meta is null)
        {
            DeleteFolder(folder);
            return null;
        }
        var upload = new StagedUpload(token, meta.Kind, meta.FileName, meta.UserName, meta.CreatedUtc, folder);
        if (clock.GetUtcNow().UtcDateTime - meta.CreatedUtc > limits.Lifetime)
        {
            await DeleteAsync(upload, cancellationToken);
            return null;
        }
        if (!string.Equals(meta.UserName, userName, StringComparison.Ordinal)) return null;
        return Directory.Exists(upload.FilesRoot) || await CopyToThisNodeAsync(upload, cancellationToken) ? upload : null;
    }

    public async Task DeleteAsync(StagedUpload upload, CancellationToken cancellationToken)
    {
        DeleteFolder(upload.Folder);
        await shared.DeleteFolderAsync($"{SharedFolder}/{upload.Token}", cancellationToken);
    }

    /// <summary>Deletes every upload older than the lifetime, shared or left on this node.</summary>
    public async Task PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var byToken = (await shared.ListFilesAsync(SharedFolder, cancellationToken)).GroupBy(f => f.Path.Split('/')[1]);
        foreach (var files in byToken)
        {
            if (now - files.Max(f => f.LastModifiedUtc) > limits.Lifetime) await shared.DeleteFolderAsync($"{SharedFolder}/{files.Key}", cancellationToken);
        }
        if (!Directory.Exists(Root)) return;
        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            if (now - Directory.GetCreationTimeUtc(folder) > limits.Lifetime) DeleteFolder(folder);
        }
    }

    /// <summary>Extracts a zip into <c>files/</c>, or moves a recipe there; the received file stays.</summary>
    private async Task<TransferKind> UnpackAsync(string received, string folder, CancellationToken cancellationToken)
    {
        var files = Path.Combine(folder, "files");
        Directory.CreateDirectory(files);
        if (await IsZipAsync(received, cancellationToken))
        {
            await using (var zip = File.OpenRead(received))
            {
                await SafeZipExtractor.ExtractAsync(zip, files, limits, cancellationToken);
            }
            var documents = Directory.EnumerateFiles(files, "*", SearchOption.AllDirectories)
                .Count(f => DocumentExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase));
            if (documents == 0)
            {
                throw new TransferRefusedException("l'archive ne contient aucun document .md ou .markdown.");
            }
            return TransferKind.MarkdownZip;
        }
        if (await IsJsonObjectAsync(received, cancellationToken))
        {
            File.Copy(received, Path.Combine(files, "recipe.json"));
            return TransferKind.Recipe;
        }
        throw new TransferRefusedException("ce n'est ni une archive zip de documents Markdown ni une recette JSON.");
    }

    /// <summary>Makes this node's working copy from the shared file (the dry run ran on another node); false when it is gone.</summary>
    private async Task<bool> CopyToThisNodeAsync(StagedUpload upload, CancellationToken cancellationToken)
    {
        var building = upload.Folder + $".{Guid.NewGuid():N}.tmp";
        Directory.CreateDirectory(building);
        try
        {
            var received = Path.Combine(building, ReceivedFile);
            await using (var source = await shared.OpenReadAsync($"{SharedFolder}/{upload.Token}/{ReceivedFile}", cancellationToken))
            {
                if (source is null) return false;
                await using var target = new FileStream(received, FileMode.CreateNew, FileAccess.Write);
                await source.CopyToAsync(target, cancellationToken);
            }
            await UnpackAsync(received, building, cancellationToken);
            File.Delete(received);
            try
            {
                Directory.Move(building, upload.Folder);
            }
            catch (IOException) when (Directory.Exists(upload.FilesRoot))
            {
                // Another request of this node made it meanwhile.
            }
            return true;
        }
        catch (TransferRefusedException)
        {
            return false;
        }
        finally
        {
            DeleteFolder(building);
        }
    }

    private async Task<long> CopyBoundedAsync(Stream content, string path, CancellationToken cancellationToken)
    {
        await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > limits.MaxUploadBytes)
            {
                throw new TransferRefusedException($"le fichier dépasse {limits.MaxUploadBytes / (1024 * 1024)} Mo.");
            }
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return total;
    }

    private static async Task<bool> IsZipAsync(string path, CancellationToken cancellationToken)
    {
        var head = new byte[4];
        await using var stream = File.OpenRead(path);
        var read = await stream.ReadAtLeastAsync(head, 4, throwOnEndOfStream: false, cancellationToken);
        // Local file header, or the end record of an empty archive.
        return read == 4 && head[0] == 'P' && head[1] == 'K' && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }

    private static async Task<bool> IsJsonObjectAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            using var document = await JsonDocument.ParseAsync(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }, cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async Task<Meta?> ReadMetaAsync(string token, CancellationToken cancellationToken)
    {
        await using var stream = await shared.OpenReadAsync($"{SharedFolder}/{token}/{MetaFile}", cancellationToken);
        if (stream is null) return null;
        try
        {
            return await JsonSerializer.DeserializeAsync<Meta>(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Still in use: the next purge removes it.
        }
    }

    /// <summary>The name shown in the page and the audit trail: the last segment only, without control characters.</summary>
    private static string CleanName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return name.Length == 0 ? "fichier" : name.Length > 200 ? name[..200] : name;
    }

    private sealed record Meta(TransferKind Kind, string FileName, string UserName, DateTime CreatedUtc);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TokenPattern();
}
