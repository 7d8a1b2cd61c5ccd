using System.Text;
using Cms.Data.Entities;

namespace Cms.Redirects.Services;

/// <summary>
/// CSV of redirects: header <c>source,destination</c> (an <c>origine</c> column is written on export and ignored on
/// import), comma or semicolon separated (the header says which), fields quoted with <c>"</c> when needed, UTF-8.
/// </summary>
public static class RedirectCsv
{
    public static byte[] Write(IEnumerable<Redirect> rows)
    {
        var text = new StringBuilder("source,destination,origine\r\n");
        foreach (var row in rows) text.Append(Quote(row.FromPath)).Append(',').Append(Quote(row.ToPath)).Append(',').Append(row.Origin).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The rows (line number, source, destination), or the error of the header.</summary>
    public static (List<(int Line, string From, string To)> Rows, string? Error) Read(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');
        var rows = new List<(int, string, string)>();
        if (lines.Length == 0 || lines[0].Trim().Length == 0) return (rows, "Fichier vide : la première ligne doit être « source,destination ».");
        var separator = lines[0].Contains(';') && !lines[0].Contains(',') ? ';' : ',';
        var header = Split(lines[0], separator).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var from = header.IndexOf("source");
        var to = header.IndexOf("destination");
        if (from < 0 || to < 0) return (rows, $"Ligne 1 : colonnes « source » et « destination » attendues (trouvé « {lines[0].Trim()} »).");
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var fields = Split(lines[i], separator);
            rows.Add((i + 1, fields.ElementAtOrDefault(from) ?? "", fields.ElementAtOrDefault(to) ?? ""));
        }
        return (rows, null);
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', ';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    private static List<string> Split(string line, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == separator) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
