using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Cms.Admin.Services;

/// <summary>Whether the back office's cookies are Secure (<c>Cms:Admin:SecureCookies</c>, default: outside Development).</summary>
public sealed record AdminCookieSecurity(bool SecureCookies);

/// <summary>
/// With Secure cookies, the sign-in page cannot work over plain http (the browser would drop its antiforgery cookie,
/// and ASP.NET Core refuses to issue it): instead of a blank error, the page says in French what to configure, and
/// the log says it in English. Seen when the site is reached without TLS, or behind a TLS-terminating proxy that is
/// not declared in <c>Cms:ForwardedHeaders</c> (so <c>X-Forwarded-Proto</c> is ignored).
/// </summary>
public sealed class PlainHttpSignInGuard(RequestDelegate next, AdminCookieSecurity security, ILogger<PlainHttpSignInGuard> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!security.SecureCookies || context.Request.IsHttps
            || !context.Request.Path.StartsWithSegments(AdminRoutes.Login, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }
        logger.LogWarning(
            "Sign-in page requested over plain http from {Remote} while cookies are Secure: serve the site over https, declare the TLS-terminating proxy " +
            "in Cms:ForwardedHeaders:KnownProxies or KnownNetworks, or (local trials only) set Cms:Admin:SecureCookies=false.",
            context.Connection.RemoteIpAddress);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(Page(context.Connection.RemoteIpAddress));
    }

    private static string Page(IPAddress? remote) => $$"""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Connexion impossible en HTTP</title></head>
        <body style="font-family: sans-serif; max-width: 48rem; margin: 2rem auto; line-height: 1.5">
        <h1>Connexion impossible : le site est servi en HTTP</h1>
        <p>Le back office n'accepte la connexion qu'en HTTPS (cookies sécurisés). Cette demande est arrivée en HTTP simple
        depuis {{WebUtility.HtmlEncode(remote?.ToString() ?? "une adresse inconnue")}}.</p>
        <p>Pour l'équipe d'exploitation :</p>
        <ul>
          <li>servez le site en HTTPS ;</li>
          <li>derrière un proxy ou un répartiteur de charge qui termine TLS, déclarez son adresse dans
          <code>Cms:ForwardedHeaders:KnownProxies</code> (ou son réseau dans <code>Cms:ForwardedHeaders:KnownNetworks</code>)
          et faites-lui transmettre <code>X-Forwarded-Proto</code> ;</li>
          <li>pour un essai local seulement : <code>Cms:Admin:SecureCookies=false</code>.</li>
        </ul>
        </body></html>
        """;
}
