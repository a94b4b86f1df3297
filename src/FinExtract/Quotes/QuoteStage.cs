using System.Text.RegularExpressions;
using FinExtract.Documents;
using FinExtract.Pipeline;

namespace FinExtract.Quotes;

/// <summary>
/// The quote stage: pairs quotation marks (curly, straight, single used as quotes, guillemets, low-high),
/// follows a quotation over paragraphs, drops scare quotes and titles, and attributes each quotation to its
/// speaker from the reporting clause around it ("X said", "said X", "X, chief executive of Y, said",
/// "according to X", "he said" back to the person named before, "the company said" to the company).
/// </summary>
public sealed partial class QuoteStage : IStage
{
    /// <summary>The layer this stage adds.</summary>
    public const string QuotesLayer = "quotes";

    private readonly Regex _after, _afterVerbFirst, _afterVerbNoun, _afterVerbLower, _afterDocument, _afterUnnamed, _afterUnnamedAside, _introduced;

    private readonly Regex _afterProfessionals;

    // _beforeEnd: the reporting tail that every match of _before ends with, read right to left from the end of the text, so
    // that the whole pattern is tried at each capitalised word only when the text ends as a report does
    private readonly Regex _before, _beforeEnd, _according, _accordingBefore, _accordingOpening, _verbWord, _verbOnly, _subject, _sourceAfter;

    private readonly int _minWords;

    private readonly Learning.QuoteKindModel? _model;

    private readonly double _minConfidence;

    /// <summary>
    /// Creates the stage with the reporting verbs (users extend them in pipeline.json), and optionally the
    /// quote-kind classifier that decides the quoted spans without attribution, and other languages' reporting verbs to add to
    /// reporting-verbs-languages.tsv.
    /// </summary>
    public QuoteStage(IReadOnlyList<string> verbs, int minWords, Learning.QuoteKindModel? model = null, double minConfidence = 0.5,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? languageVerbs = null)
    {
        _languages = languageVerbs == null || languageVerbs.Count == 0 ? DefaultLanguageClauses.Value : BuildLanguageClauses(languageVerbs);
        (_minWords, _model, _minConfidence) = (minWords, model, minConfidence);
        string v = string.Join("|", verbs.OrderByDescending(x => x.Length).Select(Regex.Escape));
        // a name's words; a pronoun after an abbreviation ("Tarn Ltd. She said") opens the next sentence
        // (a name may open with a number and a hyphen: "4-Harlow")
        const string Name = @"(?:(?:\d{1,3}-)?[A-Z][\p{L}.'’-]+(?:\s+(?:de|van|von|der|da|bin|al|del|la|le)\b)?"
            + @"(?:\s+(?!(?:He|She|They|It|We)\b)[A-Z][\p{L}.'’-]+){0,3})";
        const string Pron = @"(?:he|she|they|it|He|She|They|It)";
        string Org = OrganisationPattern(Name);
        // "the president", "the US president", "the new chief executive": a person named before by that role.
        string Role = @"(?:" + RoleDeterminer + @"\s+(?:" + RoleModifier + @"\s+)?(?i:" + RoleAlternation + @")\b)";
        const string Descriptor = @"(?:(?:the|a|an|[\p{L}\d][\p{L}\d’'-]*)\s+){0,8}?";
        // (a reporting verb first is the verb-first shape, "explained Harlow. …"; a possessive is no speaker: "… after Marrow’s early remarks")
        // "said analysts at X", "wrote economists from X", "“…,” X analysts said": people named by their work speak for where they work
        string professions = string.Join("|", Entities.EntityLexicon.Professions.OrderByDescending(w => w.Length).Select(Regex.Escape));
        _after = new Regex(@"^\s*[,—–-]?\s*(?!(?:" + v + @")\b)" + Descriptor + "(?<sp>" + Role + "|" + Name + "|" + Pron + "|" + Org + @")(?<!['’]s)" + Appos
            + @"(?:\s+(?:" + professions + @")(?<=s))?(?:\s+and\s+(?:his|her|their)\s+\w+)?\s+(?:\w+ly\s+)?"
            + @"(?:(?:has\s+|had\s+|have\s+|would\s+|will\s+)?(?<cue>" + v + @")|" + ModalOrClosingReport + @")\b", RegexOptions.CultureInvariant);
        string workers = @"(?:(?:(?:a|an|one|another|two|three|some)\s+)?(?:\p{Ll}[\p{L}-]*\s+)?(?:" + professions + @")\s+(?:at|from|with)\s+)?";
        // "said the governor, Ana Lupe" (a role, then its holder in apposition); "said central bank governor Ana Lupe" (a lower-case role before the name)
        // ...and "said chief investment officer at Harbour Asset Management, Tom Keller": the role's employer, then the holder
        // ...and "said German economy minister Rainer Holt", "noted Ohio-based tax lawyer Ida Marsh": a capitalised word before the lower-case role
        // ...and "according to Tarvia vice-chairman Ada Quarles" (a hyphen joins the role to its first word), "Trade Minister Ada Quarles" (a title)
        string roleBeforeName = @"(?:the\s+|\p{Lu}[\p{L}.-]*\s?[’']s\s+|\p{Lu}\p{Ll}+(?:-\p{Ll}+)?\s+(?=\p{Ll}))?(?:\p{Ll}[\p{L}-]*\s+){0,3}(?:\p{Ll}+-)?(?:"
            + "(?i:" + RoleAlternation + ")|" + professions
            + @")(?:\s+(?:at|of|for|with)\s+(?:the\s+)?" + Name + @",|,)?\s+";
        _afterVerbFirst = new Regex(@"^\s*[,—–-]?\s*(?<cue>" + v + @"),?\s+(?:" + roleBeforeName + "(?<sp>" + Name + ")|" + workers + "(?<sp>" + Name + "|"
            + Org + ")|(?<sp>" + Role + ")|" + TheBody + "(?<sp>" + Name + "))", RegexOptions.CultureInvariant);
        // "“…,” added the analysts", "“…,” the economists wrote": people named only by their work, whose firm the text named before
        string plurals = string.Join("|", Entities.EntityLexicon.Professions.Where(w => w.EndsWith('s')).OrderByDescending(w => w.Length).Select(Regex.Escape));
        _afterProfessionals = new Regex(@"^\s*[,—–-]?\s*(?:(?<cue>" + v + @")\s+the\s+(?<w>" + plurals + @")|the\s+(?<w>" + plurals + @")\s+(?<cue>" + v
            + @"))\b", RegexOptions.CultureInvariant);
        // "said complainant Asha Varma", "wrote blogger Ira Lenz": one or two lower-case words that describe the person named after them
        const string Joining = @"(?:of|for|at|to|by|with|about|on|in|from|and|or|but|that|as|than|after|before|during|while|when)\b";
        _afterVerbNoun = new Regex(@"^\s*[,—–-]?\s*(?<cue>" + v + @"),?\s+(?:the\s+)?(?:(?!" + Joining + @")\p{Ll}[\p{L}-]*\s+){1,2}(?<sp>" + Name + ")",
            RegexOptions.CultureInvariant);
        // "said expedition leader and deputy speaker of the Tarvian parliament Ines Varga.": the verb, then lower-case words
        _afterVerbLower = new Regex(@"^\s*[,—–-]?\s*(?<cue>" + v + @"),?\s+(?=\p{Ll})", RegexOptions.CultureInvariant);
        // "read a statement issued by Commerce Department spokesman Carlos Mendez", "said a letter from the company": the
        // document's author speaks
        _afterDocument = new Regex(@"^\s*[,—–-]?\s*(?<cue>" + DocumentCues + @")\s+(?:a|an|the)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?"
            + @"(?:statement|release|letter|note|report|memo|notice|post|message|e-?mail)\s+(?:(?:issued|released|published|signed|posted|sent)\s+)?"
            + @"(?:by|from)\s+(?:" + roleBeforeName + "(?<sp>" + Name + ")|(?<sp>" + Name + "|" + Org + "))", RegexOptions.CultureInvariant);
        // before the quotation, the descriptor often opens the sentence: "The carmaker said: “…”" (not "The statement said",
        // whose issuer the text may not name as an organisation)
        string bodies = string.Join("|", OrganisationDescriptors.Where(d => d != "statement").OrderByDescending(d => d.Length)
            .Select(Regex.Escape));
        string openingOrg = @"(?:(?<=^|[.!?]\s+)The\s+(?:[\p{Lu}][\p{L}-]+\s+|[\p{L}]+-based\s+)?(?:" + bodies + @")\b)";
        _before = new Regex(@"(?<sp>" + Role + "|" + openingOrg + "|" + Name + "|" + Pron + "|" + Org + ")" + Appos + AdverbBeforeVerb + ReportEnd(v),
            RegexOptions.CultureInvariant);
        _beforeEnd = new Regex(ReportEnd(v), RegexOptions.CultureInvariant | RegexOptions.RightToLeft);
        (_according, _accordingBefore, _accordingOpening) = AccordingPatterns(roleBeforeName, Name, Org);
        // "“…” That was the view of Jane Roe, a fund manager.", "So says Jane Roe.": the sentence after names whose words they were
        _sourceAfter = new Regex(@"^\s*(?:(?:That|This)\s+(?:was|is|’s|'s)\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?<cue>" + SourceNouns + @")\s+(?:of|from)\s+"
            + @"|So\s+(?<cue>says|said)\s+)(?<sp>" + Name + "|" + Org + ")", RegexOptions.CultureInvariant);
        _verbWord = new Regex(@"\b(?:" + v + @")\b", RegexOptions.CultureInvariant);
        _verbOnly = new Regex(@"^\s*(?:" + v + @")\s*$", RegexOptions.CultureInvariant);
        // "X said: “…”", "X said, “…”", "X stated that, “…”", "..., saying “…”"
        _introduced = new Regex(@"\b(?:" + v + @")(?:\s+that)?\s*[,:]\s*$|\bsaying\s*[,:]?\s*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft);
        // "wrote one user", "a trader said", "said some analysts": a speaker the text does not name
        // "a Zimbabwean government source": the words before the last may be capitalised adjectives; none is the preposition that
        // leads to an organisation ("one analyst at Brisa Capital")
        string Unnamed = @"(?:" + Describers + "|" + GroupDescriber + @")\s+(?:(?!" + Preposition + @")\p{L}[\p{L}-]*\s+){0,2}(?!" + Preposition
            + @")\p{Ll}[\p{L}-]*";
        _afterUnnamed = new Regex(@"^\s*[,—–-]?\s*(?:(?<cue>" + v + @")\s+(?>" + Unnamed + @")\b(?!\s+" + Preposition + @"\s+\p{Lu})|" + Unnamed
            + "(?:" + UnnamedTail + ")?" + UnnamedAside + @"?\s+(?:(?<cue>" + v + @")|" + ModalOrClosingReport + @")\b)", RegexOptions.CultureInvariant);
        // "a person close to the company, speaking on condition of anonymity, told ...": what the description leads on to
        // (lower-case words after a preposition, an aside between commas) is not the speaker; nobody is named
        _afterUnnamedAside = new Regex(@"^\s*[,—–-]?\s*(?:" + Describers + @")\s+(?!spokes)(?:(?!" + Preposition + @")\p{L}[\p{L}-]*\s+){0,2}"
            + @"\p{Ll}[\p{L}-]*(?:" + UnnamedTail + UnnamedAside + "?|" + UnnamedAside + @")\s+(?:has\s+|had\s+)?(?<cue>" + v + @")\b",
            RegexOptions.CultureInvariant);
        // the subject that opens a clause: a pronoun, "the company" / "a spokesperson", or a capitalised name
        // a connective is no subject of its own, whatever follows it ("However; ''USA Today'' said")
        const string Connective = "(?:But|And|So|Yet|Then|Now|Instead|Still|Later|However)";
        _subject = new Regex(@"^\s*(?:" + Connective + @"[,;]?\s+)?(?!" + Connective + @"\b)(?<sp>" + Pron + "|" + Role + "|" + Org + "|" + Name + @")\b",
            RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// "“…,” according to Jane Roe" and "According to Jane Roe, “…”", with a document between ("according to a statement from X":
    /// its author) or a role before the name ("according to business commentator Ida Marsh"), as after a reporting verb. The third
    /// pattern is a sentence that opens with its source and goes on to quote, with no reporting verb of its own: "According to
    /// Harwell Institute director Ida Marsh, the plan is “…”". A role may follow its organisation's name ("Harwell Institute director");
    /// a name may follow "the" ("according to the Harbour Gazette"; after a document, "from the …" is read as the document's source).
    /// "According to him: “…”": an object pronoun before a stop or a comma points back as "he", "she" or "they" does.
    /// </summary>
    private static (Regex After, Regex Before, Regex Opening) AccordingPatterns(string roleBeforeName, string name, string org)
    {
        const string DocumentFrom = @"(?:(?:a|an|the)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:statement|release|report|note|filing|letter|memo|post)\s+"
            + @"(?:(?:issued|released|published|posted)\s+)?(?:from|by)\s+)?";
        string source = DocumentFrom + @"(?:(?:\p{Lu}[\p{L}&.'’-]*\s+){0,2}" + roleBeforeName + @"|(?<!(?:from|by)\s+)the\s+(?=\p{Lu}))?"
            + "(?:(?<sp>" + name + "|" + org + @")|(?<sp>him|her|them)(?=\s*[,:;.]))";
        return (new Regex(@"\baccording\s+to\s+" + source, RegexOptions.CultureInvariant),
            // ...and "According to the Harlow Car Club's site “…”": the source's own page or statement, with or without a comma
            new Regex(@"\b[Aa]ccording\s+to\s+" + source + @"(?:(?<=['’]s)\s+" + OwnDocument + @"\s*[,:]?\s*$|" + SourceApposition + ")",
                RegexOptions.CultureInvariant),
            new Regex(@"^\s*According\s+to\s+" + source + @"(?:,\s+[^,.;:“”""]{3,80})?,\s+(?<rest>[^“”""]*)$", RegexOptions.CultureInvariant));
    }

    /// <summary>The roles of person-role-descriptors.tsv as one alternation, and the word that may stand before one ("former", "US").</summary>
    private static readonly string RoleAlternation = string.Join("|", Text.Lexicon.Read("person-role-descriptors.tsv")
        .Concat(Text.Lexicon.Read("person-descriptors.tsv")).Select(r => Regex.Escape(r[0])));

    /// <summary>
    /// "the " before a body's name after the verb ("said the Federal Reserve", "stated the FDIC"), not before an office written in
    /// capitals ("said the House Minority Leader, X").
    /// </summary>
    private static readonly string TheBody = @"the\s+(?!(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:(?i:" + RoleAlternation + ")|"
        + string.Join("|", Entities.EntityLexicon.TitleWords.OrderByDescending(w => w.Length).Select(Regex.Escape)) + @")\b)";

    /// <summary>Words for a person that are no office (person-descriptors.tsv: "the billionaire", "the novelist").</summary>
    private static readonly HashSet<string> PersonDescriptors =
        new(Text.Lexicon.Read("person-descriptors.tsv").Select(r => r[0]), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// What stands before a role that names a person met before: "the governor", "its chief executive", "their chair", or a
    /// possessive: "the company's chief executive", "Tarn's finance chief", "Kessel Bank’s chairman".
    /// </summary>
    /// <summary>
    /// "the carmaker", "the German lender", "a spokesperson for X" ("A spokesperson" opening a sentence): an organisation named by
    /// its kind, the words being data (Resources/lexicon/organisation-descriptors.tsv), or a spokesperson of one.
    /// </summary>
    private static string OrganisationPattern(string name)
    {
        string descriptors = string.Join("|", OrganisationDescriptors.OrderByDescending(d => d.Length).Select(Regex.Escape));
        return @"(?:[Tt]he\s+(?:[\p{Lu}][\p{L}-]+\s+|[\p{L}]+-based\s+)?(?:" + descriptors
            + @")\b|(?:[Aa]n?|[Tt]he)\s+(?:[\w.&’'-]+\s+){0,3}?spokes(?:person|man|woman)(?:\s+for\s+(?:the\s+)?" + name + @"(?:\s+\p{Ll}+){0,2})?)";
    }

    private const string RoleDeterminer = @"(?:(?:[Tt]he\s+)?\p{Ll}+['’]s|\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}['’]s|[Tt]he|[Ii]ts|[Tt]heir)";

    private static readonly string RoleModifier = @"(?:former|new|outgoing|incoming|(?:newly|recently)\s+(?:elected|appointed|named|installed|inaugurated)"
        + Text.Lexicon.AlternationPattern("|", "quote-role-levels.tsv", "") + @"|[\p{Lu}][\p{L}.-]+(?:\s+[\p{Lu}][\p{L}.-]+)?)";

    private static readonly Regex RoleDescriptor = new(@"^" + RoleDeterminer + @"\s+(?:(?<mod>" + RoleModifier + @")\s+)?(?<role>" + RoleAlternation + @")$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <inheritdoc />
    public string Name => "quotes";

    /// <summary>Where the article's headings start, in order.</summary>
    private static List<int> HeadingStartsOf(Article article) =>
        article.Paragraphs.Where(p => p.Kind == FinExtract.Documents.ParagraphKind.Heading).Select(p => p.Start).ToList();

    private static readonly (char Open, char Close)[] Pairs = { ('“', '”'), ('«', '»'), ('„', '“'), ('‘', '’'), ('"', '"') };

    /// <inheritdoc />
    public void Process(Article article, StageContext context)
    {
        string body = article.Body;
        var spans = FindSpans(body, article.Paragraphs);
        var quotes = new List<Quote>();
        var rejected = new List<RejectedQuote>();
        var ctx = new Context(body, article.Entities, article.Sentences, spans) { HeadingStarts = HeadingStartsOf(article) };
        Quote? previous = null;
        int previousParagraph = -1;
        foreach (var s in spans)
        {
            context.CheckTime(Name);
            string text = body[s.Start..s.End];
            int words = WordRuns().Count(text);
            // marks around punctuation alone ("…", "?", or two quotations' marks paired wrongly): no one's words
            if (words == 0) { rejected.Add(new RejectedQuote(s.Start, s.End, "no words between the marks")); continue; }
            var around = Surroundings(body, s, article.Paragraphs);
            var attribution = PronounOfUnnamed(ctx, Attribute(article, ctx, s, around), quotes, s);
            bool sentence = text.TrimEnd().Length > 0 && (".!?,…".Contains(text.TrimEnd()[^1]) || words >= 8);
            // A quoted sentence standing alone ("... told the Argus Leader. \"It is working.\"") is someone's words however short.
            bool standalone = !s.Continued && text.Length > 1 && char.IsUpper(text[0]) && text.TrimEnd()[^1] is '.' or '!' or '?'
                && OpensSentence(body, s.OpenAt, article.Paragraphs);
            // a title of a work is no one's words, however long, unless a reporting clause goes with it
            if (!s.Continued && !standalone && (words <= 5 ? NamedOrModifier(body, s) ?? TitleInAList(body, s, spans)
                : words <= 15 ? TitleAfterWorkNoun(body, s) ?? (attribution == null ? TitleOfAWork(text.TrimEnd()) : null) : null) is { } why)
            {
                rejected.Add(new RejectedQuote(s.Start, s.End, why));
                continue;
            }
            // "“We remain vigilant,” the governor said": a reporting clause makes it someone's words, even when no one is named for the role
            bool reported = attribution != null || ReportedAfter(around);
            if (words < _minWords && !reported && !s.Continued && !standalone)
            {
                rejected.Add(new RejectedQuote(s.Start, s.End, $"scare quote or title: {words} word(s), no reporting verb"));
                continue;
            }
            if (!sentence && !reported && !s.Continued && words < 6)
            {
                rejected.Add(new RejectedQuote(s.Start, s.End, "a title or name: no end punctuation, no reporting verb"));
                continue;
            }
            int paragraph = ParagraphOf(article.Paragraphs, s.Start);
            // Without a reporting clause, the classifier tells someone's words from a scare quote or a title.
            double kind = 1;
            if (_model != null && attribution == null && !s.Continued && paragraph >= 0)
            {
                var p = article.Paragraphs[paragraph];
                kind = _model.QuoteProbability(body, s, p.Start, p.End);
                if (kind < _minConfidence)
                {
                    rejected.Add(new RejectedQuote(s.Start,
                        s.End, $"{_model.Id}: a scare quote or title (quote probability {kind.ToString("0.00",
                        System.Globalization.CultureInfo.InvariantCulture)} < {_minConfidence.ToString("0.00",
                        System.Globalization.CultureInfo.InvariantCulture)})"));
                    continue;
                }
            }
            Quote q;
            if (attribution is { } a) q = new Quote(s.Start, s.End, a.Speaker, a.EntityId, a.Cue, a.Rule, a.Confidence);
            else if (!s.Continued && DescribedSpeaker(article, s, around, kind) is { } described) q = described;
            else if (!s.Continued && PrecedingSubject(article, ctx, s, spans, around) is { } subject)
                q = new Quote(s.Start, s.End, subject.Name, subject.EntityId, "", "quotes.previous-sentence.subject", Math.Round(0.65 * kind, 3));
            else if (previous != null && (s.Continued || paragraph - previousParagraph <= 1)
                && FromBefore(ctx, s, previous, article.Paragraphs, kind) is { } carried) q = carried;
            else q = new Quote(s.Start, s.End, "", "", "", "quotes.unattributed", Math.Round(0.5 * kind, 3));
            quotes.Add(q);
            // Only a speaker the text states (a reporting clause, a credit line) speaks on in the quotations after it.
            // ...and one the text leaves unnamed ("wrote one user") ends the run of the speaker before.
            previous = q.Rule == "quotes.unnamed-speaker" || q.Rule.EndsWith(".pronoun-unnamed", StringComparison.Ordinal) ? null
                : q.Speaker.Length > 0 && q.Rule != "quotes.previous-sentence.subject" ? q : previous;
            previousParagraph = paragraph;
            context.Trace?.Invoke($"quotes: \"{Short(text)}\" -> {(q.Speaker.Length > 0 ? q.Speaker : "?")} by {q.Rule}");
        }
        SpeakerNamedAfterRunOn(quotes, spans);
        SpeakerNamedAfterAdjoining(quotes, body);
        SpeakerOfRepeatedQuotation(quotes, body);
        foreach (var r in rejected) context.Trace?.Invoke($"quotes: dropped \"{Short(body[r.Start..r.End])}\": {r.Reason}");
        article.SetQuotes(SpeakersAsWritten(quotes, article), rejected);
        article.Layers.Add(QuotesLayer);
    }
}
