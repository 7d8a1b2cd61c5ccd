using Cms.Data.Configuration;
using Microsoft.Extensions.Configuration;

namespace Cms.ContentManagement.Tests;

/// <summary>Database configuration: defaults, and clear errors naming the key at fault.</summary>
public sealed class ConfigurationTests
{
    private static CmsDataOptions Read(params (string Key, string Value)[] settings) =>
        CmsDataOptions.FromConfiguration(
            new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build(),
            contentRoot: "/srv/cms");

    [Fact]
    public void Defaults_to_sqlite_under_app_data_of_the_content_root()
    {
        var options = Read();
        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal(Path.GetFullPath("/srv/cms/App_Data"), options.DataDirectory);
        Assert.Equal($"Data Source={Path.GetFullPath("/srv/cms/App_Data/cms.db")}", options.ConnectionString);
        Assert.Equal(Path.GetFullPath("/srv/cms/App_Data/media"), options.MediaDirectory);
    }

    [Fact]
    public void Provider_name_is_case_insensitive_and_connection_string_is_kept()
    {
        var options = Read(("Cms:Database:Provider", "postgres"), ("ConnectionStrings:Cms", "Host=db;Database=cms"));
        Assert.Equal(DatabaseProvider.Postgres, options.Provider);
        Assert.Equal("Host=db;Database=cms", options.ConnectionString);
    }

    [Fact]
    public void Unknown_provider_names_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(("Cms:Database:Provider", "Oracle")));
        Assert.Contains("Cms:Database:Provider", error.Message);
        Assert.Contains("Oracle", error.Message);
    }

    [Fact]
    public void Postgres_without_connection_string_names_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(("Cms:Database:Provider", "Postgres")));
        Assert.Contains("ConnectionStrings:Cms", error.Message);
    }
}
