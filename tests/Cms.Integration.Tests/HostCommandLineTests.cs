using Cms.Hosting;
using Microsoft.Extensions.Configuration;

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

    [Fact]
    public async Task A_commands_host_reads_its_configuration_files_once_and_the_sites_host_watches_them()
    {
        var data = Path.Combine(Path.GetTempPath(), $"cms-host-config-{Guid.NewGuid():N}");
        string[] args = ["--Cms:Database:Provider=Sqlite", $"--Cms:DataDirectory={data}"];
        try
        {
            await using (var command = CmsHost.BuildForCommand(args, "import"))
            {
                var files = FileProviders(command.Configuration);
                Assert.NotEmpty(files);
                Assert.All(files, file => Assert.False(file.Source.ReloadOnChange, file.Source.Path));
            }
            await using var site = CmsHost.Build(args);
            Assert.Contains(FileProviders(site.Configuration), file => file.Source.ReloadOnChange);
        }
        finally
        {
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }

    private static List<FileConfigurationProvider> FileProviders(IConfiguration configuration) =>
        ((IConfigurationRoot)configuration).Providers.OfType<FileConfigurationProvider>().ToList();
}
