using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cms.Data.Configuration;

namespace Cms.Admin.Transfer;

/// <summary>
/// Keeps uploads under <c>{SharedDirectory}/tmp/transfer/{token}/</c> (every node reads them) between the dry run and the real run: checks the
/// size, tells a zip (by its signature) from a JSON recipe (by parsing it), extracts zips safely, and deletes an
/// upload after its run, when cancelled, or once older than <see cref="TransferLimits.Lifetime"/>.
/// A token is 32 random hexadecimal characters and is honoured only for the user who sent the file.
/// </summary>
public sealed partial class TransferUploadStore(CmsDataOptions data, TransferLimits limits, TimeProvider clock)
{
    private const string MetaFile = "upload.json";
    private static readonly string[] DocumentExtensions = [".md", ".markdown"];

    public string Root => data.TransferDirectory;

    /// <exception cref="TransferRefusedException">The file is empty, too big, not a zip nor a JSON recipe, or an unsafe zip.</exception>
    public async Task<StagedUpload> StageAsync(Stream content, string fileName, string userName, CancellationToken cancellationToken)
    {
        PurgeExpired();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var folder = Path.Combine(Root, token);
        var files = Path.Combine(folder, "files");
        Directory.CreateDirectory(files);
        try
        {
            var received = Path.Combine(folder, "received.bin");
            var length = await CopyBoundedAsync(content, received, cancellationToken);
            if (length == 0) throw new TransferRefusedException("le fichier est vide.");

            TransferKind kind;
            if (await IsZipAsync(received, cancellationToken))
            {
                kind = TransferKind.MarkdownZip;
                await using (var zip = File.OpenRead(received))
                {
                    await SafeZipExtractor.ExtractAsync(zip, files, limits, cancellationToken);
                }
                File.Delete(received);
                var documents = Directory.EnumerateFiles(files, "*", SearchOption.AllDirectories)
                    .Count(f => DocumentExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase));
                if (documents == 0)
                {
                    throw new TransferRefusedException("l'archive ne contient aucun document .md ou .markdown.");
                }
            }
            else if (await IsJsonObjectAsync(received, cancellationToken))
            {
                kind = TransferKind.Recipe;
                File.Move(received, Path.Combine(files, "recipe.json"));
            }
            else
            {
                throw new TransferRefusedException("ce n'est ni une archive zip de documents Markdown ni une recette JSON.");
            }

            var upload = new StagedUpload(token, kind, CleanName(fileName), userName, clock.GetUtcNow().UtcDateTime, folder);
            await File.WriteAllTextAsync(Path.Combine(folder, MetaFile), JsonSerializer.Serialize(new Meta(upload.Kind, upload.FileName, upload.UserName, upload.CreatedUtc)), cancellationToken);
            return upload;
        }
        catch
        {
            DeleteFolder(folder);
            throw;
        }
    }

    /// <summary>The upload of <paramref name="token"/> sent by <paramref name="userName"/> and not expired, or null.</summary>
    public StagedUpload? Find(string? token, string userName)
    {
        if (token is null || !TokenPattern().IsMatch(token)) return null;
        var folder = Path.Combine(Root, token);
        var meta = ReadMeta(folder);
        if (meta is null) return null;
        if (clock.GetUtcNow().UtcDateTime - meta.CreatedUtc > limits.Lifetime)
        {
            DeleteFolder(folder);
            return null;
        }
        if (!string.Equals(meta.UserName, userName, StringComparison.Ordinal)) return null;
        return new StagedUpload(token, meta.Kind, meta.FileName, meta.UserName, meta.CreatedUtc, folder);
    }

    public void Delete(StagedUpload upload) => DeleteFolder(upload.Folder);

    /// <summary>Deletes every upload older than the lifetime (and any folder left without its description).</summary>
    public void PurgeExpired()
    {
        if (!Directory.Exists(Root)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            var created = ReadMeta(folder)?.CreatedUtc ?? Directory.GetCreationTimeUtc(folder);
            if (now - created > limits.Lifetime) DeleteFolder(folder);
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

    private static Meta? ReadMeta(string folder)
    {
        try
        {
            return JsonSerializer.Deserialize<Meta>(File.ReadAllText(Path.Combine(folder, MetaFile)));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
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
