using FinExtract.Documents;
using System.Text.RegularExpressions;

namespace FinExtract.Entities;

/// <summary>Teams named by their nickname in a report on sport ("the Falcons", "the Tarnwell Hawks").</summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// In a report on sport (three or more of entity-sports-words.tsv), a capitalised plural after "the", with at most one capitalised
    /// word before it ("the Falcons", "the Nittany Lions"), is a team when the article writes it capitalised twice or more and never in
    /// lower case: every mention of it is then the team, with or without "the" ("Falcons linebacker Ivo Marsh"). A nationality, a
    /// place, an event or a party's members ("the Americans", "the Alps", "the Olympics", "the Democrats") is none.
    /// </summary>
    private void TeamNicknames(Article article, List<Candidate> chosen)
    {
        string body = article.Body;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in TheCapitalisedPlural().Matches(body))
            if (IsNickname(body, m.Groups[1].Value)) names.Add(m.Groups[1].Value);
        if (names.Count == 0 || !IsSportsReport(article)) return;
        foreach (var name in names)
            for (int at = body.IndexOf(name, StringComparison.Ordinal); at >= 0; at = body.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                if (Text.Words.IsWholeWordAt(body, at, name.Length))
                    ClaimSpan(chosen, new Candidate(at, at + name.Length, "ORG", Heuristics.TeamNickname), c => c.Type != "UNKNOWN");
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>Whether at least three different words of entity-sports-words.tsv stand in the article's body.</summary>
    private static bool IsSportsReport(Article article)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string body = article.Body;
        foreach (var t in article.Tokens)
        {
            if (t.Kind == Text.TokenKind.Punctuation || !char.IsLower(body[t.Start])) continue;
            var word = body.AsSpan(t.Start, t.End - t.Start);
            if (EntityLexicon.SportsWords.TryGetValue(word, out var known) && seen.Add(known) && seen.Count >= 3) return true;
        }
        return false;
    }

    /// <summary>A nickname's last word: no nationality, place, event or party word, and capitalised at least twice in the article.</summary>
    private bool IsNickname(string body, string name)
    {
        string last = name[(name.LastIndexOf(' ') + 1)..];
        if (last.Length < 4 || last[^2] is 's' or '\'' || EntityLexicon.NotNames.Contains(last) || EntityLexicon.Demonyms.Contains(last)
            || EntityLexicon.Demonyms.Contains(last[..^1]) || EntityLexicon.PlaceWords.Contains(last)
            || EntityLexicon.MiscEndings.Contains(last) || _gazetteer.TryGet(last.AsSpan(), out _) || _gazetteer.TryGet(name.AsSpan(), out _))
            return false;
        return Occurrences(body, name) >= 2 && !WrittenInLowerCase(body, last);
    }

    /// <summary>"the Falcons", "The Nittany Lions": "the", then one or two capitalised words, the last a plural in "s", and no capital after.</summary>
    [GeneratedRegex(@"\b[Tt]he ((?:\p{Lu}\p{Ll}+ )?\p{Lu}\p{Ll}+s)\b(?!['’]?\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex TheCapitalisedPlural();
}
