using System.Text.RegularExpressions;

namespace FinExtract.Entities;

/// <summary>
/// Names listed under their kind: "carmakers such as Tarvel and Quorvin", "cities including Harlow, Tarnwell and Brede",
/// "novelists like Ana Roe" (a Hearst pattern), "regional carriers Tarvel and Quorvin". The plural before "such as", "like" or
/// "including", or right before a list, says what each name of the list after it is.
/// </summary>
public sealed partial class EntityStage
{
    /// <summary>The kinds of entity-list-kinds.tsv: a plural, and the type of the names listed under it.</summary>
    private static readonly Dictionary<string, string> ListKinds =
        Text.Lexicon.Read("entity-list-kinds.tsv").ToDictionary(r => r[1], r => r[0], StringComparer.Ordinal);

    /// <summary>
    /// Types the names of a list under a kind as the kind says. A name the rules, a ticker or the gazetteers of companies and bodies
    /// typed keeps its type; so does a country or a territory (countries are suppliers and rivals too). A known place or person is
    /// retyped only when most of the list's other names already have the kind's type ("companies like Tarvel, Quorvin and
    /// Sheffield"); a name that only a heuristic typed, or that nothing typed, takes the kind's type.
    /// </summary>
    private static void ListsUnderAKind(string body, List<Candidate> chosen)
    {
        for (int k = 0; k < chosen.Count; k++)
        {
            if (KindBefore(body, chosen[k].Start) is not (string type, bool direct)) continue;
            int last = ListEnd(body, chosen, k);
            // right after the plural, without "such as", a lone name may be the plural's object ("regional carriers Tarvel said"); a list is the kind's
            if (last < 0 || direct && last == k) continue;
            int agreeing = Enumerable.Range(k, last - k + 1).Count(x => chosen[x].Type == type);
            for (int x = k; x <= last; x++)
            {
                var c = chosen[x];
                if (c.Type == type || !Retypable(c, agreeing * 2 > last - k)) continue;
                chosen[x] = c with { Type = type, Rule = Heuristics.ListUnderKind.Id, Confidence = Heuristics.ListUnderKind.Confidence };
            }
            k = last;
        }
    }

    /// <summary>Whether a list's kind may retype <paramref name="c"/>: see <see cref="ListsUnderAKind"/>.</summary>
    private static bool Retypable(Candidate c, bool listAgrees) =>
        !c.IsTicker && !c.IsExchange && !IsNation(c) && (c.Type == "UNKNOWN" || c.Rule.StartsWith("heuristic.", StringComparison.Ordinal)
        || listAgrees && c.Rule is "gazetteer.places" or "gazetteer.people");

    /// <summary>
    /// The type a kind of thing listed right before <paramref name="at"/> gives ("banks such as ", "cities like the "), and whether
    /// the list follows the plural directly ("regional carriers ", "its suppliers, ", "three carriers ("), or null.
    /// </summary>
    private static (string Type, bool Direct)? KindBefore(string body, int at)
    {
        int from = Math.Max(0, at - 40);
        var m = KindCue().Match(body, from, at - from);
        return m.Success && ListKinds.TryGetValue(m.Groups["kind"].Value.ToLowerInvariant(), out var type) ? (type, !m.Groups["cue"].Success) : null;
    }

    [GeneratedRegex(@"\b(?<kind>\p{L}[\p{Ll}-]+s)(?:,? | \()(?<cue>(?:such as|like|including) (?:[Tt]he )?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex KindCue();

    /// <summary>
    /// The index of the last name of the list that opens with <paramref name="first"/>: names joined by ", ", " and ", ", and ",
    /// " or " (each may take "the"), the last ending its clause or followed by a lower-case word; -1 when a name is cut off by
    /// what follows it ("Tarvel's chief executive", "Tarvel-based", "Tarvel of Harlow" before more names), which makes it no item.
    /// </summary>
    private static int ListEnd(string body, List<Candidate> chosen, int first)
    {
        int k = first;
        while (true)
        {
            int end = chosen[k].End;
            var sep = ListSeparator().Match(body, end);
            if (sep.Success && k + 1 < chosen.Count && chosen[k + 1].Start == end + sep.Length)
            {
                k++;
                continue;
            }
            return ItemEndsAt(body, end) ? k : k > first ? k - 1 : -1;
        }
    }

    [GeneratedRegex(@"\G(?:,? (?:and|or) |, )(?:[Tt]he )?", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    /// <summary>Whether a listed name may end at <paramref name="at"/>: punctuation that closes it, a line's end, or a lower-case word.</summary>
    private static bool ItemEndsAt(string body, int at) =>
        at >= body.Length || body[at] is ',' or '.' or ';' or ':' or ')' or '\n' or '\r'
        || body[at] == ' ' && at + 1 < body.Length && char.IsLower(body[at + 1]) && !body.AsSpan(at + 1).StartsWith("of ");
}
