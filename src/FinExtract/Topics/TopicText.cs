using System.Text.RegularExpressions;

namespace FinExtract.Topics;

/// <summary>
/// The one cleaning of text for the topic model, the same for the training headlines (posted as tweets) and
/// for articles: links, @handles and the $ of cashtags go, entities are decoded, newswire shorthand is written out
/// ("qtr", "mln", "cts": Resources/lexicon/wire-abbreviations.tsv), amounts become placeholders, white space is
/// collapsed, and an all-capitals headline is lower-cased like the rest (the featuriser folds case).
/// </summary>
public static partial class TopicText
{
    [GeneratedRegex(@"https?://\S+|www\.\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Links();

    [GeneratedRegex(@"(?<!\w)@\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Handles();

    [GeneratedRegex(@"(?<![\w$])\$([A-Za-z]{1,6})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Cashtag();

    [GeneratedRegex(@"[$€£¥]\s?\d[\d,.]*\s?(?:[bmk]n?|billion|million|trillion)?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"[+-]?\d[\d,.]*\s?(?:%|percent|per cent|pct)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b(?:Q[1-4]|[1-4]Q)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\d[\d,.]*", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    private static readonly Dictionary<string, string> WireWords = Text.Lexicon.Read("wire-abbreviations.tsv")
        .ToDictionary(r => r[^1], r => r[0], StringComparer.OrdinalIgnoreCase);

    // Longer entries first, so "qtr net" wins over "qtr"; a space in an entry matches any run of white space. Like the
    // generated patterns beside it, no match timeout: an alternation of literal words cannot backtrack without end.
    private static readonly Regex WireShorthand = new(
        @"\b(?:" + string.Join('|', WireWords.Keys.OrderByDescending(k => k.Length).Select(k => Regex.Escape(k).Replace(@"\ ", @"\s+"))) + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The cleaned text.</summary>
    public static string Clean(string text)
    {
        text = System.Net.WebUtility.HtmlDecode(text);
        text = Links().Replace(text, " ");
        text = Handles().Replace(text, " ");
        text = WireShorthand.Replace(text, m => WireWords[Spaces().Replace(m.Value, " ")]);
        text = Cashtag().Replace(text, "$1 cashtag");
        text = Money().Replace(text, " moneyamt ");
        text = Percent().Replace(text, " pctamt ");
        text = Quarter().Replace(text, " quarterx ");
        text = Number().Replace(text, " numamt ");
        return Spaces().Replace(text, " ").Trim();
    }
}
