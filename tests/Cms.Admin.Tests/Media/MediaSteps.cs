using System.Net;
using System.Net.Http.Headers;
using Cms.Abstractions.Media;
using Cms.Admin.Tests.Support;
using Cms.Data;
using Cms.Data.Entities;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.Tests.Media;

/// <summary>What an editor does in the media library, as a browser would (multipart forms, the session's cookies).</summary>
public static class MediaSteps
{
    /// <summary>Posts the upload form of the library page of <paramref name="folder"/> with <paramref name="files"/>; the response is not followed.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this AdminClient client, TestServer server, string folder, bool json, params (string Name, byte[] Content)[] files)
    {
        var (status, html) = await client.GetPageAsync("/admin/medias");
        Assert.Equal(HttpStatusCode.OK, status);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(AdminClient.Token(html)), "__RequestVerificationToken" },
            { new StringContent(folder), "dossier" },
        };
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            if (name.Any(char.IsControl))
            {
                // HttpClient refuses a control character in filename=; filename* (RFC 5987) carries it, as a crafted request would.
                part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"fichiers\"", FileNameStar = name };
                form.Add(part);
            }
            else
            {
                form.Add(part, "fichiers", name);
            }
        }
        using var http = new HttpClient(client.Cookies, disposeHandler: false) { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/medias/televerser") { Content = form };
        if (json) request.Headers.Accept.ParseAdd("application/json");
        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>Uploads one file and returns its store path (the upload must succeed).</summary>
    public static async Task<string> UploadOneAsync(this AdminClient client, TestServer server, string folder, string name, byte[] content)
    {
        using var response = await client.UploadAsync(server, folder, json: true, (name, content));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Upload refused ({(int)response.StatusCode}): {body}");
        var result = System.Text.Json.Nodes.JsonNode.Parse(body)!;
        Assert.Empty(result["errors"]!.AsArray());
        return result["uploaded"]![0]!["path"]!.GetValue<string>();
    }

    public static async Task<T> WithServicesAsync<T>(this AdminSite site, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = site.App.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    public static Task<bool> MediaExistsAsync(this AdminSite site, string path) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<IMediaStore>().ExistsAsync(path));

    /// <summary>Every file of the store, recursively.</summary>
    public static Task<List<string>> AllMediaAsync(this AdminSite site) => site.WithServicesAsync(async sp =>
    {
        var store = sp.GetRequiredService<IMediaStore>();
        var files = new List<string>();
        var pending = new Queue<string>([""]);
        while (pending.Count > 0)
        {
            foreach (var entry in await store.ListAsync(pending.Dequeue()))
            {
                if (entry.IsFolder) pending.Enqueue(entry.Path);
                else files.Add(entry.Path);
            }
        }
        return files;
    });

    public static Task<List<AuditTrailEvent>> AuditAsync(this AdminSite site, string kind) => site.WithServicesAsync(sp =>
        sp.GetRequiredService<CmsDbContext>().AuditTrail.AsNoTracking().Where(e => e.Kind == kind).ToListAsync());

    /// <summary>A file written straight into the store (as an import would), bypassing the upload checks.</summary>
    public static Task PutMediaAsync(this AdminSite site, string path, byte[] content) => site.WithServicesAsync(async sp =>
    {
        await sp.GetRequiredService<IMediaStore>().SaveAsync(path, new MemoryStream(content));
        return true;
    });
}
