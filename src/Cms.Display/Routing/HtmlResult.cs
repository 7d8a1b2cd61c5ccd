using System.Text;
using Microsoft.AspNetCore.Http;

namespace Cms.Display.Routing;

/// <summary>
/// A public page's HTML as the response: what <c>Results.Content(html, "text/html; charset=utf-8", null, status)</c>
/// sends (status, content type, length, UTF-8 without a byte order mark), without parsing that content type and
/// looking its encoding up for every page, and written to the response as it is encoded instead of as one byte array.
/// </summary>
public sealed class HtmlResult(string html, int statusCode = StatusCodes.Status200OK) : IResult
{
    public const string ContentType = "text/html; charset=utf-8";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = ContentType;
        response.StatusCode = statusCode;
        response.ContentLength = Utf8.GetByteCount(html);
        return response.WriteAsync(html, Utf8, httpContext.RequestAborted);
    }
}
