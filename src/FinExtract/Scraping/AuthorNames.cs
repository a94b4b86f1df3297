using System.Globalization;
using System.Text.RegularExpressions;

namespace FinExtract.Scraping;

/// <summary>Cleans bylines into person (or agency) names: no "By", roles, dates, handles or shouting capitals.</summary>
public static partial class AuthorNames
{
    [GeneratedRegex(@"^\s*(?:written\s+)?by[:\s]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s*(?:;|\||,|\band\b|&|\bwith\b|(?<=\p{L}{3})\.\s+)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"\b(?:writer|editor|reporter|correspondent|columnist|contributor|producer|analyst|staff writer|senior|chief|bureau|updated|published|posted|contributing|journalist|director|associate|deputy|managing|special to|photographer|photos?|illustrations?|news desk|opinion|\d{1,2}:\d{2}|\d{4}|min read|minutes? ago|hours? ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleWords();

    [GeneratedRegex(@"@\w+|https?://\S+|\S+@\S+\.\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Handles();

    private static readonly string[] Agencies = { "Reuters", "Associated Press", "AP", "AFP", "Bloomberg", "Bloomberg News", "Reuters Staff", "PTI", "IANS", "Dow Jones Newswires", "Press Association", "CNN Wire" };

    [GeneratedRegex(@"^[a-z][a-z0-9_]{2,19}$", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    /// <summary>
    /// Cleans the text of an element marked up as the author (rel=author, itemprop=author): besides
    /// names, a bare account name such as "admin" is kept, since that is the byline the page shows.
    /// </summary>
    public static List<string> CleanMarkedAuthor(string? text)
    {
        string t = (text ?? "").Trim();
        if (Handle().IsMatch(t) && !RoleWords().IsMatch(t)) return new List<string> { t };
        return Clean(text);
    }

    /// <summary>Splits and cleans a byline; returns the names in order, without duplicates.</summary>
    public static List<string> Clean(string? byline)
    {
        var result = new List<string>();
        if (string.IsNullOrWhiteSpace(byline)) return result;
        string s = Handles().Replace(byline, " ");
        s = Regex.Replace(s, @"\s+", " ").Trim();
        s = ByPrefix().Replace(s, "");
        foreach (var raw in Separators().Split(s))
        {
            string p = ByPrefix().Replace(raw.Trim(), "").Trim(' ', '.', ',', ':', '-', '–', '—', '|', '·');
            if (p.Length < 2 || p.Length > 60) continue;
            if (Agencies.Any(a => a.Equals(p, StringComparison.OrdinalIgnoreCase))) { Add(result, p); continue; }
            if (RoleWords().IsMatch(p)) continue;
            if (!p.Any(char.IsLetter) || p.Any(char.IsDigit)) continue;
            var words = p.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 5) continue;
            // A name starts each word with a capital (particles such as "de", "van" excepted).
            if (!words.All(w => char.IsUpper(w[0]) || w is "de" or "van" or "von" or "der" or "da" or "di" or "le" or "la" or "bin" or "al" || !char.IsLetter(w[0]))) continue;
            Add(result, Recase(p));
        }
        return result;
    }

    private static void Add(List<string> list, string name)
    {
        if (!list.Any(x => x.Equals(name, StringComparison.OrdinalIgnoreCase))) list.Add(name);
    }

    /// <summary>"TOM KRISHER" becomes "Tom Krisher"; mixed case is left alone.</summary>
    public static string Recase(string name)
    {
        if (name.Any(char.IsLower) || name.Length <= 4) return name;
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
    }
}
