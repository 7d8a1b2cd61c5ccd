using System.Diagnostics;

namespace ImportBench;

/// <summary>
/// The anchor: Hugo (the Debian package) building the very same documents into a site, in the same run. A minimal
/// theme (a title and the rendered Markdown per page, a list page), no taxonomies, every document built (future, draft
/// and expired ones too, as the import takes them all): what Hugo spends is reading, front
/// matter, Markdown and writing pages.
/// </summary>
internal static class HugoAnchor
{
    /// <summary>
    /// Seconds Hugo took to build <paramref name="documents"/> into a site and the CPU seconds it used (user and system,
    /// from <c>getrusage(RUSAGE_CHILDREN)</c>; null elsewhere than Linux), or null (with the reason printed) when it cannot run.
    /// </summary>
    public static (double Seconds, double? Cpu)? Build(string documents)
    {
        var site = Path.Combine(Path.GetDirectoryName(documents)!, "hugo");
        var content = Path.Combine(site, "content", "evenements");
        Directory.CreateDirectory(content);
        foreach (var file in Directory.EnumerateFiles(documents))
        {
            // Hugo takes .md files; the text is the same.
            File.Copy(file, Path.Combine(content, Path.GetFileNameWithoutExtension(file) + ".md"));
        }
        File.WriteAllText(Path.Combine(site, "config.toml"),
            "baseURL = 'http://localhost/'\ntitle = 'bench'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT']\n");
        var layouts = Path.Combine(site, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "single.html"), "<!doctype html><html lang=\"fr\"><title>{{ .Title }}</title><main><h1>{{ .Title }}</h1>{{ .Content }}</main></html>\n");
        File.WriteAllText(Path.Combine(layouts, "list.html"), "<!doctype html><html lang=\"fr\"><title>{{ .Title }}</title><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></html>\n");

        var start = new ProcessStartInfo("hugo", ["--quiet", "--buildFuture", "--buildDrafts", "--buildExpired", "--source", site, "--destination", Path.Combine(site, "public")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var cpu = ChildrenCpuSeconds();
        var clock = Stopwatch.StartNew();
        Process? hugo;
        try
        {
            hugo = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine("  hugo not found: apt-get install -y hugo");
            return null;
        }
        var errors = hugo!.StandardError.ReadToEndAsync();
        hugo.StandardOutput.ReadToEnd();
        hugo.WaitForExit();
        clock.Stop();
        var cpuAfter = ChildrenCpuSeconds();
        if (hugo.ExitCode != 0)
        {
            Console.WriteLine($"  hugo failed ({hugo.ExitCode}): {errors.Result.Trim()}");
            return null;
        }
        var section = Path.Combine(site, "public", "evenements");
        var pages = Directory.EnumerateDirectories(section).Count(d => File.Exists(Path.Combine(d, "index.html")));
        Console.WriteLine($"  hugo: {pages} event pages written");
        return (clock.Elapsed.TotalSeconds, cpuAfter - cpu);
    }

    /// <summary>CPU seconds (user and system) of this process' waited-for children, on Linux; null elsewhere.</summary>
    internal static double? ChildrenCpuSeconds()
    {
        if (!OperatingSystem.IsLinux()) return null;
        var usage = new long[18];
        return GetRusage(-1 /* RUSAGE_CHILDREN */, usage) == 0 ? usage[0] + usage[1] / 1e6 + usage[2] + usage[3] / 1e6 : null;
    }

    // struct rusage on 64-bit Linux: ru_utime and ru_stime (timeval: seconds, microseconds), then 14 longs.
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, long[] usage);
}
