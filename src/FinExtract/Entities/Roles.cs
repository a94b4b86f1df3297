using System.Text.RegularExpressions;

namespace FinExtract.Entities;

/// <summary>
/// Where the text states it, a person's role and organisation: "chief executive Maria Okafor",
/// "Meta CEO Mark Zuckerberg", "Frank Downing, Director of Research ... at Ark Invest",
/// "Linda Moreau, Crestline's president of North American operations". The role and affiliation go on
/// every mention of the person.
/// </summary>
public static partial class Roles
{
    private const string RoleWords =
        @"(?:(?:senior|executive|deputy|vice|acting|interim|managing|former|co-?|chief|global|regional|general|lead|principal|associate|" +
        @"assistant)[ -]?)*(?:chief executive(?: officer)?|chief [a-z]+ officer|ceo|cfo|coo|cto|president|chairman|chairwoman|chair|founder|" +
        @"co-founder|director(?: of [A-Za-z ]{3,40}?)?|head(?: of [A-Za-z ]{3,40}?)?|analyst|economist|strategist|spokesman|spokeswoman|spokesperson|" +
        @"partner|manager|secretary|prime minister|minister|governor|treasurer|counsel|editor|professor|researcher|officer|judge|senator|" +
        @"mayor|premier|chancellor|ambassador|prosecutor|attorney general|congressman|congresswoman)";

    // ...or set before the name in apposition: "Kessel Bank's chief economist, Omar Reyes"
    [GeneratedRegex(@"(?<role>" + RoleWords + @"),?\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex RoleBefore();

    // "Omar Reyes, the company's chief economist,", "Jana Roe, an analyst": the role in apposition after the name, no organisation named
    [GeneratedRegex(@"^,\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}&.-]+(?:\s+[\p{L}&.-]+){0,3}['’]s\s+)?(?<role>" + RoleWords + @")"
        + @"(?=\s*[,.;:)]|\s*$|\s+(?:at|in|for|with|and|who|since|until|said|says)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex AppositiveRole();

    private static Regex RoleAfterThenOrg() => RoleAfterThenOrgPattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex RoleAfterThenOrgPattern = new(
        @"^,\s+(?:the\s+|a\s+|an\s+)?(?<role>" + RoleWords + @")(?:\s+(?:for|of)\s+[A-Z][\w ]{0,40}?)?\s+(?:at|of|for|with)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    [GeneratedRegex(@"^,\s+(?:the\s+)?$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex CommaBeforeOrg();

    [GeneratedRegex(@"^['’]s\s+(?<role>" + RoleWords + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex PossessiveRole();

    /// <summary>Adds role and affiliation to the person mentions of an article.</summary>
    public static List<EntityMention> Assign(string body, List<EntityMention> mentions)
    {
        var found = new Dictionary<string, (string Role, string Affiliation)>(StringComparer.Ordinal);
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type != "PERSON" || found.ContainsKey(m.EntityId)) continue;
            string role = "", affiliation = "";
            // Before: "[Org] chief executive Maria Okafor".
            int from = Math.Max(0, m.Start - 60);
            var before = RoleBefore().Match(body, from, m.Start - from);
            if (before.Success && before.Index + before.Length == m.Start)
            {
                role = before.Groups["role"].Value;
                var org = mentions.LastOrDefault(o => o.Type == "ORG" && o.End <= before.Index && before.Index - o.End <= 3);
                if (org != null) affiliation = org.Name;
            }
            // After: "Frank Downing, Director of Research ... at Ark Invest".
            var next = k + 1 < mentions.Count ? mentions[k + 1] : null;
            if (next != null && next.Type == "ORG" && next.Start > m.End && next.Start - m.End <= 120)
            {
                string between = body[m.End..next.Start];
                var after = RoleAfterThenOrg().Match(between);
                if (after.Success)
                {
                    role = after.Groups["role"].Value.Trim();
                    affiliation = next.Name;
                }
                else if (CommaBeforeOrg().IsMatch(between)
                    && PossessiveRole().Match(body[next.End..Math.Min(body.Length, next.End + 80)]) is { Success: true } pr)
                {
                    role = pr.Groups["role"].Value;
                    affiliation = next.Name;
                }
            }
            if (role.Length == 0 && AppositiveRole().Match(body[m.End..Math.Min(body.Length, m.End + 100)]) is { Success: true } ar)
                role = ar.Groups["role"].Value;
            if (role.Length > 0) found[m.EntityId] = (role, affiliation);
        }
        if (found.Count == 0) return mentions;
        return mentions.Select(m => found.TryGetValue(m.EntityId, out var r) ? m with { Role = r.Role, Affiliation = r.Affiliation } : m).ToList();
    }
}
