using System.IO.Compression;
using System.Text;

namespace Cms.Admin.Media;

/// <summary>What a file's content says it is, whatever its name.</summary>
public sealed record MediaDetection(MediaKind? Kind, string? Refusal)
{
    public static MediaDetection Of(MediaKind kind) => new(kind, null);
    public static MediaDetection Refused(string reason) => new(null, reason);
}

/// <summary>
/// Recognizes a file by its leading bytes (magic numbers): JPEG, PNG, GIF, WebP, PDF; zip containers are opened to
/// tell an OpenDocument or Office Open XML file from any other archive; what is left must be UTF-8 text without NUL
/// bytes to pass as CSV/TXT. SVG and HTML are refused: both can carry scripts and the library does not sanitize them.
/// </summary>
public static class MediaTypeDetector
{
    private const int HeadLength = 4096;

    /// <summary>Reads <paramref name="content"/> (seekable) from the start; leaves it at an unspecified position.</summary>
    public static async Task<MediaDetection> DetectAsync(Stream content, CancellationToken cancellationToken)
    {
        content.Position = 0;
        var head = new byte[HeadLength];
        var length = await content.ReadAtLeastAsync(head, HeadLength, throwOnEndOfStream: false, cancellationToken);
        var bytes = head.AsSpan(0, length);
        if (length == 0) return MediaDetection.Refused("le fichier est vide");

        if (bytes.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return MediaDetection.Of(MediaKind.Jpeg);
        if (bytes.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return MediaDetection.Of(MediaKind.Png);
        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8)) return MediaDetection.Of(MediaKind.Gif);
        if (length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) return MediaDetection.Of(MediaKind.WebP);
        if (bytes.StartsWith("%PDF-"u8)) return MediaDetection.Of(MediaKind.Pdf);
        if (bytes.StartsWith("PK\x03\x04"u8)) return DetectZip(content);

        return await DetectTextAsync(content, head.AsMemory(0, length), cancellationToken);
    }

    private static MediaDetection DetectZip(Stream content)
    {
        content.Position = 0;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                var declared = new string(reader.ReadToEnd().Take(200).ToArray()).Trim();
                var kind = MediaKind.All.FirstOrDefault(k => k.ContentType == declared && k.Name.StartsWith("od", StringComparison.Ordinal));
                return kind is null
                    ? MediaDetection.Refused($"archive OpenDocument d'un type non accepté ({declared})")
                    : MediaDetection.Of(kind);
            }
            if (zip.GetEntry("[Content_Types].xml") is not null)
            {
                if (zip.GetEntry("word/document.xml") is not null) return MediaDetection.Of(MediaKind.Docx);
                if (zip.GetEntry("xl/workbook.xml") is not null) return MediaDetection.Of(MediaKind.Xlsx);
                if (zip.GetEntry("ppt/presentation.xml") is not null) return MediaDetection.Of(MediaKind.Pptx);
                return MediaDetection.Refused("document Office d'un type non accepté");
            }
            return MediaDetection.Refused("c'est une archive ZIP, pas un document accepté");
        }
        catch (InvalidDataException)
        {
            return MediaDetection.Refused("archive ZIP illisible ou tronquée");
        }
    }

    /// <summary>UTF-8 text (BOM allowed), no NUL byte, and not markup a browser would render as a page or an image.</summary>
    private static async Task<MediaDetection> DetectTextAsync(Stream content, ReadOnlyMemory<byte> head, CancellationToken cancellationToken)
    {
        var start = Encoding.UTF8.GetString(head.Span[..Math.Min(head.Length, 1024)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (start.StartsWith("<svg", StringComparison.Ordinal) || (start.StartsWith("<?xml", StringComparison.Ordinal) && start.Contains("<svg", StringComparison.Ordinal)))
        {
            return MediaDetection.Refused("les images SVG sont refusées car elles peuvent contenir du script : envoyez l'image en PNG ou en JPEG");
        }
        if (start.StartsWith('<'))
        {
            return MediaDetection.Refused("le contenu est du HTML ou du XML, qui n'est pas accepté");
        }

        content.Position = 0;
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var buffer = new byte[81920];
        var chars = new char[Encoding.UTF8.GetMaxCharCount(buffer.Length)];
        int read;
        try
        {
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (buffer.AsSpan(0, read).Contains((byte)0)) return Unknown();
                var count = decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
                foreach (var c in chars.AsSpan(0, count))
                {
                    if (char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f')) return Unknown();
                }
            }
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
        }
        catch (DecoderFallbackException)
        {
            return Unknown();
        }
        return MediaDetection.Of(MediaKind.Text);
    }

    private static MediaDetection Unknown() =>
        MediaDetection.Refused("type de fichier non reconnu (acceptés : images JPEG, PNG, GIF, WebP ; PDF ; ODT, ODS, ODP, DOCX, XLSX, PPTX ; CSV, TXT)");
}
