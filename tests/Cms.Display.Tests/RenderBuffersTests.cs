using Cms.Display.Rendering;

namespace Cms.Display.Tests;

/// <summary>The buffers templates are rendered into: the trimmed text is what <see cref="string.Trim()"/> gives.</summary>
public sealed class RenderBuffersTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<p>a</p>")]
    [InlineData("\n  <div>\n  x </div>\r\n\t ")]
    [InlineData("\u00a0\u2003<span> </span>\u3000\u2028")]
    [InlineData(" \n")]
    public void The_trimmed_text_is_the_same_as_string_Trim(string text)
    {
        var buffer = RenderBuffers.Rent();
        try
        {
            // Appended in pieces, as a template writes, so that the text may span several chunks of the builder.
            foreach (var piece in text.Chunk(2)) buffer.Append(piece);
            Assert.Equal(text.Trim(), RenderBuffers.TrimmedText(buffer));
        }
        finally
        {
            RenderBuffers.Return(buffer);
        }
    }

    [Fact]
    public void A_buffer_comes_back_empty()
    {
        var buffer = RenderBuffers.Rent();
        buffer.Append("<p>x</p>");
        RenderBuffers.Return(buffer);
        var again = RenderBuffers.Rent();
        Assert.Equal(0, again.Length);
        RenderBuffers.Return(again);
    }
}
