using Cms.Display.Liquid;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.MediaProfiles.Services;

/// <summary>
/// Orchard's <c>resize_url</c>: <c>{{ 'uploads/a.jpg' | asset_url | resize_url: profile: 'banner' }}</c>, or
/// <c>resize_url: width: 100, height: 240, mode: 'crop'</c> (also positional: width, height, mode), with
/// <c>quality</c>, <c>format</c> and <c>bgcolor</c>. It gives a signed URL of the resized image (see
/// <see cref="ResizedImages"/>); an unknown profile, a size out of bounds, an external URL or a missing file give the
/// image's URL unchanged. And <c>asset_url</c>: a media path to its public URL (<c>~/x</c> to <c>/x</c>).
/// </summary>
public sealed class ResizeUrlFilters : ILiquidFilters
{
    private const string MediaPrefix = "/media/";

    public void Register(TemplateOptions options)
    {
        options.Filters.AddFilter("asset_url", (input, _, context) =>
        {
            var value = input.ToStringValue();
            if (value.StartsWith("~/", StringComparison.Ordinal)) return new ValueTask<FluidValue>(new StringValue(value[1..]));
            var resolver = LiquidServices.From(context).GetService<Cms.Display.Markdown.MediaUrlResolver>() ?? new Cms.Display.Markdown.MediaUrlResolver();
            return new ValueTask<FluidValue>(new StringValue(resolver.Resolve(value) ?? ""));
        });
        options.Filters.AddFilter("resize_url", async (input, arguments, context) =>
        {
            var url = input.ToStringValue();
            return new StringValue(await ResizeAsync(url, arguments, context) ?? url);
        });
    }

    private static async Task<string?> ResizeAsync(string url, FilterArguments arguments, TemplateContext context)
    {
        if (StorePath(url) is not { } storePath) return null;
        var services = LiquidServices.From(context);
        // A profile's commands, then Orchard's arguments over them (the Agency theme writes `profile: 'medium', mode: 'stretch'`).
        var commands = new ResizeCommands(null, null, ResizeMode.Undefined, ImageFormat.Undefined, null, null, "");
        if (arguments["profile"] is { } named && !named.IsNil())
        {
            var profile = await services.GetRequiredService<MediaProfileStore>().FindAsync(named.ToStringValue(), default);
            if (profile is null) return null;
            commands = ResizeCommands.From(profile, "");
        }
        commands = new ResizeCommands(
            Number(arguments, "width", 0) ?? commands.Width, Number(arguments, "height", 1) ?? commands.Height,
            Enum<ResizeMode>(arguments, "mode", 2) is var mode && mode != ResizeMode.Undefined ? mode : commands.Mode,
            Enum<ImageFormat>(arguments, "format", 4) is var format && format != ImageFormat.Undefined ? format : commands.Format,
            Number(arguments, "quality", 3) ?? commands.Quality,
            arguments["bgcolor"] is { } c && !c.IsNil() ? c.ToStringValue().TrimStart('#') : commands.BackgroundColor, "");
        var images = services.GetRequiredService<ResizedImages>();
        if (!commands.IsValid || await images.VersionAsync(storePath, default) is not { } version) return null;
        return await images.UrlAsync(MediaPrefix + string.Join('/', storePath.Split('/').Select(Uri.EscapeDataString)), storePath, commands with { Version = version }, default);
    }

    /// <summary>The media store path of a URL of <c>/media/…</c> or of a bare store path; null for anything else.</summary>
    public static string? StorePath(string url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Contains("://", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal)) return null;
        var path = url.Trim();
        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0) path = path[..cut];
        if (path.StartsWith(MediaPrefix, StringComparison.OrdinalIgnoreCase)) path = path[MediaPrefix.Length..];
        else if (path.StartsWith('/')) return null;
        try { path = Uri.UnescapeDataString(path); } catch (UriFormatException) { return null; }
        return path.Length == 0 || path.Split('/').Any(s => s is "" or "." or "..") || path.Any(char.IsControl) ? null : path;
    }

    private static int? Number(FilterArguments arguments, string name, int position)
    {
        var value = arguments[name] is { } v && !v.IsNil() ? v : arguments.Names.Any() ? NilValue.Instance : arguments.At(position);
        return value.IsNil() ? null : (int)value.ToNumberValue();
    }

    private static T Enum<T>(FilterArguments arguments, string name, int position) where T : struct, System.Enum
    {
        var value = arguments[name] is { } v && !v.IsNil() ? v : arguments.Names.Any() ? NilValue.Instance : arguments.At(position);
        return !value.IsNil() && System.Enum.TryParse<T>(value.ToStringValue(), ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) ? parsed : default;
    }
}
