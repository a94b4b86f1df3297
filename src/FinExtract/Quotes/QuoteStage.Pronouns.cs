using System.Text.RegularExpressions;
using FinExtract.Entities;

namespace FinExtract.Quotes;

/// <summary>The quote stage's pronouns: what "he", "she", "they" and "it" point back to.</summary>
public sealed partial class QuoteStage
{
    /// <summary>Honorifics before a name that tell its gender ("Ms", "Sir"): Resources/lexicon/person-honorific-genders.tsv.</summary>
    private static readonly Dictionary<string, string> HonorificGenders = EntityLexicon.HonorificGenders;

    /// <summary>
    /// What a pronoun points back to: of the entities of the wanted type named before it (outside quotation
    /// marks), those of the latest sentence that names one, and of these the first, the sentence's subject
    /// ("Cook told Benioff ... “…,” he said" is Cook). With a <paramref name="gender"/> ("f" for "she", "m" for "he"),
    /// a person known to be of the other one is passed over ("Tom Reyes met Ana Ruiz ... she said" is Ruiz).
    /// </summary>
    private static EntityMention? Antecedent(Context ctx, int at, string? gender, params string[] types)
    {
        // A person who is the object of a preposition ("chats with Epstein", "a letter to Smith") is not who a later "he" is
        // about; an organisation after one often is ("economists at Goldman Sachs said").
        var before = ctx.Entities.Where(x => x.End <= at && types.Contains(x.Type) && !ctx.InsideQuote(x)
            && !(x.Type == "PERSON" && AfterPreposition(ctx.Body, x.Start)))
            .OrderByDescending(x => x.Start).ToList();
        if (gender != null)
        {
            var honorifics = ctx.HonorificGenders;
            before.RemoveAll(x => GenderOf(x, honorifics) is { } known && known != gender);
        }
        if (before.Count == 0) return null;
        var latest = before[0];
        // "Asia Winner / Hafiz, from Pakistan, … He said": the person before a heading is another section's
        if (ctx.HeadingBetween(latest.End, at)) return null;
        int si = ctx.SentenceOf(latest.Start);
        if (si < 0) return latest;
        var sentence = ctx.Sentences[si];
        var inSentence = before.Where(x => x.Start >= sentence.Start).OrderBy(x => x.Start).ToList();
        // "… he also attacked Paul Brenner. He was quoted as saying": where the same pronoun is that sentence's subject, the
        // names after it are objects; the pronoun points back as that one does
        if (gender != null && sentence.Start < at && SamePronounBefore(ctx.Body, sentence.Start, inSentence[0].Start, gender))
            return Antecedent(ctx, sentence.Start, gender, types);
        // "When asked about Roe's exit, Ash said …": a name in an opening subordinate clause is not the sentence's subject
        if (inSentence.Count > 1 && OpeningClauseEnd(ctx.Body, sentence.Start, inSentence[^1].Start) is int comma)
            inSentence = inSentence.Where(x => x.Start > comma).DefaultIfEmpty(inSentence[0]).ToList();
        // "Roe's colleague Jan Ash disagreed": the person a possessive introduces is the subject, not the possessor
        return inSentence.Count > 1 && IntroducedByPossessive(ctx.Body, inSentence[0], inSentence[1], gender) ? inSentence[1] : inSentence[0];
    }

    /// <summary>
    /// Whether the quotation that holds <paramref name="quoteStart"/>, one sentence long, names <paramref name="person"/> (any linked
    /// mention of them). A longer span may have run on over marks that went missing into the report around it ("… Senator X says
    /// he …"), where a name is no sign.
    /// </summary>
    private static bool QuotationNames(Context ctx, int quoteStart, EntityMention person)
    {
        foreach (var span in ctx.Spans)
            if (span.Start <= quoteStart && quoteStart < span.End)
                return !SentenceBreakInside().IsMatch(ctx.Body.AsSpan(span.Start, span.End - span.Start))
                    && ctx.Entities.Any(x => x.EntityId == person.EntityId && x.Start >= span.Start && x.End <= span.End);
        return false;
    }

    [GeneratedRegex(@"[.!?][""”’)]?\s+[""“‘]?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreakInside();

    /// <summary>
    /// "A spokeswoman for Tarn Ltd defended the move. “…,” she said.": a spokesperson for an organisation, introduced after the
    /// latest person <paramref name="person"/> (or with none before), is who "he" or "she" is, and speaks for the organisation.
    /// The spokesperson stands in the quotation's sentence or the one before it; "spokesman" is "he", "spokeswoman" "she".
    /// </summary>
    private static EntityMention? SpokespersonOrganisation(Context ctx, int at, string gender, EntityMention? person)
    {
        int from = ctx.PreviousSentenceStart(at);
        if (from < 0) return null;
        // (a person named only as a possessor, "confirming Roe's death", is not one the pronoun could mean instead)
        if (person != null && !IsPossessor(ctx.Body, person)) from = Math.Max(from, person.End);
        if (at <= from) return null;
        EntityMention? found = null;
        foreach (Match m in SpokespersonFor().Matches(ctx.Body[from..at]))
        {
            if (m.Groups["w"].Value is var w && (w == "man" && gender == "f" || w == "woman" && gender == "m")) continue;
            int org = from + m.Index + m.Length;
            found = ctx.Entities.FirstOrDefault(x => x.Type == "ORG" && x.Start == org) ?? found;
        }
        return found;
    }

    /// <summary>Whether a mention is followed by a possessive "'s" or "’s" ("Roe’s death").</summary>
    private static bool IsPossessor(string body, EntityMention x) =>
        x.End + 1 < body.Length && body[x.End] is '\'' or '’' && body[x.End + 1] == 's' && (x.End + 2 == body.Length || !char.IsLetter(body[x.End + 2]));

    // (not one set in apposition to a named person: "Ana Roe, a spokeswoman for X" is Ana Roe)
    [GeneratedRegex(@"(?<!,\s*(?:a|an|the)\s+)\bspokes(?<w>person|man|woman)\s+(?:for|of|at|from)\s+(?:the\s+)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpokespersonFor();

    private static bool SamePronounBefore(string body, int start, int end, string gender) =>
        (gender == "f" ? ShePronoun() : HePronoun()).IsMatch(body.AsSpan(start, end - start));

    [GeneratedRegex(@"\b[Hh]e\b", RegexOptions.CultureInvariant)]
    private static partial Regex HePronoun();

    [GeneratedRegex(@"\b[Ss]he\b", RegexOptions.CultureInvariant)]
    private static partial Regex ShePronoun();

    /// <summary>
    /// The comma that ends a sentence's opening subordinate clause ("When asked about it, …"), when it comes before <paramref name="before"/>.
    /// </summary>
    private static int? OpeningClauseEnd(string body, int start, int before)
    {
        var m = OpeningSubordinator().Match(body, start, before - start);
        if (!m.Success) return null;
        int comma = body.IndexOf(", ", m.Index + m.Length, before - m.Index - m.Length, StringComparison.Ordinal);
        return comma > 0 ? comma : null;
    }

    /// <summary>
    /// A subordinating word opening a sentence ("When asked about it, …", "As Roe's bid stalled, …"), or right after a short opening
    /// phrase of time or a conjunction ("In 2016, as …", "But when …").
    /// </summary>
    [GeneratedRegex(@"\G\s*(?:(?:In|On|At|By|During|Last|This|Earlier|Later|Then|Still)\b[^,.;:“”""]{0,40},\s+|(?:But|And|Yet|So)\s+)?"
        + @"(?:[Ww]hile|[Ww]hilst|[Aa]lthough|[Tt]hough|[Ww]hereas|[Ss]ince|[Bb]ecause|[Aa]fter|[Bb]efore|[Ww]hen|[Oo]nce|[Ii]f|[Uu]nless|[Uu]ntil|[Aa]s)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OpeningSubordinator();

    /// <summary>Words for a person by relation to another, and the gender each tells ("-" for none): Resources/lexicon/person-relation-words.tsv.</summary>
    private static readonly Dictionary<string, string> RelationGenders = EntityLexicon.RelationGenders;

    /// <summary>
    /// Whether <paramref name="person"/> is introduced by a possessive of <paramref name="possessor"/> and a word for a relation or an
    /// office ("Roe's colleague Jan Ash", "Roe's boss, chief executive Jan Ash"), and not as a relative of the other gender than a
    /// pronoun's <paramref name="gender"/> ("Roe's wife, Ana Ash" is no "he").
    /// </summary>
    private static bool IntroducedByPossessive(string body, EntityMention possessor, EntityMention person, string? gender)
    {
        var m = PossessiveIntroduces().Match(body, possessor.End, person.Start - possessor.End);
        if (!m.Success) return false;
        string last = m.Groups["w"].Captures[^1].Value;
        if (!RelationGenders.ContainsKey(last) && !RoleWords.Contains(last)) return false;
        return gender == null || !m.Groups["w"].Captures.Any(w => RelationGenders.TryGetValue(w.Value, out var g) && g != "-" && g != gender);
    }

    /// <summary>What stands between a possessor and the person it introduces: "'s colleague ", "’s boss, chief executive ".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G['’]s(?:,?\s+(?<w>[a-z][a-z-]*)){1,4},?\s+$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveIntroduces();

    /// <summary>
    /// Whether a "they" at <paramref name="at"/> points back to a group that names no entity: its own sentence names none before it,
    /// and the sentence before opens with a plural common noun as its subject ("Regulators have warned for months.", "The
    /// protesters in the square demanded ...") and names no entity near it ("Analysts for X said" is about X's analysts).
    /// </summary>
    private static bool PluralSubjectBefore(Context ctx, int at) => SubjectOfSentenceBefore(ctx, at, PluralSubjectWords(), 60, true) != null;

    /// <summary>
    /// Whether a "he" or "she" at <paramref name="at"/> points back to a person the sentence before only describes: it opens with "A",
    /// "An", "One" or "Another", at most one word and a common noun as its subject ("A second neighbour spoke next.", "A local
    /// trader said ..."), and names no entity near it, nor a person anywhere ("A short break makes it worse, labour economist Ada Quarles found.":
    /// the subject was a thing, and the pronoun is hers).
    /// </summary>
    private static bool UnnamedPersonBefore(Context ctx, int at) =>
        SubjectOfSentenceBefore(ctx, at, UnnamedPersonWords(), 60, true) != null && !NamesAPersonBefore(ctx, at);

    /// <summary>Whether the sentence before the one at <paramref name="at"/> names a person.</summary>
    private static bool NamesAPersonBefore(Context ctx, int at)
    {
        int si = ctx.SentenceOf(at);
        if (si < 1) return false;
        var sentence = ctx.Sentences[si - 1];
        return ctx.Entities.Any(e => e.Type == "PERSON" && e.Start >= sentence.Start && e.End <= sentence.End);
    }

    /// <summary>A sentence's opening "a/an/one/another [word] noun" subject ("A passer-by"), then a lower-case word, or a comma and one
    /// ("A witness, who …"); not a span of time ("A year later").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:Another|An?|One)\s+(?!(?:year|decade|month|week|day|time|few|lot|number|bit|spokes|source)"
        + @"[a-z]*\b)(?:[a-z]+\s+)?(?!spokes)[a-z]{3,}(?:-[a-z]+)*,?\s+[a-z]", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial Regex UnnamedPersonWords();

    /// <summary>
    /// The match of <paramref name="subject"/> at the start of the sentence before the one at <paramref name="at"/>, looked for in its
    /// first <paramref name="window"/> characters, when <paramref name="at"/>'s own sentence names no entity before it and no entity
    /// stands in that sentence before it up to the match's end (or the window's, with <paramref name="entityFreeWindow"/>); else null.
    /// </summary>
    private static Match? SubjectOfSentenceBefore(Context ctx, int at, Regex subject,
        int window, bool entityFreeWindow)
    {
        int si = ctx.SentenceOf(at);
        if (si < 1 || ctx.Entities.Any(e => e.Start >= ctx.Sentences[si].Start && e.End <= at)) return null;
        var sentence = ctx.Sentences[si - 1];
        int end = Math.Min(sentence.End, sentence.Start + window);
        var m = subject.Match(ctx.Body, sentence.Start, end - sentence.Start);
        if (!m.Success) return null;
        int free = entityFreeWindow ? end : m.Index + m.Length;
        return ctx.Entities.Any(e => e.Start < free && e.End > sentence.Start) ? null : m;
    }

    /// <summary>
    /// A sentence's opening subject that is a plural common noun, then a lower-case word (its verb or a preposition): one capitalised
    /// word ("Regulators have") or a determiner, at most one lower-case word and the noun ("The protesters in", "Some local officials said").
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:(?:The|These|Those|Some|Many|Most|Both|Several|Other|All)\s+(?:[a-z]+\s+)?[a-z]{3,}[^siu'’\s]s"
        + @"|[A-Z][a-z]{2,}[^siu'’\s]s)\s+[a-z]", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial Regex PluralSubjectWords();

    /// <summary>
    /// A person's gender as the article tells it: an honorific before any mention of them ("Ms Ruiz"), else a given name
    /// that is almost always one gender's; null when neither tells.
    /// </summary>
    private static string? GenderOf(EntityMention person, Dictionary<string, string> honorifics)
    {
        if (person.Type != "PERSON") return null;
        if (honorifics.TryGetValue(person.EntityId, out var g)) return g;
        return EntityLexicon.GenderOfName(person.Name);
    }

    /// <summary>Each person's gender by the first honorific written before one of their mentions, in one pass over the mentions.</summary>
    private static Dictionary<string, string> HonorificGendersByEntity(Context ctx)
    {
        var genders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in ctx.Entities)
            if (m.Type == "PERSON" && !genders.ContainsKey(m.EntityId) && HonorificGenders.TryGetValue(WordBefore(ctx.Body, m.Start), out var g))
                genders[m.EntityId] = g;
        return genders;
    }

    /// <summary>The word right before <paramref name="start"/>, without a final full stop ("Mrs." -> "Mrs").</summary>
    private static string WordBefore(string body, int start)
    {
        int end = start;
        while (end > 0 && body[end - 1] == ' ') end--;
        if (end > 0 && body[end - 1] == '.') end--;
        int from = end;
        while (from > 0 && char.IsLetter(body[from - 1])) from--;
        return body[from..end];
    }
}
