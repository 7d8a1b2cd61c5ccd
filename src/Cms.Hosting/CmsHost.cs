using System.Diagnostics;
using Cms.Abstractions.Data;
using Cms.Abstractions.Migrations;
using Cms.Abstractions.Modules;
using Cms.Hosting.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cms.Hosting;

/// <summary>
/// The program: builds the web application from the discovered modules, brings the store up to date (schema,
/// data migrations, first-run tasks), then either runs the command given after <c>--</c> or serves the site.
/// </summary>
public static class CmsHost
{
    /// <summary>The site: the modules' services, then their middleware and routes.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var (app, startups) = BuildServices(args, configure);
        // A module's middleware wraps that of the modules it depends on; routes follow dependency order.
        foreach (var startup in Enumerable.Reverse(startups))
        {
            startup.Configure(app);
        }
        foreach (var startup in startups)
        {
            startup.MapRoutes(app);
        }
        return app;
    }

    /// <summary>
    /// A command's host: the modules' services only. Their middleware and routes (Razor Pages' discovery, the theme's
    /// static files…) serve requests, which a command never receives; a service a command uses, the site theme
    /// included, is still built (and checked) on its first use. Its configuration files are read once, not watched:
    /// a watcher on the content root (the working directory) first walks every folder under it, which took an
    /// <c>import</c> run from a large working directory more than a second.
    /// </summary>
    public static WebApplication BuildForCommand(string[] args, string command) =>
        BuildServices([.. args, $"--{ReloadConfigOnChange}=false"], builder => builder.Services.AddSingleton(new CommandRun(command))).App;

    /// <summary>The host builder's own setting: whether the <c>appsettings</c> files are watched for changes (by default they are).</summary>
    private const string ReloadConfigOnChange = "hostBuilder:reloadConfigOnChange";

    private static (WebApplication App, List<ModuleStartup> Startups) BuildServices(string[] args, Action<WebApplicationBuilder>? configure)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        configure?.Invoke(builder);
        var modules = ModuleCatalog.Discover(builder.Configuration);
        var startups = modules.SelectMany(m => m.Startups).ToList();
        foreach (var startup in startups)
        {
            startup.ConfigureServices(builder.Services, builder.Configuration);
        }
        ServiceDecorations.Apply(builder.Services);
        builder.Services.AddSingleton(modules);
        builder.Services.AddSingleton(new EnabledModules(modules.Select(m => m.Assembly).OfType<System.Reflection.Assembly>().ToList()));
        // Serving (and any test host) initializes the store when the host starts; commands call InitializeAsync directly.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StoreInitializationService>());
        return (builder.Build(), startups);
    }

    /// <summary>The lock under which the start sequence runs: nodes started together on an empty database wait.</summary>
    public const string InitializationLock = "initialize";

    /// <summary>
    /// Schema migrations, data migrations, then first-run tasks, under the <see cref="IDistributedLock"/> (several
    /// nodes or commands started together: one runs them, the others wait, then find nothing left to do). Throws with
    /// a clear message when one fails. Each step's duration is logged at Debug level (<c>Logging:LogLevel:Cms.Hosting=Debug</c>),
    /// with the process's CPU time and the JIT's work so far.
    /// </summary>
    public static async Task InitializeAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        var distributedLock = services.GetService<IDistributedLock>();
        await using var held = distributedLock is null ? null : await distributedLock.AcquireAsync(InitializationLock, cancellationToken);
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var log = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CmsHost));
        var step = Stopwatch.StartNew();
        var created = await provider.GetRequiredService<IStoreInitializer>().InitializeAsync(cancellationToken);
        LogStep(log, "Start-up: schema checked", step);
        step.Restart();
        await provider.GetRequiredService<IDataMigrationManager>().RunPendingAsync(cancellationToken);
        LogStep(log, "Start-up: data migrations checked", step);
        var environment = provider.GetRequiredService<IHostEnvironment>();
        var context = new StartupContext(created, output, environment.ContentRootPath);
        foreach (var task in provider.GetServices<IStartupTask>())
        {
            step.Restart();
            await task.RunAsync(context, cancellationToken);
            LogStep(log, $"Start-up: {task.GetType().Name} ran", step);
        }
    }

    /// <summary>Entry point: returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var (command, commandArgs, hostArgs) = SplitCommand(args);
        WebApplication app;
        ILogger log;
        IServiceScope scope;
        List<ICommand> commands;
        try
        {
            var started = Stopwatch.StartNew();
            app = command is null ? Build(hostArgs) : BuildForCommand(hostArgs, command);
            log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CmsHost));
            LogStep(log, "Start-up: host built", started);
            if (command is null)
            {
                await app.RunAsync();
                return ExitCodes.Success;
            }
            await InitializeAsync(app.Services, Console.Out);
            LogStep(log, "Start-up: initialized", started);
            // Inside the catch: a command's services are first built here (the theme, the media store…), and one that
            // finds its configuration wrong says so as the host's build would.
            scope = app.Services.CreateScope();
            commands = scope.ServiceProvider.GetServices<ICommand>().ToList();
        }
        catch (Exception e) when (e is DataMigrationException or InvalidOperationException or IOException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.UsageError;
        }

        using var commandScope = scope;
        var selected = commands.FirstOrDefault(c => string.Equals(c.Name, command, StringComparison.OrdinalIgnoreCase));
        if (selected is null)
        {
            await Console.Error.WriteLineAsync($"error: unknown command '{command}'. Commands:");
            foreach (var c in commands.OrderBy(c => c.Name))
            {
                await Console.Error.WriteLineAsync($"  {c.Name} {c.Usage}");
            }
            return ExitCodes.UsageError;
        }
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };
        var ran = Stopwatch.StartNew();
        var exitCode = await selected.RunAsync(commandArgs, Console.Out, cancellation.Token);
        LogStep(log, $"Command {selected.Name} ran", ran);
        return exitCode;
    }

    /// <summary>
    /// A step's duration at Debug level, with the process's CPU time so far (steadier than durations on a busy machine)
    /// and what the JIT has compiled so far (much of a start-up's cost).
    /// </summary>
    private static void LogStep(ILogger log, string step, Stopwatch watch)
    {
        if (!log.IsEnabled(LogLevel.Debug)) return;
        log.LogDebug("{Step} in {Milliseconds} ms; CPU so far {CpuMilliseconds} ms, JIT so far {Methods} methods in {JitMilliseconds} ms", step,
            watch.ElapsedMilliseconds, (long)Environment.CpuUsage.TotalTime.TotalMilliseconds,
            System.Runtime.JitInfo.GetCompiledMethodCount(), (long)System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds);
    }

    /// <summary>
    /// The first argument that is not an option (<c>--key value</c> / <c>--key=value</c> pairs go to the host's
    /// configuration) names the command; everything after it belongs to the command.
    /// </summary>
    public static (string? Command, IReadOnlyList<string> CommandArgs, string[] HostArgs) SplitCommand(string[] args)
    {
        var host = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                host.Add(arg);
                if (!arg.Contains('=') && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    host.Add(args[++i]);
                }
                continue;
            }
            return (arg, args[(i + 1)..], host.ToArray());
        }
        return (null, [], host.ToArray());
    }
}
