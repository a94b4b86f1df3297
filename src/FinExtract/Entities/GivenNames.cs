namespace FinExtract.Entities;

/// <summary>A given-names file: one name a line, '#' starts a comment. The entity stage and the recogniser's trainer read it alike.</summary>
public static class GivenNames
{
    /// <summary>The names in <paramref name="path"/>, matched with or without their accents ("José", "Jose").</summary>
    public static HashSet<string> Read(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Trim()).ToHashSet(Text.AccentInsensitive.Instance);
}

/// <summary>
/// Given names as the entity stage reads them: a name of the list, or a hyphenated compound of them ("Ada-Mina", "Jean-Luc" when
/// "Jean" and "Luc" are listed), as French, German and Scandinavian names are written; every part is capitalised and listed.
/// </summary>
public sealed class GivenNameSet(HashSet<string> names)
{
    /// <summary>
    /// Whether <paramref name="word"/> is a given name of the list, a compound of two or three of them, or two syllables of an East Asian
    /// given name joined by a hyphen ("Min-jun", "Ying-wen"; Resources/lexicon/given-name-syllables.tsv).
    /// </summary>
    public bool Contains(string word) => names.Contains(word) || IsCompound(word) || IsSyllabic(word);

    private static readonly HashSet<string> Syllables = Text.Lexicon.Set("given-name-syllables.tsv", StringComparer.OrdinalIgnoreCase);

    private static bool IsSyllabic(string word)
    {
        int hyphen = word.IndexOf('-');
        if (hyphen < 2 || hyphen > word.Length - 3 || word.IndexOf('-', hyphen + 1) >= 0 || !char.IsUpper(word[0])) return false;
        var first = word.AsSpan(1, hyphen - 1);
        var second = word.AsSpan(hyphen + 1);
        return !first.ContainsAnyExceptInRange('a', 'z') && !second.ContainsAnyExceptInRange('a', 'z')
            && Syllables.Contains(word[..hyphen]) && Syllables.Contains(word[(hyphen + 1)..]);
    }

    private bool IsCompound(string word)
    {
        if (word.IndexOf('-') <= 0) return false;
        var parts = word.Split('-');
        return parts.Length is 2 or 3 && parts.All(p => p.Length >= 2 && char.IsUpper(p[0]) && p.Skip(1).All(char.IsLower) && names.Contains(p));
    }
}
