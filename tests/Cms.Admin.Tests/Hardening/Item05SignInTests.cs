using System.Net;
using System.Text.RegularExpressions;
using Cms.Admin.Tests.Support;
using Cms.Admin.Users;
using Cms.Data;
using Cms.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.Tests.Hardening;

/// <summary>
/// Issue 16, item 5: no user enumeration, throttling per address and per account, sign-out that ends copies of the
/// session, an absolute session lifetime, users changing their own password. One site with small limits and a clock
/// the tests can move; every test signs in from its own client address so the per-address budgets do not mix.
/// </summary>
public sealed partial class Item05SignInTests(Item05SignInTests.Site site) : IClassFixture<Item05SignInTests.Site>
{
    public sealed class Site : IAsyncLifetime
    {
        public ShiftedClock Clock { get; } = new();
        public AdminSite Admin { get; }

        public Site() => Admin = new AdminSite
        {
            ExtraArgs = ["--Cms:Admin:SignIn:PermitsPerIpPerMinute=6", "--Cms:Admin:SignIn:PermitsPerAccountPerMinute=4"],
            Configure = builder => builder.Services.AddSingleton<TimeProvider>(Clock),
        };

        public Task InitializeAsync() => Admin.InitializeAsync();
        public Task DisposeAsync() => Admin.DisposeAsync();
    }

    /// <summary>The system clock moved forward by <see cref="Offset"/>: timers keep running, dates can jump.</summary>
    public sealed class ShiftedClock : TimeProvider
    {
        public TimeSpan Offset { get; set; }
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
    }

    private static int _lastAddress;
    private AdminClient Client() => new(site.Admin.Server, IPAddress.Parse($"10.5.0.{Interlocked.Increment(ref _lastAddress)}"));

    [Fact]
    public async Task Item05_unknown_disabled_locked_and_wrong_password_answer_alike()
    {
        await site.Admin.CreateUserAsync("enum-disabled", CmsRoles.Editor, disabled: true);
        var locked = await site.Admin.CreateUserAsync("enum-locked", CmsRoles.Editor);
        await site.Admin.CreateUserAsync("enum-wrong", CmsRoles.Editor);
        using (var scope = site.Admin.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            var user = (await users.FindByIdAsync(locked.Id))!;
            Assert.True((await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddYears(50))).Succeeded);
        }

        var answers = new List<(HttpStatusCode Status, string Message)>();
        foreach (var (name, password) in new[]
                 {
                     ("enum-unknown", AdminSite.Password), ("enum-disabled", AdminSite.Password),
                     ("enum-locked", AdminSite.Password), ("enum-wrong", "Mauvais-Passw0rd!"),
                 })
        {
            using var client = Client();
            using var response = await client.SignInAsync(name, password);
            var html = await response.Content.ReadAsStringAsync();
            Assert.False(client.Cookies.Has("cms.auth"), name);
            answers.Add((response.StatusCode, ErrorMessage().Match(html).Groups[1].Value));
        }
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Single(answers.Select(a => a.Message).Distinct());
        Assert.Equal("Identifiant ou mot de passe incorrect, ou compte temporairement indisponible.", answers[0].Message);
    }

    [Fact]
    public async Task Item05_attempts_are_throttled_per_account_whatever_the_address()
    {
        await site.Admin.CreateUserAsync("throttled", CmsRoles.Editor);
        for (var i = 0; i < 4; i++)
        {
            using var client = Client();
            using var failed = await client.SignInAsync("throttled", "Mauvais-Passw0rd!");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }
        using var fifth = Client();
        using var refused = await fifth.SignInAsync("THROTTLED", AdminSite.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Trop de tentatives de connexion", await refused.Content.ReadAsStringAsync());
        Assert.False(fifth.Cookies.Has("cms.auth"));
        // An unknown name is throttled the same way: the limit tells nothing about which accounts exist.
        for (var i = 0; i < 4; i++)
        {
            using var client = Client();
            using var failed = await client.SignInAsync("nobody-here", "Mauvais-Passw0rd!");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }
        using var last = Client();
        using var unknownRefused = await last.SignInAsync("nobody-here", "Mauvais-Passw0rd!");
        Assert.Equal(HttpStatusCode.TooManyRequests, unknownRefused.StatusCode);
    }

    [Fact]
    public async Task Item05_attempts_are_throttled_per_address_whatever_the_account()
    {
        using var client = Client();
        for (var i = 0; i < 6; i++)
        {
            using var failed = await client.SignInAsync($"address-{i}", "Mauvais-Passw0rd!");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }
        using var refused = await client.SignInAsync("address-last", "Mauvais-Passw0rd!");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Trop de tentatives de connexion", await refused.Content.ReadAsStringAsync());
        Assert.Equal("60", refused.Headers.RetryAfter?.ToString());
        // Reading the page is never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/admin/connexion")).Status);
    }

    [Fact]
    public async Task Item05_sign_out_ends_every_copy_of_the_session()
    {
        await site.Admin.CreateUserAsync("copied", CmsRoles.Editor);
        using var browser = Client();
        using (var signedIn = await browser.SignInAsync("copied", AdminSite.Password)) Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var thief = Client();
        thief.Cookies.Set("cms.auth", browser.Cookies.Value("cms.auth")!);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetPageAsync("/admin")).Status);

        var (_, page) = await browser.GetPageAsync("/admin");
        using (var logout = await browser.PostAsync("/admin/deconnexion", page)) Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        using var replay = await thief.GetAsync("/admin");
        Assert.True(EditorSteps.IsLoginRedirect(replay), $"the copied cookie still opens the back office ({replay.StatusCode})");
    }

    [Fact]
    public async Task Item05_a_session_ends_after_its_absolute_lifetime_even_when_used()
    {
        await site.Admin.CreateUserAsync("long-day", CmsRoles.Editor);
        using var client = Client();
        using (var signedIn = await client.SignInAsync("long-day", AdminSite.Password)) Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var start = site.Clock.Offset;
        try
        {
            // Used every three hours: the sliding cookie (8 hours) is renewed and would live on.
            for (var hours = 3; hours <= 12; hours += 3)
            {
                site.Clock.Offset = start + TimeSpan.FromHours(hours) - TimeSpan.FromMinutes(1);
                Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/admin")).Status);
            }
            site.Clock.Offset = start + TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1);
            using var after = await client.GetAsync("/admin");
            Assert.True(EditorSteps.IsLoginRedirect(after), $"still signed in after 12 hours ({after.StatusCode})");
        }
        finally
        {
            site.Clock.Offset = start;
        }
    }

    [Fact]
    public async Task Item05_users_change_their_own_password()
    {
        await site.Admin.CreateUserAsync("changer", CmsRoles.Contributor);
        using var client = Client();
        using (var signedIn = await client.SignInAsync("changer", AdminSite.Password)) Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var other = Client();
        using (var signedIn = await other.SignInAsync("changer", AdminSite.Password)) Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var (status, form) = await client.GetPageAsync("/admin/mot-de-passe");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Changer mon mot de passe", form);

        using (var wrong = await client.PostAsync("/admin/mot-de-passe", form,
                   ("CurrentPassword", "Pas-Le-Bon-1!"), ("NewPassword", "Nouveau-Passw0rd!"), ("Confirmation", "Nouveau-Passw0rd!")))
        {
            Assert.Contains("Le mot de passe actuel est incorrect.", await wrong.Content.ReadAsStringAsync());
        }
        using (var weak = await client.PostAsync("/admin/mot-de-passe", form,
                   ("CurrentPassword", AdminSite.Password), ("NewPassword", "court"), ("Confirmation", "court")))
        {
            Assert.Contains("12 caractères", await weak.Content.ReadAsStringAsync());
        }
        using (var changed = await client.PostAsync("/admin/mot-de-passe", form,
                   ("CurrentPassword", AdminSite.Password), ("NewPassword", "Nouveau-Passw0rd!"), ("Confirmation", "Nouveau-Passw0rd!")))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }
        // This session goes on, the other one ends, and the new password is the one that works.
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/admin")).Status);
        using (var ended = await other.GetAsync("/admin")) Assert.True(EditorSteps.IsLoginRedirect(ended));
        using var fresh = Client();
        using (var signedIn = await fresh.SignInAsync("changer", "Nouveau-Passw0rd!")) Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task Item05_the_generated_first_password_is_in_an_owner_only_file_not_in_the_output()
    {
        var directory = Path.Combine(Path.GetTempPath(), "cms-admin-gen-" + Guid.NewGuid().ToString("n"));
        try
        {
            var args = new[] { $"--Cms:DataDirectory={directory}", "--Cms:Admin:UserName=chef", $"--Cms:SetupRecipe={AdminSite.RepositoryFile("recipes/dinum.recipe.json")}" };
            var output = new StringWriter();
            await using var app = Cms.Hosting.CmsHost.Build(args);
            await Cms.Hosting.CmsHost.InitializeAsync(app.Services, output);

            var file = Path.Combine(directory, AdministratorStartupTask.PasswordFileName);
            Assert.Contains(file, output.ToString());
            var password = (await File.ReadAllTextAsync(file)).Trim();
            Assert.DoesNotContain(password, output.ToString());
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }
            using var scope = app.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            Assert.True(await users.CheckPasswordAsync((await users.FindByNameAsync("chef"))!, password));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    [GeneratedRegex("data-testid=\"login-error\">([^<]*)<")]
    private static partial Regex ErrorMessage();
}
