namespace Cms.Admin.Media;

/// <summary>
/// Counts the frames of a GIF or WebP from its container, in one pass that reads only block headers and skips the
/// data: the check made before a decoder is allowed to expand every frame to the full canvas. A truncated file
/// stops the count where it ends (the decoder refuses it afterwards).
/// </summary>
public static class ImageFrames
{
    public static int Count(Stream content, MediaKind kind)
    {
        content.Position = 0;
        var reader = new BinaryReader(content, System.Text.Encoding.ASCII, leaveOpen: true);
        try
        {
            if (ReferenceEquals(kind, MediaKind.Gif)) return Gif(content, reader);
            if (ReferenceEquals(kind, MediaKind.WebP)) return WebP(content, reader);
            return 1;
        }
        catch (EndOfStreamException)
        {
            return 0; // counted so far is unknown past the end: the decoder will refuse the truncated file
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static int Gif(Stream content, BinaryReader reader)
    {
        content.Position = 10; // "GIF89a", width, height
        var flags = reader.ReadByte();
        content.Position = 13;
        if ((flags & 0x80) != 0) content.Position += 3 << ((flags & 7) + 1); // global colour table
        var frames = 0;
        while (content.Position < content.Length)
        {
            switch (reader.ReadByte())
            {
                case 0x2C: // image descriptor: position, size, flags, then the image data
                    frames++;
                    content.Position += 8;
                    var local = reader.ReadByte();
                    if ((local & 0x80) != 0) content.Position += 3 << ((local & 7) + 1);
                    content.Position += 1; // LZW minimum code size
                    SkipSubBlocks(content, reader);
                    break;
                case 0x21: // extension: label, then sub-blocks
                    content.Position += 1;
                    SkipSubBlocks(content, reader);
                    break;
                default: // 0x3B trailer, or garbage the decoder will judge
                    return frames;
            }
        }
        return frames;
    }

    private static void SkipSubBlocks(Stream content, BinaryReader reader)
    {
        for (int size; (size = reader.ReadByte()) != 0;) content.Position += size;
    }

    private static int WebP(Stream content, BinaryReader reader)
    {
        content.Position = 12; // "RIFF", size, "WEBP"
        var frames = 0;
        var still = false;
        while (content.Length - content.Position >= 8)
        {
            var fourCc = new string(reader.ReadChars(4));
            var size = reader.ReadUInt32();
            if (fourCc == "ANMF") frames++;
            else if (fourCc is "VP8 " or "VP8L") still = true;
            content.Position += size + (size & 1);
        }
        return frames > 0 ? frames : still ? 1 : 0;
    }
}
