namespace Cms.Abstractions.Modules;

/// <summary>
/// Work the host does at start, after schema and data migrations, before serving or running a command:
/// e.g. the setup recipe and the first administrator when the database was just created. Tasks run in module order
/// (a module's tasks after those of the modules it depends on), then in registration order.
/// </summary>
public interface IStartupTask
{
    Task RunAsync(StartupContext context, CancellationToken cancellationToken);
}

public sealed record StartupContext(bool DatabaseCreated, TextWriter Output, string ContentRoot);
