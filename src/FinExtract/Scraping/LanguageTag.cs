using System.Text;

namespace FinExtract.Scraping;

/// <summary>
/// Language tags as BCP 47 writes them: language lower case, script title case, region upper case, '-'
/// between ("EN_us" -> "en-US", "zh_hant_tw" -> "zh-Hant-TW"). What is not a tag ("{{lang}}", "English")
/// gives "" so that it is not passed on as one.
/// </summary>
public static class LanguageTag
{
    /// <summary>The primary subtag of a language tag ("de-AT" and "de_AT" -> "de"; "" stays "").</summary>
    public static string Primary(string tag)
    {
        int cut = tag.IndexOfAny(['-', '_']);
        return (cut < 0 ? tag : tag[..cut]).Trim();
    }

    /// <summary>The normalised tag, or "" when <paramref name="raw"/> is not a language tag.</summary>
    public static string Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return "";
        // "en-US,en;q=0.9" (a header value): the first tag.
        string first = raw.Trim().Split(',', ';')[0].Trim();
        var parts = first.Split('-', '_');
        if (parts.Length == 0 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter)) return "";
        var sb = new StringBuilder(parts[0].ToLowerInvariant());
        for (int i = 1; i < parts.Length; i++)
        {
            string p = parts[i];
            if (p.Length is < 1 or > 8 || !p.All(char.IsAsciiLetterOrDigit)) return "";
            sb.Append('-');
            if (p.Length == 4 && p.All(char.IsAsciiLetter)) sb.Append(char.ToUpperInvariant(p[0])).Append(p[1..].ToLowerInvariant());
            else if ((p.Length == 2 && p.All(char.IsAsciiLetter)) || (p.Length == 3 && p.All(char.IsAsciiDigit))) sb.Append(p.ToUpperInvariant());
            else sb.Append(p.ToLowerInvariant());
        }
        return sb.ToString();
    }
}
