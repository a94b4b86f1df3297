using FinExtract.Text;

namespace FinExtract.Scraping;

/// <summary>
/// Tells the language of an article's text: Japanese, Korean and Chinese by their scripts; the main
/// European languages by their function words (Resources/lexicon/language-words.tsv). It answers only when
/// the text is long enough and one language clearly leads, else "".
/// </summary>
public static class LanguageDetector
{
    private static readonly Dictionary<string, string> WordLanguage =
        Lexicon.Read("language-words.tsv").ToDictionary(r => r[1], r => r[0], StringComparer.Ordinal);

    /// <summary>Fewest function words a text needs before a European language is named.</summary>
    public const int MinHits = 8;

    /// <summary>How far the first language must lead the second (a ratio of hits).</summary>
    public const double MinLead = 2.0;

    /// <summary>Whether the detector knows a language (a page that declares another one keeps its own word).</summary>
    public static bool Knows(string language) =>
        language is "ja" or "ko" or "zh" || WordLanguage.ContainsValue(language);

    /// <summary>The language tag ("de", "ja"), or "" when the text does not say clearly.</summary>
    public static string Detect(string text)
    {
        int kana = 0, hangul = 0, han = 0, letters = 0;
        foreach (char c in text)
        {
            if (c is >= '\u3040' and <= '\u30FF') kana++;
            else if (c is >= '\uAC00' and <= '\uD7AF') hangul++;
            else if (c is >= '\u4E00' and <= '\u9FFF') han++;
            else if (char.IsLetter(c)) letters++;
        }
        int dense = kana + hangul + han;
        if (dense > 50 && dense > letters)
            return hangul > dense / 2 ? "ko" : kana > dense / 20 ? "ja" : "zh";
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in Words(text))
            if (WordLanguage.TryGetValue(word, out var lang)) hits[lang] = hits.GetValueOrDefault(lang) + 1;
        var ranked = hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal).ToList();
        if (ranked.Count == 0 || ranked[0].Value < MinHits) return "";
        if (ranked.Count > 1 && ranked[0].Value < MinLead * ranked[1].Value) return "";
        return ranked[0].Key;
    }

    private static IEnumerable<string> Words(string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                if (i - start <= 8) yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
