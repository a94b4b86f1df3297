using System.Text.RegularExpressions;

namespace FinExtract.Entities;

/// <summary>Learned periodicals named after the body that publishes them.</summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// "Monthly Notices of the Harlow Astronomical Society", "Transactions of the Tarvel Philological Society": a periodical's title
    /// ends in a head word (entity-periodical-heads.tsv) before "of" and the body that publishes it. The body's mention takes in the
    /// one to three capitalised words before " of " or " of the " that end in such a head word, and is the periodical.
    /// </summary>
    private static void PeriodicalsOfBodies(string body, List<Candidate> chosen)
    {
        for (int k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (c.Type != "ORG" || c.IsTicker || c.Start < 8) continue;
            int from = Math.Max(0, c.Start - 60);
            if (PeriodicalTitleBefore().Match(body, from, c.Start - from) is not { Success: true } m) continue;
            var title = m.Groups["title"];
            if (!EntityLexicon.PeriodicalHeads.Contains(title.Value[(title.Value.LastIndexOf(' ') + 1)..])) continue;
            int s = title.Value.StartsWith("The ", StringComparison.Ordinal) ? title.Index + 4 : title.Index;
            chosen.RemoveAll(o => o != c && o.Start < c.Start && o.End > s);
            k = chosen.IndexOf(c);
            chosen[k] = c with { Start = s, Known = null, Ticker = "", Exchange = "" };
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<title>(?:\p{Lu}\p{L}*[ ]){0,2}\p{Lu}\p{L}*)[ ]of(?:[ ]the)?[ ]\z", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodicalTitleBefore();
}
