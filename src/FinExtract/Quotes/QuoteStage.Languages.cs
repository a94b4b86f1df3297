using System.Text.RegularExpressions;
using FinExtract.Documents;
using FinExtract.Entities;

namespace FinExtract.Quotes;

/// <summary>
/// Reporting clauses of articles in other languages than English (German, French, Spanish, Italian, Portuguese, Dutch, Swedish,
/// Polish, Russian): after the quotation the verb mostly comes first and its speaker after it („…“, sagte Roe; « … »,
/// explique-t-elle; «…», ha detto il ministro Ivo Marsh), before it the clause ends with a colon (Roe sagte: „…“; Dazu sagte Roe:
/// „…“). The verbs, pronouns, articles, prepositions and conjunctions are data (reporting-verbs-languages.tsv,
/// quote-*-languages.tsv); an article of another language keeps the English rules.
/// </summary>
public sealed partial class QuoteStage
{
    /// <summary>
    /// One language's reporting clauses: after the quotation, the verb before it (read right to left), a next sentence that names its
    /// source, a pronoun right after a verb; its pronouns with what they point back to, the prepositions before a clause's object,
    /// the words that open a clause of its own, the article before a speaker, and whether a verb may stand without its subject.
    /// </summary>
    private sealed record LanguageClauses(Regex After, Regex Before, Regex SourceAfter, Regex PronounLead, IReadOnlyDictionary<string, string> Pronouns,
        string[] Prepositions, Regex Conjunction, Regex Lead, Regex According, bool ProDrop);

    /// <summary>Languages whose verb may stand without its subject ("«…», dijo.", "„…” – dodał."): the speaker is the person the text spoke of last.</summary>
    private static readonly HashSet<string> ProDropLanguages = new(StringComparer.Ordinal) { "es", "it", "pt", "pl", "ru" };

    /// <summary>The clauses of the shipped lists alone, built once for every stage that adds no verbs of its own.</summary>
    private static readonly Lazy<Dictionary<string, LanguageClauses>> DefaultLanguageClauses = new(() => BuildLanguageClauses(null));

    /// <summary>This stage's clauses by language code.</summary>
    private readonly Dictionary<string, LanguageClauses> _languages;

    private static Dictionary<string, LanguageClauses> BuildLanguageClauses(IReadOnlyDictionary<string, IReadOnlyList<string>>? added)
    {
        var verbs = ByLanguage("reporting-verbs-languages.tsv");
        foreach (var (language, forms) in added ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (!verbs.TryGetValue(language, out var list)) verbs[language] = list = new List<string>();
            list.AddRange(forms.Where(f => !list.Contains(f)));
        }
        var prepositions = ByLanguage("quote-prepositions-languages.tsv");
        var conjunctions = ByLanguage("quote-conjunctions-languages.tsv");
        var according = ByLanguage("quote-according-languages.tsv");
        var articles = Text.Lexicon.Read("quote-articles-languages.tsv").SelectMany(r => r[0].Split(',').Select(l => (Language: l, Kind: r[1], Word: r[^1])))
            .ToLookup(a => a.Language);
        var pronouns = Text.Lexicon.Read("quote-pronouns-languages.tsv").GroupBy(r => r[0])
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, string>)g.ToDictionary(r => r[^1], r => r[1], StringComparer.Ordinal));
        return verbs.ToDictionary(kv => kv.Key, kv => ClausesOf(kv.Key, kv.Value, pronouns.GetValueOrDefault(kv.Key) ?? new Dictionary<string, string>(),
            prepositions.GetValueOrDefault(kv.Key)?.Select(w => " " + w).ToArray() ?? [], conjunctions.GetValueOrDefault(kv.Key) ?? [],
            LeadOf(articles[kv.Key].ToList()), according.GetValueOrDefault(kv.Key) ?? []), StringComparer.Ordinal);
    }

    /// <summary>A list's last column by each language code of its first ("es,pt" lists the word under both).</summary>
    private static Dictionary<string, List<string>> ByLanguage(string file)
    {
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in Text.Lexicon.Read(file))
            foreach (string language in row[0].Split(','))
            {
                if (!lists.TryGetValue(language, out var words)) lists[language] = words = new List<string>();
                words.Add(row[^1]);
            }
        return lists;
    }

    /// <summary>
    /// The article that may open the words after a verb: an indefinite one (group "indefinite") before a speaker left unnamed, a
    /// definite one before a body or a role and its holder; an elided one ("l'") is written without the space after it.
    /// </summary>
    private static Regex LeadOf(List<(string Language, string Kind, string Word)> articles)
    {
        string Words(bool elided, string kind) => articles.Any(a => a.Kind == kind && a.Word.EndsWith('\'') == elided)
            ? Alternation(articles.Where(a => a.Kind == kind && a.Word.EndsWith('\'') == elided).Select(a => a.Word.TrimEnd('\''))) : "(?!)";
        return new Regex(@"^\s*(?:(?<indefinite>(?:" + Words(false, "indefinite") + @")\s)|(?:" + Words(false, "definite") + @")\s+|(?:"
            + Words(true, "definite") + @")['’])?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }

    private static LanguageClauses ClausesOf(string language, List<string> forms, IReadOnlyDictionary<string, string> pronouns, string[] prepositions,
        List<string> conjunctions, Regex lead, List<string> according)
    {
        string v = Alternation(forms);
        string p = pronouns.Count == 0 ? "(?!)" : Alternation(pronouns.Keys);
        // "a-t-il déclaré": an auxiliary's inversion before the participle of a perfect form ("a déclaré")
        var participles = forms.Where(f => f.StartsWith("a ", StringComparison.Ordinal)).Select(f => f[2..]).ToList();
        string auxiliary = participles.Count == 0 ? "(?!)" : @"(?:a|avait)-t-(?<pr>" + p + @")\s+(?<cue>" + Alternation(participles) + ")";
        const string Stop = @"(?!\p{L})";
        string verb = "(?<cue>" + v + ")" + Stop;
        var after = new Regex(@"^\s*[,;]?\s*[—–-]?\s*(?:" + auxiliary + Stop + "|" + verb + @"(?:-t)?-(?<pr>" + p + ")" + Stop + "|" + verb
            + @"\s+(?<pr>" + p + ")" + Stop + "|" + verb + @"(?<rest>\s+[^!?;:“”„«»""]{1,120})?)", RegexOptions.CultureInvariant);
        var before = new Regex(@"(?<!\p{L})(?<cue>" + v + ")" + Stop, RegexOptions.CultureInvariant | RegexOptions.RightToLeft);
        // "«…». Lo ha detto il ministro Ivo Marsh.", "Así lo dijo Roe": the next sentence names whose words they were
        var source = new Regex(@"^\s*\.?\s*(?:Lo|Così(?:\s+lo)?|Así\s+lo)\s+" + verb + @"(?<rest>\s+[^!?;:“”„«»""]{1,120})", RegexOptions.CultureInvariant);
        // "sagte er", "dit-elle", "a-t-il": a pronoun right after the verb
        var pronounLead = new Regex(@"\G(?:-t)?[-\s](?<pr>" + p + ")" + Stop, RegexOptions.CultureInvariant);
        var conjunction = new Regex(@"(?<!\p{L})(?:" + (conjunctions.Count == 0 ? "(?!)" : Alternation(conjunctions)) + ")" + Stop,
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        // "Laut Roe …", "Selon le ministre Roe, …": a sentence that opens with its source
        var accordingTo = new Regex(@"^\s*(?:" + (according.Count == 0 ? "(?!)" : Alternation(according)) + ")" + Stop,
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        return new LanguageClauses(after, before, source, pronounLead, pronouns, prepositions, conjunction, lead, accordingTo,
            ProDropLanguages.Contains(language));
    }

    private static string Alternation(IEnumerable<string> words) => string.Join("|", words.OrderByDescending(w => w.Length).Select(Regex.Escape));

    /// <summary>
    /// The speaker a reporting clause of the article's own language gives, when the article is in one of the languages of
    /// reporting-verbs-languages.tsv: the clause after the quotation, a next sentence naming its source, then the clause before it.
    /// </summary>
    private Attribution? LanguageClause(Article article, Context ctx, QuotedSpan s, Around around)
    {
        if (!_languages.TryGetValue(article.Metadata.LanguageCode, out var clauses)) return null;
        var m = clauses.After.Match(around.After);
        if (m.Success && AfterSpeaker(ctx, clauses, s, around.CloseEnd, m, "quotes.lang.after") is { } after) return after;
        m = around.EndsSentence || around.After.TrimStart().StartsWith('.') ? clauses.SourceAfter.Match(around.After) : Match.Empty;
        if (m.Success && AfterSpeaker(ctx, clauses, s, around.CloseEnd, m, "quotes.lang.source-sentence") is { } source) return source;
        return BeforeSpeaker(ctx, clauses, s, around) ?? AccordingTo(ctx, clauses, s, around);
    }

    /// <summary>
    /// A sentence that opens with its source ("Laut Bürgermeister Roe bleibt die Brücke „gesperrt“", "Secondo l'agenzia Tarn, «…»"):
    /// the person or body named within its first words, before any comma, is the quotation's speaker.
    /// </summary>
    private static Attribution? AccordingTo(Context ctx, LanguageClauses clauses, QuotedSpan s, Around around)
    {
        int sentence = OwnSentenceStart(ctx, s, around);
        if (sentence >= s.OpenAt) return null;
        var m = clauses.According.Match(ctx.Body, sentence, s.OpenAt - sentence);
        if (!m.Success) return null;
        int from = m.Index + m.Length, comma = ctx.Body.IndexOf(',', from, s.OpenAt - from);
        int limit = Math.Min(comma < 0 ? s.OpenAt : comma, from + 80);
        var named = ctx.Entities.Where(x => x.Type is "PERSON" or "ORG" && x.Start >= from && x.End <= limit).MinBy(x => x.Start);
        // "Laut Tarn-News plant Ivo Marsh, „…“": a source the entity stage left open, then a verb, then the clause's subject
        if (named == null || UnknownSourceFirst().Match(ctx.Body, from, named.Start - from).Success) return null;
        return new Attribution(named.Name, named.EntityId, m.Value.Trim(), "quotes.lang.according-to", 0.75);
    }

    /// <summary>Who the clause after the quotation names: a pronoun, a person or organisation after the verb, or no one said (pro-drop).</summary>
    private static Attribution? AfterSpeaker(Context ctx, LanguageClauses clauses, QuotedSpan s, int at, Match m, string rule)
    {
        string cue = m.Groups["cue"].Value.TrimStart(',', ' ');
        if (m.Groups["pr"].Success) return PronounSpeaker(ctx, clauses, m.Groups["pr"].Value, at + m.Groups["pr"].Index, s.Start, cue, rule);
        if (!m.Groups["rest"].Success)
        {
            var next = ctx.Body.AsSpan(at + m.Index + m.Length).TrimStart();
            bool ends = next.IsEmpty || next[0] is '.' or ',' or ';' or '!' or '?' or '«' or '„' or '“' or '"';
            return clauses.ProDrop && ends ? PronounSpeaker(ctx, clauses, "", at + m.Index, s.Start, cue, rule) : null;
        }
        int from = at + m.Groups["rest"].Index;
        int end = SentenceEndFrom(ctx, from, at + m.Groups["rest"].Index + m.Groups["rest"].Length);
        // the clause ends where one of its own begins: "meinte Roe am Abend, dass Ivo Marsh …" does not name Marsh as the speaker
        if (clauses.Conjunction.Match(ctx.Body, from, end - from) is { Success: true } conjunction) end = conjunction.Index;
        // "«…», ha spiegato ai giornalisti": with no one named and no article before a subject, the verb of a pro-drop language has none
        bool noSubject = clauses.ProDrop && rule == "quotes.lang.after" && clauses.Lead.Match(ctx.Body, from, end - from).Value.Trim().Length == 0
            && LowerCaseWordAt(ctx.Body, from + 1).Length > 0 && !UntypedCapitalised(ctx, from, end);
        return NamedInClause(ctx, clauses, from, end, cue, rule + ".verb-speaker", s.Start)
            ?? (noSubject ? PronounSpeaker(ctx, clauses, "", at + m.Index, s.Start, cue, rule) : null);
    }

    /// <summary>Whether a mention may be a clause's speaker: outside the quotation marks, and not after a preposition ("über Roe").</summary>
    private static bool Speaks(Context ctx, LanguageClauses clauses, EntityMention e) =>
        !ctx.InsideQuote(e) && !PrecededBy(ctx.Body, e.Start, clauses.Prepositions, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a capitalised word in [<paramref name="from"/>, <paramref name="end"/>) is in no body's or place's name: a subject that
    /// may be a person's.
    /// </summary>
    private static bool UntypedCapitalised(Context ctx, int from, int end)
    {
        foreach (Match w in CapitalisedWord().Matches(ctx.Body[from..end]))
            if (!ctx.Entities.Any(x => x.Type is "ORG" or "LOCATION" && x.Start <= from + w.Index && from + w.Index < x.End)) return true;
        return false;
    }

    /// <summary>The end of the sentence that holds <paramref name="from"/>, at most <paramref name="limit"/>.</summary>
    private static int SentenceEndFrom(Context ctx, int from, int limit) =>
        ctx.SentenceOf(from) is int si and >= 0 ? Math.Min(limit, ctx.Sentences[si].End) : limit;

    /// <summary>
    /// The speaker the words after a verb name: a surname right after it of a person named in full before ("sagte Roe im Gespräch mit
    /// …"), a name that ends its clause ("meint Roe.", "sagte Bischöfin Roe,"), the first person the entity stage found there and
    /// no preposition governs, or an organisation right after the verb (an article before it at most); a speaker introduced by an
    /// indefinite article ("sagte eine Sprecherin") is not named.
    /// </summary>
    private static Attribution? NamedInClause(Context ctx, LanguageClauses clauses, int from, int end, string cue, string rule, int quoteStart)
    {
        string words = ctx.Body[from..end];
        var lead = clauses.Lead.Match(words);
        if (lead.Groups["indefinite"].Success) return new Attribution("", "", cue, "quotes.unnamed-speaker", 0.6);
        int first = from + lead.Length;
        if (PersonAt(ctx, first) is null && FirstWord().Match(ctx.Body, first) is { Success: true } w && PersonBySurname(ctx, w.Value, first) is { } known)
            return new Attribution(known.Name, known.EntityId, cue, rule + ".surname", 0.8);
        // a name that ends the clause right after the verb is its subject, whoever the words after it go on to name ("erklärt Roe, die …")
        var name = NameEndingClause().Match(words);
        if (name.Success && PersonAt(ctx, from + name.Groups["sp"].Index) is null
            && Resolve(ctx, from + name.Groups["sp"].Index, name.Groups["sp"].Value, cue, rule, 0.75, quoteStart) is { } ending)
            return ending;
        var person = ctx.Entities.Where(x => x.Type == "PERSON" && x.Start >= from && x.End <= end && Speaks(ctx, clauses, x)
            && !GovernedAfter(ctx.Body, clauses, from, x.Start)).MinBy(x => x.Start);
        if (person != null) return new Attribution(person.Name, person.EntityId, cue, rule, 0.85);
        // "ha detto il sindaco di Harlow Ivo Marsh durante la visita" where the entity stage left the name open: a surname of a person
        // the article names in full elsewhere
        if (KnownSurnameIn(ctx, clauses, from, end) is { } bySurname)
            return new Attribution(bySurname.Name, bySurname.EntityId, cue, rule + ".surname", 0.8);
        if (ctx.Entities.FirstOrDefault(x => x.Type == "ORG" && x.Start == first) is { } org)
            return new Attribution(org.Name, org.EntityId, cue, rule, 0.8);
        return null;
    }

    /// <summary>
    /// The first capitalised word in [<paramref name="from"/>, <paramref name="end"/>) that no preposition governs and that is the
    /// surname of one person named in full.
    /// </summary>
    private static EntityMention? KnownSurnameIn(Context ctx, LanguageClauses clauses, int from, int end)
    {
        foreach (Match w in CapitalisedWord().Matches(ctx.Body[from..end]))
        {
            int at = from + w.Index;
            if (PrecededBy(ctx.Body, at, clauses.Prepositions, StringComparison.OrdinalIgnoreCase) || GovernedAfter(ctx.Body, clauses, from, at)) continue;
            var people = PeopleWithSurname(ctx, w.Value).GroupBy(x => x.EntityId).ToList();
            if (people.Count == 1) return people[0].First();
        }
        return null;
    }

    /// <summary>
    /// Whether a preposition governs a name after <paramref name="from"/>: it stands before the name with at most an article and two
    /// capitalised words between ("erklärte er beim Treffen mit Senatorin Roe"), and no comma sets the name apart ("ha detto a Radio Tarn
    /// il ministro, Roe"); a preposition inside a description is not the name's ("la presidente per gli affari esteri Roe").
    /// </summary>
    private static bool GovernedAfter(string body, LanguageClauses clauses, int from, int name)
    {
        string between = " " + body[from..name];
        if (between.Contains(',')) return false;
        foreach (string p in clauses.Prepositions)
        {
            int at = between.LastIndexOf(p + " ", StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var words = between[(at + p.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length <= 3 && words.All(w => char.IsUpper(w[0]) || clauses.Lead.Match(w + " ").Length > 0)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\G\p{Lu}[\p{L}'’-]+(?=[\s.,;:!?]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex FirstWord();

    // "meint Roe.", "so Landesrat Ivo Marsh,": capitalised words right after the verb that end the clause (a full stop only where the
    // sentence ends, as the words are cut there: "sagt Prof. Roe" goes on)
    [GeneratedRegex(@"^\s+(?<sp>\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|da|di|del|der|van|von|dos|du|le|la)?\s*\p{Lu}[\p{L}'’.-]*){0,3})\s*(?:[,;:!?]|\.?\s*$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex NameEndingClause();

    /// <summary>
    /// The person a pronoun of the clause's language points back to ("er", "elle": one of that gender; "ils": people or a body), or,
    /// with no pronoun (a pro-drop verb), the person the text spoke of last.
    /// </summary>
    private static Attribution? PronounSpeaker(Context ctx, LanguageClauses clauses, string pronoun, int at, int quoteStart, string cue, string rule)
    {
        string gender = pronoun.Length == 0 ? "" : clauses.Pronouns.GetValueOrDefault(pronoun.ToLowerInvariant(), "");
        var e = gender == "p" ? Antecedent(ctx, Math.Min(at, quoteStart), null, "PERSON", "ORG")
            : Antecedent(ctx, Math.Min(at, quoteStart), gender.Length == 0 ? null : gender, "PERSON");
        if (e != null && e.Type == "PERSON" && QuotationNames(ctx, quoteStart, e)) e = null;
        string kind = pronoun.Length == 0 ? ".verb-only" : ".verb-pronoun";
        return e == null ? null : new Attribution(e.Name, e.EntityId, cue, rule + kind, 0.75);
    }

    /// <summary>
    /// The clause before the quotation, in its own sentence, when it ends with a reporting verb and a colon, a comma or a word for
    /// "that" ("Roe sagte: „…“", "Dazu sagte Roe: „…“", "sagte er dem Blatt: „…“", "Roe a déclaré que « … »"): the pronoun or person
    /// after the verb, else the person (or, with none, the organisation) the sentence names first before it.
    /// </summary>
    private static Attribution? BeforeSpeaker(Context ctx, LanguageClauses clauses, QuotedSpan s, Around around)
    {
        int sentence = OwnSentenceStart(ctx, s, around);
        if (sentence >= s.OpenAt) return null;
        string before = ctx.Body[sentence..s.OpenAt];
        var end = IntroductionEnd().Match(before);
        if (!end.Success) return null;
        var verb = clauses.Before.Match(before, end.Index);
        if (!verb.Success || end.Index - verb.Index - verb.Length > 60) return null;
        string cue = verb.Groups["cue"].Value.TrimStart(',', ' ');
        int verbEnd = sentence + verb.Index + verb.Length;
        var tail = clauses.PronounLead.Match(ctx.Body, verbEnd, sentence + end.Index - verbEnd);
        if (tail.Success) return PronounSpeaker(ctx, clauses, tail.Groups["pr"].Value, verbEnd, s.Start, cue, "quotes.lang.before");
        var named = ctx.Entities.Where(x => x.Type is "PERSON" or "ORG" && x.Start >= sentence && x.End <= sentence + end.Index && Speaks(ctx, clauses, x))
            .OrderBy(x => x.Start).ToList();
        int verbAt = sentence + verb.Index;
        // a person before a clause of its own that holds the verb ("Roe è convinta che il sindaco ha detto:") is not its subject, nor
        // is one inside such a clause ("Roe glaubt, dass Ivo Marsh bleibt, erklärte der Vorstand:")
        int outside = named.RemoveAll(x => x.End <= verbAt
            && (clauses.Conjunction.IsMatch(ctx.Body.AsSpan(x.End, verbAt - x.End)) || InClauseOfItsOwn(ctx, clauses, sentence, x)));
        // an organisation speaks only as the verb's own subject, no comma between them ("Die Tarn AG erklärte:")
        var speaker = named.FirstOrDefault(x => x.Type == "PERSON" && x.Start >= verbEnd) ?? named.FirstOrDefault(x => x.Type == "PERSON" && x.End <= verbEnd)
            ?? named.LastOrDefault(x => x.End <= verbEnd && ctx.Body.AsSpan(x.End, verbEnd - x.End).IndexOfAny(',', ';') < 0);
        // "Roe traf eine Frau, die erklärte: „…“": a relative clause between the name and the verb speaks for someone else
        if (speaker != null && speaker.End <= verbAt && RelativeOpener().Match(ctx.Body, speaker.End, verbAt - speaker.End).Success) return null;
        // ...and with only such names, the verb's subject is one the clause does not name ("Roe glaubt, dass der Vorstand erklärte:")
        if (speaker == null && outside > 0) return new Attribution("", "", cue, "quotes.unnamed-speaker", 0.6);
        return speaker == null ? null : new Attribution(speaker.Name, speaker.EntityId, cue, "quotes.lang.before.speaker-verb", 0.8);
    }

    /// <summary>Where the sentence that opens the quotation starts, within its paragraph.</summary>
    private static int OwnSentenceStart(Context ctx, QuotedSpan s, Around around) =>
        ctx.SentenceOf(s.OpenAt) is int si and >= 0 ? Math.Max(around.PStart, ctx.Sentences[si].Start) : around.PStart;

    /// <summary>Whether a conjunction opens the clause a mention stands in: between the last comma before it (or the sentence start) and it.</summary>
    private static bool InClauseOfItsOwn(Context ctx, LanguageClauses clauses, int sentence, EntityMention e)
    {
        if (e.Start <= sentence) return false;
        int comma = ctx.Body.LastIndexOf(',', e.Start - 1, e.Start - sentence);
        int from = comma >= sentence ? comma : sentence;
        return clauses.Conjunction.IsMatch(ctx.Body.AsSpan(from, e.Start - from));
    }

    // a capitalised word right after "according to" and a lower-case word after it: a source named before the clause's own words
    [GeneratedRegex(@"^\s+\p{Lu}[\p{L}.'’-]*\s+\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownSourceFirst();

    // a colon or a comma, or a word for "that", right before the opening mark
    [GeneratedRegex(@"(?:\s*[:,]|\s+(?:que|qu['’]|dass|che|dat|att|że|что))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IntroductionEnd();
}
