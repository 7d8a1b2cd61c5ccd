namespace Cms.Sitemaps;

/// <summary>robots.txt: every crawler may read the site except the back office; points to the sitemap.</summary>
public static class RobotsTxt
{
    public const string Path = "/robots.txt";

    public static string Write(string sitemapUrl) =>
        "User-agent: *\n" +
        "Allow: /\n" +
        "Disallow: /admin\n" +
        "\n" +
        $"Sitemap: {sitemapUrl}\n";
}
