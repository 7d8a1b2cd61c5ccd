using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Cms.Hosting.Security;

/// <summary>
/// A visitor who leaves while the page renders cancels the request: the <see cref="OperationCanceledException"/>
/// that follows is not an error of the site. It is logged at Debug and the request ends (499, nobody reads it);
/// any other exception, or a cancellation the visitor did not cause, goes on to the usual error handling.
/// </summary>
public sealed class ClientDisconnectMiddleware(RequestDelegate next, ILogger<ClientDisconnectMiddleware> logger)
{
    public const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            logger.LogDebug("Request {Method} {Path} cancelled: the client disconnected.", context.Request.Method, context.Request.Path);
            if (!context.Response.HasStarted) context.Response.StatusCode = ClientClosedRequest;
        }
    }
}
