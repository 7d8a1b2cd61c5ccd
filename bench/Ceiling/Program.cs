// The ceiling of any ASP.NET Core page on this machine: Kestrel writing the same bytes from memory, nothing else.
// Usage: Ceiling --port <port> --pages <folder>   (the folder holds pages.tsv: "<path>\t<file>\t<content type>" lines)
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var port = int.Parse(Option("--port") ?? throw new ArgumentException("--port <port> is required"), CultureInfo.InvariantCulture);
var folder = Option("--pages") ?? throw new ArgumentException("--pages <folder> is required");
var pages = new Dictionary<string, (byte[] Body, string ContentType)>(StringComparer.Ordinal);
var lineNumber = 0;
foreach (var line in File.ReadAllLines(Path.Combine(folder, "pages.tsv")))
{
    lineNumber++;
    var parts = line.Split('\t');
    if (parts.Length != 3) throw new FormatException($"pages.tsv line {lineNumber}: expected <path>\\t<file>\\t<content type>");
    pages[parts[0]] = (File.ReadAllBytes(Path.Combine(folder, parts[1])), parts[2]);
}

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
var app = builder.Build();
app.Run(context =>
{
    if (!pages.TryGetValue(context.Request.Path.Value ?? "/", out var page))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
    context.Response.ContentType = page.ContentType;
    context.Response.ContentLength = page.Body.Length;
    return context.Response.Body.WriteAsync(page.Body).AsTask();
});
await app.StartAsync();
Console.WriteLine("ready");
await app.WaitForShutdownAsync();
