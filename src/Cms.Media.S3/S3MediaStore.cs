using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Cms.Abstractions.Media;
using Microsoft.AspNetCore.StaticFiles;

namespace Cms.Media.S3;

/// <summary>
/// The media store in an S3-compatible bucket: a file <c>uploads/a.jpg</c> is the object <c>media/uploads/a.jpg</c>,
/// a folder is a prefix (an empty folder is kept by a zero-byte marker object <c>media/uploads/</c>, as the AWS
/// console does). Same path rules as the file-system store (<see cref="MediaStorePath"/>). A write that must not
/// replace a file asks the store with <c>If-None-Match: *</c> after checking; a store that ignores the header leaves
/// only the moment between the check and the write open to a second writer.
/// </summary>
public sealed class S3MediaStore(IAmazonS3 client, S3MediaOptions options) : IMediaLibraryStore, IMediaStoreProbe
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public string Description => $"bucket '{options.Bucket}'" + (options.ServiceUrl is null ? $" ({options.Region})" : $" at {options.ServiceUrl}");

    public async Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default) =>
        await HeadAsync(FileKey(path), cancellationToken) is not null;

    public async Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await client.GetObjectAsync(new GetObjectRequest { BucketName = options.Bucket, Key = FileKey(path) }, cancellationToken);
            return response.ResponseStream;
        }
        catch (AmazonServiceException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task SaveAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var key = FileKey(path);
        if (await IsFolderAsync(key, cancellationToken)) throw new ArgumentException($"Media path '{path}' is a folder.", nameof(path));
        await PutAsync(key, content, ifNoneMatch: null, cancellationToken);
    }

    public async Task<bool> TryCreateAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var key = FileKey(path);
        if (await HeadAsync(key, cancellationToken) is not null || await IsFolderAsync(key, cancellationToken)) return false;
        try
        {
            await PutAsync(key, content, ifNoneMatch: "*", cancellationToken);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    public async Task CreateFolderAsync(string path, CancellationToken cancellationToken = default)
    {
        var key = FileKey(path);
        if (await HeadAsync(key, cancellationToken) is not null) throw new ArgumentException($"Media path '{path}' is a file.", nameof(path));
        if (await IsFolderAsync(key, cancellationToken)) return;
        await client.PutObjectAsync(new PutObjectRequest { BucketName = options.Bucket, Key = key + "/", ContentBody = "", UseChunkEncoding = false }, cancellationToken);
    }

    public async Task<MediaEntry?> GetEntryAsync(string path, CancellationToken cancellationToken = default)
    {
        var relative = MediaStorePath.Normalize(path);
        var key = S3MediaOptions.MediaPrefix + relative;
        if (await HeadAsync(key, cancellationToken) is { } file)
        {
            return new MediaEntry(relative, false, file.ContentLength, Utc(file.LastModified));
        }
        var first = await ListAsync(key + "/", delimiter: null, maxKeys: 1, cancellationToken);
        return first.S3Objects is { Count: > 0 } objects ? new MediaEntry(relative, true, 0, Utc(objects[0].LastModified)) : null;
    }

    public async Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var key = FileKey(path);
        if (await HeadAsync(key, cancellationToken) is null) return false;
        await client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = options.Bucket, Key = key }, cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<MediaEntry>> ListAsync(string folder = "", CancellationToken cancellationToken = default)
    {
        var relative = MediaStorePath.Normalize(folder, allowEmpty: true);
        var prefix = S3MediaOptions.MediaPrefix + (relative.Length == 0 ? "" : relative + "/");
        var folders = new SortedDictionary<string, MediaEntry>(StringComparer.Ordinal);
        var files = new SortedDictionary<string, MediaEntry>(StringComparer.Ordinal);
        string? continuation = null;
        do
        {
            var page = await ListAsync(prefix, "/", 1000, cancellationToken, continuation);
            foreach (var common in page.CommonPrefixes ?? [])
            {
                var name = common[prefix.Length..].TrimEnd('/');
                if (name.Length > 0) folders[name] = new MediaEntry(MediaStorePath.Join(relative, name), true, 0, DateTime.UnixEpoch);
            }
            foreach (var item in page.S3Objects ?? [])
            {
                var name = item.Key[prefix.Length..];
                // The folder's own marker, and any key a path rule would refuse, are not files of the library.
                if (name.Length == 0 || name.EndsWith('/') || !IsStorePath(MediaStorePath.Join(relative, name))) continue;
                files[name] = new MediaEntry(MediaStorePath.Join(relative, name), false, item.Size ?? 0, Utc(item.LastModified));
            }
            continuation = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (continuation is not null);
        return [.. folders.Values, .. files.Values];
    }

    public string PublicUrl(string path) => MediaStorePath.PublicUrl(path);

    /// <summary>Lists one key of the bucket: it exists, answers and accepts these credentials.</summary>
    public async Task ProbeAsync(CancellationToken cancellationToken = default) =>
        await ListAsync(S3MediaOptions.MediaPrefix, delimiter: null, maxKeys: 1, cancellationToken);

    private static string FileKey(string path) => S3MediaOptions.MediaPrefix + MediaStorePath.Normalize(path);

    private async Task PutAsync(string key, Stream content, string? ifNoneMatch, CancellationToken cancellationToken)
    {
        // The SDK needs the length up front: a stream that cannot seek is spooled to a temporary file first.
        await using var spooled = content.CanSeek ? null : await S3Streams.SpoolAsync(content, cancellationToken);
        var request = new PutObjectRequest
        {
            BucketName = options.Bucket,
            Key = key,
            InputStream = spooled ?? content,
            AutoCloseStream = false,
            // One signed body rather than aws-chunked frames, which some S3-compatible stores keep as the content.
            UseChunkEncoding = false,
            ContentType = ContentTypes.TryGetContentType(key, out var type) ? type : "application/octet-stream",
        };
        if (ifNoneMatch is not null) request.IfNoneMatch = ifNoneMatch;
        await client.PutObjectAsync(request, cancellationToken);
    }

    private async Task<GetObjectMetadataResponse?> HeadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = options.Bucket, Key = key }, cancellationToken);
        }
        catch (AmazonServiceException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task<bool> IsFolderAsync(string key, CancellationToken cancellationToken) =>
        (await ListAsync(key + "/", delimiter: null, maxKeys: 1, cancellationToken)).S3Objects is { Count: > 0 };

    private Task<ListObjectsV2Response> ListAsync(string prefix, string? delimiter, int maxKeys, CancellationToken cancellationToken, string? continuation = null) =>
        client.ListObjectsV2Async(new ListObjectsV2Request
        {
            BucketName = options.Bucket, Prefix = prefix, Delimiter = delimiter, MaxKeys = maxKeys, ContinuationToken = continuation,
        }, cancellationToken);

    private static bool IsStorePath(string path)
    {
        try
        {
            MediaStorePath.Normalize(path);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static DateTime Utc(DateTime? value) => value is { } v ? v.ToUniversalTime() : DateTime.UnixEpoch;
}
