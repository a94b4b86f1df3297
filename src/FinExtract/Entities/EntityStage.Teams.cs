using System.Text.RegularExpressions;

namespace FinExtract.Entities;

/// <summary>
/// Sides that play: a town's name on either side of a match's result is its club, and an open full name beside a known player's is a
/// player's.
/// </summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// A town, a state, a region or any other place but a country on either side of a result verb, with the score after the second
    /// side ("Tarnwell beat Harlow 2-1", "the side lost to Quorvin 0-3", "Western Ohio rolled past Kansas, 31-10"), is the club or the
    /// college team named for it, an organisation. A country (or a territory) stays a place: national sides are named by their
    /// country, and a country "beats" others in tables of trade and growth as well. A person is never retyped.
    /// </summary>
    private static void TownsWithAScore(string body, List<Candidate> chosen)
    {
        for (int k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (c.Type != "LOCATION" || IsNation(c)) continue;
            bool beaten = ResultVerbBefore(body, c.Start) && ScoreAt(body, c.End);
            bool beating = !beaten && k + 1 < chosen.Count && SideOpens(body, c.Start) && ResultVerbBetween(body, c.End, chosen[k + 1].Start)
                && ScoreAt(body, chosen[k + 1].End);
            if (beaten || beating) chosen[k] = new Candidate(c.Start, c.End, "ORG", Heuristics.TownWithAScore);
        }
        SameNamesAsTheSides(body, chosen);
    }

    /// <summary>A country or a territory the gazetteer knows: national sides are named by it, so it stays a place.</summary>
    private static bool IsNation(Candidate c) => c.Known is { Kind: "country" or "territory" };

    /// <summary>
    /// Once a place's name is a side of a result, the article's other mentions written the same way are that side too ("Western Ohio
    /// rolled past Kansas, 31-10 ... Western Ohio led at halftime"), the report being about the match.
    /// </summary>
    private static void SameNamesAsTheSides(string body, List<Candidate> chosen)
    {
        HashSet<string>? sides = null;
        foreach (var c in chosen)
            if (c.Rule == Heuristics.TownWithAScore.Id) (sides ??= new(StringComparer.Ordinal)).Add(body[c.Start..c.End]);
        if (sides is null) return;
        for (int k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (c.Type == "LOCATION" && !IsNation(c) && sides.Contains(body[c.Start..c.End]))
                chosen[k] = new Candidate(c.Start, c.End, "ORG", Heuristics.TownWithAScore);
        }
    }

    /// <summary>
    /// Whether a match's score ("2-1", "63–7") follows at <paramref name="at"/> after one space, or after a comma and a space as agency
    /// style writes it ("beat Harlow, 38-20"), and no more digits or dashes.
    /// </summary>
    private static bool ScoreAt(string body, int at) => at < body.Length && ScoreAfter().IsMatch(body, at);

    [GeneratedRegex(@"\G,? (?:[0-9]{1,3})[-–](?:[0-9]{1,3})(?![-–0-9])", RegexOptions.CultureInvariant)]
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

    /// <summary>
    /// Whether what stands between two mentions is one result verb with a space either side (" beat ", " drew with "), after "had",
    /// "has" or "have" or not (" had beaten ").
    /// </summary>
    private static bool ResultVerbBetween(string body, int end, int next)
    {
        if (next - end <= 2 || body[end] != ' ' || body[next - 1] != ' ') return false;
        var verb = body.AsSpan(end + 1, next - end - 2);
        foreach (var aux in Auxiliaries)
            if (verb.StartsWith(aux, StringComparison.Ordinal)) { verb = verb[aux.Length..]; break; }
        return ResultVerbs.Contains(verb);
    }

    private static readonly string[] Auxiliaries = ["had ", "has ", "have "];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ResultVerbs =
        EntityLexicon.ResultVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Ada Quarles beat Velko Brannic 6-4, 6-2", "Mina Okafor and Ivo Marsh defeated Dorvik Anselm and Tovan Rielsky 7-5": the sides
    /// of a result with a score are of one kind. Where the typed names of one side are all people's, a full name the rules and the model
    /// left open on the other (two or three capitalised words) is a person's too, unless <paramref name="leansPerson"/> (the
    /// recogniser's reading of its words) says it is rather a firm's or a place's. The second side may name the player's country
    /// before the score ("Tovan Rielsky of Tarvia 7-5").
    /// </summary>
    private static void PlayersInResults(string body, List<Candidate> chosen, List<(int From, int To)> lists, Func<Candidate, bool> leansPerson)
    {
        HashSet<string>? surnames = null;
        for (int x = 0; x + 1 < lists.Count; x++)
        {
            var (first, second) = (lists[x], lists[x + 1]);
            int end = chosen[second.To - 1].End;
            if (second.To < chosen.Count && chosen[second.To].Type == "LOCATION" && body.AsSpan(end, chosen[second.To].Start - end) is " of ")
                end = chosen[second.To].End;
            if (!ResultVerbBetween(body, chosen[first.To - 1].End, chosen[second.From].Start) || !ScoreAt(body, end)) continue;
            surnames ??= chosen.Where(c => c.Type == "PERSON" && body.AsSpan(c.Start, c.Length).IndexOf(' ') > 0)
                .Select(c => body[(body.LastIndexOf(' ', c.End - 1) + 1)..c.End]).ToHashSet(StringComparer.Ordinal);
            if (AllPeople(body, chosen, first, surnames)) TypePlayers(body, chosen, second, leansPerson);
            if (AllPeople(body, chosen, second, surnames)) TypePlayers(body, chosen, first, leansPerson);
        }
    }

    /// <summary>
    /// Whether a side names at least one person, by a full name or by the surname of one the article names in full ("Quarles"), and
    /// nothing typed otherwise.
    /// </summary>
    private static bool AllPeople(string body, List<Candidate> chosen, (int From, int To) side, HashSet<string> surnames)
    {
        var members = chosen.GetRange(side.From, side.To - side.From);
        return members.Any(c => c.Type == "PERSON" || c.Type == "UNKNOWN" && surnames.Contains(body[c.Start..c.End]))
            && members.All(c => c.Type is "PERSON" or "UNKNOWN");
    }

    private static void TypePlayers(string body, List<Candidate> chosen, (int From, int To) side, Func<Candidate, bool> leansPerson)
    {
        for (int k = side.From; k < side.To; k++)
        {
            var c = chosen[k];
            if (c.Type != "UNKNOWN" || c.IsDefinedTerm || body[c.Start..c.End].Split(' ') is not { Length: 2 or 3 } words
                || !words.All(IsPlainNameWord) || !leansPerson(c)) continue;
            chosen[k] = c with { Type = "PERSON", Rule = Heuristics.PlayerInResult.Id, Confidence = Heuristics.PlayerInResult.Confidence };
        }
    }

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
