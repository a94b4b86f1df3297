namespace FinExtract.Text;

/// <summary>
/// Compares strings ordinally after taking the accents off their Latin letters ("José" equals "Jose", "Sébastien" equals
/// "Sebastien"): a list of names written without accents still knows them written with, and the other way round. The
/// letters are a list (Resources/lexicon/latin-letter-bases.tsv), so the comparison needs no globalisation data; combining
/// marks written apart from their letter are dropped too. Strings of ASCII letters cost no more than ordinal comparison.
/// </summary>
public sealed class AccentInsensitive : IEqualityComparer<string>
{
    /// <summary>The comparer.</summary>
    public static readonly AccentInsensitive Instance = new();

    private static readonly Dictionary<char, char> Bases = Lexicon.Read("latin-letter-bases.tsv").ToDictionary(r => r[1][0], r => r[0][0]);

    private AccentInsensitive() { }

    /// <summary>The string with its Latin letters' accents removed (the same string when it has none).</summary>
    public static string Fold(string s)
    {
        int i = 0;
        while (i < s.Length && s[i] < 0x80) i++;
        if (i == s.Length) return s;
        var chars = new char[s.Length];
        int n = 0;
        foreach (char c in s)
        {
            if (c is >= '\u0300' and <= '\u036F') continue; // a combining mark
            char lower = char.ToLowerInvariant(c);
            chars[n++] = !Bases.TryGetValue(lower, out char b) ? c : lower == c ? b : char.ToUpperInvariant(b);
        }
        return new string(chars, 0, n);
    }

    /// <inheritdoc />
    public bool Equals(string? x, string? y) =>
        ReferenceEquals(x, y) || x != null && y != null && string.Equals(Fold(x), Fold(y), StringComparison.Ordinal);

    /// <inheritdoc />
    public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(Fold(obj));
}
