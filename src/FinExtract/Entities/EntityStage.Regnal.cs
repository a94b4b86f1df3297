using System.Text.RegularExpressions;

namespace FinExtract.Entities;

/// <summary>Regnal numbers: the Roman number that names a monarch or a pope ("Charles III", "Louis XIV").</summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// "King Tarn III", "Pope Quorvin XVI", "Louis XIV": a Roman number after a person's name, or after a lone given name the rules
    /// left open, is part of the name, as monarchs and popes are named; a lone given name so followed is a person. "I" only after a
    /// royal or religious title's name and not before a lower-case word ("King Tarn I." but not "as Tarn I said").
    /// </summary>
    private void RegnalNumbers(string body, List<Candidate> chosen)
    {
        List<(Candidate Old, Candidate New)>? changes = null;
        foreach (var c in chosen)
        {
            if (c.Type is not ("PERSON" or "UNKNOWN")) continue;
            var m = RegnalNumberAfter().Match(body, c.End, Math.Min(10, body.Length - c.End));
            if (!m.Success) continue;
            string name = body[c.Start..c.End];
            bool royal = EntityLexicon.RoyalTitles.Contains(name.Split(' ')[0]) || RoyalTitleBefore(body, c.Start);
            if (m.Groups["n"].Value == "I" && (!royal || LowerCaseWordAt(body, c.End + m.Length))) continue;
            if (c.Type == "UNKNOWN" && !royal && (name.Contains(' ') || !_givenNames.Contains(name))) continue;
            var extended = c.Type == "PERSON" ? c with { End = c.End + m.Length }
                : new Candidate(c.Start, c.End + m.Length, "PERSON", Heuristics.RegnalName);
            (changes ??= new()).Add((c, extended));
        }
        if (changes == null) return;
        foreach (var (old, extended) in changes)
        {
            chosen.RemoveAll(x => x.Start >= old.End && x.Start < extended.End);
            int at = chosen.IndexOf(old);
            if (at >= 0) chosen[at] = extended; // (unless an earlier name's number took it in)
        }
    }

    /// <summary>Whether the word right before <paramref name="start"/> is a royal or religious title ("King", "Pope").</summary>
    private static bool RoyalTitleBefore(string body, int start)
    {
        int e = start - 1;
        if (e < 1 || body[e] != ' ') return false;
        int s = e;
        while (s > 0 && char.IsLetter(body[s - 1])) s--;
        return s < e && EntityLexicon.RoyalTitles.Contains(body[s..e]);
    }

    /// <summary>Whether a lower-case word follows a space at <paramref name="at"/>.</summary>
    private static bool LowerCaseWordAt(string body, int at) => at + 1 < body.Length && body[at] == ' ' && char.IsLower(body[at + 1]);

    [GeneratedRegex(@"\G (?<n>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))(?![\w'’-])", RegexOptions.CultureInvariant)]
    private static partial Regex RegnalNumberAfter();
}
