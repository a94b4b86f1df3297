using System.Globalization;
using FinExtract.Text;

namespace FinExtract.Scraping;

/// <summary>
/// Tells the language of an article's text: Japanese, Korean, Chinese, Greek, Hebrew and Thai by their scripts; the main
/// European languages, Czech, Romanian, Hungarian, Finnish, Russian, Ukrainian, Arabic, Persian, Hindi, Turkish, Indonesian,
/// Vietnamese and Tagalog by their function words
/// (Resources/lexicon/language-words.tsv). It answers only when the text is long enough and one language clearly leads, else "".
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
        language is "ja" or "ko" or "zh" or "el" or "he" or "th" || WordLanguage.ContainsValue(language);

    /// <summary>The language tag ("de", "ja"), or "" when the text does not say clearly.</summary>
    public static string Detect(string text)
    {
        string script = ByScript(text);
        if (script.Length > 0) return script;
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in Words(text))
            if (WordLanguage.TryGetValue(word, out var lang)) hits[lang] = hits.GetValueOrDefault(lang) + 1;
        var ranked = hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal).ToList();
        if (ranked.Count == 0 || ranked[0].Value < MinHits) return "";
        if (ranked.Count > 1 && ranked[0].Value < MinLead * ranked[1].Value) return "";
        return ranked[0].Key;
    }

    /// <summary>
    /// A language its script alone tells: most letters Hangul, kana or Han (Korean, Japanese when a twentieth is kana, else
    /// Chinese), Greek, Hebrew or Thai; else "".
    /// </summary>
    private static string ByScript(string text)
    {
        int kana = 0, hangul = 0, han = 0, greek = 0, hebrew = 0, thai = 0, letters = 0;
        foreach (char c in text)
        {
            if (c is >= '\u3040' and <= '\u30FF') kana++;
            else if (c is >= '\uAC00' and <= '\uD7AF') hangul++;
            else if (c is >= '\u4E00' and <= '\u9FFF') han++;
            else if (c is >= '\u0370' and <= '\u03FF') greek++;
            else if (c is >= '\u0590' and <= '\u05FF') hebrew++;
            else if (c is >= '\u0E00' and <= '\u0E7F') thai++;
            else if (char.IsLetter(c)) letters++;
        }
        int dense = kana + hangul + han;
        if (dense > 50 && dense > letters)
            return hangul > dense / 2 ? "ko" : kana > dense / 20 ? "ja" : "zh";
        if (greek > 200 && greek > letters) return "el";
        if (hebrew > 200 && hebrew > letters) return "he";
        if (thai > 200 && thai > letters) return "th";
        return "";
    }

    /// <summary>The words of a text in lower case, a word's combining marks (Devanagari vowel signs, Arabic vowels) kept in it.</summary>
    private static IEnumerable<string> Words(string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && (char.IsLetter(text[i]) || start >= 0 && IsMark(text[i]));
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                if (i - start <= 8) yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
