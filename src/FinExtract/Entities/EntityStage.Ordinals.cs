using System.Text.RegularExpressions;

namespace FinExtract.Entities;

/// <summary>Bodies numbered in a series: courts, military units, districts of a service.</summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// "the 7th District Court of Appeal", "Tarvia's 2nd Infantry Brigade", "the 101st Airborne Division": a body numbered in a
    /// series is named with its number, which tells it from the others of the series ("the 9th Circuit" is not "the 5th Circuit").
    /// A mention typed by its organisation word right after an ordinal written in figures, itself after "the", a possessive, a
    /// place adjective ("the Tarvel-based 5th Circuit") or the start of a line, takes the ordinal in; an event named after a place
    /// keeps its own span ("the 12th Tarvel Derby").
    /// </summary>
    private static void NumberedBodies(string body, List<Candidate> chosen)
    {
        for (int k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (c.Type != "ORG" || c.Rule != Heuristics.OrgWord.Id || c.Start < 4) continue;
            int from = Math.Max(0, c.Start - 12);
            if (OrdinalBefore().Match(body, from, c.Start - from) is not { Success: true } m) continue;
            int s = m.Groups["n"].Index;
            if (chosen.Any(o => o != c && o.Start < c.Start && o.End > s)) continue;
            chosen[k] = c with { Start = s };
        }
    }

    [GeneratedRegex(@"(?:^|\bthe |['’]s |\p{L}-based )(?<n>[1-9]\d{0,2}(?:st|nd|rd|th)) \z", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex OrdinalBefore();
}
