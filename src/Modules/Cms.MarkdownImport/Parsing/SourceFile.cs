using System.Security.Cryptography;
using System.Text;

namespace Cms.MarkdownImport.Parsing;

/// <summary>
/// A source file read whole, checked before any parsing: at most <see cref="MaxBytes"/>, not binary (no NUL byte),
/// valid UTF-8 (a byte order mark is allowed and dropped). <see cref="Hash"/> is the SHA-256 of the bytes.
/// </summary>
public sealed class SourceFile
{
    public const int MaxBytes = 2 * 1024 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private SourceFile(string text, string hash)
    {
        Text = text;
        Hash = hash;
    }

    public string Text { get; }
    public string Hash { get; }

    /// <remarks>
    /// Read synchronously on purpose: a local file of a few kilobytes is read faster than the thread-pool hop that
    /// <see cref="File.ReadAllBytesAsync(string, CancellationToken)"/> costs on Linux (it offloads the read to a pool
    /// thread, and the rest of the document's import then resumes there). Profiled with dotnet-trace on the import
    /// benchmark: that hop per document kept idle pool threads spinning for about 45 % of the process' CPU time.
    /// </remarks>
    public static Task<SourceFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            throw new DocumentRefusedException($"fichier trop gros : {length:N0} octets, au plus {MaxBytes:N0} (2 Mo).");
        }
        return Task.FromResult(FromBytes(File.ReadAllBytes(path)));
    }

    public static SourceFile FromBytes(byte[] bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            throw new DocumentRefusedException($"fichier trop gros : {bytes.Length:N0} octets, au plus {MaxBytes:N0} (2 Mo).");
        }
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            throw new DocumentRefusedException($"fichier binaire (octet nul à la position {nul}) : ce n'est pas un document Markdown.", LineOf(bytes, nul));
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var index = e.Index >= 0 ? e.Index : 0;
            throw new DocumentRefusedException($"le fichier n'est pas encodé en UTF-8 (octet invalide 0x{(e.BytesUnknown is { Length: > 0 } b ? b[0] : 0):X2}) : ré-enregistrez-le en UTF-8.", LineOf(bytes, index));
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        return new SourceFile(text, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static int LineOf(byte[] bytes, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') line++;
        }
        return line;
    }
}
