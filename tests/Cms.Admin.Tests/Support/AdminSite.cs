using Cms.Abstractions.Content;
using Cms.Data.Identity;
using Cms.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.Tests.Support;

/// <summary>
/// The real program (every module, the setup recipe) on a temporary data directory, served by a TestServer, with
/// one account per role: <c>admin</c> (from configuration), <c>editor</c>, <c>alice</c> and <c>bob</c> (contributors).
/// </summary>
public sealed class AdminSite : IAsyncLifetime
{
    public const string Password = "Test-Passw0rd!";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "cms-admin-" + Guid.NewGuid().ToString("n"));
    public WebApplication App { get; private set; } = null!;
    public TestServer Server { get; private set; } = null!;

    /// <summary>More host arguments (set before <see cref="InitializeAsync"/>).</summary>
    public string[] ExtraArgs { get; init; } = [];

    /// <summary>More host set-up, e.g. services replaced (set before <see cref="InitializeAsync"/>).</summary>
    public Action<WebApplicationBuilder>? Configure { get; init; }

    /// <summary>A file of the repository, found by walking up from the test binaries.</summary>
    public static string RepositoryFile(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativePath);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"{relativePath} not found above {AppContext.BaseDirectory}.");
    }

    public async Task InitializeAsync()
    {
        App = CmsHost.Build(
            [$"--Cms:DataDirectory={DataDirectory}", "--Cms:Admin:UserName=admin", $"--Cms:Admin:Password={Password}",
                $"--Cms:SetupRecipe={RepositoryFile("recipes/dinum.recipe.json")}",
                // Test classes sign in many times a minute from one address; Item05SignInTests checks the limits.
                "--Cms:Admin:SignIn:PermitsPerIpPerMinute=100000", "--Cms:Admin:SignIn:PermitsPerAccountPerMinute=100000", .. ExtraArgs],
            builder =>
            {
                builder.WebHost.UseTestServer();
                Configure?.Invoke(builder);
            });
        await App.StartAsync();
        Server = App.GetTestServer();
        // Cookies are Secure: talk HTTPS, as a browser in production would.
        Server.BaseAddress = new Uri("https://localhost/");
        await CreateUserAsync("editor", CmsRoles.Editor);
        await CreateUserAsync("alice", CmsRoles.Contributor);
        await CreateUserAsync("bob", CmsRoles.Contributor);
    }

    public async Task<CmsUser> CreateUserAsync(string userName, string role, bool disabled = false)
    {
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        var user = new CmsUser { UserName = userName, CreatedUtc = DateTime.UtcNow, Disabled = disabled };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    public async Task<string> UserIdAsync(string userName)
    {
        using var scope = App.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(userName))!.Id;
    }

    /// <summary>A new session, signed in as <paramref name="userName"/> (anonymous when null).</summary>
    public async Task<AdminClient> ClientAsync(string? userName = null)
    {
        var client = new AdminClient(Server);
        if (userName is not null)
        {
            using var response = await client.SignInAsync(userName, Password);
            Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        }
        return client;
    }

    /// <summary>Runs <paramref name="work"/> with the content manager of a fresh scope (as the system user).</summary>
    public async Task<T> ContentAsync<T>(Func<IContentManager, IServiceProvider, Task<T>> work)
    {
        using var scope = App.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<IContentManager>(), scope.ServiceProvider);
    }

    public Task<ContentItem?> LatestAsync(string id) => ContentAsync((c, _) => c.GetAsync(id, VersionOptions.Latest));

    public Task<ContentItem?> PublishedAsync(string id) => ContentAsync((c, _) => c.GetAsync(id, VersionOptions.Published));

    /// <summary>An item of <paramref name="type"/> made directly through the content manager (owner: system).</summary>
    public Task<ContentItem> CreateItemAsync(string type, string title, bool publish) => ContentAsync(async (c, _) =>
    {
        var item = await c.NewAsync(type);
        item.Apply(new TitlePart { Title = title });
        item.DisplayText = title;
        return await c.CreateAsync(item, publish);
    });

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}
