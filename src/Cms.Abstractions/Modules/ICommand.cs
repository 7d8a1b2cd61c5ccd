namespace Cms.Abstractions.Modules;

/// <summary>
/// A command of the host program (<c>dotnet run --project src/Cms.Web -- NAME args…</c>). Exit codes: 0 everything
/// went in, 1 some documents were refused, 2 usage or configuration error.
/// </summary>
public interface ICommand
{
    string Name { get; }
    /// <summary>One line: arguments and what it does.</summary>
    string Usage { get; }
    Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken);
}

/// <summary>
/// Registered when the process runs a command instead of serving the site: its hosted services never start, and it
/// exits when the command returns without closing the host's singletons.
/// </summary>
public sealed record CommandRun(string Name);

public static class ExitCodes
{
    public const int Success = 0;
    public const int SomeRefused = 1;
    public const int UsageError = 2;
}
