using System.Text.RegularExpressions;
using FinExtract.Documents;
using FinExtract.Entities;

namespace FinExtract.Quotes;

/// <summary>
/// Speakers left unnamed or named by a description (a spokesperson, a group of people, an official), and the subject of a
/// preceding sentence.
/// </summary>
public sealed partial class QuoteStage
{
    private const string SourceApposition = @"(?:,\s+[^,.;:“”""]{3,80})?\s*[,:]\s*$";

    /// <summary>
    /// One apposition, or an apposition and a relative clause ("Dara Quill, head of Quill Auctions, which ran the sale, said"); the
    /// apposition may end in a list ("Ana Ruiz, head of sales for Spain, Chile and Peru, said"); after a parenthesis that gives party
    /// and state, or a ticker ("Ann Hale (D-Ore.) said").
    /// </summary>
    private const string Appos = @"(?:\s+\([A-Z]{1,6}\s?[-–:]\s?[^()“”""]{1,36}\))?"
        + @"(?:,\s+[^,“”""]{2,90}?(?:(?:,\s+[^,“”""]{1,30}?){0,2}?,\s+[^,“”""]{1,30}?\s(?:and|or)\s[^,“”""]{1,30}?)?"
        + @"(?:,\s+(?:which|who|whose|that|where)\s+[^,“”""]{2,90}?)?,)?";

    /// <summary>An adverb or auxiliary between a speaker and the reporting verb: "he further told", "she also said", "X has said".</summary>
    private const string AdverbBeforeVerb = @"\s+(?:(?:\w+ly|also|further|then|later|again|still)\s+)?(?:has\s+|had\s+)?";

    /// <summary>
    /// What may follow a reporting verb before the quotation: up to five words before a comma or colon ("told reporters on Monday,";
    /// a semicolon typed for the colon, "he added; “…”"),
    /// or up to eight before a colon when none is another reporting verb ("further told Channel 4 Radio's Mira Dahl:").
    /// </summary>
    private static string ToAudience(string verbs) =>
        @"(?:(?:\s+(?!that\b)[\p{L}’']+){0,5}?\s*[:,;]?|(?:\s+(?!that\b|(?:" + verbs + @")\b)[\p{L}\p{N}’'-]+){1,8}?\s*:)";

    /// <summary>How a report that introduces the quotation ends the text before it: the verb and its audience, or a speech act.</summary>
    private static string ReportEnd(string verbs) => "(?:(?<cue>" + verbs + ")" + ToAudience(verbs) + "|" + SpeechActIntroduction + @")\s*$";

    /// <summary>A speech act that introduces the quotation: "made these remarks:", "released a statement saying".</summary>
    private const string SpeechActIntroduction = "(?<cue>" + SpeechAct + @")" + SpeechActPlace
        + @"(?:\s*:|,?\s+(?:saying|reading|(?:that|which)\s+(?:read|reads|said|says))\s*[:,]?)";

    /// <summary>Where a statement was made, between it and what introduces its words: "posted a message on its website, saying".</summary>
    private const string SpeechActPlace = @"(?:\s+(?:on|in|to|via|through)(?:\s+[\p{L}\p{N}.'’-]+){1,5})?";

    /// <summary>"made a profound remark:", "issued the following statement:": a clause that names an act of speech, then a colon.</summary>
    private const string SpeechAct = @"(?:made|issued|gave|offered|released|delivered|posted|published|left)\s+(?:a|an|the|this|these)\s+"
        + @"(?:\p{Ll}[\p{L}-]*\s+){0,2}?"
        + @"(?:remarks?|comments?|statements?|responses?|reply|warning|explanation|assessment|observation|messages?|notes?|notices?)";

    /// <summary>What the sentence after a quotation calls it when it names its source ("That was the view of ...").</summary>
    private const string SourceNouns = "view|verdict|assessment|message|take|opinion|warning|conclusion|argument|advice|prediction|reaction|word";

    /// <summary>"that" right after the verb or a few words on ("told the Associated Press that", "said on Tuesday that").</summary>
    private static Regex ThatAfter() => ThatAfterPattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex ThatAfterPattern = new(
        @"\G(?:\s+[\p{L}\d.'’-]+){0,4}?\s+that\b(?!\s+(?:day|evening|morning|afternoon|night|week|month|year|time)\b)",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether the speaker words <paramref name="sp"/> at <paramref name="at"/> name an entity that the sentence before the quotation
    /// opening at <paramref name="openAt"/>, or that sentence up to the opening mark, names too (outside quotation marks).
    /// </summary>
    private static bool NamedBefore(Context ctx, int openAt, int at, string sp)
    {
        var named = ctx.Entities.FirstOrDefault(x => x.Start < at + sp.Length && at < x.End && x.Type is "PERSON" or "ORG");
        int from = ctx.PreviousSentenceStart(openAt);
        if (named == null || from < 0) return false;
        return ctx.Entities.Any(x => x.EntityId == named.EntityId && x.Start >= from && x.End <= openAt && !ctx.InsideQuote(x));
    }

    /// <summary>
    /// The organisation named right before the same word for its people within the 600 characters before <paramref name="at"/>
    /// ("Quorvin Securities analysts said …" for a later "the analysts"), the latest; null when none.
    /// </summary>
    private static EntityMention? FirmOfProfessionals(Context ctx, string professionals, int at)
    {
        string after = " " + professionals + " ";
        return ctx.Entities.Where(x => x.Type == "ORG" && x.End < at && x.Start >= at - 600 && !ctx.InsideQuote(x)
            && ctx.Body.AsSpan(x.End).StartsWith(after, StringComparison.Ordinal)).MaxBy(x => x.Start);
    }

    /// <summary>A name of one to three capitalised words, "the" before it or not, between a comma or "with" and the end: ", O'Hara ",
    /// "with Mina Okafor ", "with the Tarnwell Group " before a participle; or an organisation's spokesperson there (", a Quorvin spokeswoman ").</summary>
    [GeneratedRegex(@"(?:,|\swith)\s(?<sp>(?:the\s)?" + SubjectWord + @"(?:\s" + SubjectWord + "){0,2}|" + SpokespersonSubject + @")\s$",
        RegexOptions.CultureInvariant)]
    private static partial Regex NameBeforeParticiple();

    /// <summary>A capitalised word of a participle's own subject, and the participles such a subject takes (<see cref="NameBeforeParticiple"/>,
    /// <see cref="CommaParticiple"/>).</summary>
    private const string SubjectWord = @"\p{Lu}[\p{L}'’.&-]+", SubjectParticiple = @"(?:saying|adding|noting|warning|arguing|insisting|stating)\b";

    /// <summary>An organisation's spokesperson as a participle's own subject: "a Quorvin spokeswoman", "the Tarnwell Group official".</summary>
    private const string SpokespersonSubject = @"(?:a|an|the)\s(?:" + SubjectWord + @"\s){1,3}(?:spokes(?:man|woman|person)|representative|official)";

    /// <summary>A clause with a pronoun subject right after the verb: " it is paying", " she would stay", " they expected"; or with a
    /// noun phrase its determiner opens: " the banks will do", " their rates would rise", " the group’s clinic in Harlow had".</summary>
    [GeneratedRegex(@"\G\s+(?:it|he|she|they|we|I|there|(?:the|its|their|his|her|our)\s+\p{Ll}+(?:[’']s)?(?:\s\p{Ll}+)?"
        + @"(?:\s+(?:in|of|at|on|for)\s+(?:the\s+)?\p{L}+)?)\s+"
        + @"(?:is|was|are|were|will|would|has|had|have|can|could|should|may|might|must|\p{Ll}{3,}ed)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PronounClauseAfter();

    /// <summary>The determiners of a speaker the text describes but does not name ("one user", "another miner").</summary>
    private const string Describers = "a|an|one|another|some|several|other|many";

    /// <summary>Who or what speaks for the organisation that owns it: its spokesperson, representative, press office or statement.</summary>
    private const string SpeaksForOwner = @"(?:spokes|representative|press\b|statement)";

    /// <summary>
    /// "said the families", "the residents said": "the" before a plural for a group of people (quote-plural-groups.tsv); not for a
    /// profession ("the analysts wrote" is most often the analysts of a firm the text named).
    /// </summary>
    private static readonly string GroupDescriber = @"the(?=\s+(?:\p{Ll}[\p{L}-]*\s+)?(?i:" + string.Join("|", Text.Lexicon.Set("quote-plural-groups.tsv",
        StringComparer.Ordinal).Where(w => !Entities.EntityLexicon.Professions.Contains(w)).OrderBy(w => w, StringComparer.Ordinal)) + @")\b)";

    /// <summary>The preposition that leads from such a description to an organisation ("one analyst at Brisa Capital").</summary>
    private const string Preposition = @"(?:for|at|of|from|with)\b";

    /// <summary>
    /// What may follow a description of an unnamed speaker: a preposition and lower-case words ("familiar with the matter",
    /// "close to the company", "involved in the process"); a capitalised word after it names an organisation instead.
    /// </summary>
    private const string UnnamedTail = @"\s+(?:familiar\s+with|close\s+to|involved\s+in|briefed\s+on|(?:with\s+)?(?:direct\s+)?knowledge\s+of|at|of|from|with"
        + @"|for|in)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*";

    /// <summary>An aside between commas that says why a speaker is not named (", who asked not to be identified,", ", speaking on ...,").</summary>
    private const string UnnamedAside = @"(?:,\s+(?:who|speaking|asking|requesting|declining|citing)\b[^,“”""]{2,120},|\s+\([\p{Ll}\s-]{2,40}\))";

    /// <summary>
    /// "after Governor Ortiz's call to “…”", "the board rejected Kell Ltd’s claim that “…”": a noun for what someone said
    /// (quote-speech-nouns.tsv) after a possessive name right before the quotation makes it the words of that person or organisation.
    /// </summary>
    private static Attribution? PossessiveWords(Context ctx, string before, int from)
    {
        var m = PossessiveSpeechNoun.Match(before);
        if (!m.Success) return null;
        int at = from + m.Index;
        var owner = ctx.Entities.FirstOrDefault(e => e.End == at && e.Type is "PERSON" or "ORG" && !ctx.InsideQuote(e));
        // "Y called X's claims “false”": the quotation is what Y calls them
        if (owner != null && owner.Start >= from && NamingBefore().IsMatch(before[..(owner.Start - from)])) return null;
        return owner == null ? null : new Attribution(owner.Name, owner.EntityId, m.Groups["cue"].Value, "quotes.possessive-words", 0.75);
    }

    private static readonly Text.WarmingRegex PossessiveSpeechNounRegex = new(Text.Lexicon.AlternationPattern(
        @"['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?<cue>", "quote-speech-nouns.tsv", @")(?:\s+(?:to|of|that|for))?\s*[,:]?\s*$"),
        RegexOptions.CultureInvariant, Text.Lexicon.PatternTimeout);

    private static Regex PossessiveSpeechNoun => PossessiveSpeechNounRegex.Regex;

    [GeneratedRegex(@"\b(?:call|calls|called|dubbed|termed|branded|labell?ed|deemed)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NamingBefore();

    /// <summary>
    /// "People claimed", "Residents also said", "Aviation analysts called it": a plural for a group of people (quote-plural-groups.tsv), after
    /// at most one capitalised modifier, alone as the clause's subject; the caller checks that no name stands in the clause.
    /// </summary>
    private static readonly Text.WarmingRegex PluralGroupSubjectRegex = new(Text.Lexicon.AlternationPattern(
        @"^\s*(?:(?:But|And|Yet)\s+)?(?:\p{Lu}[\p{L}-]*\s+(?=\p{Ll}))?(?i:", "quote-plural-groups.tsv", @")\s+(?:\w+ly\s+|also\s+|have\s+|had\s+)?$"),
        RegexOptions.CultureInvariant, Text.Lexicon.PatternTimeout);

    private static Regex PluralGroupSubject => PluralGroupSubjectRegex.Regex;

    /// <summary>
    /// Whether the subject of the verb at <paramref name="verbAt"/> is someone the text does not name ("a reporter asked"), also after an
    /// opening phrase ("At the press conference, a reporter asked her: “…”").
    /// </summary>
    private static bool UnnamedClauseSubject(string body, int clause, int verbAt)
    {
        if (UnnamedSubject().IsMatch(body.AsSpan(clause, verbAt - clause))) return true;
        int comma = body.LastIndexOf(", ", verbAt - 1, verbAt - clause, StringComparison.Ordinal);
        if (comma <= clause) return false;
        return OpensWithClauseWord(body.AsSpan(clause, comma - clause)) && UnnamedSubject().IsMatch(body.AsSpan(comma + 2, verbAt - comma - 2));
    }

    /// <summary>
    /// A clause's subject that describes its speaker without naming anyone: "Another miner", "one trader", "a lawyer for several
    /// families", and one a name only qualifies ("an unnamed Harlow campaign aide", "a Tarn Ltd engineer"); not a spokesperson,
    /// representative or statement, which speak for the one named.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:But|And|Yet)\s+)?(?i:" + Describers + @")\s+(?!spokes)(?:\p{Ll}[\p{L}-]*\s+){0,2}"
        + @"(?:(?:(?!Spokes|Representative)\p{Lu}[\p{L}.-]*\s+){1,2}(?!(?:\p{Ll}[\p{L}-]*\s+){0,2}" + SpeaksForOwner + @")(?:\p{Ll}[\p{L}-]*\s+){0,2})?"
        + @"(?!spokes|" + Preposition + @")\p{Ll}[\p{L}-]*(?:" + UnnamedTail + @")?\s+(?:\w+ly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex UnnamedSubject();

    /// <summary>
    /// "said Harlow Health Agency Director-General Dr. Mina Okafor": a person named right after the capitalised words the verb is
    /// followed by (an organisation and a role in title case, a title written short) is who speaks, when those words name no person.
    /// </summary>
    private static EntityMention? PersonAfterTitleCaseRole(Context ctx, int at, int length)
    {
        if (ctx.Entities.Any(x => x.Type == "PERSON" && x.Start < at + length && x.End > at)) return null;
        int pos = at + length;
        for (int words = 0; words <= 4; words++)
        {
            // a period after a word longer than a title written short ("Sgt.", "Dr.") ends the sentence
            if (ctx.Body[pos - 1] == '.' && pos - 1 - Math.Max(ctx.Body.LastIndexOf(' ', pos - 1), 0) > 5) return null;
            var m = SpaceThenCapitalisedWord().Match(ctx.Body, pos);
            if (!m.Success) return null;
            // "Tarnwell Inc. President and Chief Executive X": "and" joins offices only, "of" an office to its body ("Secretary of State")
            if (m.Groups["j"].Value is "and" or "&" && !RoleWords.Contains(m.Groups["w"].Value)) return null;
            if (PersonAt(ctx, m.Groups["w"].Index) is { } person) return person;
            pos = m.Index + m.Length;
        }
        return null;
    }

    /// <summary>
    /// "he" or "she" right before a verb, right after the comma that ends a phrase opening the sentence with a participle ("Describing …, he "),
    /// a subordinate clause ("And when it comes to …, she ") or a preposition ("In a letter to …, he "); after a prepositional phrase
    /// the comma may be left out ("In a Tarvel post last spring she described …").
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:\p{Lu}\p{Ll}+ing|(?:(?:And|But|So)\s+)?(?i:when|while|as|after|before|if|once|since|although|though))\b[^.;:“”""]*,"
        + @"|(?:In|On|At|During|Despite)\b[^.;:“”""]*,?)\s+(?<p>he|she)\s+(?:\w+ly\s+|also\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PronounAfterOpeningPhrase();

    /// <summary>A clause with nothing but "and" (or "and then", "but also") before its verb: a second predicate of the sentence's subject.</summary>
    [GeneratedRegex(@"^\s*(?:(?:and|but)(?:\s+(?:then|later|also|\w+ly))?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CoordinatedPredicate();

    /// <summary>A sentence that opens with "He" or "She" and a verb ("He lashed out at …").</summary>
    [GeneratedRegex(@"^\s*(?<p>He|She)\s+(?:\w+ly\s+|also\s+)?\p{Ll}+(?:ed|s)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SentencePronounSubject();

    /// <summary>A clause's subject that is "he", "she" or "they", right before its verb ("she says", "he also argued").</summary>
    [GeneratedRegex(@"^\s*(?<p>he|she|they)\s+(?:\w+ly\s+|also\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ClausePronounSubject();

    /// <summary>White space, then a capitalised word or a title written short ("Dr.", "Prof.").</summary>
    [GeneratedRegex(@"\G\s+(?:(?<j>and|&|of|for)\s+(?:the\s+)?)?(?<w>\p{Lu}[\p{L}'’-]*\.?)", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceThenCapitalisedWord();

    /// <summary>
    /// "A father whose son studies at Tarn Academy said …", "One teacher who works at Tarn Academy told …": a speaker described
    /// by a relative clause and not named; a name inside the clause says who they are, and does not speak.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:But|And|Yet)\s+)?(?i:" + Describers + @")\s+(?!spokes|representative)(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*,?\s+"
        + @"(?:who|whose|that)\s[^“”"";]*$", RegexOptions.CultureInvariant)]
    private static partial Regex UnnamedWithRelative();

    /// <summary>
    /// A quotation that opens a sentence with no reporting clause of its own, right after a sentence in the same paragraph that
    /// opens with a person or an organisation ("Marta Ilves, a trader, pointed to the curve. “The curve says …”"): that
    /// sentence's subject, rather than whoever spoke before. A quotation that opens a paragraph takes the subject of the
    /// paragraph before's last sentence only when that sentence reports speech ("Marta Ilves read a statement at the gates.").
    /// </summary>
    private EntityMention? PrecedingSubject(Article article, Context ctx, QuotedSpan s, List<QuotedSpan> spans, Around around)
    {
        string body = article.Body;
        int k = s.OpenAt - 1;
        while (k >= 0 && body[k] == ' ') k--;
        bool paragraphBefore = k >= 0 && body[k] == '\n';
        while (paragraphBefore && k >= 0 && char.IsWhiteSpace(body[k])) k--;
        if (k < 0 || body[k] is not ('.' or '!' or '?')) return null;
        int si = Text.Sentence.IndexAt(article.Sentences, k);
        if (si < 0) return null;
        var sentence = article.Sentences[si];
        if (body.AsSpan(sentence.Start, k - sentence.Start).IndexOf('\n') >= 0) return null; // not in the quotation's paragraph
        // the quotation's paragraph for 60 characters from where its text ends (the closing mark, then what follows it)
        string tail = around.After[..Math.Clamp(s.End + 60 - around.CloseEnd, 0, around.After.Length)];
        if (paragraphBefore && !IntroducesTheNextParagraph(body, sentence.Start, k, tail)) return null;
        // (a word or two in marks is a scare quote or a term, not a quotation of the sentence's own: "cut it to “neutral”")
        if (spans.Any(q => q.OpenAt < k && q.End > sentence.Start && WordRuns().Count(body.AsSpan(q.Start, q.End - q.Start)) >= _minWords)) return null;
        // (a place in an opening phrase is passed over: "In a London hotel, Rollock spells out why …")
        int from = sentence.Start;
        var first = article.Entities.Where(x => x.Start >= from && x.End <= k && x.Type is "PERSON" or "ORG").OrderBy(x => x.Start)
            .FirstOrDefault();
        if (FrontedClauseSubject(article, from, k) is { } fronted) (first, from) = fronted;
        // "Any small hospital, he said, would need these supplies.", "He argued that the berths would pay.": a sentence that names no one
        // and reports through "he" or "she"
        // (after a quotation earlier in the paragraph, "he" is rather its speaker, whom the quotations after carry on with)
        bool QuotedBefore() => spans.Any(q => q.End <= sentence.Start && body.AsSpan(q.End, sentence.Start - q.End).IndexOf('\n') < 0);
        if (first == null && ReportingPronoun(body, sentence.Start, k, QuotedBefore) is { } pronoun)
            return Antecedent(ctx, sentence.Start, pronoun == "she" ? "f" : "m", "PERSON");
        if (first is not { Type: "PERSON" or "ORG" }) return null;
        // "The chief economist of Makewell, Dana Oyelaran, also commented": the role's organisation before its holder
        if (first.Type != "PERSON" && article.Entities.FirstOrDefault(x => x.Type == "PERSON" && x.Start > first.End && x.End <= k) is { } holder
            && (IsRoleAppositionLead(body[sentence.Start..holder.Start]) || IsRoleOfTheOrganisation(body[first.End..holder.Start]))) first = holder;
        int leadEnd = first.Start;
        // "Roe's grandfather said": a name with "'s" is not the subject, whose it is; but in "Tarn Capital's Priya Nair" the
        // organisation is where the person who follows works
        EntityMention? possessor = null;
        if (body.AsSpan(first.End).StartsWith("'s") || body.AsSpan(first.End).StartsWith("’s"))
        {
            int after = first.End + 3;
            possessor = first;
            // ...and in "Roe's lawyer, Ana Marsh," the person a relation or an office introduces
            first = first.Type == "ORG" ? article.Entities.FirstOrDefault(x => x.Type == "PERSON" && x.Start == after && x.End <= k)
                : article.Entities.FirstOrDefault(x => x.Type == "PERSON" && x.Start >= after && x.End <= k) is { } next
                    && IntroducedByPossessive(body, possessor, next, null) ? next : null;
            if (first == null) return null;
        }
        // ...and no one else is named in it who could be speaking (a name in an aside that says who the subject is does not speak).
        // A name in what the subject's reporting verb reports does not speak either ("X said that Y had resigned.").
        int asideEnd = AsideAfter(body, first.End, k);
        int reported = ReportedClauseStart(body, asideEnd, k);
        if (article.Entities.Any(x => x.Start >= from && x.End <= reported && x.Type is "PERSON" && x.EntityId != first.EntityId
            && !(x.Start >= first.End && x.End <= asideEnd) && x != possessor)) return null;
        // The subject opens the sentence, after at most a role ("Analyst Rhea Castellano ...", "The economy minister, Jo Roe, ...")
        // or a connective ("But Ilves ...").
        string lead = body[from..leadEnd];
        return IsSubjectLead(lead) || IsRoleAppositionLead(lead) || IsOpeningPhrase(lead) || IsRoleOfTheOrganisation(OrganisationNameLead().Replace(lead, " "))
            || first.Type == "PERSON" && ReportedAtTheEnd(body, sentence.Start, first, k) ? first : null;
    }

    /// <summary>
    /// Where the clause that a subject's reporting verb reports starts: after "said that" or "told reporters that" right after
    /// the subject and its aside ("Ana Roe, the party's leader, said that Ivo Marsh had resigned."); <paramref name="end"/> when
    /// the subject's verb reports no clause ("Tarvel interjected and turned to Ivo Marsh's record.").
    /// </summary>
    private int ReportedClauseStart(string body, int subjectEnd, int end)
    {
        var verb = _verbWord.Match(body, subjectEnd, end - subjectEnd);
        if (!verb.Success || !AdverbsOnly().IsMatch(body.AsSpan(subjectEnd, verb.Index - subjectEnd).TrimStart(", "))) return end;
        var that = ThatAfter().Match(body, verb.Index + verb.Length, end - verb.Index - verb.Length);
        return that.Success ? that.Index + that.Length : end;
    }

    /// <summary>
    /// "After talks with Tarvel and its lenders broke down, chairman Ivo Marsh resigned.": a sentence that opens with a clause
    /// ("After", "Following", "Despite"), then a comma, then a person, with at most a role in lower case before the name and a verb
    /// after it: that person is the subject, and the names inside the opening clause are not; with where the main clause starts.
    /// </summary>
    private static (EntityMention Subject, int From)? FrontedClauseSubject(Article article, int start, int end)
    {
        string body = article.Body;
        if (!OpensWithClauseWord(body.AsSpan(start, end - start))) return null;
        foreach (var x in article.Entities)
        {
            if (x.Start <= start || x.End > end || x.Type != "PERSON") continue;
            int comma = body.LastIndexOf(", ", x.Start, x.Start - start, StringComparison.Ordinal);
            if (comma <= start || !IsLowerCaseRole(body.AsSpan(comma + 2, x.Start - comma - 2))) continue;
            if (x.End + 1 < end && body[x.End] == ' ' && char.IsLower(body[x.End + 1])) return (x, comma + 2);
        }
        return null;
    }

    /// <summary>Nothing, or up to three lower-case words: a role before a name ("chairman ", "chief executive ").</summary>
    private static bool IsLowerCaseRole(ReadOnlySpan<char> text)
    {
        int words = 0;
        foreach (var range in text.Split(' '))
        {
            var w = text[range];
            if (w.IsEmpty) continue;
            if (++words > 3 || !char.IsLower(w[0]) || w.ContainsAnyExcept(LowerRoleChars)) return false;
        }
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> LowerRoleChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    /// <summary>
    /// "Ana Roe, a lawyer for Harlow Marsh, said …", "Ana Roe - who runs the chain with Ivo Marsh - told …", "Ana Roe (a partner of
    /// Ivo Marsh) said …": an aside set off right after a subject, opening with a lower-case word, tells who the subject is;
    /// where it ends (at <paramref name="at"/> when there is none). A list of names (", Ivo Marsh and ...") is no aside.
    /// </summary>
    private static int AsideAfter(string body, int at, int stop)
    {
        var m = SubjectAside().Match(body, at, stop - at);
        return m.Success ? m.Index + m.Length : at;
    }

    private static Regex SubjectAside() => SubjectAsidePattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex SubjectAsidePattern = new(
        @"\G(?:,\s+(?=\p{Ll})[^,;:.!?“”""]{1,120},|\s+[-–—]\s+(?=\p{Ll})[^;:.!?“”""–—]{1,160}?\s[-–—]\s|\s+\((?=\p{Ll})[^()]{1,120}\))",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// "The buses would not stop, Mr. Ocampo said. “…”": a sentence that ends by naming who said it (", X said." or ", said X.")
    /// reports the speaker of the quotation that follows it, in its paragraph or opening the next.
    /// </summary>
    private bool ReportedAtTheEnd(string body, int sentenceStart, EntityMention person, int stop)
    {
        var before = body.AsSpan(sentenceStart, person.Start - sentenceStart);
        var after = body.AsSpan(person.End, stop - person.End);
        return TrailingNameLead().IsMatch(before) && _verbOnly.IsMatch(after)
            || after.IsWhiteSpace() && TrailingVerbLead().Match(body, sentenceStart, person.Start - sentenceStart) is { Success: true } m
            && _verbOnly.IsMatch(m.Groups["v"].ValueSpan);
    }

    /// <summary>An honorific that may stand before the name a sentence ends with ("…, Mr. X said.").</summary>
    private const string TrailingHonorific = @"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$";

    [GeneratedRegex(@"\S,\s+" + TrailingHonorific, RegexOptions.CultureInvariant)]
    private static partial Regex TrailingNameLead();

    [GeneratedRegex(@"\S,\s+(?<v>\p{Ll}+(?:\s+\p{Ll}+)?)\s+" + TrailingHonorific, RegexOptions.CultureInvariant)]
    private static partial Regex TrailingVerbLead();

    /// <summary>"…, she added, …": a reporting clause set between commas inside a sentence, with "he" or "she" for its subject.</summary>
    [GeneratedRegex(@",\s(?<p>he|she)\s+(?:said|says|added|adds|explained|noted|stressed)\s*,", RegexOptions.CultureInvariant)]
    private static partial Regex PronounReports();

    /// <summary>"He" or "She" opening a sentence, after at most a connective, an adverb or "has"/"had", then a word (the verb).</summary>
    [GeneratedRegex(@"^\s*(?:(?:But|And|Yet|However,|Later,)\s+)?(?<p>He|She)\s+(?:\p{Ll}+ly\s+|also\s+)?(?:has\s+|had\s+)?(?<v>\p{Ll}+)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PronounOpensReport();

    /// <summary>
    /// "he" or "she" where the sentence in [<paramref name="start"/>, <paramref name="end"/>) reports through one: as an aside (", he
    /// said,") or, unless a quotation came before it in the paragraph (<paramref name="quotedBefore"/>), as its subject before a
    /// reporting verb ("He argued that ..."); otherwise null.
    /// </summary>
    private string? ReportingPronoun(string body, int start, int end, Func<bool> quotedBefore)
    {
        if (PronounReports().Match(body, start, end - start) is { Success: true } aside) return aside.Groups["p"].Value;
        var lead = PronounOpensReport().Match(body, start, end - start);
        return lead.Success && _verbOnly.IsMatch(lead.Groups["v"].Value) && !quotedBefore() ? lead.Groups["p"].Value.ToLowerInvariant() : null;
    }

    /// <summary>"Looking ahead to the vote, ", "In a statement, ": an opening phrase and its comma, right before the subject.</summary>
    private static bool IsOpeningPhrase(string lead)
    {
        var trimmed = lead.AsSpan().TrimEnd();
        return trimmed.Length >= 4 && trimmed[^1] == ',' && !trimmed[..^1].Contains(',') && OpensWithClauseWord(trimmed);
    }

    /// <summary>Whether the first word of <paramref name="text"/> opens a clause rather than a name ("At", "Looking"; <see cref="IsSentenceWord"/>).</summary>
    private static bool OpensWithClauseWord(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        int space = text.IndexOf(' ');
        return space > 0 && IsSentenceWord(text[..space].ToString());
    }

    /// <summary>
    /// Whether a paragraph's last sentence (<paramref name="start"/> to <paramref name="end"/>) hands its subject's words to the
    /// quotation that opens the next paragraph: it reports speech ("X read a statement", "X said ..."), asks nothing ("X asked
    /// whether ..." is answered by someone else), and the quotation's own paragraph has no reporting verb after it.
    /// </summary>
    private bool IntroducesTheNextParagraph(string body, int start, int end, string quotationTail) =>
        (ReportsSpeech().IsMatch(body, start) || _verbWord.IsMatch(body[start..end])) && !AskVerb().IsMatch(body, start)
        && !_verbWord.IsMatch(quotationTail);

    /// <summary>A sentence that asks: "X asked the crowd whether ...", "X wonders if ...".</summary>
    [GeneratedRegex(@"\G[^.!?\n]*\b(?:ask|asks|asked|asking|wonders|wondered)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AskVerb();

    /// <summary>A sentence that tells of a statement being made: "read a statement", "issued the following statement", "offered this insight".</summary>
    private static Regex ReportsSpeech() => ReportsSpeechPattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex ReportsSpeechPattern = new(
        @"\G[^.!?\n]*\b(?:read|issued|released|delivered|gave|offered|shared)\s+(?:a|an|the|this|these|his|her|their)\s+(?:\p{Ll}+\s+){0,2}?"
        + @"(?:statement|speech|address|remarks|insights?|views?|thoughts|assessment|comments?|reaction|explanation|verdict|prediction|advice)\b",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether the words before a name leave it the subject of its sentence: only a role ("Analyst") or a connective ("But"); a
    /// capitalised word that qualifies the role after it counts as part of it ("Opposition Senator", "Bank spokeswoman").
    /// </summary>
    private static bool IsSubjectLead(string lead)
    {
        var words = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool Cue(int i) => i < words.Length && Entities.EntityLexicon.PersonCues.Contains(words[i].TrimEnd(',', '.'));
        return words.Select((w, i) => Cue(i) || w.TrimEnd(',') is "But" or "And" or "Yet" or "So" or "Still" or "However"
            || char.IsUpper(w[0]) && w.All(char.IsLetter) && Cue(i + 1) || IsRoleWord(words, i)).All(ok => ok);
    }

    /// <summary>A word of a role ("finance" of "Former finance minister"), or one that stands before a role ("Former").</summary>
    private static bool IsRoleWord(string[] words, int i)
    {
        string w = words[i].TrimEnd(',');
        return (RoleWords.Contains(w) || RoleModifiers.Contains(w)) && words.Skip(i).Any(x => RoleWords.Contains(x.TrimEnd(',')));
    }

    /// <summary>Words that stand before a role ("former", "acting"; role-modifiers.tsv).</summary>
    private static readonly HashSet<string> RoleModifiers = Text.Lexicon.Set("role-modifiers.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>"The mayor, ", "Its chief executive, ": a role set before the name in apposition.</summary>
    private static bool IsRoleAppositionLead(string lead)
    {
        // ...after which the role's organisation may follow ("The chief economist for the engineering body Makewell, ")
        if (RoleOrganisationInLead().Match(lead) is { Success: true } of) lead = lead[..of.Index] + ",";
        var words = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // ...the role's own words, or a lower-case word of its portfolio before them ("The economy minister, ")
        return words.Length >= 2 && words[0] is "The" or "Its" or "Their" && words[^1].EndsWith(',') && RoleWords.Contains(words[^1].TrimEnd(','))
            && words.Skip(1).All(w => RoleWords.Contains(w.TrimEnd(',')) || w.All(char.IsLower) && w.Length > 2);
    }

    [GeneratedRegex(@"\s+(?:for|of|at)\s+[^,]{1,60},\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleOrganisationInLead();

    /// <summary>The capitalised words that open a lead ("Tarn Tourism chief executive, "): an organisation's name, unless the sentence's.</summary>
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}&.'’-]*\s+){1,4}(?=\p{Ll}|\p{Lu}+\s+$)", RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationNameLead();

    /// <summary>" chief executive, ", " managing director ": the role an organisation's name leads into, before its holder's name.</summary>
    private static bool IsRoleOfTheOrganisation(string between)
    {
        var words = between.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 4 || !between.StartsWith(' ') || words.Take(words.Length - 1).Any(w => w.EndsWith(','))) return false;
        // (a role written in capitals is one too: "Tarvel Labour MP", "Quellmark CEO")
        return RoleWords.Contains(words[^1].TrimEnd(','))
            && words.All(w => w.TrimEnd(',') is var x && (x.All(char.IsLower) || x.All(char.IsUpper) && RoleWords.Contains(x)));
    }

    /// <summary>The words of the roles in person-role-descriptors.tsv ("mayor", "attorney", "general").</summary>
    private static readonly HashSet<string> RoleWords = new(
        Text.Lexicon.Read("person-role-descriptors.tsv").SelectMany(r => r[0].Split(' ')), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A credit line after the quotation: the paragraph ends with the closing mark and the next one opens with a dash and
    /// a person ("— Paul Okonjo, chief executive"), or a dash and the person follow the mark directly.
    /// </summary>
    private static Attribution? CreditLine(Article article, int closeEnd, int pEnd)
    {
        string body = article.Body;
        int k = closeEnd;
        while (k < body.Length && char.IsWhiteSpace(body[k]) && (k < pEnd || body[k] == '\n')) k++;
        // a dash, or a spaced hyphen typed for one ("… ” - Ben Ode")
        if (k >= body.Length || !(body[k] is '—' or '–' or '―' || body[k] == '-' && k > closeEnd && k + 1 < body.Length && body[k + 1] == ' ')) return null;
        if (body.AsSpan(closeEnd, k - closeEnd).Count('\n') > 2) return null;
        int nameAt = k + 1;
        while (nameAt < body.Length && body[nameAt] == ' ') nameAt++;
        var person = article.Entities.FirstOrDefault(x => x.Start == nameAt && x.Type is "PERSON" or "ORG");
        // A credit line is short: the name and at most a role, not a sentence that goes on after a dash.
        int lineEnd = body.IndexOf('\n', nameAt);
        if (lineEnd < 0) lineEnd = body.Length;
        if (person == null || lineEnd - nameAt > 120 || SentenceBreak().IsMatch(body.AsSpan(nameAt, lineEnd - nameAt))) return null;
        return new Attribution(person.Name, person.EntityId, "", "quotes.credit-line", 0.8);
    }

    [GeneratedRegex(@"[.!?]\s+\p{Lu}|[“”""]|\s(?:is|was|were|are|has|had|said|says|wasn’t|wasn't)\s", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
