using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Cms.Admin.Transfer;

/// <summary>
/// Extracts an uploaded zip under a folder, refusing the whole archive on the first entry that would leave it
/// (<c>../</c>, absolute path, drive letter, backslash tricks), past <see cref="TransferLimits.MaxZipEntries"/> entries,
/// or when the bytes actually written exceed <see cref="TransferLimits.MaxExtractedBytes"/> (the sizes in the
/// headers are not trusted). Only regular files are written; directories are made as needed.
/// </summary>
public static partial class SafeZipExtractor
{
    /// <exception cref="TransferRefusedException">The archive is refused; the caller deletes the folder.</exception>
    public static async Task<int> ExtractAsync(Stream zip, string destination, TransferLimits limits, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(destination).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new TransferRefusedException($"archive zip illisible : {e.Message}");
        }
        using (archive)
        {
            if (archive.Entries.Count > limits.MaxZipEntries)
            {
                throw new TransferRefusedException($"l'archive contient {archive.Entries.Count} entrées, au plus {limits.MaxZipEntries} sont acceptées.");
            }
            long total = 0;
            var files = 0;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                var relative = CheckedName(entry.FullName);
                if (relative is null) continue; // a folder entry
                var target = Path.GetFullPath(Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar)));
                if (!target.StartsWith(root, StringComparison.Ordinal))
                {
                    throw new TransferRefusedException($"entrée « {entry.FullName} » : son chemin sort du dossier de l'archive.");
                }
                if (File.Exists(target) || Directory.Exists(target))
                {
                    throw new TransferRefusedException($"entrée « {entry.FullName} » : écrite deux fois dans l'archive.");
                }
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                try
                {
                    await using var input = entry.Open();
                    await using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
                    int read;
                    while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
                    {
                        total += read;
                        if (total > limits.MaxExtractedBytes)
                        {
                            throw new TransferRefusedException(
                                $"une fois décompressée, l'archive dépasse {limits.MaxExtractedBytes / (1024 * 1024)} Mo (arrêt à l'entrée « {entry.FullName} ») : archive refusée.");
                        }
                        await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    }
                }
                catch (InvalidDataException e)
                {
                    throw new TransferRefusedException($"entrée « {entry.FullName} » illisible : {e.Message}");
                }
                files++;
            }
            return files;
        }
    }

    /// <summary>The entry's path with '/', or null for a folder entry; refuses any name that could leave the folder.</summary>
    public static string? CheckedName(string fullName)
    {
        if (fullName.Length == 0 || fullName.Any(char.IsControl))
        {
            throw new TransferRefusedException($"entrée « {fullName} » : nom vide ou avec un caractère de contrôle.");
        }
        if (fullName.Contains('\\') || fullName.StartsWith('/') || DriveLetter().IsMatch(fullName) || fullName.Contains(':'))
        {
            throw new TransferRefusedException($"entrée « {fullName} » : chemin absolu, lettre de lecteur ou barre oblique inverse refusés.");
        }
        if (fullName.EndsWith('/'))
        {
            fullName = fullName.TrimEnd('/');
            if (fullName.Split('/').Any(s => s is "" or "." or ".."))
            {
                throw new TransferRefusedException($"entrée « {fullName}/ » : « .. » ou segment vide refusés.");
            }
            return null;
        }
        if (fullName.Split('/').Any(s => s is "" or "." or ".."))
        {
            throw new TransferRefusedException($"entrée « {fullName} » : « .. » ou segment vide refusés (le fichier sortirait du dossier de l'archive).");
        }
        return fullName;
    }

    [GeneratedRegex("^[A-Za-z]:")]
    private static partial Regex DriveLetter();
}

/// <summary>An upload refused before anything ran: the message says why, in French.</summary>
public sealed class TransferRefusedException(string message) : Exception(message);
