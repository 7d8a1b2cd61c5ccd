using Microsoft.Extensions.Configuration;

namespace Cms.ContentManagement.Scheduling;

/// <summary>How often the scheduler looks for due tasks when none is due sooner (<c>Cms:Scheduling:PollSeconds</c>, 1 to 30, default 30).</summary>
public sealed class PublishSchedulerOptions
{
    public const string PollSecondsKey = "Cms:Scheduling:PollSeconds";
    public const int MaxPollSeconds = 30;

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(MaxPollSeconds);

    /// <summary>Reads the options; a value out of range or not a number stops the program, naming the key.</summary>
    public static PublishSchedulerOptions FromConfiguration(IConfiguration configuration)
    {
        var text = configuration[PollSecondsKey];
        if (string.IsNullOrWhiteSpace(text)) return new PublishSchedulerOptions();
        if (!int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            || seconds < 1 || seconds > MaxPollSeconds)
        {
            throw new InvalidOperationException($"{PollSecondsKey} = '{text}': expected a whole number of seconds from 1 to {MaxPollSeconds}.");
        }
        return new PublishSchedulerOptions { PollInterval = TimeSpan.FromSeconds(seconds) };
    }
}
