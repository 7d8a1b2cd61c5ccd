using System.Text.RegularExpressions;

namespace Cms.MarkdownImport.Mapping;

/// <summary>
/// Jekyll links written without their scheme, as the corpus has them: an e-mail address becomes <c>mailto:</c>, a
/// host name (<c>x.eventbrite.com</c>) becomes <c>https://</c>. Anything else is kept as written (and refused by the
/// Event's validation when a browser could not open it).
/// </summary>
public static partial class LinkAddress
{
    public static string Complete(string link)
    {
        if (Email().IsMatch(link)) return "mailto:" + link;
        if (BareHost().IsMatch(link)) return "https://" + link;
        return link;
    }

    [GeneratedRegex(@"^[^@\s/:]+@[^@\s/:]+\.[a-z]{2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex Email();

    [GeneratedRegex(@"^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(/\S*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareHost();
}
