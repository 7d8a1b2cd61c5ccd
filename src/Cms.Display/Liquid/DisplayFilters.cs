using System.Globalization;
using Cms.Abstractions.Display;
using Cms.Display.Markdown;
using Fluid;
using Fluid.Values;

namespace Cms.Display.Liquid;

/// <summary>
/// The filters Cms.Display gives templates: <c>markdownify</c> (Markdown → sanitized HTML, output with <c>| raw</c>),
/// <c>plain</c> (Markdown → text), <c>media_url</c> (store path → public URL), <c>url_encode</c>, <c>safe_url</c> (an editor-given URL, emptied unless http(s), mailto, tel or relative) and
/// <c>date_fr</c> (a UTC date shown in the site's time zone — the template context's — in French, with an optional .NET format).
/// </summary>
public static class DisplayFilters
{
    public const string MarkdownKey = "Cms.Markdown";
    public const string MediaKey = "Cms.Media";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static void Register(TemplateOptions options)
    {
        options.Filters.AddFilter("markdownify", (input, _, context) =>
            new ValueTask<FluidValue>(new StringValue(Markdown(context).ToHtml(input.ToStringValue()), encode: false)));
        options.Filters.AddFilter("plain", (input, _, context) =>
            new ValueTask<FluidValue>(new StringValue(Markdown(context).ToPlainText(input.ToStringValue()))));
        options.Filters.AddFilter("media_url", (input, _, context) =>
            new ValueTask<FluidValue>(new StringValue(Media(context).Resolve(input.ToStringValue()) ?? "")));
        options.Filters.AddFilter("url_encode", (input, _, _) =>
            new ValueTask<FluidValue>(new StringValue(Uri.EscapeDataString(input.ToStringValue()))));
        options.Filters.AddFilter("safe_url", (input, _, _) =>
            new ValueTask<FluidValue>(new StringValue(SafeUrl(input.ToStringValue()))));
        options.Filters.AddFilter("date_fr", (input, arguments, context) =>
        {
            var format = arguments.At(0).IsNil() ? "d MMMM yyyy" : arguments.At(0).ToStringValue();
            if (!TryGetUtc(input, out var utc)) return new ValueTask<FluidValue>(NilValue.Instance);
            var local = TimeZoneInfo.ConvertTimeFromUtc(utc, context.TimeZone);
            return new ValueTask<FluidValue>(new StringValue(local.ToString(format, French)));
        });
    }

    /// <summary>The URL when it is relative or http(s)/mailto/tel, else an empty string (no <c>javascript:</c>, <c>data:</c>…).</summary>
    public static string SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return "";
        var trimmed = url.Trim();
        if (trimmed.Any(char.IsControl)) return "";
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && !trimmed.StartsWith('/'))
        {
            return absolute.Scheme is "http" or "https" or "mailto" or "tel" ? trimmed : "";
        }
        // Relative: refuse anything that a browser could read as a scheme ("javascript:…" with odd characters).
        return trimmed.Contains(':') && trimmed.IndexOf(':') < (trimmed.IndexOfAny(['/', '?', '#']) is var i && i >= 0 ? i : int.MaxValue) ? "" : trimmed;
    }

    private static bool TryGetUtc(FluidValue input, out DateTime utc)
    {
        switch (input.ToObjectValue())
        {
            case DateTime dt:
                utc = dt.Kind == DateTimeKind.Local ? dt.ToUniversalTime() : DateTime.SpecifyKind(dt, DateTimeKind.Utc);
                return true;
            case DateTimeOffset dto:
                utc = dto.UtcDateTime;
                return true;
        }
        if (DateTimeOffset.TryParse(input.ToStringValue(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            utc = parsed.UtcDateTime;
            return true;
        }
        utc = default;
        return false;
    }

    private static IMarkdownService Markdown(TemplateContext context) =>
        context.AmbientValues.TryGetValue(MarkdownKey, out var service) && service is IMarkdownService markdown
            ? markdown
            : throw new InvalidOperationException("The markdownify and plain filters need the Markdown service in the template context.");

    private static MediaUrlResolver Media(TemplateContext context) =>
        context.AmbientValues.TryGetValue(MediaKey, out var media) && media is MediaUrlResolver resolver ? resolver : new MediaUrlResolver();
}
