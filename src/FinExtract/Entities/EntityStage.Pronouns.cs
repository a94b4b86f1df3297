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
    private void PeopleNamedByPronoun(string body, IReadOnlyList<Text.Sentence> sentences, List<Candidate> chosen, Func<Candidate, bool> leansPerson)
    {
        for (int k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (c.Type != "UNKNOWN" || c.IsDefinedTerm || Text.Sentence.IndexAt(sentences, c.Start) is not (int si and >= 0)
                || !OnlyMarksBetween(body, sentences[si].Start, c.Start)) continue;
            var words = body[c.Start..c.End].Split(' ');
            if (words.Length is < 2 or > 3 || !words.All(IsPlainNameWord) || !words.All(w => IsPersonNameWord(body, w))) continue;
            int limit = sentences[Math.Min(si + 1, sentences.Count - 1)].End;
            var m = SubjectPronoun().Match(body, c.End, Math.Max(0, limit - c.End));
            if (!m.Success || PersonOrOpenName(body, sentences, chosen, k, c.End, m.Index) || !leansPerson(c)) continue;
            chosen[k] = c with { Type = "PERSON", Rule = Heuristics.NamedByPronoun.Id, Confidence = Heuristics.NamedByPronoun.Confidence };
        }
    }

    /// <summary>
    /// Whether a mention typed a person, or one left open that does not just open a sentence (a capital that may be only the
    /// sentence's), lies in [from, to) other than the one at <paramref name="self"/>.
    /// </summary>
    private static bool PersonOrOpenName(string body, IReadOnlyList<Text.Sentence> sentences, List<Candidate> chosen, int self, int from, int to) =>
        chosen.Where((x, i) => i != self && x.Start < to && x.End > from)
            .Any(x => x.Type == "PERSON" || x.Type == "UNKNOWN" && (body.AsSpan(x.Start, x.Length).Contains(' ') || !OpensSentence(body, sentences, x.Start)));

    /// <summary>Whether <paramref name="at"/> opens its sentence, after at most opening quotation marks.</summary>
    private static bool OpensSentence(string body, IReadOnlyList<Text.Sentence> sentences, int at) =>
        Text.Sentence.IndexAt(sentences, at) is int si and >= 0 && OnlyMarksBetween(body, sentences[si].Start, at);

    /// <summary>Whether [from, to) holds nothing but spaces and opening quotation marks.</summary>
    private static bool OnlyMarksBetween(string body, int from, int to) => !body.AsSpan(from, to - from).ContainsAnyExcept(" \"“");

    /// <summary>"he" or "she" as a subject: opening a sentence, or after a quotation's closing comma.</summary>
    [GeneratedRegex(@"(?:(?<=[.!?][""”]? )(?:He|She)|(?<=,[""”] )(?:he|she))(?![\w'’-])")]
    private static partial Regex SubjectPronoun();
}
