using System.Text.RegularExpressions;
using FinExtract.Documents;
using FinExtract.Entities;

namespace FinExtract.Quotes;

/// <summary>
/// A speaker carried to a quotation from the one before it, or named after a run of adjoining quotations, and when not to
/// carry.
/// </summary>
public sealed partial class QuoteStage
{
    /// <summary>
    /// "“…,” one parent said. … “…,” they added.": a pronoun after quotations whose last stated speaker the text left
    /// unnamed, with no person named since, is that unnamed speaker, not a person named before them.
    /// </summary>
    private static Attribution? PronounOfUnnamed(Context ctx, Attribution? a, List<Quote> quotes, QuotedSpan s)
    {
        if (a is not { } found || !found.Rule.EndsWith(".pronoun", StringComparison.Ordinal)) return a;
        var stated = quotes.LastOrDefault(q => !CarriedRules.Contains(q.Rule));
        if (stated == null || stated.Rule != "quotes.unnamed-speaker" || s.Start - stated.End > 600) return a;
        // ...not after a question put to a person named ("a reporter asked Roe, “…?” “…,” she replied"): the answer is the one asked
        if (stated.Cue is "asked" or "asks" && ctx.Entities.Any(e => e.Type == "PERSON" && e.End <= stated.Start && stated.Start - e.End < 6)) return a;
        if (ctx.Entities.Any(e => e.Type == "PERSON" && e.Start >= stated.End && e.Start < s.Start)) return a;
        return found with { Speaker = "", EntityId = "", Rule = found.Rule + "-unnamed" };
    }

    /// <summary>Rules that only carry a speaker over from before (or find none): the speaker named after a run-on quotation overrides them.</summary>
    private static readonly HashSet<string> CarriedRules = new(StringComparer.Ordinal)
    {
        "quotes.same-speaker", "quotes.unattributed", "quotes.continued", "quotes.previous-sentence.subject",
    };

    /// <summary>
    /// "… Shaye said that he would not work with Jackson again. “Q1.” “Q2,” Mr Shaye said.": a quotation that only carried a speaker over
    /// from an earlier sentence, followed in its paragraph by nothing but another quotation, is the words of whoever that one's
    /// reporting clause names; not where it came right after a quotation and its own reporting clause ("“A,” said Roe. “Q1.” “Q2,” said Ash.").
    /// </summary>
    private static void SpeakerNamedAfterAdjoining(List<Quote> quotes, string body)
    {
        var set = new bool[quotes.Count];
        for (int i = quotes.Count - 2; i >= 0; i--)
        {
            var (q, next) = (quotes[i], quotes[i + 1]);
            if (!Unstated(q) || CarriedRules.Contains(next.Rule) && !set[i + 1]) continue;
            if (next.Speaker.Length == 0 || !Adjoining(body, q.End, next.Start) || !OpensSentenceAt(body, q.Start)) continue;
            if (i > 0 && q.Start > quotes[i - 1].End && OnlyAReportingClauseBetween(body[quotes[i - 1].End..(q.Start + 1)])) continue;
            quotes[i] = q with
            {
                Speaker = next.Speaker, SpeakerEntityId = next.SpeakerEntityId, Cue = next.Cue, Rule = "quotes.adjoining.speaker-after",
                Confidence = Math.Round(0.85 * next.Confidence, 3),
            };
            set[i] = true;
        }
    }

    /// <summary>
    /// A pull quote: a quotation of six words or more that another quotation of the article repeats, or holds (a page sets a line of
    /// the story apart, before or after it stands in the text), is the words of whoever that one's own clause or sentence names, when
    /// it only carried a speaker over from before or found none.
    /// </summary>
    private static void SpeakerOfRepeatedQuotation(List<Quote> quotes, string body)
    {
        // (a page of thousands of quotations is a list, not a story)
        if (quotes.Count is < 2 or > 500 || !quotes.Any(Unstated)) return;
        var keys = quotes.Select(q => QuotationKey(body, q)).ToList();
        for (int i = 0; i < quotes.Count; i++)
        {
            if (!Unstated(quotes[i]) || keys[i] is not { } key) continue;
            var copies = Enumerable.Range(0, quotes.Count).Where(j => j != i && keys[j] is { } other
                && other.Contains(key, StringComparison.Ordinal)).ToList();
            int source = copies.FirstOrDefault(j => !Unstated(quotes[j]) && quotes[j].Rule != "quotes.continued", -1);
            if (source < 0) continue;
            var from = quotes[source];
            quotes[i] = quotes[i] with
            {
                Speaker = from.Speaker, SpeakerEntityId = from.SpeakerEntityId, Cue = from.Cue, Rule = "quotes.repeated",
                Confidence = Math.Round(0.9 * from.Confidence, 3),
            };
        }
    }

    /// <summary>Whether a quotation only carried a speaker over from before, or found none.</summary>
    private static bool Unstated(Quote q) => q.Rule is "quotes.same-speaker" or "quotes.unattributed";

    /// <summary>A quotation's words, lower case, one space apart and with a space either side; null when fewer than six.</summary>
    private static string? QuotationKey(string body, Quote q)
    {
        var words = WordRuns().Matches(body, q.Start).TakeWhile(m => m.Index < q.End).Select(m => m.Value.ToLowerInvariant()).ToList();
        return words.Count >= 6 ? " " + string.Join(' ', words) + " " : null;
    }

    /// <summary>Whether the quotation whose text starts at <paramref name="start"/> opens a sentence or a paragraph.</summary>
    private static bool OpensSentenceAt(string body, int start)
    {
        int k = start - 1;
        while (k >= 0 && body[k] is ' ' or '“' or '"' or '‘' or '«' or '„') k--;
        if (k >= 0 && body[k] is '”' or '"' or '’' or '»') k--;
        return k < 0 || body[k] is '.' or '!' or '?' or '\n';
    }

    /// <summary>Whether the text between two quotations ends no more than one sentence and no paragraph: the first one's reporting clause.</summary>
    private static bool OnlyAReportingClauseBetween(string between) => !between.Contains('\n') && SentenceStop().Count(between) <= 1;

    [GeneratedRegex(@"[.!?][”""’]?\s+[“""‘]?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceStop();

    /// <summary>Whether only closing and opening marks, stops and spaces stand between two quotations, in one paragraph.</summary>
    private static bool Adjoining(string body, int end, int start) =>
        start > end && start - end <= 8 && body.AsSpan(end, start - end).IndexOfAnyExcept(AdjoiningMarks) < 0;

    private static readonly System.Buffers.SearchValues<char> AdjoiningMarks = System.Buffers.SearchValues.Create(" .,!?”“\"’‘»«„");

    /// <summary>
    /// A quotation that runs on over paragraphs (no closing mark until its last paragraph, each next one opening with a mark) is one
    /// speaker's, and news names that speaker after its last paragraph as often as in its first: a paragraph whose speaker was only
    /// carried over from before takes the one the next paragraph of the run names.
    /// </summary>
    private static void SpeakerNamedAfterRunOn(List<Quote> quotes, List<QuotedSpan> spans)
    {
        var index = new Dictionary<int, int>(spans.Count);
        for (int i = 0; i < spans.Count; i++) index[spans[i].Start] = i;
        for (int i = quotes.Count - 2; i >= 0; i--)
        {
            int si = index[quotes[i].Start], ni = index[quotes[i + 1].Start];
            if (spans[si].CloseAt >= 0 || ni != si + 1 || !spans[ni].Continued) continue;
            if (!CarriedRules.Contains(quotes[i].Rule) || CarriedRules.Contains(quotes[i + 1].Rule)) continue;
            var named = quotes[i + 1];
            quotes[i] = quotes[i] with
            {
                Speaker = named.Speaker, SpeakerEntityId = named.SpeakerEntityId, Cue = named.Cue, Rule = "quotes.run-on.speaker-after",
                Confidence = Math.Round(0.9 * named.Confidence, 3),
            };
        }
    }

    private static bool OpensSentence(string body, int at, IReadOnlyList<Paragraph> paragraphs)
    {
        int p = ParagraphOf(paragraphs, at);
        return CharBefore(body, at, p >= 0 ? paragraphs[p].Start : 0) is '\0' or '.' or '!' or '?';
    }

    /// <summary>
    /// The speaker a quotation with no clause of its own takes from the quotation before: a continued one always carries it on; else a
    /// sentence that opens with "he" or "she" and names someone since (<see cref="PronounSubject"/>) gives that person; else it carries
    /// on unless other words lead the quotation (<see cref="LedByOthers"/>), and then it has none (null).
    /// </summary>
    private Quote? FromBefore(Context ctx, QuotedSpan s, Quote previous, IReadOnlyList<Paragraph> paragraphs, double kind)
    {
        if (!s.Continued)
        {
            int sentence = SentenceStartBefore(ctx.Body, s.OpenAt, paragraphs);
            if (PronounSubject(ctx, s, previous, sentence, kind) is { } pronounSubject) return pronounSubject;
            if (LedByOthers(ctx, s, previous, sentence)) return null;
        }
        return previous with { Start = s.Start, End = s.End, Rule = s.Continued ? "quotes.continued" : "quotes.same-speaker",
            Confidence = Math.Round(0.6 * kind, 3) };
    }

    /// <summary>
    /// "A sales promotion is defined as “…”", "The blog cited …": a quotation inside a sentence of its own (from
    /// <paramref name="sentence"/>) whose words before it open with another subject is not carried over to the speaker of an earlier
    /// sentence; one whose words open with a pronoun or a definite description ("The company described …"), hold a reporting verb or
    /// the earlier speaker's surname still is.
    /// </summary>
    private bool LedByOthers(Context ctx, QuotedSpan s, Quote previous, int sentence)
    {
        if (previous.End > sentence) return false;
        var lead = ctx.Body[sentence..s.OpenAt];
        // "The union replied that “…”" after a person's words: a body is not the person who spoke before
        if (OpensWithABody(lead, out string body) && ctx.Entities.Any(e => e.EntityId == previous.SpeakerEntityId && e.Type == "PERSON")
            && !IntroducedWithBody(ctx, previous.SpeakerEntityId, body, sentence)) return true;
        string surname = previous.Speaker.Split(' ')[^1];
        // "The premier of the Tarvian state of Harlow remarked that": a definite description whose complement names someone else
        if (DescriptionOfANamedBody().Match(lead) is { Success: true } described) return NamesAnotherSubject(described.Value, previous.Speaker);
        if (Letters().Count(lead) < 3 || PronounLead().IsMatch(lead)) return false;
        if (_verbWord.Match(lead) is { Success: true } verb) return NamesAnotherSubject(lead[..verb.Index], previous.Speaker);
        return surname.Length < 2 || !lead.Contains(surname, StringComparison.Ordinal);
    }

    /// <summary>
    /// "The Quorvin consortium said that “…”": a reporting verb's subject that names someone else (a capitalised word after the first that
    /// is neither in the speaker's name, nor its initials, nor a role, "The Minister said") is another voice, whom the stage could not
    /// resolve; a pronoun, a role or the speaker's own name carries the speaker on.
    /// </summary>
    private static bool NamesAnotherSubject(string subject, string speaker)
    {
        // "Meanwhile, one trader told them “…”", "Another post, by a user, stated: “…”": a subject brought in by an indefinite article
        // or "another" is someone new, never the speaker before (a document so brought in, "A press release states", may be theirs)
        if (IndefiniteSubject().IsMatch(subject) || subject.LastIndexOf(", ", StringComparison.Ordinal) is int comma and > 0
            && IndefiniteSubject().IsMatch(subject.AsSpan(comma + 2))) return true;
        if (subject.Contains(',') || subject.Length > 80) return false;
        var names = CapitalisedWord().Matches(subject).Skip(1).Select(m => m.Value).ToList();
        string initials = string.Concat(CapitalisedWord().Matches(speaker).Select(m => m.Value[0]));
        return names.Count > 0 && names.All(w => !speaker.Contains(w, StringComparison.Ordinal) && w != initials
            && !RoleWords.Contains(w) && !RoleModifiers.Contains(w));
    }

    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"^\s*(?:[Aa]nother\s|(?:[Aa]n?|[Oo]ne|[Ss]ome|[Ss]everal)\s+"
        + @"(?!(?:[\p{L}-]+\s+){0,2}(?:" + DocumentNouns + @"|check|website|page)\b)\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex IndefiniteSubject();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Letters();

    /// <summary>The runs of word characters: how many words a quotation holds.</summary>
    [GeneratedRegex(@"\w+")]
    private static partial Regex WordRuns();

    /// <summary>
    /// Whether <paramref name="lead"/> opens with "The" and a word for a kind of body among its next three words ("The union", "The German
    /// lender", "The largest opposition party"), not before a word of a role ("The union leader", "The bank chief").
    /// </summary>
    private static bool OpensWithABody(string lead, out string body)
    {
        body = "";
        var m = DefiniteOpening().Match(lead);
        if (!m.Success) return false;
        var words = m.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int at = Array.FindIndex(words, w => BodyDescriptors.Contains(w.TrimEnd(',')));
        if (at >= 0) body = words[at].TrimEnd(',');
        return at >= 0 && at < 3 && (at == words.Length - 1 || words[at].EndsWith(',') || !IsPersonWord(words[at + 1].TrimEnd(',')));
    }

    /// <summary>
    /// Whether a sentence naming the person <paramref name="entityId"/> before <paramref name="before"/> also names the kind of body
    /// ("Ines Albrecht, who chairs the regulator, …"): the body's words may then be hers.
    /// </summary>
    private static bool IntroducedWithBody(Context ctx, string entityId, string body, int before)
    {
        foreach (var e in ctx.Entities.Where(e => e.EntityId == entityId && e.End <= before))
        {
            int si = ctx.SentenceOf(e.Start);
            if (si < 0) continue;
            var sentence = ctx.Sentences[si];
            int end = Math.Min(sentence.End, before);
            if (end > sentence.Start && Text.Words.Contains(ctx.Body, body, sentence.Start, end)) return true;
        }
        return false;
    }

    /// <summary>A word of a role or one that announces a person ("chief", "leader", "spokesman").</summary>
    private static bool IsPersonWord(string word) => RoleWords.Contains(word) || Entities.EntityLexicon.PersonCues.Contains(word);

    /// <summary>The organisation descriptors that name a body, not a person speaking for one or a document ("spokesman", "statement").</summary>
    /// (Built on first use: <see cref="DescriptorKinds"/> is another file's static field, initialised in no set order with this one.)
    private static HashSet<string> BodyDescriptors => s_bodyDescriptors ??= DescriptorKinds.Keys
        .Where(d => !d.StartsWith("spokes", StringComparison.Ordinal) && d is not ("statement" or "investor" or "developer")).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string>? s_bodyDescriptors;

    [GeneratedRegex(@"^\W*The\s+(?<words>(?:[\p{L}-]+,?\s+){1,4})", RegexOptions.CultureInvariant)]
    private static partial Regex DefiniteOpening();

    /// <summary>"The premier of the Tarvian state of North Harlow": "the", lower-case words, a preposition and capitalised words.</summary>
    [GeneratedRegex(@"^\W*(?:The|This|That)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:of|for|at|from)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}"
        + @"\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex DescriptionOfANamedBody();

    /// <summary>Where the sentence that holds <paramref name="at"/> starts, within its paragraph.</summary>
    private static int SentenceStartBefore(string body, int at, IReadOnlyList<Paragraph> paragraphs)
    {
        int p = ParagraphOf(paragraphs, at);
        int start = p >= 0 ? paragraphs[p].Start : 0;
        var end = SentenceEndBefore().Match(body[start..at]);
        return end.Success ? start + end.Index + end.Length : start;
    }

    /// <summary>
    /// "He was also critical of officials who treat “…”": a quotation in a sentence that opens with "he" or "she" and no reporting verb
    /// is the words of the person the pronoun points back to, when that person was named after the speaker of the quotation before.
    /// </summary>
    private static Quote? PronounSubject(Context ctx, QuotedSpan s, Quote previous, int sentence, double kind)
    {
        if (previous.End > sentence || HeOrSheLead().Match(ctx.Body, sentence, s.OpenAt - sentence) is not { Success: true } m) return null;
        var person = Antecedent(ctx, sentence, m.Value.StartsWith('S') ? "f" : "m", "PERSON");
        if (person == null || person.EntityId == previous.SpeakerEntityId || person.Start < previous.End) return null;
        return new Quote(s.Start, s.End, person.Name, person.EntityId, "", "quotes.sentence.pronoun-subject", Math.Round(0.6 * kind, 3));
    }

    [GeneratedRegex(@"^(?:He|She)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HeOrSheLead();

    [GeneratedRegex(@"[.!?][”""’]?\s+(?=[“""‘]?(?:\p{Lu}|\z))", RegexOptions.RightToLeft)]
    private static partial Regex SentenceEndBefore();

    [GeneratedRegex(@"^\W*(?:(?:They|We|I|His|Her)\b|(?:The|This|That)\s+\p{Ll})|\b(?:[Hh]e|[Ss]he|[Ee]r|sie|[Ii]l|[Ee]lle)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PronounLead();

    /// <summary>The last character before <paramref name="at"/> that is no space, back to <paramref name="start"/>; '\0' when there is none.</summary>
    private static char CharBefore(string body, int at, int start)
    {
        int k = at - 1;
        while (k >= start && body[k] == ' ') k--;
        return k >= start ? body[k] : '\0';
    }

    /// <summary>A sentence that opens with a contrast: "But", "However,", "Meanwhile,", "Still,", "Yet", "In contrast,".</summary>
    [GeneratedRegex(@"^\s*(?:[Bb]ut|However,?|Meanwhile,?|Still,|Yet|In\s+contrast,?|On\s+the\s+other\s+hand,?)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ContrastOpener();

    /// <summary>
    /// The person a long description after the verb ends on ("said expedition leader and deputy speaker of the Tarvian parliament
    /// Artem Volkov."): the first person named within 100 characters, with no sentence end, quotation mark or other person before
    /// them, and the clause ending with them.
    /// </summary>
    private static EntityMention? PersonEndingRole(Context ctx, int from)
    {
        string body = ctx.Body;
        var person = ctx.Entities.Where(x => x.Type == "PERSON" && x.Start >= from && x.Start - from <= 100).MinBy(x => x.Start);
        if (person == null || body.AsSpan(from, person.Start - from).IndexOfAny(".!?;“”\"\n") >= 0) return null;
        if (ClauseInside().Match(body, from, person.Start - from).Success) return null; // "said the firm, which hired X"
        // "says the robot to X": the person spoken to; "said by X", "a post written by X" name the author
        if (AfterPreposition(body, person.Start) && !PrecededBy(body, person.Start, [" by"], StringComparison.Ordinal)) return null;

        int k = person.End;
        while (k < body.Length && body[k] == ' ') k++;
        return k == body.Length || body[k] is '.' or ',' or ';' or '\n' ? person : null;
    }

    /// <summary>A word that opens a clause of its own inside a description ("which", "who", "after").</summary>
    [GeneratedRegex(@"\b(?:which|who|whom|whose|that|after|before|when|while|because|as|than|about)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseInside();

    /// <summary>"“…” but X told …": the quotation's sentence goes on with a contrast.</summary>
    [GeneratedRegex(@"^\s*but\s", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseBut();

    /// <summary>Whether a word of the same sentence stands right before the mark at <paramref name="at"/> ("said the rules “…”").</summary>
    private static bool AfterAWord(string body, int at, int paragraphStart) => char.IsLetter(CharBefore(body, at, paragraphStart));

    private static string Short(string s) => s.Length <= 60 ? s : s[..57] + "...";

    private static int ParagraphOf(IReadOnlyList<Paragraph> ps, int pos)
    {
        for (int i = 0; i < ps.Count; i++) if (ps[i].Start <= pos && pos < ps[i].End) return i;
        return -1;
    }
}
