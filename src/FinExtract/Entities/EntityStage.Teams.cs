using System.Text.RegularExpressions;

namespace FinExtract.Entities;

/// <summary>Towns that play: a town's name on either side of a match's result is its club.</summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// A town or an unlisted place on either side of a result verb, with the score after the second side ("Tarnwell beat Harlow 2-1",
    /// "the side lost to Quorvin 0-3"), is the town's club, an organisation. A country stays a place: national sides are named by
    /// their country, and a country "beats" others in tables of trade and growth as well. A person is never retyped.
    /// </summary>
    private static void TownsWithAScore(string body, List<Candidate> chosen)
    {
        for (int k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (c.Type != "LOCATION" || c.Known is { Kind: not "city" }) continue;
            bool beaten = ResultVerbBefore(body, c.Start) && ScoreAt(body, c.End);
            bool beating = !beaten && k + 1 < chosen.Count && SideOpens(body, c.Start) && ResultVerbBetween(body, c.End, chosen[k + 1].Start)
                && ScoreAt(body, chosen[k + 1].End);
            if (beaten || beating) chosen[k] = new Candidate(c.Start, c.End, "ORG", Heuristics.TownWithAScore);
        }
    }

    /// <summary>Whether a match's score ("2-1", "63–7") follows at <paramref name="at"/> after one space, and no more digits or dashes.</summary>
    private static bool ScoreAt(string body, int at) => at < body.Length && ScoreAfter().IsMatch(body, at);

    [GeneratedRegex(@"\G (?:[0-9]{1,3})[-–](?:[0-9]{1,3})(?![-–0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex ScoreAfter();

    /// <summary>Whether a result verb and one space stand right before <paramref name="at"/> ("beat ", "lost to ").</summary>
    private static bool ResultVerbBefore(string body, int at)
    {
        if (at < 2 || body[at - 1] != ' ') return false;
        int s = at - 1;
        // one or two words back: "beat", "lost to"
        for (int words = 0; words < 2 && s > 0; words++)
        {
            s--;
            while (s > 0 && char.IsLetter(body[s - 1])) s--;
            if (EntityLexicon.ResultVerbs.Contains(body[s..(at - 1)])) return s == 0 || !char.IsLetter(body[s - 1]);
            if (s < 1 || body[s - 1] != ' ') return false;
            s--;
        }
        return false;
    }

    /// <summary>Whether what stands between two mentions is one result verb with a space either side (" beat ", " drew with ").</summary>
    private static bool ResultVerbBetween(string body, int end, int next) =>
        next - end > 2 && body[end] == ' ' && body[next - 1] == ' ' && EntityLexicon.ResultVerbs.Contains(body[(end + 1)..(next - 1)]);

    /// <summary>
    /// Whether a side's name opens its clause: at the text's or a line's start, after punctuation, or after a word in lower case that
    /// is not a preposition ("Ada Quarles of Tarvia beat ..." names the player's country, not a side).
    /// </summary>
    private static bool SideOpens(string body, int start)
    {
        if (start == 0 || body[start - 1] == '\n') return true;
        if (body[start - 1] != ' ') return body[start - 1] is '(' or '"' or '“';
        string word = WordBefore(body, start);
        return word.Length == 0 || !char.IsLetter(word[^1]) || char.IsLower(word[0]) && !IsWherePreposition(word);
    }
}
