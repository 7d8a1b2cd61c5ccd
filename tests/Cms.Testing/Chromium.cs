namespace Cms.Testing;

/// <summary>
/// The Chromium the browser tests drive with Playwright: Debian's (<c>/usr/bin/chromium</c>) or the one named by
/// <c>CMS_CHROMIUM</c>, headless, with the switches that keep it quiet and offline. Without it the tests are
/// skipped, and fail when <c>CI</c> is set. Kept free of Playwright's types so that projects without browser tests
/// do not carry its driver; a test builds <c>BrowserTypeLaunchOptions</c> from <see cref="ExecutablePath"/> and
/// <see cref="Args"/>.
/// </summary>
public static class Chromium
{
    public const string Variable = "CMS_CHROMIUM";

    public static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static string ExecutablePath => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    /// <summary>Why browser tests cannot run here (null when they can); throws when <c>CI</c> is set.</summary>
    public static string? Unavailable()
    {
        if (File.Exists(ExecutablePath)) return null;
        var message = $"Chromium not found at {ExecutablePath} (apt-get install -y chromium, or set {Variable}).";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))) throw new InvalidOperationException(message + " Browser tests cannot be skipped on CI.");
        return message + " Browser tests skipped.";
    }
}
