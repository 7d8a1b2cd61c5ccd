using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Cms.Abstractions.Media;
using Cms.Abstractions.Storage;

namespace Cms.Media.S3;

/// <summary>Shared private files as objects under the bucket's <c>private/</c> prefix, which <c>/media</c> never serves.</summary>
public sealed class S3SharedFileStore(IAmazonS3 client, S3MediaOptions options) : ISharedFileStore
{
    public async Task SaveAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        await using var spooled = content.CanSeek ? null : await S3Streams.SpoolAsync(content, cancellationToken);
        await client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = options.Bucket, Key = Key(path), InputStream = spooled ?? content, AutoCloseStream = false, UseChunkEncoding = false,
        }, cancellationToken);
    }

    public async Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            return (await client.GetObjectAsync(new GetObjectRequest { BucketName = options.Bucket, Key = Key(path) }, cancellationToken)).ResponseStream;
        }
        catch (AmazonServiceException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<MediaEntry>> ListFilesAsync(string folder, CancellationToken cancellationToken = default)
    {
        var prefix = Key(folder) + "/";
        var files = new List<MediaEntry>();
        string? continuation = null;
        do
        {
            var page = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = options.Bucket, Prefix = prefix, ContinuationToken = continuation }, cancellationToken);
            files.AddRange((page.S3Objects ?? []).Select(o => new MediaEntry(o.Key[S3MediaOptions.PrivatePrefix.Length..], false, o.Size ?? 0,
                o.LastModified?.ToUniversalTime() ?? DateTime.UnixEpoch)));
            continuation = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (continuation is not null);
        return files;
    }

    public async Task DeleteFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        foreach (var file in await ListFilesAsync(folder, cancellationToken))
        {
            await client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = options.Bucket, Key = S3MediaOptions.PrivatePrefix + file.Path }, cancellationToken);
        }
    }

    private static string Key(string path) => S3MediaOptions.PrivatePrefix + MediaStorePath.Normalize(path);
}
