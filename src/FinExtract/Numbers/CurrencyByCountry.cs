using System.Text.RegularExpressions;
using FinExtract.Text;

namespace FinExtract.Numbers;

/// <summary>
/// Which currency a name that several countries use stands for ("dinars", "shillings", "kr", "pesos"): the one of the country
/// the text names. The families and the countries are lists (Resources/lexicon/currency-families.tsv, currency-countries.tsv).
/// A country named in the amount's sentence decides; else the family's country the article names most often, when it is named
/// more often than the country of the form's own code; else, when the article names no country of the family, the currency of the
/// page's language (Resources/lexicon/currency-languages.tsv: a Danish page's "kr." is kroner); else the form's own code stands.
/// </summary>
internal static class CurrencyByCountry
{
    private static readonly Dictionary<string, HashSet<string>> Families = Lexicon.Read("currency-families.tsv")
        .ToDictionary(r => r[1], r => r[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string[]> CodesOf = Lexicon.Read("currency-countries.tsv")
        .ToDictionary(r => r[1], r => r[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    private static readonly Dictionary<string, string> CodeOfLanguage = Lexicon.Read("currency-languages.tsv")
        .ToDictionary(r => r[1], r => r[0], StringComparer.OrdinalIgnoreCase);

    // the longest name first, so that "South Sudan" is not read as "Sudan"
    private static readonly WarmingRegex Countries = new(@"(?<![\w-])(?:"
        + string.Join('|', CodesOf.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape))
        + @")(?![\w-])", RegexOptions.CultureInvariant);

    /// <summary>
    /// Gives each money amount written with a shared currency name the code of the country the text names
    /// (<paramref name="sentenceOf"/>: the sentence around an offset).
    /// </summary>
    public static void Resolve(string body, List<NumberMention> mentions, Func<int, (int Start, int End)> sentenceOf, string languageTag = "")
    {
        string? ofLanguage = LanguageCode(languageTag);
        List<(int Position, string[] Codes)>? named = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var n = mentions[i];
            if (n.Kind != "money" || n.Currency is not { } form || !Families.TryGetValue(form.Form, out var family)) continue;
            named ??= Countries.Regex.Matches(body).Select(m => (m.Index, CodesOf[m.Value])).ToList();
            var (ss, se) = sentenceOf(n.Start);
            string? code = Most(named.Where(c => c.Position >= ss && c.Position < se), family, out _) ?? InArticle(named, family, n.Unit, ofLanguage);
            if (code != null && code != n.Unit) mentions[i] = n with { Unit = code };
        }
    }

    /// <summary>
    /// With no country of the family in the amount's sentence: the family's country the article names most often, when named more
    /// often than the country of <paramref name="own"/>; with none of the family's countries named, the page language's currency.
    /// </summary>
    private static string? InArticle(List<(int Position, string[] Codes)> named, HashSet<string> family, string own, string? ofLanguage)
    {
        if (Most(named, family, out var counts) is { } top) return counts[top] > counts.GetValueOrDefault(own) ? top : null;
        return ofLanguage != null && family.Contains(ofLanguage) ? ofLanguage : null;
    }

    /// <summary>The currency of a page's language tag ("da", "es-MX"), its region first, or null.</summary>
    private static string? LanguageCode(string tag)
    {
        if (tag.Length == 0) return null;
        if (CodeOfLanguage.TryGetValue(tag, out var code)) return code;
        int dash = tag.IndexOfAny(['-', '_']);
        return dash > 0 && CodeOfLanguage.TryGetValue(tag[..dash], out code) ? code : null;
    }

    /// <summary>
    /// The family's code whose countries are named most often (the first named on a tie), or null when none is named. A country
    /// counts for the first of its currencies in the family ("Sudan": the pound, else the dinar it had before).
    /// </summary>
    private static string? Most(IEnumerable<(int Position, string[] Codes)> named, HashSet<string> family, out Dictionary<string, int> counts)
    {
        counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? best = null;
        foreach (var (_, codes) in named)
        {
            if (codes.FirstOrDefault(family.Contains) is not { } code) continue;
            counts[code] = counts.GetValueOrDefault(code) + 1;
            if (best == null || counts[code] > counts[best]) best = code;
        }
        return best;
    }
}
