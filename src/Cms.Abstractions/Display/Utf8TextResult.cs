using System.Text;
using Microsoft.AspNetCore.Http;

namespace Cms.Abstractions.Display;

/// <summary>
/// A text response in UTF-8 (a page's HTML, a feed, robots.txt): what <c>Results.Text(text, contentType, null, status)</c>
/// sends (status, content type as given, length, UTF-8 without a byte order mark), without parsing the content type
/// and looking its encoding up for each response (with the code pages' provider registered, that lookup takes a lock),
/// and written to the response as it is encoded instead of as one byte array.
/// </summary>
public sealed class Utf8TextResult(string text, string contentType, int statusCode = StatusCodes.Status200OK) : IResult
{
    public const string HtmlContentType = "text/html; charset=utf-8";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A public page's HTML (<c>text/html; charset=utf-8</c>).</summary>
    public static Utf8TextResult Html(string html, int statusCode = StatusCodes.Status200OK) => new(html, HtmlContentType, statusCode);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = contentType;
        response.StatusCode = statusCode;
        response.ContentLength = Utf8.GetByteCount(text);
        return response.WriteAsync(text, Utf8, httpContext.RequestAborted);
    }
}
