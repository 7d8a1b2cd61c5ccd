using System.Text;
using Microsoft.Extensions.ObjectPool;

namespace Cms.Display.Rendering;

/// <summary>
/// The buffers a template is rendered into when its HTML is wanted as a string (shapes, content items, page bodies),
/// shared by the requests. Fluid's own string rendering keeps two builders of 40,000 characters for the whole process
/// and drops any that grew: under concurrent requests, or for a page larger than that, each template then allocated a
/// new 80 KB buffer. These are kept up to 256,000 characters (a page of the agenda is about 30,000), a few per core.
/// </summary>
internal static class RenderBuffers
{
    private static readonly ObjectPool<StringBuilder> Pool = new DefaultObjectPool<StringBuilder>(
        new StringBuilderPooledObjectPolicy { InitialCapacity = 4 * 1024, MaximumRetainedCapacity = 256 * 1024 },
        Environment.ProcessorCount * 8);

    public static StringBuilder Rent() => Pool.Get();

    /// <summary>The buffer's text without the white space at either end: what <see cref="string.Trim()"/> gives, one copy.</summary>
    public static string TrimmedText(StringBuilder buffer)
    {
        var start = 0;
        var end = buffer.Length;
        while (start < end && char.IsWhiteSpace(buffer[start])) start++;
        while (end > start && char.IsWhiteSpace(buffer[end - 1])) end--;
        return buffer.ToString(start, end - start);
    }

    /// <summary>Gives the buffer back, emptied (dropped when it grew beyond the retained capacity).</summary>
    public static void Return(StringBuilder buffer) => Pool.Return(buffer);
}
