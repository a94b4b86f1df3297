using System.Text.RegularExpressions;
using FinExtract.Entities;

namespace FinExtract.Quotes;

/// <summary>
/// Reading the clause that reports a quotation: its subject, its verbs, appositions, relative clauses and what a colon
/// introduces.
/// </summary>
public sealed partial class QuoteStage
{
    /// <summary>
    /// What a quotation's attribution reads, built once an article: the body, its entities and sentences, and every quoted span
    /// (in text order, none inside another, as <see cref="FindSpans"/> gives them).
    /// </summary>
    private sealed record Context(string Body, IReadOnlyList<EntityMention> Entities, IReadOnlyList<Text.Sentence> Sentences, List<QuotedSpan> Spans)
    {
        private Dictionary<string, string>? _honorificGenders;

        /// <summary>Where the article's headings start, in order: a pronoun does not point back over one to another section's person.</summary>
        public IReadOnlyList<int> HeadingStarts { get; init; } = [];

        /// <summary>Whether a heading starts in [<paramref name="from"/>, <paramref name="to"/>).</summary>
        public bool HeadingBetween(int from, int to) => HeadingStarts.Any(h => h >= from && h < to);

        /// <summary>Whether a mention lies inside a quoted span: a binary search for the last span opening at or before it.</summary>
        public bool InsideQuote(EntityMention e)
        {
            int lo = 0, hi = Spans.Count - 1, last = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (Spans[mid].Start <= e.Start) { last = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            return last >= 0 && e.End <= Spans[last].End;
        }

        public int SentenceOf(int pos) => Text.Sentence.IndexAt(Sentences, pos);

        /// <summary>
        /// Where the sentence before the one at <paramref name="pos"/> starts (that one's own start when it is the first); -1 outside any sentence.
        /// </summary>
        public int PreviousSentenceStart(int pos) => SentenceOf(pos) is int si and >= 0 ? Sentences[Math.Max(0, si - 1)].Start : -1;

        /// <summary>Each person's gender by an honorific before one of their mentions (<see cref="HonorificGendersByEntity"/>), read once.</summary>
        public Dictionary<string, string> HonorificGenders => _honorificGenders ??= HonorificGendersByEntity(this);
    }

    /// <summary>
    /// The clause after the closing mark, up to the sentence's end, names its speaker beyond what the
    /// tight patterns read: a long appositive ("X, a research analyst at the Y think tank told Z") or a
    /// second verb ("... announced in October, said X").
    /// </summary>
    private Attribution? AfterClause(Context ctx, int closeEnd, int pEnd)
    {
        int end = Math.Min(pEnd, closeEnd + 250);
        int stop = ctx.Body.IndexOfAny(new[] { '.', '“', '"', '!', '?' }, closeEnd, Math.Max(0, end - closeEnd));
        // (nor is the full stop of a title written short: "…, Mr. Marsh said.")
        while (stop >= 0 && ctx.Body[stop] == '.' && stop + 1 < end && (!char.IsWhiteSpace(ctx.Body[stop + 1]) || ShortTitleBefore(ctx.Body, stop)))
            stop = ctx.Body.IndexOfAny(new[] { '.', '“', '"', '!', '?' }, stop + 1, Math.Max(0, end - stop - 1));
        // "U.S. Attorney" or "Jr." inside a name: a full stop followed by a capitalised name is not the end
        if (stop > 0) end = stop;
        string clause = ctx.Body[closeEnd..end];
        // "“… a higher base.” Figures out this week, Lin wrote, “show …”": a new sentence whose verb introduces the next quotation
        if (stop > 0 && ctx.Body[stop] is '“' or '"' && closeEnd >= 2 && ctx.Body[closeEnd - 2] is '.' or '!' or '?'
            && clause.TrimStart() is { Length: > 0 } next && char.IsUpper(next[0])) return null;
        // "“… so hard to believe?” According to Roe, two buyers responded too.": after a quotation that ends its sentence, "According to"
        // opens a sentence of its own, whose source is no speaker of the quotation (a sentence that reports through a name at its
        // end, "The church had complaints, Roe said.", often is)
        if (closeEnd >= 2 && ctx.Body[closeEnd - 2] is '.' or '!' or '?' && clause.AsSpan().TrimStart() is var opener
            && opener.StartsWith("According", StringComparison.Ordinal) && (opener.Length == 9 || !char.IsLetter(opener[9]))) return null;
        foreach (Match vm in _verbWord.Matches(clause))
        {
            int vAt = closeEnd + vm.Index, vEnd = vAt + vm.Length;
            // "… a report by X last week that said …": a verb after "that" or "which" has a thing for its subject, not X
            if (clause.AsSpan(0, vm.Index).TrimEnd() is var lead && (lead.EndsWith(" that", StringComparison.Ordinal)
                || lead.EndsWith(" which", StringComparison.Ordinal))) continue;
            // A name in the possessive ("Harlow Marsh’ managing shareholder, Tavi Orrin added") owns the speaker's title; it is not the speaker.
            var person = ctx.Entities.Where(x => x.Type == "PERSON" && x.Start >= closeEnd && x.End <= vAt
                && !(x.End < ctx.Body.Length && ctx.Body[x.End] is '’' or '\''))
                             .OrderBy(x => x.Start).FirstOrDefault()
                         ?? ctx.Entities.Where(x => x.Type == "PERSON" && x.Start >= vEnd && x.Start <= vEnd + 2).FirstOrDefault();
            if (person != null) return new Attribution(person.Name, person.EntityId, vm.Value, "quotes.after.clause", 0.75);
        }
        return null;
    }

    /// <summary>Whether the word before the full stop at <paramref name="dot"/> is one the segmenter knows does not end a sentence ("Mr",
    /// "Dr", "Gov", "Inc").</summary>
    private static bool ShortTitleBefore(string body, int dot)
    {
        int w = dot;
        while (w > 0 && char.IsLetter(body[w - 1])) w--;
        return dot > w && Text.Segmenter.Abbreviations.Contains(body[w..dot]);
    }

    /// <summary>
    /// A quotation woven into its reporting sentence ("X told Y that the market was “…”", "He said: “…”"):
    /// the subject of the first reporting verb in the sentence before the opening mark.
    /// </summary>
    private Attribution? SentenceSubject(Context ctx, QuotedSpan s, int pStart)
    {
        int si = ctx.SentenceOf(s.OpenAt);
        int sStart = si >= 0 ? Math.Max(pStart, ctx.Sentences[si].Start) : pStart;
        if (s.OpenAt - sStart > 400) sStart = s.OpenAt - 400;
        sStart = MainClauseStart(ctx.Body, sStart, s.OpenAt);
        string region = ctx.Body[sStart..s.OpenAt];
        var participles = CommaParticiple().Matches(region);
        foreach (Match vm in SentenceVerbs(ctx, s, sStart, region, participles))
        {
            int vAt = sStart + vm.Index;
            // The verb's own clause first: in "X wants out, but Y told reporters ...", Y speaks.
            int clause = ClauseStart(ctx.Body, sStart, vAt);
            if (participles.Any(p => p.Index == vm.Index))
            {
                if (ParticipleSubject(ctx, s, sStart, clause, vm.Value, vAt) is { } bySubject) return bySubject;
                continue;
            }
            // "Another unidentified miner asks rescuers, “…”": a subject the text only describes speaks unnamed, and ends the run before
            if (UnnamedClauseSubject(ctx.Body, clause, vAt) || PluralGroupSubject.IsMatch(ctx.Body.AsSpan(clause, vAt - clause))
                && !ctx.Entities.Any(x => x.Start >= clause && x.End <= vAt && x.Type is "ORG" or "PERSON"))
                return new Attribution("", "", vm.Value, "quotes.unnamed-speaker", 0.6);
            if (ParentheticalPronoun(ctx, si >= 0 ? ctx.Sentences[si].Start : pStart, vAt, vm) is { } aside) return aside;
            // "It is a blow to Tarvia, who had promised “…”": a verb in a relative clause reports for the name the clause follows (for
            // no one when that name is a place), not for the sentence's subject
            // ...unless a quotation stands between that verb and this one: the relative clause reported that quotation ("Asked about X,
            // who wrote that it was a “…”, Y argued that “…”")
            if (RelativeWhoBefore().Match(ctx.Body, sStart, vAt - sStart) is { Success: true } rw)
            {
                if (ctx.Spans.Any(q => q.OpenAt > vAt && q.OpenAt < s.OpenAt)) continue;
                if (RelativeAntecedent(ctx, rw.Index) is { } antecedent)
                    return new Attribution(antecedent.Name, antecedent.EntityId, vm.Value, "quotes.sentence.relative-subject", 0.75);
                continue;
            }
            if (IsPassive(region, vm) && NamedRightBefore(ctx, vAt) is { } named)
                return new Attribution(named.Name, named.EntityId, vm.Value, "quotes.sentence.subject-verb", 0.75);
            // "X asserts; she says that Y tried to “…”": a later clause whose subject is "he" or "she" speaks for whom the pronoun means,
            // not for a person of the sentence's first clause
            if (clause > sStart && ClausePronounSubject().Match(ctx.Body, clause, vAt - clause) is { Success: true } pm)
                return Resolve(ctx, pm.Groups["p"].Index, pm.Groups["p"].Value, vm.Value, "quotes.sentence.subject-verb", 0.75, s.Start);
            // "Describing the visit to X's house, when …, he acknowledges …": "he" or "she" right after the comma that ends an opening
            // phrase is the subject, not a person named in the phrase
            if (PronounAfterOpeningPhrase().Match(ctx.Body, sStart, vAt - sStart) is { Success: true } om)
                return Resolve(ctx, om.Groups["p"].Index, om.Groups["p"].Value, vm.Value, "quotes.sentence.subject-verb", 0.75, s.Start);
            // ("The visit by X was intimidating, Y asserts": a person between a comma and the verb is its subject, not one named before)
            var person = NamedRightBefore(ctx, vAt) is { Type: "PERSON" } adjacent && adjacent.Start >= clause + 2
                && ctx.Body.AsSpan(adjacent.Start - 2, 2).SequenceEqual(", ") ? adjacent
                : ctx.Entities.Where(x => x.Type == "PERSON" && x.End <= vAt && !ctx.InsideQuote(x) && x.Start >= clause && !OwnsWhatFollows(ctx.Body, x))
                .OrderBy(x => x.Start).FirstOrDefault();
            // "He lashed out at X, who …, and said “…”": a verb joined by "and" to the sentence's first predicate shares its subject,
            // "he" or "she" there, not a person named after it
            if (person == null && clause > sStart && CoordinatedPredicate().IsMatch(ctx.Body.AsSpan(clause, vAt - clause))
                && SentencePronounSubject().Match(ctx.Body, sStart, vAt - sStart) is { Success: true } sp)
                return Resolve(ctx, sp.Groups["p"].Index, sp.Groups["p"].Value, vm.Value, "quotes.sentence.subject-verb", 0.7, s.Start);
            person ??= ctx.Entities.Where(x => x.Type == "PERSON" && x.Start >= sStart && x.End <= vAt && !ctx.InsideQuote(x) && !OwnsWhatFollows(ctx.Body, x))
                .OrderBy(x => x.Start).FirstOrDefault();
            if (person != null) return new Attribution(person.Name, person.EntityId, vm.Value, "quotes.sentence.subject-verb", 0.75);
            if (SubjectBeforeVerb(ctx, s, sStart, vAt, vm) is { } clauseSubject) return clauseSubject;
            var orgs = ctx.Entities.Where(x => x.Type == "ORG" && x.Start >= clause && x.End <= vAt && !ctx.InsideQuote(x)).OrderBy(x => x.Start).ToList();
            // "The Tarvian mission to the UN said", "In a letter to Quorvin, the group said": a body after "to" is who is addressed or
            // served, not who speaks; one after "published in" is where a study appeared
            var org = orgs.FirstOrDefault(x => !NoSubjectBefore().IsMatch(ctx.Body.AsSpan(clause, x.Start - clause)));
            if (org == null && orgs.Count > 0 && GapBeyondAppositive(ctx.Body, orgs[^1].End, vAt) < 40)
                return new Attribution("", "", vm.Value, "quotes.unnamed-speaker", 0.6);
            // "Organisers acknowledged that Tarn helped and said …": an organisation after an earlier reporting verb is in what was reported
            if (org != null && _verbWord.IsMatch(ctx.Body.AsSpan(clause, org.Start - clause))) org = null;
            if (org != null && GapBeyondAppositive(ctx.Body, org.End, vAt) < 40)
                return OwnersMember().IsMatch(ctx.Body.AsSpan(org.End, vAt - org.End))
                    || UnnamedWithRelative().IsMatch(ctx.Body.AsSpan(sStart, org.Start - sStart))
                    ? new Attribution("", "", vm.Value, "quotes.unnamed-speaker", 0.6)
                    : new Attribution(org.Name, org.EntityId, vm.Value, "quotes.sentence.subject-verb.organisation", 0.65);
        }
        return ColonIntroduction(ctx, sStart, s);
    }

    /// <summary>The subject of a reporting verb's own clause, resolved to its speaker; null when it names none.</summary>
    private Attribution? SubjectBeforeVerb(Context ctx, QuotedSpan s, int sStart, int vAt, Match vm)
    {
        var m = _subject.Match(ctx.Body, sStart, vAt - sStart);
        // "Addressing a conference, the governor said that “…”": the subject of the verb's own clause, after an opening participle
        // ...and after an opening past participle ("Owned since 2005 by Tarn Ltd, the brand says …")
        if (m.Success && (IsSentenceWord(m.Groups["sp"].Value) || OpeningParticiple(ctx.Body, m.Groups["sp"]))
            && ctx.Body.LastIndexOf(", ", vAt - 1, vAt - sStart, StringComparison.Ordinal) is int comma and > 0 && comma > sStart)
            m = _subject.Match(ctx.Body, comma + 2, vAt - comma - 2);
        // ("Ada Quarles’s lawyer told …": a possessive subject owns the one who speaks, whom the text does not name)
        if (m.Success && IsOwnerOfTheSpeaker(ctx, m.Groups["sp"])) return new Attribution("", "", vm.Value, "quotes.unnamed-speaker", 0.6);
        // ("The union also said that …": a descriptor opening the sentence is its subject, though "The" opens clauses too)
        if (m.Success && (!IsSentenceWord(m.Groups["sp"].Value) && !OpeningParticiple(ctx.Body, m.Groups["sp"])
                          || RoleDescriptor.IsMatch(m.Groups["sp"].Value) || DescriptorBeforeVerb(ctx.Body, m.Groups["sp"], vAt)))
        {
            var a = Resolve(ctx, m.Groups["sp"].Index, m.Groups["sp"].Value, vm.Value, "quotes.sentence.subject-verb", 0.75, s.Start);
            if (a is { Speaker.Length: > 0 }) return a;
        }
        return null;
    }

    /// <summary>
    /// "The union also said", "The company has said": a descriptor that is the verb's whole subject, with at most adverbs or an auxiliary
    /// between (not "A spokesman for the minister said", "The statement on its website says", whose words go on).
    /// </summary>
    private static bool DescriptorBeforeVerb(string body, Group subject, int verbAt) =>
        DescriptorWord(subject.Value) != null
        && AdverbsOnly().IsMatch(body.AsSpan(subject.Index + subject.Length, Math.Max(0, verbAt - subject.Index - subject.Length)));

    [GeneratedRegex(@"^\s*(?:(?:\p{Ll}+ly|also|later|then|again|further|still|too|has|have|had)\s+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex AdverbsOnly();

    /// <summary>Whether the subject's words end in a person's possessive before a noun that is not their own words ("Ada Quarles’s lawyer").</summary>
    private static bool IsOwnerOfTheSpeaker(Context ctx, Group sp) =>
        ctx.Entities.FirstOrDefault(x => x.Type == "PERSON" && x.Start >= sp.Index && x.End == sp.Index + sp.Length - 2) is { } owner
        && OwnsWhatFollows(ctx.Body, owner);

    /// <summary>
    /// "X's source said": a person written with a possessive owns the noun after it, which is the subject, not the person; what the
    /// person wrote or said is still theirs ("X's testimony suggests", "X's statement said").
    /// </summary>
    private static bool OwnsWhatFollows(string body, EntityMention x) =>
        x.End + 3 < body.Length && PossessiveAt(body, x.End)
        && LowerCaseWordAt(body, x.End + 3) is { Length: > 0 } owned && !OwnWords().IsMatch(owned);

    /// <summary>Nouns for a person's own words: a possessive before them names the speaker.</summary>
    [GeneratedRegex(@"^(?:" + DocumentNouns + @"|testimony|remarks?|comments?|words|speech|tweets?|views?|answer|reply|response|account|book|blog|column)s?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex OwnWords();

    /// <summary>The subject of a participle after a comma ("X denied the claims, saying they were “…”"), or null.</summary>
    private Attribution? ParticipleSubject(Context ctx, QuotedSpan s, int sStart, int clause, string verb, int vAt)
    {
        // "…, O'Hara saying they were “…”": the name right before the participle, after a comma, is its subject
        if (NameBeforeParticiple().Match(ctx.Body, sStart, vAt - sStart) is { Success: true } nm
            && Resolve(ctx, nm.Groups["sp"].Index, nm.Groups["sp"].Value, verb, "quotes.sentence.participle", 0.7, s.Start) is { } absolute)
            return absolute;
        var sm = _subject.Match(ctx.Body, clause, vAt - clause);
        if (sm.Success && !IsSentenceWord(sm.Groups["sp"].Value)
            && Resolve(ctx, sm.Groups["sp"].Index, sm.Groups["sp"].Value, verb, "quotes.sentence.participle", 0.7, s.Start) is { Speaker.Length: > 0 } said)
            return said;
        var opener = ClauseOpener(ctx, clause, vAt);
        return opener == null ? null : new Attribution(opener.Name, opener.EntityId, verb, "quotes.sentence.participle", 0.7);
    }

    [GeneratedRegex(@"\Gcontinu(?:es|ed|e)\s+to\s+(?!(?:say|argue|insist|maintain|claim|warn|stress|tell|call|describe|deny|urge|complain)\b)\p{Ll}",
        RegexOptions.CultureInvariant)]
    private static partial Regex ContinuesDoing();

    /// <summary>The verbs before a quotation in its sentence (<paramref name="region"/>, from <paramref name="sStart"/>) that may report it.</summary>
    private IEnumerable<Match> SentenceVerbs(Context ctx, QuotedSpan s, int sStart, string region, MatchCollection participles)
    {
        // "X described the city as “a gas chamber”": a characterising verb attributes a quotation that follows "as".
        // ("Retired now, she continues to paint harbours, the best “…”": "continues to" and a verb that does not report is going on doing it;
        // "she continues to argue that …" still reports)
        var verbs = _verbWord.Matches(region).Where(m => !ContinuesDoing().IsMatch(region, m.Index));
        List<Match> characterising = AsBefore().IsMatch(region)
            ? CharacterisingVerb().Matches(region).Where(m => !IsPassive(region, m) || NamedRightBefore(ctx, sStart + m.Index) != null).ToList()
            : [];
        // "X likened the sell-off to “a fire drill”": a verb of comparison attributes a quotation that follows "to"
        verbs = verbs.Concat(LikeningVerb().Matches(region).Where(m => !IsPassive(region, m))).OrderBy(m => m.Index);
        // "X called the deal “a relief”", "X dubbed it “…”": a verb of naming with its object right before the opening mark
        verbs = verbs.Concat(NamingVerb().Matches(region)).OrderBy(m => m.Index);
        // "X thanked the teams “who worked …”", "X praised staff for “their …”": a verb of thanks or praise, its object, then a
        // quotation that goes on the sentence in lower case, the words being the subject's
        // ("thanks to" is no verb, "credits you with" no praise, and "was praised for “…”" names no one who spoke)
        if (s.Start < ctx.Body.Length && char.IsLower(ctx.Body[s.Start]))
        {
            var thanks = ThankingVerb().Matches(region).Where(m => !BeBefore().IsMatch(region.AsSpan(0, m.Index)));
            verbs = verbs.Concat(thanks).OrderBy(m => m.Index);
        }
        // "X denied the claims, saying they were “…”", "X ended by saying “…”": a participle after a comma or "by" reports for the clause's subject.
        verbs = verbs.Concat(participles).OrderBy(m => m.Index);
        // "X claimed A “…”, and one passenger said B “…”": a verb after another quotation of the sentence, in a clause with a subject
        // of its own, reports this one ("X stated A “…”, and said B “…”" is still X's)
        int closed = ctx.Spans.Where(o => o.Start >= sStart && o.CloseAt < s.OpenAt).Select(o => o.CloseAt - sStart).DefaultIfEmpty(-1).Max();
        var own = verbs.Where(m => m.Index > closed && ClauseStart(ctx.Body, sStart, sStart + m.Index) is int c && c > sStart + closed
            && !ctx.Body.AsSpan(c, sStart + m.Index - c).IsWhiteSpace()).ToList();
        if (closed >= 0 && own.Count > 0) verbs = own;
        // "He said his predecessor, Y, had dubbed it “…”": the verb that characterises the quotation speaks for it before one that
        // reports the sentence, the nearest first
        return characterising.Count == 0 ? verbs : characterising.OrderByDescending(m => m.Index).Concat(verbs);
    }

    /// <summary>
    /// "“…,” Tavi Orrin, managing director at Tarn Research.": a person named right after a quotation that hands over with a comma,
    /// then a description in apposition that ends the sentence with no verb of its own, speaks for it (the style of a quoted line
    /// with its credit).
    /// </summary>
    private Attribution? NameWithApposition(Context ctx, int closeEnd, int pEnd)
    {
        int at = closeEnd;
        while (at < pEnd && ctx.Body[at] is ' ' or ',') at++;
        var person = PersonAt(ctx, at);
        if (person == null || person.End + 2 >= pEnd || ctx.Body[person.End] != ',' || ctx.Body[person.End + 1] != ' ') return null;
        int stop = ctx.Body.IndexOf(". ", person.End, Math.Min(160, pEnd - person.End), StringComparison.Ordinal);
        if (stop < 0 && pEnd - person.End <= 160 && ctx.Body[pEnd - 1] == '.') stop = pEnd - 1;
        if (stop < 0) return null;
        var apposition = ctx.Body.AsSpan(person.End + 2, stop - person.End - 2);
        if (apposition.Length == 0 || !char.IsLetter(apposition[0]) || _verbWord.IsMatch(apposition) || apposition.IndexOfAny('“', '"') >= 0) return null;
        return new Attribution(person.Name, person.EntityId, "", "quotes.after.name-apposition", 0.75);
    }

    /// <summary>Verbs of a reply: after a quoted sentence, "X responded, “…”" gives a new voice, not the quotation's speaker.</summary>
    private static readonly HashSet<string> ReplyVerbs = new(StringComparer.Ordinal)
        { "responded", "replied", "retorted", "countered", "answered", "shot back", "fired back" };

    /// <summary>A comma or colon, then an opening quotation mark, right where the reporting clause ends.</summary>
    [GeneratedRegex(@"\G\s*[,:]\s*[“""]", RegexOptions.CultureInvariant)]
    private static partial Regex OpensQuotationNext();

    /// <summary>
    /// Whether the speaker-and-verb after a quotation (<paramref name="m"/> in <paramref name="after"/>) reports other speech than it.
    /// </summary>
    private bool ReportsNextSpeech(Context ctx, QuotedSpan s, Around around, string after, Match m)
    {
        int at = m.Index + m.Length, closeEnd = around.CloseEnd;
        // "“…” Jane Roe said that ...": a verb with "that" reports a new sentence's speech, not the quotation's, unless the quotation
        // hands over to it with a comma ("“…,” Jane Roe said that ...")
        // ...and a sentence that opens with a contrast ("“…” But Omar Haddad said …") sets another voice against the quotation's
        // ("“…,” but Y told …" too: a comma before "but" hands nothing over)
        // ...and a reply that introduces its own quotation ("“…” Ms. Roe responded, “…”") answers this one, in another voice
        // ...and a verb whose colon or "that" opens a quotation of its own ("“…”, Tomas Ilvers argued that “…”", after a fronted clause that
        // ended in this quotation) reports that quotation, not this one, comma or not
        // ...and so does a verb whose own clause follows with a pronoun subject ("“…” Tarn says it is paying the owners"), when the
        // sentence before the quotation named someone else
        return !around.CommaHandOver && (ThatAfter().IsMatch(after, at)
            || PronounClauseAfter().IsMatch(after, at) && !NamedBefore(ctx, s.OpenAt, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Value)
            || ContrastOpener().IsMatch(after) && around.EndsSentence) || LowerCaseBut().IsMatch(after)
            || around.EndsSentence && ReplyVerbs.Contains(m.Groups["cue"].Value) && OpensQuotationNext().IsMatch(after, at)
            || QuotationIntroducedAfter().IsMatch(after, at);
    }

    /// <summary>
    /// "that" or a colon right after a reporting verb, then a quotation mark ("… Ada Quarles said that “…”", "“…”, and Ada Quarles said:
    /// “…”"): the clause introduces the quotation that follows it, not the one before.
    /// </summary>
    [GeneratedRegex(@"\G(?:\s+that\s*[,:]?|\s*:)\s*[“""]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotationIntroducedAfter();

    /// <summary>
    /// Words right before a name that make it no subject: "to" or "to the" (the name is addressed: "mission to the", "a letter
    /// to"), or "published in", "in the journal" (the name is where a study appeared: "scientists behind a trial published in X argued").
    /// </summary>
    [GeneratedRegex(@"\b(?:to\s+(?:the\s+)?|(?:published|appeared|appearing)\s+in\s+(?:[Tt]he\s+)?(?:journal\s+|magazine\s+)?"
        + @"|in\s+the\s+(?:journal|magazine)\s+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NoSubjectBefore();

    /// <summary>
    /// "The party's finance chief said", "the bank's former lawyer told": one of the organisation's people, not named, speaks for
    /// themself; a spokesperson or representative speaks for the organisation.
    /// </summary>
    [GeneratedRegex(@"^['’]s?\s+(?!" + SpeaksForOwner + @")\p{Ll}[^,;()“”""]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnersMember();

    /// <summary>
    /// "Marlow, she said, was “the best of us”": a reporting clause with "he" or "she" set between commas inside the sentence
    /// reports the person the pronoun points back to, from before the sentence; the name the sentence opens with is who is
    /// talked about. So is a clause of "as" ("The hard part, as she wrote in her diary, was that “…”", "As he put it, “…”"), whose
    /// verb may have a few words after it before its comma.
    /// </summary>
    private static Attribution? ParentheticalPronoun(Context ctx, int sentenceStart, int vAt, Match verb)
    {
        int vEnd = vAt + verb.Length;
        if (vEnd >= ctx.Body.Length || vAt - sentenceStart < 6) return null;
        var head = ctx.Body.AsSpan(sentenceStart, vAt - sentenceStart);
        string? gender = head.EndsWith(", he ", StringComparison.Ordinal) ? "m" : head.EndsWith(", she ", StringComparison.Ordinal) ? "f" : null;
        bool asClause = false;
        if (gender == null && AsPronounClause().Match(ctx.Body, sentenceStart, vAt - sentenceStart) is { Success: true } am)
            (gender, asClause) = (am.Groups["p"].Value == "she" ? "f" : "m", true);
        if (gender == null) return null;
        int comma = ctx.Body.IndexOf(',', vEnd, Math.Min(40, ctx.Body.Length - vEnd));
        if (asClause ? comma < 0 || ctx.Body.AsSpan(vEnd, comma - vEnd).IndexOfAny("“”\".;") >= 0 : ctx.Body[vEnd] != ',') return null;
        var e = Antecedent(ctx, sentenceStart, gender, "PERSON");
        return e == null ? new Attribution("", "", CueVerb(verb.Value), "quotes.sentence.parenthetical-pronoun-unresolved", 0.35)
            : new Attribution(e.Name, e.EntityId, CueVerb(verb.Value), "quotes.sentence.parenthetical-pronoun", 0.7);
    }

    /// <summary>"As she ", ", as he ": a clause of "as" with "he" or "she" for its subject, right before its verb.</summary>
    [GeneratedRegex(@"(?:^|,\s)[Aa]s\s(?<p>he|she)\s$", RegexOptions.CultureInvariant)]
    private static partial Regex AsPronounClause();

    /// <summary>
    /// Where the main clause starts when the sentence opens with a subordinate one ("While X has stated that …, the union called it
    /// “…”"): after the last comma before the verb nearest the quotation, when a subject stands between them; else the sentence's start.
    /// A participle after a comma ("If X read it, Y was surprised, telling …") has its own comma: the main clause starts after the one
    /// before it.
    /// </summary>
    private int MainClauseStart(string body, int sStart, int openAt)
    {
        string region = body[sStart..openAt];
        if (!Subordinator().IsMatch(region)) return sStart;
        var participles = CommaParticiple().Matches(region);
        var verbs = _verbWord.Matches(region).Concat(NamingVerb().Matches(region)).Concat(participles);
        if (AsBefore().IsMatch(region)) verbs = verbs.Concat(CharacterisingVerb().Matches(region));
        int last = verbs.Select(m => m.Index).DefaultIfEmpty(-1).Max();
        if (last > 2 && participles.Any(p => p.Index == last) && region.AsSpan(last - 2, 2).SequenceEqual(", ")) last -= 2;
        int comma = last > 0 ? region.LastIndexOf(", ", last - 1, StringComparison.Ordinal) : -1;
        return comma > 0 && !region.AsSpan(comma + 2, last - comma - 2).IsWhiteSpace() ? sStart + comma + 2 : sStart;
    }

    /// <summary>
    /// "Roe told of a young man who said: “…”", "Roe erzählt von einem Mann, der sagte: „…“": a relative clause that runs on to the
    /// colon, about someone named by no name after the person the sentence opens with, introduces the words of that someone: a
    /// speaker the article does not name, whom no speaker before is carried over to.
    /// </summary>
    private static bool UnnamedSpeakerInRelativeClause(string body, int afterName, int colon, out string verb)
    {
        // (the clause's verb, in lower case, ends it right at the colon: "…, der sagte:")
        verb = colon > 0 && char.IsLetter(body[colon - 1]) ? WordBefore(body, colon) : "";
        if (verb.Length < 3 || !verb.All(char.IsLower)) return false;
        var m = RelativeOpener().Match(body, afterName, colon - afterName);
        if (!m.Success || body.AsSpan(afterName, m.Index - afterName).Trim().IsEmpty) return false;
        return body.AsSpan(m.Index + m.Length, colon - m.Index - m.Length).IndexOfAny(',', ';') < 0;
    }

    /// <summary>The last relative pronoun before a point: "who" (after a comma or not), or after a comma "der", "die", "welcher", "qui".</summary>
    [GeneratedRegex(@"(?:,\s*|\s)who\s|,\s*(?:der|die|welche[rs]?|qui)\s", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex RelativeOpener();

    [GeneratedRegex(@"^\s*(?:While|Whilst|Although|Though|Whereas|Since|Because|After|Before|When|Once|If|Unless|Until)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Subordinator();

    /// <summary>
    /// A sentence that introduces the quotation with a colon and no reporting verb ("Amara Nwosu, the governor, struck a cautious
    /// tone: “…”"), or with a comma before a quoted sentence: the person it opens with, when it names no one else before.
    /// </summary>
    private static Attribution? ColonIntroduction(Context ctx, int sStart, QuotedSpan s)
    {
        int openAt = s.OpenAt;
        var before = ctx.Body.AsSpan(sStart, openAt - sStart).TrimEnd();
        var quoted = ctx.Body.AsSpan(s.Start, s.End - s.Start).TrimEnd();
        bool quotesASentence = quoted.Length > 0 && quoted[^1] is '.' or '!' or '?';
        // ...or with a comma before a quoted sentence of its own, capital to full stop ("X calmed the crowd, “Every
        // step …”"; not a title: "an anthology, “Together In a Quiet Harbour Town,”", nor one that keeps its full stop inside the
        // marks: "the special she hosted, “Tarn Together: A Night for Harlow.”")
        bool commaSentence = quotesASentence && openAt + 1 < ctx.Body.Length && char.IsUpper(ctx.Body[openAt + 1]) && !IsTitleCasedQuotation(ctx.Body, s);
        if (before.IsEmpty || before[^1] != ':' && !(before[^1] == ',' && commaSentence)) return null;
        int colon = sStart + before.Length - 1;
        var named = ctx.Entities.Where(x => x.Start >= sStart && x.End <= colon && !ctx.InsideQuote(x) && x.Type is "PERSON" or "ORG")
            .OrderBy(x => x.Start).ToList();
        // "A spokesman for Tarn Maps described the feature: “…”": the organisation a spokesperson opens the sentence for speaks
        if (named.Count > 0 && named[0].Type == "ORG" && !named.Any(x => x.Type == "PERSON")
            && SpokespersonForLead().IsMatch(ctx.Body.AsSpan(sStart, named[0].Start - sStart)))
            return new Attribution(named[0].Name, named[0].EntityId, "", "quotes.sentence.colon-spokesperson", 0.65);
        if (named.Count == 0) return null;
        // "In a statement, the Tarn Trust expressed its regret: “…”": a sentence that says where the words were written opens with their author
        string lead = ctx.Body[sStart..named[0].Start];
        bool inDocument = InDocumentLead().IsMatch(lead) && !named.Any(x => x.EntityId != named[0].EntityId && x.Type == named[0].Type);
        if (inDocument && named[0].Type == "ORG" && !named.Any(x => x.Type == "PERSON"))
            return new Attribution(named[0].Name, named[0].EntityId, "", "quotes.sentence.colon-document", 0.65);
        // the headline form with a body's name alone before the colon ("Tarn Union: „…“") quotes the body
        if (named[0].Type == "ORG" && string.IsNullOrWhiteSpace(lead) && named[0].End == colon)
            return new Attribution(named[0].Name, named[0].EntityId, "", "quotes.sentence.colon-subject", 0.65);
        if (named[0].Type != "PERSON" || named.Any(x => x.Type == "PERSON" && x.EntityId != named[0].EntityId)) return null;
        if (UnnamedSpeakerInRelativeClause(ctx.Body, named[0].End, colon, out string verb))
            return new Attribution("", "", verb, "quotes.unnamed-speaker", 0.6);
        // ...as its subject: only a role or a connective before the name ("Analyst Jane Roe", "But Roe")
        return inDocument || IsSubjectLead(lead) || IsRoleAppositionLead(lead)
            ? new Attribution(named[0].Name, named[0].EntityId, "", "quotes.sentence.colon-subject", 0.65) : null;
    }

    /// <summary>A sentence's opening "In a statement, ", "In its annual letter the ", "In an e-mail to staff, ": where the words were written.</summary>
    private static Regex InDocumentLead() => InDocumentLeadPattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex InDocumentLeadPattern = new(
        @"^\s*In\s+(?:a|an|its|his|her|their|the)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:" + DocumentNouns + @")s?"
        + @"(?:\s+to\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*)?\s*,?\s+(?:the\s+)?$", RegexOptions.CultureInvariant);

    /// <summary>A sentence's opening "A spokesman for ", "The company's spokeswoman at ", "A representative of the ".</summary>
    [GeneratedRegex(@"^\s*(?:A|An|The|One)\s+(?:\p{Ll}[\p{L}-]*\s+)?(?:spokes(?:person|man|woman)|representative)\s+(?:for|of|at|from)\s+(?:the\s+)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex SpokespersonForLead();

    /// <summary>
    /// The person or organisation that opens a clause, its subject ("Deutsche Bank also seemed to endorse Rajan, saying"
    /// is the bank's); an organisation followed by a role and a name is that person's employer ("Acme analyst Jane Roe").
    /// </summary>
    private static EntityMention? ClauseOpener(Context ctx, int clause, int verbAt)
    {
        // ...not the one the clause speaks to or cites ("Officials told CNN ..., adding: “…”"), nor a medium, a place or an owner after a
        // preposition ("In a post on Twitter, X ..., writing", "the head of Harbour Power, stressing")
        var first = ctx.Entities.Where(x => x.Type is "PERSON" or "ORG" && x.Start >= clause && x.End <= verbAt && !ctx.InsideQuote(x)
            && !IsAudienceOrSource(ctx.Body, x.Start) && !PrecededBy(ctx.Body, x.Start, MediumPrepositions, StringComparison.Ordinal))
            .OrderBy(x => x.Start).FirstOrDefault();
        if (first == null || first.Type == "PERSON") return first;
        return RoleHolderAfter(ctx, first.End, verbAt) ?? first;
    }

    /// <summary>
    /// Characters between a subject and its verb, not counting one appositive between commas ("the People's Daily, the
    /// party's mouthpiece, warned": 1).
    /// </summary>
    private static int GapBeyondAppositive(string body, int from, int to)
    {
        var gap = body.AsSpan(from, to - from);
        int lead = gap.IndexOf(", ", StringComparison.Ordinal);
        if (lead is < 0 or > 3) return gap.Length;
        int close = gap[(lead + 2)..].IndexOf(',');
        return close is > 1 and <= 90 ? gap.Length - (lead + 2 + close + 1) : gap.Length;
    }

    /// <summary>
    /// A participle of reporting after a comma or "by" ("…, saying", "…, writing that", "ended by stressing"), or right before the
    /// comma that introduces the quotation ("rejected the explanation saying, “…”").
    /// </summary>
    [GeneratedRegex(@"(?:(?<=,\s)|(?<=,[”""’']\s)|(?<=\bby\s))(?:saying|adding|noting|warning|arguing|insisting|writing|explaining|stressing|stating"
        + @"|asserting|declaring|claiming|acknowledging|admitting|conceding|remarking|commenting|pointing\s+out|telling\s+\w+)\b"
        // ...and one with no comma before it but a comma right before the quotation ("X rejected the explanation saying, “…”", "X
        // praised “Tarn Road” saying, “…”")
        + @"|(?<=[\w""”’')]\s)(?:saying|adding|noting|warning|arguing|insisting|explaining|stressing|stating|asserting|declaring)(?=,\s*$)"
        // ...and one right after a name, whose subject it is ("…, O'Hara saying they were “…”", "with Mina Okafor adding that “…”", ", a Quorvin
        // spokeswoman adding that “…”")
        + @"|(?<=(?:,|\swith)\s(?:the\s)?(?:" + SubjectWord + @"\s){1,3})" + SubjectParticiple
        + @"|(?<=(?:,|\swith)\s" + SpokespersonSubject + @"\s)" + SubjectParticiple,
        RegexOptions.CultureInvariant)]
    private static partial Regex CommaParticiple();

    [GeneratedRegex(@"\b(?:likened|likens|compared|compares)\b(?=[^.;:!?]*\bto(?:\s+(?:a|an|the))?\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex LikeningVerb();

    /// <summary>"as", "as a", "as being" right before the opening mark: where a characterising verb hands over its quotation.</summary>
    [GeneratedRegex(@"\bas(?:\s+being)?(?:\s+(?:a|an|the))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AsBefore();

    /// <summary>
    /// "called the deal", "dubbed it", "called it a", "termed the plan": a verb of naming, then its object (not "that ...") up to the
    /// opening mark.
    /// </summary>
    private static Regex NamingVerb() => NamingVerbPattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex NamingVerbPattern = new(
        @"\b(?:called|calls|calling|dubbed|dubs|dubbing|termed)(?=\s+(?:(?:it|this|that|them)(?:\s+(?:a|an|the))?"
        + @"|(?:the|his|her|their|its|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}'’-]+\s+){0,3}?"
        + @"[\p{L}'’-]+)\s*$)", RegexOptions.CultureInvariant);

    /// <summary>
    /// "thanked the negotiating teams", "praised staff for", "congratulated her,": a verb of thanks or praise and its object (up to six
    /// words, no stop) right before the opening mark.
    /// </summary>
    [GeneratedRegex(@"\b(?:thank(?:ed|ing)|(?:prais|congratulat|welcom)(?:ed|es|ing)|(?:commend|applaud)(?:ed|s|ing)|credited)"
        + @"(?=(?:\s+[\p{L}'’-]+){1,6},?\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex ThankingVerb();

    /// <summary>A form of "be" or "get" (and an adverb) right before the end: a passive's auxiliary ("has been praised").</summary>
    [GeneratedRegex(@"\b(?:be|been|being|is|was|were|are|get|gets|got)\s+(?:\p{Ll}+ly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BeBefore();

    private static readonly Text.WarmingRegex CharacterisingVerbRegex = new(Text.Lexicon.AlternationPattern(@"\b(?:", "quote-characterising-verbs.tsv",
        @")\b"), RegexOptions.CultureInvariant, Text.Lexicon.PatternTimeout);

    private static Regex CharacterisingVerb() => CharacterisingVerbRegex.Regex;

    /// <summary>
    /// "potstickers, described as “…”": a participle with "as" straight after it has no speaker of its own; a verb with a pronoun as
    /// its subject has one ("the budget, which he describes as “…”").
    /// </summary>
    private static bool IsPassive(string region, Match verb) =>
        (region.AsSpan(verb.Index + verb.Length).TrimStart().StartsWith("as ", StringComparison.Ordinal)
        || region.AsSpan(verb.Index + verb.Length).Trim().SequenceEqual("as")) && !PronounBefore().IsMatch(region, verb.Index);

    /// <summary>
    /// Who ", who" at <paramref name="commaAt"/> refers to: the person whose firm or place ends the phrase ("Ada Quarles of Tarn
    /// Capital, who", "Ivo Marsh, an analyst at Tarn Capital, who"), or else the person or organisation named right before it.
    /// </summary>
    private static EntityMention? RelativeAntecedent(Context ctx, int commaAt)
    {
        var last = ctx.Entities.FirstOrDefault(x => x.End == commaAt);
        if (last == null) return null;
        return PersonJoinedBefore(ctx, last.Start, 80, between => PersonBeforeAffiliation().IsMatch(between))
            ?? (last.Type is "PERSON" or "ORG" ? last : null);
    }

    /// <summary>What joins a person to the firm or place named after them: " of ", " at the ", ", a fund manager at ".</summary>
    private static Regex PersonBeforeAffiliation() => PersonBeforeAffiliationPattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex PersonBeforeAffiliationPattern = new(
        @"^(?:\s+(?:of|at|from|with)\s+(?:the\s+)?|,\s+(?:a|an|the)\s+[^,;“”""]{0,60}?\s+(?:of|at|from|with|for)\s+(?:the\s+)?)$",
        RegexOptions.CultureInvariant);

    /// <summary>", who had" and the like right before a verb (the search range ends at the verb): the clause is relative.</summary>
    [GeneratedRegex(@",\s+who\s+(?:(?:has|had|have|would|will|also|then|later|once)\s+)*(?:\p{Ll}+ly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeWhoBefore();

    /// <summary>"what host Jane Roe described as “…”": a person or organisation named right before the verb is its subject, no passive.</summary>
    private static EntityMention? NamedRightBefore(Context ctx, int verbAt) =>
        ctx.Entities.FirstOrDefault(x => x.Type is "PERSON" or "ORG" && x.End < verbAt && verbAt - x.End <= 2
            && ctx.Body.AsSpan(x.End, verbAt - x.End).IsWhiteSpace());

    [GeneratedRegex(@"\b(?:he|she|they|we|I)\s+\G", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex PronounBefore();

    private static readonly string[] ClauseJoins = { ", but ", "; ", ", while ", ", whereas ", ", and ", ", yet ", ", although ", ", though ", ", because ",
        ",” and ", ",” but " };

    /// <summary>Where the clause holding <paramref name="at"/> starts: after the last ", but", ";", ", while"... before it in the sentence.</summary>
    private static int ClauseStart(string body, int sentenceStart, int at)
    {
        int best = sentenceStart;
        var span = body.AsSpan(sentenceStart, at - sentenceStart);
        foreach (var join in ClauseJoins)
        {
            int i = span.LastIndexOf(join, StringComparison.Ordinal);
            if (i >= 0) best = Math.Max(best, sentenceStart + i + join.Length);
        }
        return best;
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it" };

    /// <summary>
    /// The reporting verb of a cue phrase: "said in a statement", "told analysts" and "wrote in a note" report
    /// "said", "told", "wrote"; "was quoted as saying" and "pointed out" stay whole.
    /// </summary>
    internal static string CueVerb(string cue)
    {
        int space = cue.IndexOf(' ');
        if (space < 0) return cue;
        string first = cue[..space];
        return first is "said" or "told" or "wrote" ? first : cue;
    }

    /// <summary>
    /// The person named within 45 characters after <paramref name="from"/> (and ending by <paramref name="limit"/>) when only a role
    /// stands between: the holder of the role ("Northwind analyst Jane Roe", "Delaware senator Ed Kaufman").
    /// </summary>
    private static EntityMention? RoleHolderAfter(Context ctx, int from, int limit = int.MaxValue)
    {
        var person = ctx.Entities.Where(x => x.Type == "PERSON" && x.Start > from && x.Start - from <= 45 && x.End <= limit).MinBy(x => x.Start);
        return person != null && IsRoleBetween(ctx.Body, from, person.Start) ? person : null;
    }

    /// <summary>Whether a word for a person's place in the organisation at <paramref name="org"/> stands right before it: an office
    /// ("CEO of ", "managing director at ", "chair of the national rail regulator ") or any lower-case noun ("a member of the ",
    /// "a lawyer for ").</summary>
    private static bool RoleOfOrganisation(string body, int org)
    {
        int from = Math.Max(0, org - 80);
        var m = OfficeOf().Match(body, from, org - from);
        return m.Success && (RoleWords.Contains(m.Groups["w"].Value) || char.IsLower(m.Groups["w"].Value[0]));
    }

    // "chair of the national rail regulator X", "Secretary to the Treasury": up to four lower-case words may describe the organisation
    [GeneratedRegex(@"(?<w>[\p{L}-]+)\s+(?:of|at|for|to)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeOf();

    [GeneratedRegex(@"^(?:But|And|Yet|So|Still|However|Then)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ConnectiveBeforeName();

    /// <summary>The person the entity stage found starting at <paramref name="at"/>, if any.</summary>
    private static EntityMention? PersonAt(Context ctx, int at) => ctx.Entities.FirstOrDefault(x => x.Type == "PERSON" && x.Start == at);

    private static EntityMention? OrganisationAt(Context ctx, int at) => ctx.Entities.FirstOrDefault(x => x.Type == "ORG" && x.Start == at);
}
