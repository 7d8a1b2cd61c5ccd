namespace Cms.Admin.Media;

/// <summary>A type of file the library accepts: what the content is, its extensions and the type it is served as.</summary>
public sealed record MediaKind(string Name, string Label, string ContentType, string[] Extensions, bool IsImage)
{
    public static readonly MediaKind Jpeg = new("jpeg", "une image JPEG", "image/jpeg", ["jpg", "jpeg"], true);
    public static readonly MediaKind Png = new("png", "une image PNG", "image/png", ["png"], true);
    public static readonly MediaKind Gif = new("gif", "une image GIF", "image/gif", ["gif"], true);
    public static readonly MediaKind WebP = new("webp", "une image WebP", "image/webp", ["webp"], true);
    public static readonly MediaKind Pdf = new("pdf", "un document PDF", "application/pdf", ["pdf"], false);
    public static readonly MediaKind Odt = new("odt", "un texte OpenDocument", "application/vnd.oasis.opendocument.text", ["odt"], false);
    public static readonly MediaKind Ods = new("ods", "un tableur OpenDocument", "application/vnd.oasis.opendocument.spreadsheet", ["ods"], false);
    public static readonly MediaKind Odp = new("odp", "une présentation OpenDocument", "application/vnd.oasis.opendocument.presentation", ["odp"], false);
    public static readonly MediaKind Docx = new("docx", "un document Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ["docx"], false);
    public static readonly MediaKind Xlsx = new("xlsx", "un classeur Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ["xlsx"], false);
    public static readonly MediaKind Pptx = new("pptx", "une présentation PowerPoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation", ["pptx"], false);
    public static readonly MediaKind Text = new("text", "du texte", "text/plain", ["txt", "csv"], false);

    public static readonly MediaKind[] All = [Jpeg, Png, Gif, WebP, Pdf, Odt, Ods, Odp, Docx, Xlsx, Pptx, Text];

    /// <summary>The extensions accepted by the upload form (<c>accept</c> attribute).</summary>
    public static string AcceptAttribute => string.Join(",", All.SelectMany(k => k.Extensions).Select(e => "." + e));

    /// <summary>The kind a file name's extension names, or null.</summary>
    public static MediaKind? FromExtension(string path)
    {
        var extension = Path.GetExtension(path).TrimStart('.');
        return All.FirstOrDefault(k => k.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }

    public static bool IsImageExtension(string path) => FromExtension(path)?.IsImage == true;
}
