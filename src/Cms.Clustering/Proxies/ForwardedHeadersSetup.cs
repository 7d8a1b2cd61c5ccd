using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;

namespace Cms.Clustering.Proxies;

/// <summary>
/// <c>Cms:ForwardedHeaders:KnownProxies</c> (IP addresses) and <c>KnownNetworks</c> (CIDR, e.g. <c>10.0.0.0/8</c>),
/// each a comma-separated list or an array: <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are honoured from
/// those addresses only, so links, redirects, secure cookies and HSTS use the public scheme. Nothing configured:
/// the headers are ignored, as before. The proxy must pass the public <c>Host</c> header on (nginx:
/// <c>proxy_set_header Host $host</c>).
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "Cms:ForwardedHeaders";

    /// <summary>The options, or null when no proxy is configured. Throws naming the key on a bad address.</summary>
    public static ForwardedHeadersOptions? FromConfiguration(IConfiguration configuration)
    {
        var proxies = Values(configuration, "KnownProxies");
        var networks = Values(configuration, "KnownNetworks");
        if (proxies.Count == 0 && networks.Count == 0) return null;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            if (!IPAddress.TryParse(proxy, out var address))
            {
                throw new InvalidOperationException($"Configuration '{Section}:KnownProxies': '{proxy}' is not an IP address.");
            }
            options.KnownProxies.Add(address);
        }
        foreach (var network in networks)
        {
            if (!System.Net.IPNetwork.TryParse(network, out var parsed))
            {
                throw new InvalidOperationException($"Configuration '{Section}:KnownNetworks': '{network}' is not a network (e.g. 10.0.0.0/8).");
            }
            options.KnownIPNetworks.Add(parsed);
        }
        return options;
    }

    private static List<string> Values(IConfiguration configuration, string name)
    {
        var section = configuration.GetSection(Section).GetSection(name);
        var items = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return items.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
    }
}
