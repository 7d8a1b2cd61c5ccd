using Microsoft.Extensions.Configuration;

namespace Cms.Admin.SignIn;

/// <summary>
/// Limits of the sign-in page and of a session, from <c>Cms:Admin:SignIn:*</c>: attempts per minute from one address
/// and for one account name, and the absolute lifetime of a session whatever its activity.
/// </summary>
public sealed record SignInLimits
{
    public const string Section = "Cms:Admin:SignIn";

    /// <summary>Sign-in attempts (POST) per minute from one client address.</summary>
    public int PermitsPerIpPerMinute { get; init; } = 20;

    /// <summary>Sign-in attempts per minute for one account name, whoever sends them (existing account or not).</summary>
    public int PermitsPerAccountPerMinute { get; init; } = 10;

    /// <summary>Hours after sign-in at which a session ends even if it was used all along.</summary>
    public double SessionMaxHours { get; init; } = 12;

    public static SignInLimits FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var options = new SignInLimits
        {
            PermitsPerIpPerMinute = section.GetValue(nameof(PermitsPerIpPerMinute), 20),
            PermitsPerAccountPerMinute = section.GetValue(nameof(PermitsPerAccountPerMinute), 10),
            SessionMaxHours = section.GetValue(nameof(SessionMaxHours), 12.0),
        };
        if (options.PermitsPerIpPerMinute < 1 || options.PermitsPerAccountPerMinute < 1)
        {
            throw new InvalidOperationException($"{Section}:PermitsPerIpPerMinute and PermitsPerAccountPerMinute must be at least 1.");
        }
        if (!(options.SessionMaxHours > 0))
        {
            throw new InvalidOperationException($"{Section}:SessionMaxHours must be a positive number of hours.");
        }
        return options;
    }
}
