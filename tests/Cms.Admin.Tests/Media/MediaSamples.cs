using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Cms.Admin.Tests.Media;

/// <summary>Files for the media tests, made in memory: real images, documents, and files lying about their type.</summary>
public static class MediaSamples
{
    public static byte[] Png(int width = 3, int height = 2)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(0, 0, 145));
        using var memory = new MemoryStream();
        image.SaveAsPng(memory);
        return memory.ToArray();
    }

    public static byte[] Jpeg(int width = 64, int height = 48)
    {
        using var image = new Image<Rgb24>(width, height);
        for (var x = 0; x < width; x++)
        for (var y = 0; y < height; y++)
            image[x, y] = new Rgb24((byte)(x * 4), (byte)(y * 5), (byte)(x * y));
        using var memory = new MemoryStream();
        image.SaveAsJpeg(memory);
        return memory.ToArray();
    }

    /// <summary>A JPEG cut before its image data: the magic number is right, the decode fails.</summary>
    public static byte[] TruncatedJpeg() => Jpeg()[..120];

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");

    public static byte[] Svg() => Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

    public static byte[] Csv() => Encoding.UTF8.GetBytes("nom;ville\nDINUM;Paris\nÉtalab;Paris\n");

    /// <summary>A plain zip archive (not a document).</summary>
    public static byte[] Zip() => MakeZip(("notes.txt", "bonjour"));

    /// <summary>The minimal parts that make a zip a Word document.</summary>
    public static byte[] Docx() => MakeZip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<document/>"));

    public static byte[] Odt() => MakeZip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

    private static byte[] MakeZip(params (string Name, string Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }
        return memory.ToArray();
    }
}
