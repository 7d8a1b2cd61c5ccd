using Cms.Hosting;

namespace Cms.Integration.Tests;

public class HostCommandLineTests
{
    [Fact]
    public void Options_before_the_command_go_to_the_host_and_the_rest_to_the_command()
    {
        var (command, commandArgs, hostArgs) = CmsHost.SplitCommand(
            ["--Cms:Database:Provider", "Sqlite", "--urls=http://127.0.0.1:0", "import", "folder", "--dry-run"]);

        Assert.Equal("import", command);
        Assert.Equal(["folder", "--dry-run"], commandArgs);
        Assert.Equal(["--Cms:Database:Provider", "Sqlite", "--urls=http://127.0.0.1:0"], hostArgs);
    }

    [Fact]
    public void No_command_means_serve()
    {
        var (command, commandArgs, hostArgs) = CmsHost.SplitCommand(["--urls", "http://127.0.0.1:5000"]);

        Assert.Null(command);
        Assert.Empty(commandArgs);
        Assert.Equal(["--urls", "http://127.0.0.1:5000"], hostArgs);
    }
}
