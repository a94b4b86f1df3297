using System.Text.RegularExpressions;

namespace FinExtract.Entities;

/// <summary>Names the rules and the model left open that a personal pronoun after them shows to be a person's.</summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// "Tarn Quorvale runs Harlow Bank. She said ...": a full name the rules and the model left open (two or three capitalised name
    /// words) that opens its sentence, and that the next "he" or "she" as a subject refers back to, is a person's: a firm or a place
    /// is "it". The pronoun must open the sentence after (or the rest of the name's own) or follow a quotation's closing comma
    /// ("," she said"), and no person or other open name may stand between, nor may one share the name's sentence; not when
    /// <paramref name="leansPerson"/> (the recogniser's reading of its words) says it is rather a firm or a place.
    /// </summary>
    private void PeopleNamedByPronoun(string body, List<Candidate> chosen, Func<Candidate, bool> leansPerson)
    {
        for (int k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (c.Type != "UNKNOWN" || c.IsDefinedTerm || !OpensSentence(body, c.Start)) continue;
            var words = body[c.Start..c.End].Split(' ');
            if (words.Length is < 2 or > 3 || !words.All(IsPlainNameWord) || !words.All(w => IsPersonNameWord(body, w))) continue;
            int limit = SentenceEnd(body, SentenceEnd(body, c.End));
            var m = SubjectPronoun().Match(body, c.End, limit - c.End);
            if (!m.Success || PersonOrOpenName(body, chosen, k, c.End, m.Index) || !leansPerson(c)) continue;
            chosen[k] = c with { Type = "PERSON", Rule = Heuristics.NamedByPronoun.Id, Confidence = Heuristics.NamedByPronoun.Confidence };
        }
    }

    /// <summary>
    /// Whether a mention typed a person, or one left open that does not just open a sentence (a capital that may be only the
    /// sentence's), lies in [from, to) other than the one at <paramref name="self"/>.
    /// </summary>
    private static bool PersonOrOpenName(string body, List<Candidate> chosen, int self, int from, int to) =>
        chosen.Where((x, i) => i != self && x.Start < to && x.End > from)
            .Any(x => x.Type == "PERSON" || x.Type == "UNKNOWN" && (body.AsSpan(x.Start, x.Length).Contains(' ') || !OpensSentence(body, x.Start)));

    /// <summary>Whether <paramref name="at"/> opens a sentence: the body's start, a line's, or after a stop and a space.</summary>
    private static bool OpensSentence(string body, int at)
    {
        int p = at - 1;
        while (p >= 0 && body[p] is ' ' or '"' or '“') p--;
        return p < 0 || body[p] == '\n' || body[p] is '.' or '!' or '?' && p < at - 1 && body[p + 1] == ' ';
    }

    /// <summary>The index just past the sentence that holds <paramref name="from"/>: after its stop, or the line's end.</summary>
    private static int SentenceEnd(string body, int from)
    {
        for (int p = from; p < body.Length; p++)
        {
            if (body[p] == '\n') return p;
            if (body[p] is '.' or '!' or '?' && (p + 1 == body.Length || body[p + 1] is ' ' or '\n' or '"' or '”')) return p + 1;
        }
        return body.Length;
    }

    /// <summary>"he" or "she" as a subject: opening a sentence, or after a quotation's closing comma.</summary>
    [GeneratedRegex(@"(?:(?<=[.!?][""”]? )(?:He|She)|(?<=,[""”] )(?:he|she))(?![\w'’-])")]
    private static partial Regex SubjectPronoun();
}
