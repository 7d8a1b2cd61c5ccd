using System.Text;
using Cms.Abstractions.Text;

namespace Cms.ContentManagement.Handlers;

/// <summary>AutoroutePart paths: their normalized form.</summary>
public static class AutoroutePaths
{
    /// <summary>
    /// No leading or trailing '/', no empty segment, lowercase, accents folded, only <c>a-z 0-9 - _ .</c> in each
    /// segment (any other run becomes '-'); segments "." and ".." dropped.
    /// </summary>
    public static string Normalize(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return "";
        var segments = new List<string>();
        foreach (var raw in path.Split('/', '\\'))
        {
            var folded = TextNormalizer.Fold(raw.Trim()) ?? "";
            var builder = new StringBuilder(folded.Length);
            var dash = false;
            foreach (var c in folded)
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_' or '.' or '-')
                {
                    if (c == '-' && dash) continue;
                    builder.Append(c);
                    dash = c == '-';
                }
                else if (!dash && builder.Length > 0)
                {
                    builder.Append('-');
                    dash = true;
                }
            }
            var segment = builder.ToString().Trim('-');
            if (segment.Length == 0 || segment.Trim('.').Length == 0) continue;
            segments.Add(segment);
        }
        return string.Join('/', segments);
    }
}
