using Amazon.Runtime;
using Amazon.S3;
using Cms.Abstractions.Media;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Media.S3;

/// <summary>
/// With <c>Cms:Media:Provider</c> = <c>S3</c>, the media store (and so <c>/media</c>, thumbnails, the library, recipes
/// and imports) is <see cref="S3MediaStore"/> and the uploads waiting for confirmation are in <see cref="S3SharedFileStore"/>; a bad setting stops the start with a message naming the key. Otherwise
/// nothing is registered and the file-system store stays.
/// </summary>
public sealed class S3MediaStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = S3MediaOptions.FromConfiguration(configuration);
        if (options is null) return;
        services.AddSingleton(options);
        services.AddSingleton<IAmazonS3>(_ => CreateClient(options));
        services.AddSingleton<S3MediaStore>();
        services.Replace(ServiceDescriptor.Singleton<IMediaStore>(sp => sp.GetRequiredService<S3MediaStore>()));
        services.Replace(ServiceDescriptor.Singleton<IMediaLibraryStore>(sp => sp.GetRequiredService<S3MediaStore>()));
        services.Replace(ServiceDescriptor.Singleton<ISharedFileStore, S3SharedFileStore>());
    }

    public static AmazonS3Client CreateClient(S3MediaOptions options)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.PathStyle,
            // Checksums only where S3 requires them: many S3-compatible stores refuse the SDK's default trailing checksums.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            Timeout = TimeSpan.FromSeconds(30),
            MaxErrorRetry = 2,
        };
        if (options.ServiceUrl is not null)
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        }
        return options.AccessKey is null
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }
}
