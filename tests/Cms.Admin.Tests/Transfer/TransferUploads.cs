using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using Cms.Admin.Tests.Support;
using Microsoft.AspNetCore.TestHost;

namespace Cms.Admin.Tests.Transfer;

/// <summary>Zips built in memory and multipart uploads to the import page, as a browser would send them.</summary>
public static class TransferUploads
{
    /// <summary>The reference document (the shared seed) as a Jekyll file.</summary>
    public static string SeedText => File.ReadAllText(SharedFile("seed/000_7d2a24cb73087922.txt"));

    public static byte[] SeedImage => File.ReadAllBytes(AdminSite.RepositoryFile("recipes/media/uploads/1500-500-max bis.jpg"));

    public const string BrokenDocument = "---\ntitle: Document cassé\nevent_start_date: 2024-05-01 09:00:00 +02:00\nlieu: [non fermé\n---\nCorps.\n";

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Fastest);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }
        return memory.ToArray();
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Posts <paramref name="content"/> as the page's file field (with the page's antiforgery token).</summary>
    public static async Task<(System.Net.HttpStatusCode Status, string Html)> UploadAsync(TestServer server, AdminClient client, string fileName, byte[] content)
    {
        var (_, page) = await client.GetPageAsync("/admin/import");
        using var http = new HttpClient(client.Cookies, disposeHandler: false) { BaseAddress = server.BaseAddress };
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload", fileName);
        form.Add(new StringContent(AdminClient.Token(page)), "__RequestVerificationToken");
        using var response = await http.PostAsync("/admin/import?handler=Analyze", form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts « Lancer l'import » (or « Annuler ») with the token found in <paramref name="dryRunHtml"/>.</summary>
    public static async Task<(System.Net.HttpStatusCode Status, string Html)> RunAsync(AdminClient client, string dryRunHtml, string handler = "Run", string? token = null)
    {
        token ??= AdminClient.InputValue(dryRunHtml, "Token") ?? throw new InvalidOperationException("pas de jeton dans la page");
        using var response = await client.PostAsync($"/admin/import?handler={handler}", dryRunHtml, ("Token", token));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static string SharedFile(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", relative);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"shared/{relative} not found above {AppContext.BaseDirectory}.");
    }
}
