using Cms.Hosting;
using Cms.Media.S3;
using Microsoft.Extensions.Configuration;

namespace Cms.Cluster.Tests;

/// <summary>A bad S3 setting stops the start with a message naming the key; no provider keeps the file system.</summary>
public sealed class S3ConfigurationTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static readonly (string, string)[] Valid =
    [
        ("Cms:Media:Provider", "S3"), ("Cms:Media:S3:ServiceUrl", "http://127.0.0.1:9000"), ("Cms:Media:S3:Bucket", "cms-media"),
        ("Cms:Media:S3:AccessKey", "key"), ("Cms:Media:S3:SecretKey", "secret"), ("Cms:Media:S3:PathStyle", "true"),
    ];

    [Fact]
    public void No_provider_or_FileSystem_means_no_S3()
    {
        Assert.Null(S3MediaOptions.FromConfiguration(Configuration()));
        Assert.Null(S3MediaOptions.FromConfiguration(Configuration(("Cms:Media:Provider", "filesystem"))));
        var options = S3MediaOptions.FromConfiguration(Configuration(Valid))!;
        Assert.Equal(("cms-media", "us-east-1", true), (options.Bucket, options.Region, options.PathStyle));
    }

    [Theory]
    [InlineData("Cms:Media:Provider", "Azure", "'Cms:Media:Provider' = 'Azure'")]
    [InlineData("Cms:Media:S3:ServiceUrl", "s3.local:9000", "'Cms:Media:S3:ServiceUrl' = 's3.local:9000'")]
    [InlineData("Cms:Media:S3:Bucket", "", "'Cms:Media:S3:Bucket' is empty")]
    [InlineData("Cms:Media:S3:Bucket", "Mon_Bucket", "'Cms:Media:S3:Bucket' = 'Mon_Bucket'")]
    [InlineData("Cms:Media:S3:SecretKey", "", "'Cms:Media:S3:SecretKey' is empty")]
    [InlineData("Cms:Media:S3:PathStyle", "oui", "'Cms:Media:S3:PathStyle' = 'oui'")]
    [InlineData("Cms:Media:S3:Region", "Paris France", "'Cms:Media:S3:Region' = 'Paris France'")]
    public void A_bad_value_names_its_key(string key, string value, string expected)
    {
        var values = Valid.Where(v => v.Item1 != key).Append((key, value)).ToArray();
        var error = Assert.Throws<InvalidOperationException>(() => S3MediaOptions.FromConfiguration(Configuration(values)));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Neither_an_endpoint_nor_a_region_is_refused()
    {
        var values = Valid.Where(v => v.Item1 != "Cms:Media:S3:ServiceUrl").ToArray();
        var error = Assert.Throws<InvalidOperationException>(() => S3MediaOptions.FromConfiguration(Configuration(values)));
        Assert.Contains("'Cms:Media:S3:ServiceUrl'", error.Message);
    }

    [Fact]
    public void The_site_does_not_start_with_a_bad_bucket_and_says_which_key()
    {
        var directory = TestDirectory.NewPath("cms-s3-bad");
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => CmsHost.Build(
                ["--urls", "http://127.0.0.1:0", $"--Cms:DataDirectory={directory}", "--Cms:Media:Provider=S3",
                 "--Cms:Media:S3:ServiceUrl=http://127.0.0.1:9", "--Cms:Media:S3:Bucket=A"]));
            Assert.Contains("'Cms:Media:S3:Bucket' = 'A'", error.Message);
        }
        finally
        {
            TestDirectory.Delete(directory);
        }
    }
}
