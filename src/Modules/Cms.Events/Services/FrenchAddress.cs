using System.Text.RegularExpressions;

namespace Cms.Events.Services;

/// <summary>A French postal address split for schema.org's PostalAddress: street, postal code, locality.</summary>
public sealed record FrenchAddress(string? Street, string? PostalCode, string? Locality)
{
    private static readonly Regex PostalCodeAndTown = new(@"^(?<street>.*?)[\s,]*\b(?<code>\d{5})\b[\s,]*(?<town>[^\d,]+?)\s*$", RegexOptions.CultureInvariant);

    /// <summary>« 17 place de la Bourse 33076 Bordeaux » → street, 33076, Bordeaux; without a postal code, all of it is the street.</summary>
    public static FrenchAddress? Parse(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return null;
        var text = Regex.Replace(address.Trim(), @"\s+", " ");
        var match = PostalCodeAndTown.Match(text);
        if (!match.Success) return new FrenchAddress(text, null, null);
        var street = match.Groups["street"].Value.Trim().TrimEnd(',').Trim();
        return new FrenchAddress(street.Length == 0 ? null : street, match.Groups["code"].Value, match.Groups["town"].Value.Trim());
    }
}
