using System.Security.Claims;
using Cms.Admin.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.Tests.Hardening;

/// <summary>
/// The real pipeline authenticates the requests <see cref="Cms.Admin.SignIn.SignedInRequests"/> picks and no other:
/// an anonymous public page runs no authentication (WebApplication would add its own middleware first if the
/// application's builder were not marked), the back office and a request with the sign-in cookie do, and a signed-in
/// editor is still known on the back office.
/// </summary>
public sealed class AuthenticatedRequestsTests(AuthenticatedRequestsTests.CountingSite fixture) : IClassFixture<AuthenticatedRequestsTests.CountingSite>
{
    [Fact]
    public async Task Only_the_back_office_and_requests_with_the_sign_in_cookie_are_authenticated()
    {
        var calls = fixture.Site.App.Services.GetRequiredService<AuthenticationCalls>();
        using var visitor = await fixture.Site.ClientAsync();

        var before = calls.Count;
        using (var page = await visitor.GetAsync("/agenda")) Assert.True(page.IsSuccessStatusCode, $"{(int)page.StatusCode}");
        Assert.Equal(before, calls.Count);

        using (var request = new HttpRequestMessage(HttpMethod.Get, "/agenda"))
        {
            request.Headers.Add("Cookie", "cms.auth=not-a-ticket");
            using var client = fixture.Site.Server.CreateClient();
            using var page = await client.SendAsync(request);
            Assert.True(page.IsSuccessStatusCode, $"{(int)page.StatusCode}");
        }
        Assert.True(calls.Count > before, "a request with the sign-in cookie is authenticated");

        before = calls.Count;
        using var editor = await fixture.Site.ClientAsync("editor");
        Assert.True(calls.Count > before, "the sign-in's back office requests are authenticated");
        var (status, html) = await editor.GetPageAsync("/admin");
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Contains("editor", html);
    }

    public sealed class AuthenticationCalls
    {
        private int _count;
        public int Count => Volatile.Read(ref _count);
        public void Add() => Interlocked.Increment(ref _count);
    }

    /// <summary>The site with every call to the authentication service counted.</summary>
    public sealed class CountingSite : IAsyncLifetime
    {
        public AdminSite Site { get; } = new()
        {
            Configure = builder =>
            {
                builder.Services.AddSingleton<AuthenticationCalls>();
                builder.Services.AddScoped<IAuthenticationService>(services => new CountingAuthenticationService(
                    ActivatorUtilities.CreateInstance<AuthenticationService>(services), services.GetRequiredService<AuthenticationCalls>()));
            },
        };

        public Task InitializeAsync() => Site.InitializeAsync();

        public Task DisposeAsync() => Site.DisposeAsync();
    }

    private sealed class CountingAuthenticationService(IAuthenticationService inner, AuthenticationCalls calls) : IAuthenticationService
    {
        public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme)
        {
            calls.Add();
            return inner.AuthenticateAsync(context, scheme);
        }

        public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.ChallengeAsync(context, scheme, properties);

        public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.ForbidAsync(context, scheme, properties);

        public Task SignInAsync(HttpContext context, string? scheme, ClaimsPrincipal principal, AuthenticationProperties? properties) =>
            inner.SignInAsync(context, scheme, principal, properties);

        public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.SignOutAsync(context, scheme, properties);
    }
}
