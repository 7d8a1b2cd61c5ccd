using Cms.Hosting.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cms.Admin.Tests.Hardening;

/// <summary>Issue 16, item 13: a visitor who disconnects during a render is not an unhandled error.</summary>
public sealed class Item13ClientDisconnectTests
{
    [Fact]
    public async Task Item13_a_cancellation_caused_by_the_visitor_ends_the_request_quietly()
    {
        using var aborted = new CancellationTokenSource();
        var context = new DefaultHttpContext { RequestAborted = aborted.Token };
        await aborted.CancelAsync();
        var middleware = new ClientDisconnectMiddleware(c => throw new OperationCanceledException(c.RequestAborted), NullLogger<ClientDisconnectMiddleware>.Instance);
        await middleware.InvokeAsync(context);
        Assert.Equal(ClientDisconnectMiddleware.ClientClosedRequest, context.Response.StatusCode);
    }

    [Fact]
    public async Task Item13_a_cancellation_the_visitor_did_not_cause_is_still_an_error()
    {
        var context = new DefaultHttpContext();
        var middleware = new ClientDisconnectMiddleware(_ => throw new OperationCanceledException(), NullLogger<ClientDisconnectMiddleware>.Instance);
        await Assert.ThrowsAsync<OperationCanceledException>(() => middleware.InvokeAsync(context));
    }
}
