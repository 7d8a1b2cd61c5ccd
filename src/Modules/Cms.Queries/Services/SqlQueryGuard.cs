using System.Text;

namespace Cms.Queries.Services;

/// <summary>
/// What a stored SQL query may be, checked before it is saved and again before it runs: one statement, a
/// <c>SELECT</c> (or <c>WITH … SELECT</c>), naming no table but the index tables (<see cref="IndexTables"/>), no
/// system catalogue, no statement that writes, and parameters written <c>@name</c>. The database enforces the rest:
/// the query runs in a read-only transaction that is rolled back (<see cref="SqlQueryRunner"/>).
/// </summary>
public static class SqlQueryGuard
{
    /// <summary>The tables a query may read: the content index tables, as Orchard's queries read its own.</summary>
    public static readonly IReadOnlySet<string> IndexTables = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ContentItemIndex", "AutorouteIndex", "DateTimeFieldIndex", "ContentPickerFieldIndex", "NumericFieldIndex", "DateTimeRangeIndex",
    };

    public const int MaxLength = 20_000;

    private static readonly HashSet<string> Writing = new(StringComparer.OrdinalIgnoreCase)
    {
        "INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "DROP", "ALTER", "CREATE", "TRUNCATE", "ATTACH", "DETACH", "PRAGMA",
        "VACUUM", "REINDEX", "ANALYZE", "GRANT", "REVOKE", "COPY", "CALL", "EXEC", "EXECUTE", "DO", "LOCK", "INTO", "LISTEN",
        "NOTIFY", "LOAD", "SET", "RESET", "DISCARD", "PREPARE", "DEALLOCATE",
    };

    private static readonly string[] SystemPrefixes = ["sqlite_", "pg_", "information_schema", "lo_", "dblink", "current_setting", "set_config", "load_extension", "readfile", "writefile"];

    /// <summary>
    /// The French reason <paramref name="sql"/> may not run, or null. <paramref name="otherTables"/> are the database's
    /// tables and views: any of them that is not an index table is refused by name.
    /// </summary>
    public static string? Problem(string? sql, IReadOnlySet<string> otherTables, out IReadOnlyList<string> parameters)
    {
        parameters = [];
        if (string.IsNullOrWhiteSpace(sql)) return "La requête est vide.";
        if (sql.Length > MaxLength) return $"La requête dépasse {MaxLength} caractères.";
        if (Tokenize(sql, out var tokens) is { } syntax) return syntax;
        var words = tokens.Where(t => t.Kind == TokenKind.Word).ToList();
        if (words.Count == 0 || !(words[0].Text.Equals("SELECT", StringComparison.OrdinalIgnoreCase) || words[0].Text.Equals("WITH", StringComparison.OrdinalIgnoreCase)))
        {
            return "Une requête commence par SELECT (ou WITH … SELECT) : elle ne peut que lire.";
        }
        var semicolon = tokens.FindIndex(t => t.Kind == TokenKind.Semicolon);
        if (semicolon >= 0 && semicolon != tokens.Count - 1) return "Une seule instruction par requête : retirez ce qui suit le « ; ».";
        foreach (var token in tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.QuotedName))
        {
            if (token.Kind == TokenKind.Word && Writing.Contains(token.Text))
            {
                return $"« {token.Text.ToUpperInvariant()} » n'est pas permis : une requête ne peut que lire (ligne {token.Line}).";
            }
            if (SystemPrefixes.Any(p => token.Text.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                return $"« {token.Text} » n'est pas permis : une requête ne lit que les tables d'index (ligne {token.Line}).";
            }
            if (!IndexTables.Contains(token.Text) && otherTables.Contains(token.Text))
            {
                return $"La table « {token.Text} » n'est pas permise (ligne {token.Line}) : une requête ne lit que les tables d'index " +
                       $"({string.Join(", ", IndexTables.Order(StringComparer.Ordinal))}).";
            }
        }
        parameters = tokens.Where(t => t.Kind == TokenKind.Parameter).Select(t => t.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return null;
    }

    /// <summary>
    /// <paramref name="sql"/> with each unquoted word that names one of <paramref name="exactNames"/> (case-insensitively)
    /// quoted in its exact case: PostgreSQL folds unquoted names to lower case, and Orchard's queries write
    /// <c>ContentItemIndex</c> as it is spelt. Strings and comments are left as they are.
    /// </summary>
    public static string QuoteNames(string sql, IReadOnlyDictionary<string, string> exactNames)
    {
        if (Tokenize(sql, out var tokens) is not null) return sql;
        var quoted = new StringBuilder(sql.Length + 32);
        var at = 0;
        foreach (var token in tokens.Where(t => t.Kind == TokenKind.Word))
        {
            if (!exactNames.TryGetValue(token.Text, out var exact)) continue;
            quoted.Append(sql, at, token.Start - at).Append('"').Append(exact).Append('"');
            at = token.Start + token.Text.Length;
        }
        return quoted.Append(sql, at, sql.Length - at).ToString();
    }

    private enum TokenKind { Word, QuotedName, Parameter, Semicolon, Other }

    private sealed record Token(TokenKind Kind, string Text, int Line, int Start = 0);

    /// <summary>Words, quoted names, <c>@parameters</c> and semicolons; strings and comments skipped. The error names the line.</summary>
    private static string? Tokenize(string sql, out List<Token> tokens)
    {
        tokens = [];
        var line = 1;
        for (var i = 0; i < sql.Length;)
        {
            var c = sql[i];
            if (c == '\n') line++;
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '-' && At(sql, i + 1, '-'))
            {
                while (i < sql.Length && sql[i] != '\n') i++;
                continue;
            }
            if (c == '/' && At(sql, i + 1, '*'))
            {
                var end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) return $"Commentaire « /* » non fermé (ligne {line}).";
                line += sql.AsSpan(i, end - i).Count('\n');
                i = end + 2;
                continue;
            }
            if (c is '\'' or '"' or '`' or '[')
            {
                var close = c == '[' ? ']' : c;
                var start = i + 1;
                var text = new StringBuilder();
                var j = start;
                while (true)
                {
                    if (j >= sql.Length) return $"{(c == '\'' ? "Texte" : "Nom")} ouvert par {c} et non fermé (ligne {line}).";
                    if (sql[j] == close)
                    {
                        if (close != ']' && At(sql, j + 1, close)) { text.Append(close); j += 2; continue; }
                        break;
                    }
                    if (sql[j] == '\n') line++;
                    text.Append(sql[j++]);
                }
                if (c != '\'') tokens.Add(new Token(TokenKind.QuotedName, text.ToString(), line));
                i = j + 1;
                continue;
            }
            if (c == '@' && i + 1 < sql.Length && IsWordStart(sql[i + 1]))
            {
                var j = i + 1;
                while (j < sql.Length && IsWordPart(sql[j])) j++;
                tokens.Add(new Token(TokenKind.Parameter, sql[(i + 1)..j], line));
                i = j;
                continue;
            }
            if (IsWordStart(c))
            {
                var j = i;
                while (j < sql.Length && IsWordPart(sql[j])) j++;
                tokens.Add(new Token(TokenKind.Word, sql[i..j], line, i));
                i = j;
                continue;
            }
            tokens.Add(new Token(c == ';' ? TokenKind.Semicolon : TokenKind.Other, c.ToString(), line));
            i++;
        }
        return null;
    }

    private static bool At(string text, int index, char c) => index < text.Length && text[index] == c;

    private static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';
}
