using System.Text.RegularExpressions;

namespace FinExtract.Topics;

/// <summary>
/// The one cleaning of text for the topic model, the same for the training headlines (posted as tweets) and
/// for articles: links, @handles and the $ of cashtags go, entities are decoded, newswire shorthand is written out
/// ("qtr", "mln", "cts": Resources/lexicon/wire-abbreviations.tsv), a company bought is a company acquired
/// (Resources/lexicon/topic-deal-verbs.tsv), amounts become placeholders, a currency's or a metal's name is followed by a mark
/// for its kind (Resources/lexicon/topic-class-words.tsv), white space is
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

    /// <summary>A list's last column (what the text may say, any case) to its first (how the model reads it).</summary>
    private static Dictionary<string, string> Readings(string fileName) =>
        Text.Lexicon.Read(fileName).ToDictionary(r => r[^1], r => r[0], StringComparer.OrdinalIgnoreCase);

    /// <summary>The entries as alternatives, longer first so that "qtr net" wins over "qtr"; a space matches any run of white space.</summary>
    private static string Alternatives(IEnumerable<string> entries) =>
        string.Join('|', entries.OrderByDescending(k => k.Length).Select(k => Regex.Escape(k).Replace(@"\ ", @"\s+")));

    private static readonly Dictionary<string, string> WireWords = Readings("wire-abbreviations.tsv");

    // Like the generated patterns beside it, no match timeout: an alternation of literal words cannot backtrack without end.
    private static readonly Regex WireShorthand = new(@"\b(?:" + Alternatives(WireWords.Keys) + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Dictionary<string, string> DealVerbs = Readings("topic-deal-verbs.tsv");

    private static readonly string DealObjects = string.Join('|', Text.Lexicon.Read("topic-deal-objects.tsv").Select(r => Regex.Escape(r[0])));

    // A deal verb before a name: the verb as written, then (after an optional "by") a word that starts with a capital; or
    // before a noun for a business heading its object (Resources/lexicon/topic-deal-objects.tsv).
    private static readonly Regex DealVerb = new(
        @"(?<![\w$])(?<verb>" + string.Join('|', DealVerbs.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?=\s+(?:by\s+)?(?-i:\p{Lu})"
        + @"|(?:\s+(?-i:\p{Ll}[\p{L}-]*)){0,3}?\s+(?-i:(?:" + DealObjects + @")s?)(?:\s+(?-i:\p{Lu}|in\b|from\b|for\b|of\b)|\s*[,.;:]|\s*$))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Dictionary<string, string> ClassWords = Readings("topic-class-words.tsv");

    // A word of a kind (Resources/lexicon/topic-class-words.tsv), or its plural, as a whole word in any case; compiled once a run
    // has used it a few hundred times (each article's text is cleaned two or three times).
    private static readonly Text.WarmingRegex ClassWord = new(@"\b(?<word>" + Alternatives(ClassWords.Keys) + @")s?\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, compileAfterUses: 300);

    /// <summary>An amount that ends the text, a scale word after it or not ("numamt ", "numamt million "): what a currency's name is the unit of.</summary>
    [GeneratedRegex(@"\bnumamt\s+(?:(?:thousand|million|billion|trillion|mn|bn|m|k)\s+)?\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase
        | RegexOptions.RightToLeft)]
    private static partial Regex AmountBefore();

    /// <summary>
    /// A word of a kind followed by the mark for its kind ("peso currencyname"); not a currency's name as the unit of an amount
    /// ("numamt million dollars", "numamt Euro"): an amount is no story about the currency.
    /// </summary>
    private static string MarkClassWords(string text) => ClassWord.Regex.Replace(text, m => AmountBefore().IsMatch(text.AsSpan(0, m.Index)) ? m.Value
        : m.Value + " " + ClassWords[Spaces().Replace(m.Groups["word"].Value, " ")]);

    /// <summary>The cleaned text.</summary>
    public static string Clean(string text)
    {
        text = System.Net.WebUtility.HtmlDecode(text);
        text = DealVerbsRead(text);
        text = Links().Replace(text, " ");
        text = Handles().Replace(text, " ");
        text = WireShorthand.Replace(text, m => WireWords[Spaces().Replace(m.Value, " ")]);
        text = Cashtag().Replace(text, "$1 cashtag");
        text = Money().Replace(text, " moneyamt ");
        text = Percent().Replace(text, " pctamt ");
        text = Quarter().Replace(text, " quarterx ");
        text = Number().Replace(text, " numamt ");
        text = MarkClassWords(text);
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>
    /// Verbs of buying a company written as verbs of acquiring: a form in lower case, or in a line set in capitals, before a name
    /// ("Tarvel buys Quorvin", "TARVEL TO BUY QUORVIN UNIT"); "Stocks to Buy Now" and "buy more shares" stay as written.
    /// </summary>
    private static string DealVerbsRead(string text)
    {
        if (!DealVerb.IsMatch(text)) return text;
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            bool capitals = IsSetInCapitals(lines[i]);
            lines[i] = DealVerb.Replace(lines[i], m =>
            {
                string verb = m.Groups["verb"].Value;
                if (verb.Any(char.IsUpper) && !capitals) return verb;
                string read = DealVerbs[verb];
                return capitals ? read.ToUpperInvariant() : read;
            });
        }
        return string.Join('\n', lines);
    }

    /// <summary>Whether a line's letters are all capitals (a wire headline), with at least two words of them.</summary>
    private static bool IsSetInCapitals(string line) =>
        line.Any(char.IsLetter) && !line.Any(char.IsLower) && line.Count(char.IsWhiteSpace) >= 1;
}
