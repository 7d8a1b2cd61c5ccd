using System.Security.Cryptography;
using System.Text;

namespace Cms.Abstractions.Content;

/// <summary>26-character lowercase identifiers, as Orchard Core's IdGenerator makes them.</summary>
public static class IdGenerator
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>A new random id.</summary>
    public static string NewId() => Encode(RandomNumberGenerator.GetBytes(17));

    /// <summary>An id derived from <paramref name="seed"/> alone: the same seed always gives the same id.</summary>
    public static string FromSeed(string seed) => Encode(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));

    private static string Encode(byte[] bytes)
    {
        // 26 characters of 5 bits each = 130 bits, taken from the first 17 bytes.
        var chars = new char[26];
        var bit = 0;
        for (var i = 0; i < 26; i++)
        {
            var value = 0;
            for (var b = 0; b < 5; b++, bit++)
            {
                var set = (bytes[bit / 8] >> (7 - bit % 8)) & 1;
                value = (value << 1) | set;
            }
            chars[i] = Alphabet[value];
        }
        return new string(chars);
    }
}
