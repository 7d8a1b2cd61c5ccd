namespace Cms.Abstractions.Modules;

/// <summary>
/// Work the host does at start, after schema and data migrations, before serving or running a command:
/// e.g. the setup recipe and the first administrator when the database was just created.
/// </summary>
public interface IStartupTask
{
    int Order { get; }
    Task RunAsync(StartupContext context, CancellationToken cancellationToken);
}

public sealed record StartupContext(bool DatabaseCreated, TextWriter Output, string ContentRoot);
