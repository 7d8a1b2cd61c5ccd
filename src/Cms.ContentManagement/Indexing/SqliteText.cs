using System.Buffers;
using System.Globalization;
using System.Text;
using SQLitePCL;

namespace Cms.ContentManagement.Indexing;

/// <summary>
/// Binds text to SQLite's statements (<see cref="BulkTable{T}"/>) through one rented UTF-8 buffer instead of a new
/// NUL-terminated copy per value (<c>raw.sqlite3_bind_text(…, string)</c>, a fifth of the writer's allocations after
/// the documents' text). SQLite copies what it is given (SQLITE_TRANSIENT), so the buffer serves the next value. The
/// bytes are those that overload binds: the text up to its first NUL character (SQLite reads a C string that far),
/// encoded by <see cref="Encoding.UTF8"/>; dates as SQLite's ISO text (SqliteDateTimeTypeMapping).
/// </summary>
internal struct SqliteText : IDisposable
{
    private byte[]? _buffer;

    private const string DateFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

    public int Bind(sqlite3_stmt statement, int index, string text)
    {
        var end = text.IndexOf('\0');
        var chars = end < 0 ? text.AsSpan() : text.AsSpan(0, end);
        // SQLite binds NULL for a NULL pointer, which an empty span may give: the empty text goes the plain way.
        return chars.IsEmpty ? raw.sqlite3_bind_text(statement, index, "") : Bind(statement, index, chars);
    }

    public int Bind(sqlite3_stmt statement, int index, DateTime date)
    {
        Span<char> chars = stackalloc char[32];
        return date.TryFormat(chars, out var written, DateFormat, CultureInfo.InvariantCulture)
            ? Bind(statement, index, chars[..written])
            : Bind(statement, index, date.ToString(DateFormat, CultureInfo.InvariantCulture));
    }

    private int Bind(sqlite3_stmt statement, int index, ReadOnlySpan<char> chars)
    {
        var bytes = Rent(Encoding.UTF8.GetMaxByteCount(chars.Length));
        var length = Encoding.UTF8.GetBytes(chars, bytes);
        return raw.sqlite3_bind_text(statement, index, bytes.AsSpan(0, length));
    }

    private byte[] Rent(int size)
    {
        if (_buffer is { } buffer && buffer.Length >= size) return buffer;
        if (_buffer is not null) ArrayPool<byte>.Shared.Return(_buffer);
        return _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(size, 4096));
    }

    public void Dispose()
    {
        if (_buffer is not null) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = null;
    }
}
