using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Cms.Abstractions.Content;

/// <summary>
/// A UTF-8 buffer and the JSON writer writing into it, as <c>JsonNode.ToJsonString</c> sets them up (MaxDepth: the
/// serializer options' default, 64), for <see cref="ContentItem.ToJsonString"/>. The compact one is kept per thread
/// (<see cref="Take"/>, <see cref="Return"/>): a new buffer per document grew by doubling to the text's size, about
/// a third of what the import's writer allocated. Taken while in use, so a nested call gets a new one.
/// </summary>
internal sealed class JsonTextBuffer
{
    /// <summary>A buffer grown past this (a huge document) is not kept.</summary>
    private const int KeptCapacity = 1 << 20;

    [ThreadStatic] private static JsonTextBuffer? t_compact;

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    public JsonTextBuffer(bool indented) => Writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = indented, MaxDepth = 64 });

    public Utf8JsonWriter Writer { get; }

    /// <summary>The text written, flushed and decoded.</summary>
    public string ToText()
    {
        Writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    /// <summary>This thread's compact writer, empty, or a new one while it is in use.</summary>
    public static JsonTextBuffer Take()
    {
        var text = t_compact ?? new JsonTextBuffer(indented: false);
        t_compact = null;
        return text;
    }

    /// <summary>Empties <paramref name="text"/> (whatever state a failed write left) and keeps it for this thread's next call.</summary>
    public static void Return(JsonTextBuffer text)
    {
        if (text._buffer.Capacity > KeptCapacity) return;
        text._buffer.ResetWrittenCount();
        text.Writer.Reset(text._buffer);
        t_compact = text;
    }
}
