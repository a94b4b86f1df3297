using System.Text.RegularExpressions;

namespace FinExtract.Entities;

/// <summary>Market indices named after the company, exchange or paper that publishes them.</summary>
public sealed partial class EntityStage
{
    private static readonly HashSet<string> IndexNames = Text.Lexicon.Set("entity-index-names.tsv", StringComparer.OrdinalIgnoreCase);

    private static readonly int LongestIndexName = IndexNames.Max(n => n.Length);

    /// <summary>
    /// "the Nasdaq Composite", "the Dow Jones Industrial Average fell", "the Nikkei rose 1%", "the Hang Seng index": a name an index
    /// shares with an organisation (Resources/lexicon/entity-index-names.tsv) is the index's where an index's word, a number or a move
    /// of the market follows it, and is then no organisation; "listed on the Nasdaq", "Dow Jones Newswires" stay the organisation's.
    /// </summary>
    private static void MarketIndices(string body, List<Candidate> chosen) =>
        chosen.RemoveAll(c => c.Type == "ORG" && c.Length <= LongestIndexName && IndexNames.Contains(body[c.Start..c.End])
            && IndexUseAfter().IsMatch(body.AsSpan(c.End, Math.Min(60, body.Length - c.End))));

    [GeneratedRegex(@"^(?:\s+(?:[Ii]ndex|[Ii]ndices|[Cc]omposite|[Ii]ndustrials?\b|[Aa]verage|[Ff]utures|\d{2,4}\b)"
        + @"|,?\s+(?:(?:was|is|had|has|ended|closed|finished|opened|traded|index)\s+)?(?:up|down|higher|lower|flat|rose|fell|gained|lost"
        + @"|added|shed|dropped|slid|slipped|climbed|jumped|surged|plunged|tumbled|rallied|edged|dipped|advanced|declined|sank|soared)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex IndexUseAfter();
}
