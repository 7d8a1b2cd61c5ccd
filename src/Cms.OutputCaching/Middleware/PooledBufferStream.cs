using System.Buffers;

namespace Cms.OutputCaching.Middleware;

/// <summary>
/// A write-then-read buffer for a response body, in arrays rented from the shared pool and given back on dispose,
/// instead of a <see cref="MemoryStream"/> that allocates every size it doubles through (about twice the page in
/// garbage on each uncached request). Seekable like the memory stream it replaces, so that
/// <see cref="Microsoft.AspNetCore.Http.HttpResponse.Clear"/> (an error page after a failure) empties it.
/// </summary>
internal sealed class PooledBufferStream : Stream
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _length;
    private int _position;

    /// <summary>What was written, valid until the next write or the dispose.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    public override bool CanRead => false;
    public override bool CanSeek => true;
    public override bool CanWrite => true;
    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = (int)Math.Clamp(value, 0, _length);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Ensure(_position + buffer.Length);
        buffer.CopyTo(_buffer.AsSpan(_position));
        _position += buffer.Length;
        _length = Math.Max(_length, _position);
    }

    private void Ensure(int size)
    {
        if (size <= _buffer.Length) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, size));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) =>
        Position = origin switch { SeekOrigin.Begin => offset, SeekOrigin.Current => _position + offset, _ => _length + offset };

    public override void SetLength(long value)
    {
        var length = (int)Math.Max(0, value);
        Ensure(length);
        if (length > _length) _buffer.AsSpan(_length, length - _length).Clear();
        _length = length;
        _position = Math.Min(_position, _length);
    }

    protected override void Dispose(bool disposing)
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _length = _position = 0;
        }
        base.Dispose(disposing);
    }
}
