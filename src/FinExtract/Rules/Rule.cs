using System.Text.RegularExpressions;

namespace FinExtract.Rules;

/// <summary>
/// One declarative rule: an id, the label it gives, a regular expression compiled once with a match
/// timeout, a priority for conflicts, a confidence, and examples that must and must not match.
/// </summary>
public sealed record Rule
{
    /// <summary>Whether the rule runs on text in <paramref name="language"/> (a language tag, empty when the page does not say).</summary>
    public bool AppliesTo(string language)
    {
        if (Languages.Count == 0 || language.Length == 0) return true;
        string primary = Scraping.LanguageTag.Primary(language);
        foreach (var l in Languages)
            if (primary.Equals(l, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Unique dotted id ("entities.ticker.paren-exchange"); every row it makes carries it.</summary>
    public required string Id { get; init; }
    /// <summary>What a match is ("ORG", "TICKER", "PERSON"...).</summary>
    public required string Label { get; init; }
    /// <summary>The pattern, interpreted at first and compiled once the rule is used often (<see cref="RuleSet.CompileAfterUses"/>).</summary>
    public required Text.WarmingRegex Tiered { get; init; }
    /// <summary>The pattern as it runs now.</summary>
    public Regex Pattern => Tiered.Current;
    /// <summary>A cheap pattern every text the rule matches contains; the rule is not run on a text without it (null: always run).</summary>
    public Text.WarmingRegex? Prefilter { get; init; }
    /// <summary>The named group that is the span (null: the whole match).</summary>
    public string? Group { get; init; }
    /// <summary>Higher wins a conflict.</summary>
    public int Priority { get; init; }
    /// <summary>Confidence given to its matches (0..1).</summary>
    public double Confidence { get; init; } = 0.9;
    /// <summary>Texts the rule must find something in.</summary>
    public IReadOnlyList<string> MustMatch { get; init; } = Array.Empty<string>();
    /// <summary>Texts the rule must find nothing in.</summary>
    public IReadOnlyList<string> MustNotMatch { get; init; } = Array.Empty<string>();
    /// <summary>
    /// The languages (primary subtags, "en") whose text the rule is written for; empty: any. A rule for one language is
    /// not run on a page that says it is in another, and is run on a page that does not say.
    /// </summary>
    public IReadOnlyList<string> Languages { get; init; } = Array.Empty<string>();
    /// <summary>The file the rule came from.</summary>
    public string File { get; init; } = "";
    /// <summary>The 1-based line of the rule's id in its file.</summary>
    public int Line { get; init; }
}

/// <summary>The marks a rule example may put around the exact words the rule must find ("[[Tarn Ltd]] said").</summary>
public static class RuleExample
{
    /// <summary>The example as text, its [[ ]] marks taken out.</summary>
    public static string Text(string example) => example.Replace("[[", "").Replace("]]", "");
}

/// <summary>A match of a rule: the span, the rule, and its named groups (e.g. ticker, exchange).</summary>
public sealed record RuleMatch(Rule Rule, int Start, int End, IReadOnlyDictionary<string, string> Groups)
{
    /// <summary>Length of the span.</summary>
    public int Length => End - Start;
}
