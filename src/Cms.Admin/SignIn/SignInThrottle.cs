using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.SignIn;

/// <summary>
/// Throttling of sign-in attempts with ASP.NET Core rate limiting: per client address, by the rate limiting
/// middleware on POSTs to the sign-in page, and per account name, asked by the page itself once it has read the form.
/// Both answer 429 with a French message. Partitions are fixed windows of one minute, dropped by the limiter once
/// idle, so random addresses or names do not accumulate.
/// </summary>
public sealed class SignInThrottle(SignInLimits options) : IDisposable
{
    public const string Message = "Trop de tentatives de connexion. Patientez une minute avant de réessayer.";

    /// <summary>Account names are cut to this length before they name a partition.</summary>
    private const int MaxNameLength = 256;

    private readonly PartitionedRateLimiter<string> _perAccount = PartitionedRateLimiter.Create<string, string>(name =>
        RateLimitPartition.GetFixedWindowLimiter(name, _ => Window(options.PermitsPerAccountPerMinute)));

    /// <summary>Takes one attempt for <paramref name="userName"/>; false when its minute is used up.</summary>
    public bool TryAccount(string userName)
    {
        var key = userName.Trim().ToUpperInvariant();
        if (key.Length > MaxNameLength) key = key[..MaxNameLength];
        using var lease = _perAccount.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    internal static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    internal static bool IsSignInPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(AdminRoutes.Login, StringComparison.OrdinalIgnoreCase);

    /// <summary>The per-address limit, as the global limiter of the rate limiting middleware (other requests are not limited).</summary>
    internal static void Configure(RateLimiterOptions limiter, SignInLimits options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignInPost(context)
            ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => Window(options.PermitsPerIpPerMinute))
            : RateLimitPartition.GetNoLimiter(""));
        limiter.OnRejected = async (rejected, cancellationToken) =>
        {
            var response = rejected.HttpContext.Response;
            response.Headers.RetryAfter = "60";
            response.Headers.CacheControl = "no-store";
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(RejectionPage, cancellationToken);
        };
    }

    private const string RejectionPage = $"""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Trop de tentatives</title></head>
        <body><h1>Trop de tentatives de connexion</h1><p>{Message}</p><p><a href="{AdminRoutes.Login}">Revenir à la connexion</a></p></body></html>
        """;

    public void Dispose() => _perAccount.Dispose();
}

public static class SignInServiceCollectionExtensions
{
    /// <summary>Sign-in limits, throttling, the equal-cost refusal and the session's absolute lifetime.</summary>
    public static IServiceCollection AddSignInProtection(this IServiceCollection services, SignInLimits options)
    {
        services.AddSingleton(options);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SignInRefusal>();
        services.AddRateLimiter(limiter => SignInThrottle.Configure(limiter, options));
        return services;
    }
}
