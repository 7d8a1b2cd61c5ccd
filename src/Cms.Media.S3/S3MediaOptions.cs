using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Cms.Media.S3;

/// <summary>
/// <c>Cms:Media:Provider</c> = <c>FileSystem</c> (default) or <c>S3</c>; with S3, <c>Cms:Media:S3:ServiceUrl</c> (the
/// endpoint of an S3-compatible store; empty for AWS, then <c>Region</c> chooses it), <c>Bucket</c>, <c>Region</c>
/// (default <c>us-east-1</c> with a service URL), <c>AccessKey</c> and <c>SecretKey</c> (both, or neither for the
/// SDK's own credential chain), <c>PathStyle</c> (<c>true</c> for MinIO-like stores that have no bucket sub-domains).
/// Media are the objects under <c>media/</c>, uploads waiting for confirmation those under <c>private/</c>.
/// </summary>
public sealed partial class S3MediaOptions
{
    public const string ProviderKey = "Cms:Media:Provider";
    public const string Section = "Cms:Media:S3";
    public const string MediaPrefix = "media/";
    public const string PrivatePrefix = "private/";

    public string? ServiceUrl { get; init; }
    public required string Bucket { get; init; }
    public required string Region { get; init; }
    public string? AccessKey { get; init; }
    public string? SecretKey { get; init; }
    public bool PathStyle { get; init; }

    /// <summary>The S3 settings when <c>Cms:Media:Provider</c> is <c>S3</c>, null for the file system; throws naming the key at fault.</summary>
    public static S3MediaOptions? FromConfiguration(IConfiguration configuration)
    {
        var provider = configuration[ProviderKey]?.Trim();
        if (string.IsNullOrEmpty(provider) || provider.Equals("FileSystem", StringComparison.OrdinalIgnoreCase)) return null;
        if (!provider.Equals("S3", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Configuration '{ProviderKey}' = '{provider}' is not a media provider: use 'FileSystem' or 'S3'.");
        }

        var serviceUrl = Value(configuration, "ServiceUrl");
        if (serviceUrl is not null && (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            throw Error("ServiceUrl", serviceUrl, "is not an absolute http or https URL (e.g. https://s3.fr-par.scw.cloud).");
        }
        var region = Value(configuration, "Region");
        if (serviceUrl is null && region is null)
        {
            throw new InvalidOperationException($"Configuration '{ProviderKey}' is 'S3' but neither '{Section}:ServiceUrl' nor '{Section}:Region' is set: say where the store is.");
        }
        if (region is not null && !RegionPattern().IsMatch(region))
        {
            throw Error("Region", region, "is not a region name (e.g. fr-par, eu-west-3).");
        }

        var bucket = Value(configuration, "Bucket")
            ?? throw new InvalidOperationException($"Configuration '{ProviderKey}' is 'S3' but '{Section}:Bucket' is empty: name the bucket.");
        if (!BucketPattern().IsMatch(bucket) || bucket.Contains(".."))
        {
            throw Error("Bucket", bucket, "is not a bucket name (3 to 63 lower-case letters, digits, '.' and '-').");
        }

        var accessKey = Value(configuration, "AccessKey");
        var secretKey = Value(configuration, "SecretKey");
        if ((accessKey is null) != (secretKey is null))
        {
            var missing = accessKey is null ? "AccessKey" : "SecretKey";
            throw new InvalidOperationException($"Configuration '{Section}:{missing}' is empty while the other key is set: give both, or neither for the SDK's credential chain.");
        }

        var pathStyleText = Value(configuration, "PathStyle");
        var pathStyle = false;
        if (pathStyleText is not null && !bool.TryParse(pathStyleText, out pathStyle))
        {
            throw Error("PathStyle", pathStyleText, "is not 'true' or 'false'.");
        }

        return new S3MediaOptions
        {
            ServiceUrl = serviceUrl, Bucket = bucket, Region = region ?? "us-east-1",
            AccessKey = accessKey, SecretKey = secretKey, PathStyle = pathStyle,
        };
    }

    private static string? Value(IConfiguration configuration, string name)
    {
        var value = configuration[$"{Section}:{name}"]?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static InvalidOperationException Error(string name, string value, string why) =>
        new($"Configuration '{Section}:{name}' = '{value}' {why}");

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketPattern();

    [GeneratedRegex("^[a-z0-9-]{2,40}$")]
    private static partial Regex RegionPattern();
}
