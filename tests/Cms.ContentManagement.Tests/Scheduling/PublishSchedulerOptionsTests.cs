using Cms.ContentManagement.Scheduling;
using Microsoft.Extensions.Configuration;

namespace Cms.ContentManagement.Tests.Scheduling;

public class PublishSchedulerOptionsTests
{
    [Fact]
    public void Polls_every_30_seconds_unless_configured()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), PublishSchedulerOptions.FromConfiguration(Configuration(null)).PollInterval);
        Assert.Equal(TimeSpan.FromSeconds(5), PublishSchedulerOptions.FromConfiguration(Configuration("5")).PollInterval);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("31")]
    [InlineData("trente")]
    public void A_poll_interval_out_of_range_stops_the_program_naming_the_key(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PublishSchedulerOptions.FromConfiguration(Configuration(value)));
        Assert.Contains(PublishSchedulerOptions.PollSecondsKey, error.Message);
        Assert.Contains(value, error.Message);
    }

    private static IConfiguration Configuration(string? pollSeconds) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [PublishSchedulerOptions.PollSecondsKey] = pollSeconds }).Build();
}
