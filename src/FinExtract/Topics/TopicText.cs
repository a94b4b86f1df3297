using System.Text.RegularExpressions;

namespace FinExtract.Topics;

/// <summary>
/// The one cleaning of text for the topic model, the same for the training headlines (posted as tweets) and
/// for articles: links, @handles and the $ of cashtags go, entities are decoded, white space is collapsed, and
/// an all-capitals headline is lower-cased like the rest (the featuriser folds case).
/// </summary>
public static partial class TopicText
{
    [GeneratedRegex(@"https?://\S+|www\.\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Links();

    [GeneratedRegex(@"(?<!\w)@\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Handles();

    [GeneratedRegex(@"(?<![\w$])\$(?=[A-Za-z]{1,6}\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CashtagSign();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    /// <summary>The cleaned text.</summary>
    public static string Clean(string text)
    {
        text = System.Net.WebUtility.HtmlDecode(text);
        text = Links().Replace(text, " ");
        text = Handles().Replace(text, " ");
        text = CashtagSign().Replace(text, "");
        return Spaces().Replace(text, " ").Trim();
    }
}
