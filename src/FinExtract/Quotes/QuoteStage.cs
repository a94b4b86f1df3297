using System.Text.Json;
using System.Text.RegularExpressions;
using FinExtract.Documents;
using FinExtract.Entities;
using FinExtract.Pipeline;

namespace FinExtract.Quotes;

/// <summary>One direct quotation: the words inside the marks, who said them, the reporting verb, and where it came from.</summary>
public sealed record Quote(int Start, int End, string Speaker, string SpeakerEntityId, string Cue, string Rule, double Confidence);

/// <summary>A span in quotation marks that was not kept as a quotation, and why (for explain).</summary>
public sealed record RejectedQuote(int Start, int End, string Reason);

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
    private readonly Regex _before, _according, _accordingBefore, _accordingOpening, _verbWord, _verbOnly, _subject, _sourceAfter;
    private readonly int _minWords;
    private readonly Learning.QuoteKindModel? _model;
    private readonly double _minConfidence;

    /// <summary>
    /// Creates the stage with the reporting verbs (users extend them in pipeline.json), and optionally the
    /// quote-kind classifier that decides the quoted spans without attribution.
    /// </summary>
    public QuoteStage(IReadOnlyList<string> verbs, int minWords, Learning.QuoteKindModel? model = null, double minConfidence = 0.5)
    {
        _minWords = minWords;
        _model = model;
        _minConfidence = minConfidence;
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
            + @"(?:(?:has\s+|had\s+|have\s+|would\s+|will\s+)?(?<cue>" + v + @")|" + ModalReport + @")\b", RegexOptions.CultureInvariant);
        string workers = @"(?:(?:(?:a|an|one|another|two|three|some)\s+)?(?:\p{Ll}[\p{L}-]*\s+)?(?:" + professions + @")\s+(?:at|from|with)\s+)?";
        // "said the governor, Ana Lupe" (a role, then its holder in apposition); "said central bank governor Ana Lupe" (a lower-case role before the name)
        // ...and "said chief investment officer at Harbour Asset Management, Tom Keller": the role's employer, then the holder
        // ...and "said German economy minister Rainer Holt", "noted Ohio-based tax lawyer Ida Marsh": a capitalised word before the lower-case role
        string roleBeforeName = @"(?:the\s+|\p{Lu}[\p{L}.-]*\s?[’']s\s+|\p{Lu}\p{Ll}+(?:-\p{Ll}+)?\s+(?=\p{Ll}))?(?:\p{Ll}[\p{L}-]*\s+){0,3}(?:"
            + RoleAlternation + "|" + professions
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
        _before = new Regex(@"(?<sp>" + Role + "|" + openingOrg + "|" + Name + "|" + Pron + "|" + Org + ")" + Appos
            + AdverbBeforeVerb + "(?:(?<cue>" + v + ")" + ToAudience(v) + "|" + SpeechActIntroduction + @")\s*$",
            RegexOptions.CultureInvariant);
        (_according, _accordingBefore, _accordingOpening) = AccordingPatterns(roleBeforeName, Name, Org);
        // "“…” That was the view of Jane Roe, a fund manager.", "So says Jane Roe.": the sentence after names whose words they were
        _sourceAfter = new Regex(@"^\s*(?:(?:That|This)\s+(?:was|is|’s|'s)\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?<cue>" + SourceNouns + @")\s+(?:of|from)\s+"
            + @"|So\s+(?<cue>says|said)\s+)(?<sp>" + Name + "|" + Org + ")", RegexOptions.CultureInvariant);
        _verbWord = new Regex(@"\b(?:" + v + @")\b", RegexOptions.CultureInvariant);
        _verbOnly = new Regex(@"^\s*(?:" + v + @")\s*$", RegexOptions.CultureInvariant);
        // "X said: “…”", "X said, “…”", "X stated that, “…”", "..., saying “…”"
        _introduced = new Regex(@"\b(?:" + v + @")(?:\s+that)?\s*[,:]\s*$|\bsaying\s*[,:]?\s*$", RegexOptions.CultureInvariant);
        // "wrote one user", "a trader said", "said some analysts": a speaker the text does not name
        // "a Zimbabwean government source": the words before the last may be capitalised adjectives; none is the preposition that
        // leads to an organisation ("one analyst at Brisa Capital")
        string Unnamed = @"(?:" + Describers + "|" + GroupDescriber + @")\s+(?:(?!" + Preposition + @")\p{L}[\p{L}-]*\s+){0,2}(?!" + Preposition
            + @")\p{Ll}[\p{L}-]*";
        _afterUnnamed = new Regex(@"^\s*[,—–-]?\s*(?:(?<cue>" + v + @")\s+(?>" + Unnamed + @")\b(?!\s+" + Preposition + @"\s+\p{Lu})|" + Unnamed
            + "(?:" + UnnamedTail + ")?" + UnnamedAside + @"?\s+(?<cue>" + v + @")\b)", RegexOptions.CultureInvariant);
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
    /// </summary>
    private static (Regex After, Regex Before, Regex Opening) AccordingPatterns(string roleBeforeName, string name, string org)
    {
        const string DocumentFrom = @"(?:(?:a|an|the)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:statement|release|report|note|filing|letter|memo|post)\s+"
            + @"(?:(?:issued|released|published|posted)\s+)?(?:from|by)\s+)?";
        string source = DocumentFrom + @"(?:(?:\p{Lu}[\p{L}&.'’-]*\s+){0,2}" + roleBeforeName + @"|(?<!(?:from|by)\s+)the\s+(?=\p{Lu}))?"
            + "(?<sp>" + name + "|" + org + ")";
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
            + @")\b|(?:[Aa]n?|[Tt]he)\s+(?:[\w.&’'-]+\s+){0,3}?spokes(?:person|man|woman)(?:\s+for\s+" + name + ")?)";
    }

    private const string RoleDeterminer = @"(?:(?:[Tt]he\s+)?\p{Ll}+['’]s|\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}['’]s|[Tt]he|[Ii]ts|[Tt]heir)";

    private const string RoleModifier = @"(?:former|new|outgoing|incoming|(?:newly|recently)\s+(?:elected|appointed|named|installed|inaugurated)"
        + @"|[\p{Lu}][\p{L}.-]+(?:\s+[\p{Lu}][\p{L}.-]+)?)";

    private static readonly Regex RoleDescriptor = new(@"^" + RoleDeterminer + @"\s+(?:(?<mod>" + RoleModifier + @")\s+)?(?<role>" + RoleAlternation + @")$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <inheritdoc />
    public string Name => "quotes";

    private static readonly (char Open, char Close)[] Pairs = { ('“', '”'), ('«', '»'), ('„', '“'), ('‘', '’'), ('"', '"') };

    /// <inheritdoc />
    public void Process(Article article, StageContext context)
    {
        string body = article.Body;
        var spans = FindSpans(body, article.Paragraphs);
        var quotes = new List<Quote>();
        var rejected = new List<RejectedQuote>();
        var ctx = new Context(body, article.Entities, article.Sentences, spans);
        Quote? previous = null;
        int previousParagraph = -1;
        foreach (var s in spans)
        {
            context.CheckTime(Name);
            string text = body[s.Start..s.End];
            int words = Regex.Count(text, @"\w+");
            var around = Surroundings(body, s, article.Paragraphs);
            var attribution = PronounOfUnnamed(ctx, Attribute(article, ctx, s, around), quotes, s);
            bool sentence = text.TrimEnd().Length > 0 && (".!?,…".Contains(text.TrimEnd()[^1]) || words >= 8);
            // A quoted sentence standing alone ("... told the Argus Leader. \"It is working.\"") is someone's words however short.
            bool standalone = !s.Continued && text.Length > 1 && char.IsUpper(text[0]) && text.TrimEnd()[^1] is '.' or '!' or '?'
                && OpensSentence(body, s.OpenAt, article.Paragraphs);
            // a title of a work is no one's words, however long, unless a reporting clause goes with it
            if (!s.Continued && !standalone && (words <= 5 ? NamedOrModifier(body, s)
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
        foreach (var r in rejected) context.Trace?.Invoke($"quotes: dropped \"{Short(body[r.Start..r.End])}\": {r.Reason}");
        article.SetQuotes(quotes, rejected);
        article.Layers.Add(QuotesLayer);
    }

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
            if (q.Rule is not ("quotes.same-speaker" or "quotes.unattributed") || CarriedRules.Contains(next.Rule) && !set[i + 1]) continue;
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

    private static readonly HashSet<string> TermCues = Text.Lexicon.Set("quote-term-cues.tsv", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> WorkNouns = Text.Lexicon.Set("quote-work-nouns.tsv", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> ModifierOpeners = Text.Lexicon.Set("quote-modifier-openers.tsv", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> AfterModifierStops = Text.Lexicon.Set("quote-after-modifier-stops.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Why a short quotation is a term or a scare quote rather than anyone's words, or null: a term being named
    /// ("the term 'three amigos'", "so-called 'zombie' firms"), or a modifier between a determiner and its noun
    /// ("the 'interim' government", "a 'skinny' trade deal").
    /// </summary>
    private static string? NamedOrModifier(string body, QuotedSpan s)
    {
        if (s.CloseAt < 0) return null;
        string inner = body[s.Start..s.End].TrimEnd();
        if (inner.Length == 0) return null;
        string cue = WordsBefore(body, s.OpenAt, 2);
        if ((WorkNouns.Contains(cue) || WorkNouns.Contains(cue[(cue.LastIndexOf(' ') + 1)..])) && char.IsUpper(inner[0]))
            return $"a title of a work (after \"{cue}\")";
        // "that “a-ha!” moment": an exclamation of a word or two may be a modifier too
        if (inner[^1] is '?' or '!' && TitleOfAWork(inner) is { } question) return question;
        if (inner[^1] is '.' or '!' or '?') return inner.Count(c => c == ' ') < 2 ? ScareQuotedModifier(body, s) : null;
        string before = WordsBefore(body, s.OpenAt, 2);
        string last = before.Contains(' ') ? before[(before.LastIndexOf(' ') + 1)..] : before;
        bool termCue = TermCues.Contains(last) || TermCues.Contains(before);
        // "a seller called “E-Life,” the trading name of …": a name keeps the comma that follows it inside the marks
        if (inner[^1] == ',') return (termCue || last is "called" or "named" && char.IsUpper(inner[0])) && inner.Count(c => c == ' ') < 3
            ? $"a term being named (after \"{before}\")" : null;
        if (TitleOfAWork(inner) is { } title) return title;
        if (termCue) return $"a term being named (after \"{before}\")";
        return ScareQuotedModifier(body, s);
    }

    /// <summary>
    /// "his latest film, “A Quiet Week in Harlow,” opens": capitalised words right after a kind of work (and its comma or colon) are its
    /// title, whatever reporting verb the sentence has and whatever mark ends them.
    /// </summary>
    private static string? TitleAfterWorkNoun(string body, QuotedSpan s)
    {
        int at = s.OpenAt;
        while (at > 0 && body[at - 1] == ' ') at--;
        if (at > 0 && body[at - 1] is ',' or ':') at--;
        string cue = WordsBefore(body, at, 2);
        if (!WorkNouns.Contains(cue) && !WorkNouns.Contains(cue[(cue.LastIndexOf(' ') + 1)..])) return null;
        string inner = body[s.Start..s.End].TrimEnd().TrimEnd(',', '.');
        return IsTitleCased(inner) ? $"a title of a work (after \"{cue}\")" : null;
    }

    /// <summary>"the “new normal” rules", "a “wow” factor": after an article or a determiner, a quotation that a lower-case noun follows.</summary>
    private static string? ScareQuotedModifier(string body, QuotedSpan s)
    {
        string before = WordsBefore(body, s.OpenAt, 2);
        string last = before.Contains(' ') ? before[(before.LastIndexOf(' ') + 1)..] : before;
        if (!ModifierOpeners.Contains(last)) return null;
        int k = s.CloseAt + 1;
        if (k >= body.Length || body[k] != ' ') return null;
        int e = k + 1;
        while (e < body.Length && (char.IsLetter(body[e]) || body[e] == '-')) e++;
        string next = body[(k + 1)..e];
        if (next.Length < 2 || !char.IsLower(next[0]) || AfterModifierStops.Contains(next)) return null;
        return $"a scare-quoted modifier (\"{last} … {next}\")";
    }

    /// <summary>
    /// Why quoted words are a title rather than anyone's words, or null: every word capitalised ("Make America Great Again"), a
    /// question or an exclamation of three words or more so written ("How Will the Pandemic Affect Poetry?"), or such a title, a
    /// colon and its subtitle ("The Colour of Money: how banks lend"). A statement ending in a full stop or a comma is no title.
    /// </summary>
    private static string? TitleOfAWork(string inner)
    {
        if (inner.Length == 0 || inner[^1] is '.' or ',') return null;
        if (inner[^1] is '?' or '!') return inner.Count(c => c == ' ') >= 2 && IsTitleCased(inner[..^1]) ? "a title: every word capitalised" : null;
        if (IsTitleCased(inner)) return "a title or name: every word capitalised";
        return inner.IndexOf(": ", StringComparison.Ordinal) is int colon and > 0 && IsTitleCased(inner[..colon]) ? "a title and its subtitle" : null;
    }

    /// <summary>"Apropos of Nothing", "Make America Great Again": two words or more, each capitalised but the short joining words.</summary>
    private static bool IsTitleCased(string inner)
    {
        var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !char.IsUpper(words[0][0])) return false;
        return words.All(w => char.IsUpper(w[0]) || !char.IsLetter(w[0]) || w is "of" or "the" or "a" or "an" or "and" or "or" or "in" or "on" or "to" or "for"
            or "at" or "by" or "with");
    }

    /// <summary>Up to <paramref name="count"/> words right before <paramref name="at"/>, lower case, joined by spaces.</summary>
    private static string WordsBefore(string body, int at, int count)
    {
        var words = new List<string>();
        int i = at - 1;
        while (words.Count < count)
        {
            while (i >= 0 && body[i] == ' ') i--;
            int end = i + 1;
            while (i >= 0 && (char.IsLetter(body[i]) || body[i] == '-')) i--;
            if (end - (i + 1) == 0) break;
            words.Insert(0, body[(i + 1)..end].ToLowerInvariant());
        }
        return string.Join(' ', words);
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
            if (LedByOthers(ctx.Body, s, previous, sentence)) return null;
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
    private bool LedByOthers(string body, QuotedSpan s, Quote previous, int sentence)
    {
        if (previous.End > sentence) return false;
        var lead = body[sentence..s.OpenAt];
        string surname = previous.Speaker.Split(' ')[^1];
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
        if (subject.Contains(',') || subject.Length > 80) return false;
        var names = CapitalisedWord().Matches(subject).Skip(1).Select(m => m.Value).ToList();
        string initials = string.Concat(CapitalisedWord().Matches(speaker).Select(m => m.Value[0]));
        return names.Count > 0 && names.All(w => !speaker.Contains(w, StringComparison.Ordinal) && w != initials
            && !RoleWords.Contains(w) && !RoleModifiers.Contains(w));
    }

    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Letters();

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

    /// <summary>A quoted span: the text inside the marks; <see cref="Continued"/> when it continues the previous paragraph's quotation.</summary>
    public readonly record struct QuotedSpan(int Start, int End, int OpenAt, int CloseAt, bool Continued);

    /// <summary>
    /// Pairs quotation marks paragraph by paragraph. A paragraph that opens a quotation and does not close
    /// it continues into the next paragraph when that one opens with the same mark.
    /// </summary>
    public static List<QuotedSpan> FindSpans(string body, IReadOnlyList<Paragraph> paragraphs)
    {
        var spans = new List<QuotedSpan>();
        bool carry = false;
        foreach (var p in paragraphs)
        {
            int i = p.Start;
            bool continued = carry;
            carry = false;
            while (i < p.End)
            {
                char c = body[i];
                // Doubled single marks stand for double ones in some typesetting: ''…'', ‘‘…’’, ``…''.
                if (DoubledClose(body, i, p) is int dj)
                {
                    int ds = i + 2, de = dj;
                    while (ds < de && char.IsWhiteSpace(body[ds])) ds++;
                    while (de > ds && char.IsWhiteSpace(body[de - 1])) de--;
                    if (de > ds) spans.Add(new QuotedSpan(ds, de, i, dj + 1, continued && i == FirstNonSpace(body, p)));
                    continued = false;
                    i = dj + 2;
                    continue;
                }
                int pair = Array.FindIndex(Pairs, x => x.Open == c);
                if (pair < 0 || !IsOpening(body, i, p, Pairs[pair].Open)) { i++; continue; }
                char close = Pairs[pair].Close;
                int j = FindClose(body, i + 1, p.End, Pairs[pair].Open, close);
                // Mixed marks, as text pasted between editors leaves them: “…" and "…”.
                if (j < 0 && MixedClose(close) is char other) j = FindClose(body, i + 1, p.End, Pairs[pair].Open, other);
                else if (j > 0 && MixedClose(close) != null && CloseThenOpen(body, i + 1, j) is int first) j = first;
                if (j < 0 && MixedClose(close) != null) j = SingleMarkClose(body, i + 1, p.End);
                if (j < 0)
                {
                    // an unclosed double quotation at the paragraph's end runs on to the next paragraph
                    if (close is '”' or '"' or '»' && p.End - i > 20)
                    {
                        int s0 = i + 1, e0 = p.End;
                        while (e0 > s0 && char.IsWhiteSpace(body[e0 - 1])) e0--;
                        spans.Add(new QuotedSpan(s0, e0, i, -1, continued));
                        carry = true;
                    }
                    break;
                }
                int s = i + 1, e = j;
                if (close is '”' or '"' && body[j] is '’' or '\'' && body[j - 1] == body[j]) e--; // “…,’’: the doubled mark is not quoted text
                while (s < e && char.IsWhiteSpace(body[s])) s++;
                while (e > s && char.IsWhiteSpace(body[e - 1])) e--;
                if (e > s) spans.Add(new QuotedSpan(s, e, i, j, continued && i == FirstNonSpace(body, p)));
                continued = false;
                i = j + 1;
            }
        }
        return spans;
    }

    /// <summary>Where a quotation opened at <paramref name="i"/> with a doubled single mark closes ('' or ’’), or null.</summary>
    private static int? DoubledClose(string body, int i, Paragraph p)
    {
        if (i + 2 >= p.End || !(body[i] == body[i + 1] && body[i] is '\'' or '‘' or '`')) return null;
        if (i > p.Start && !(char.IsWhiteSpace(body[i - 1]) || body[i - 1] is '(' or ':' or '—' or '–')) return null;
        if (char.IsWhiteSpace(body[i + 2])) return null;
        for (int k = i + 3; k + 1 < p.End; k++)
            if (body[k] == body[k + 1] && body[k] is '\'' or '’' && !char.IsLetterOrDigit(k + 2 < p.End ? body[k + 2] : ' ')) return k;
        return null;
    }

    /// <summary>
    /// Inside a double quotation, a mark that closes followed by one that opens: two quotations with mixed marks around the
    /// attribution between them ("“Costs are rising," said X. "We must adapt.”"). The first mark's index, or null. A quotation
    /// nested inside ("“It was "a disaster" for us,”") opens before it closes, so it stays whole.
    /// </summary>
    private static int? CloseThenOpen(string body, int from, int to)
    {
        int close = -1;
        bool afterWord = false;
        for (int k = from; k < to; k++)
        {
            if (body[k] is not ('"' or '”' or '“')) continue;
            bool spaceBefore = char.IsWhiteSpace(body[k - 1]), spaceAfter = k + 1 < to && char.IsWhiteSpace(body[k + 1]);
            if (close < 0 && body[k] != '“' && !spaceBefore && spaceAfter && (IsEndPunct(body[k - 1]) || char.IsLetterOrDigit(body[k - 1])))
                (close, afterWord) = (k, !IsEndPunct(body[k - 1]));
            // a mark closing a word ("“A Quiet Week" was praised by X, who wrote, “…”) is the first one's close only when a curly
            // opening follows, which cannot stand inside a curly quotation; a straight pair may ("“It was "a disaster" for us”")
            else if (close >= 0 && body[k] != '”' && spaceBefore && !spaceAfter && (!afterWord || body[k] == '“')) return close;
            else return null;
        }
        return null;
    }

    /// <summary>
    /// A double quotation that no double mark closes, closed by a single one right after its last punctuation ("“We are
    /// watching closely,' said X", a slip of the keyboard): after ",", ".", "!" or "?" and before a space, a single mark is
    /// no apostrophe. A single mark that closes a quotation opened inside this one (“… ‘fake news,’ we …) is not it. The mark's
    /// index, or -1.
    /// </summary>
    private static int SingleMarkClose(string body, int from, int end)
    {
        int inner = 0;
        for (int k = from; k < end; k++)
        {
            if (body[k] is not ('\'' or '’' or '‘')) continue;
            bool opens = body[k] == '‘' || (k == from || char.IsWhiteSpace(body[k - 1]) || body[k - 1] is '"' or '“')
                && k + 1 < end && !char.IsWhiteSpace(body[k + 1]);
            if (opens) inner++;
            else if (k > from && IsEndPunct(body[k - 1]) && (k + 1 == end || char.IsWhiteSpace(body[k + 1])))
            {
                if (inner == 0) return k;
                inner--;
            }
            // “…,’’ doubled: the second mark closes, the pair standing for a double one
            else if (inner == 0 && k > from && IsEndPunct(body[k - 1]) && k + 1 < end && body[k + 1] == body[k]
                && (k + 2 == end || char.IsWhiteSpace(body[k + 2])))
                return k + 1;
        }
        return -1;
    }

    /// <summary>The other closing mark a double quotation is found closed with when its own is missing.</summary>
    private static char? MixedClose(char close) => close switch { '”' => '"', '"' => '”', _ => null };

    private static int FirstNonSpace(string body, Paragraph p)
    {
        int i = p.Start;
        while (i < p.End && char.IsWhiteSpace(body[i])) i++;
        return i;
    }

    private static bool IsOpening(string body, int i, Paragraph p, char mark)
    {
        char before = i > p.Start ? body[i - 1] : ' ';
        char after = i + 1 < p.End ? body[i + 1] : ' ';
        if (char.IsWhiteSpace(after))
        {
            // a stray space inside the mark ("he told Cook. \" You guys ..."): an opening only after a sentence's end
            int prev = i - 1;
            while (prev >= p.Start && body[prev] == ' ') prev--;
            bool afterSentence = prev < p.Start || body[prev] is '.' or '!' or '?' or ':';
            return char.IsWhiteSpace(before) | i == p.Start && afterSentence && after == ' ' && i + 2 < p.End && char.IsUpper(body[i + 2]);
        }
        if (mark is '‘' or '"') return char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or ':' or '“' || i == p.Start;
        return !char.IsLetterOrDigit(before) || mark is '“' or '«' or '„';
    }

    private static int FindClose(string body, int from, int end, char open, char close)
    {
        for (int k = from; k < end; k++)
        {
            char c = body[k];
            if (c != close) continue;
            char before = body[k - 1];
            char after = k + 1 < end ? body[k + 1] : ' ';
            if (close is '’' or '"')
            {
                // an apostrophe ("Meta’s", "investors’ money") is not a closing mark
                if (char.IsLetterOrDigit(after)) continue;
                if (close == '’' && before == 's' && k + 1 < end && after == ' '
                    && !IsEndPunct(body[k - 1])) { if (k + 2 < end && char.IsLower(body[k + 2])) continue; }
                // a stray space before the mark closes only after the quotation's own end ("ourselves? \" she wrote")
                if (char.IsWhiteSpace(before)
                    && !(k >= 2 && body[k - 2] is '.' or ',' or '!' or '?' && char.IsWhiteSpace(after) && k + 2 < end && char.IsLower(body[k + 2]))) continue;
            }
            return k;
        }
        return -1;
    }

    /// <summary>
    /// What stands around a quotation: where its closing mark ends, its paragraph's bounds, up to 160 characters of the paragraph
    /// after the mark, and the quoted words without trailing space.
    /// </summary>
    private readonly record struct Around(int CloseEnd, int PStart, int PEnd, string After, string Quoted)
    {
        /// <summary>The quotation hands over to the clause after it with a comma ("“…,” she said", "“…”, she said").</summary>
        public bool CommaHandOver => Quoted.EndsWith(',') || After.StartsWith(',');

        /// <summary>The quotation ends a sentence of its own: ".", "!" or "?" before the closing mark.</summary>
        public bool EndsSentence => Quoted.Length > 0 && Quoted[^1] is '.' or '!' or '?';
    }

    private static Around Surroundings(string body, QuotedSpan s, IReadOnlyList<Paragraph> paragraphs)
    {
        int closeEnd = s.CloseAt >= 0 ? s.CloseAt + 1 : s.End;
        var para = paragraphs.FirstOrDefault(p => p.Start <= s.Start && s.Start < p.End);
        int pEnd = para.End == 0 ? body.Length : para.End;
        return new Around(closeEnd, para.Start, pEnd, body.Substring(closeEnd, Math.Min(160, Math.Max(0, pEnd - closeEnd))),
            body[s.Start..s.End].TrimEnd());
    }

    /// <summary>
    /// A reporting clause whose speaker is described, not named ("wrote one user", "an officer said"): the quotation has no
    /// speaker, unless the clause goes on to name the person it describes ("said an economist for the Board, Ken Goldstein",
    /// "said a skeptical Rob Wolf").
    /// </summary>
    private Quote? DescribedSpeaker(Article article, QuotedSpan s, Around around, double kind)
    {
        var (closeEnd, _, pEnd, after, _) = around;
        var m = _afterUnnamed.Match(after);
        if (!m.Success) return null;
        string cue = CueVerb(m.Groups["cue"].Value);
        int from = closeEnd + m.Index + m.Length;
        int si = Text.Sentence.IndexAt(article.Sentences, from);
        int stop = Math.Min(Math.Min(pEnd, from + 200), si >= 0 ? article.Sentences[si].End : pEnd);
        string body = article.Body;
        var person = article.Entities.Where(x => x.Type == "PERSON" && x.Start >= from && x.End <= stop).OrderBy(x => x.Start)
            .FirstOrDefault(x => x.Start == from + 1 || PrecededBy(body, x.Start, NamingJoins, StringComparison.Ordinal));
        return person != null
            ? new Quote(s.Start, s.End, person.Name, person.EntityId, cue, "quotes.after.described-person", Math.Round(0.75 * kind, 3))
            : new Quote(s.Start, s.End, "", "", cue, "quotes.unnamed-speaker", Math.Round(0.6 * kind, 3));
    }

    /// <summary>What leads from a description to the name of whom it describes: an apposition's comma, "by".</summary>
    private static readonly string[] NamingJoins = { ",", " by" };

    /// <summary>Whether a reporting clause follows the quotation in its paragraph, whoever it names ("…,” the governor said").</summary>
    private bool ReportedAfter(Around around)
    {
        string after = around.After;
        // the quotation hands over to its clause with a comma (or ends in ! or ?); after a period a new sentence starts
        bool handsOver = around.CommaHandOver || around.Quoted.Length > 0 && around.Quoted[^1] is '!' or '?';
        return handsOver && (_after.IsMatch(after) || _afterVerbFirst.IsMatch(after) || _afterUnnamed.IsMatch(after));
    }

    private static bool IsEndPunct(char c) => c is '.' or ',' or '!' or '?' or ';' or ':';

    private readonly record struct Attribution(string Speaker, string EntityId, string Cue, string Rule, double Confidence);

    /// <summary>
    /// The quotation's speaker as a reporting clause gives it. An office that names no one the text knows ("the governor said")
    /// counts only in a clause the quotation hands over to with a comma, or one that introduces it ("the governor said: “…”");
    /// elsewhere it is another sentence's subject ("… “close attention.” The governor said so twice.") or a term's ("the mayor
    /// announced a ‘toxicity charge’").
    /// </summary>
    private Attribution? Attribute(Article article, Context ctx, QuotedSpan s, Around around)
    {
        var a = QuotedAsSaying(ctx, s, around) ?? AttributeClause(article, ctx, s, around);
        if (a is not { } found || !NamesOnlyAnOffice(found.Rule)) return a;
        int from = Math.Max(0, s.OpenAt - 80);
        return around.CommaHandOver || _introduced.IsMatch(article.Body.AsSpan(from, s.OpenAt - from)) ? a : null;
    }

    /// <summary>Whether a speaker came from an office the text gave no one (<see cref="ResolveRole"/>'s last two answers).</summary>
    private static bool NamesOnlyAnOffice(string rule) =>
        rule.EndsWith(".role-unresolved", StringComparison.Ordinal) || rule.EndsWith(".role-antecedent", StringComparison.Ordinal);

    /// <summary>
    /// "“…,” the agency quoted Finance Director Olga Petrova as saying", "Interfax quoted Olga Petrova as saying: “…”" (or reported,
    /// or cited her as saying): the person a source is said to have quoted is the speaker, not the source, nor the subject of the
    /// sentence before.
    /// </summary>
    private static Attribution? QuotedAsSaying(Context ctx, QuotedSpan s, Around around)
    {
        var m = around.CommaHandOver ? QuotedAsAfter().Match(around.After) : Match.Empty;
        int at = around.CloseEnd;
        if (!m.Success)
        {
            int from = Math.Max(around.PStart, s.OpenAt - 200);
            // "X, a manager at Y, is quoted by (or in) the Daily Ledger as saying, “…”": the subject of the passive
            m = QuotedByAsBefore().Match(ctx.Body, from, s.OpenAt - from);
            if (!m.Success) m = QuotedAsBefore().Match(ctx.Body, from, s.OpenAt - from);
            at = 0;
        }
        if (!m.Success) return null;
        int start = at + m.Groups["who"].Index, end = start + m.Groups["who"].Length;
        var person = ctx.Entities.Where(x => x.Type == "PERSON" && x.Start >= start && x.End <= end).OrderBy(x => x.Start).FirstOrDefault();
        return person == null ? null : new Attribution(person.Name, person.EntityId, m.Groups["cue"].Value, "quotes.quoted-as-saying", 0.85);
    }

    [GeneratedRegex(@"^\s*[,—–-]?\s*[^.!?“”""]{0,80}?\b(?<cue>quoted|quotes|reported|reports|cited|cites)\s+(?<who>[^.!?“”""]{2,80}?)"
        + @"\s+as\s+(?:saying|telling|stating|writing)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex QuotedAsAfter();

    [GeneratedRegex(@"\b(?<cue>quoted|quotes|reported|reports|cited|cites)\s+(?<who>[^.!?“”""]{2,80}?)\s+as\s+"
        + @"(?:(?:saying|stating|writing)(?:\s+[^.!?“”"":]{1,50}?:)?|telling\s+[^.!?“”""]{1,40}?)\s*[,:]?\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex QuotedAsBefore();

    /// <summary>Read right to left from the opening mark, so a region without "as saying" at its end is rejected at once.</summary>
    [GeneratedRegex(@"(?<who>[^.!?“”""]{2,120})\s+(?:is|was|were|has\s+been)\s+(?<cue>quoted|cited)\s+(?:by|in)\s+[^.!?“”""]{2,60}?\s+as\s+"
        + @"(?:saying|stating|writing)\s*[,:]?\s*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex QuotedByAsBefore();

    /// <summary>
    /// The rest of the quotation's sentence after its closing mark, at most 100 characters: empty when the quotation ends its sentence
    /// and the next one starts ("… not used.” Over 90% of …, according to …" is the next sentence's source).
    /// </summary>
    private static string OwnSentenceAfter(string after, bool quoteEndsSentence)
    {
        string head = after.Length > 100 ? after[..100] : after;
        string trimmed = head.TrimStart();
        if (quoteEndsSentence && trimmed.Length > 0 && char.IsUpper(trimmed[0])) return "";
        var end = SentenceEndAfter().Match(head);
        return end.Success ? head[..end.Index] : head;
    }

    [GeneratedRegex(@"[.!?][""”’']?\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEndAfter();

    /// <summary>
    /// The speaker a clause around the quotation names, in order: a credit line, a sentence naming its source after it, the
    /// clause it hands over to ("…,” X said"), one with the verb first ("said X"), a document or statement, the clause before
    /// it ("X said: “…”"), then "according to X"; null when none names anyone.
    /// </summary>
    private Attribution? AttributeClause(Article article, Context ctx, QuotedSpan s, Around around)
    {
        string body = article.Body;
        var spans = ctx.Spans;
        var (closeEnd, pStart, pEnd, after, _) = around;
        if (CreditLine(article, closeEnd, pEnd) is { } credit) return credit;
        if (around.CommaHandOver && NameWithApposition(ctx, closeEnd, pEnd) is { } named) return named;
        int from = Math.Max(pStart, s.OpenAt - 200);
        // The speaker before a quotation is in the quotation's own sentence ("... said Jane Roe. Tamsin Okoro, chief
        // economist at X, said: “…”" is Okoro's): the window starts where that sentence starts.
        if (ctx.SentenceOf(s.OpenAt) is int si and >= 0 && article.Sentences[si].Start > from && article.Sentences[si].Start < s.OpenAt)
            from = article.Sentences[si].Start;
        string before = body.Substring(from, s.OpenAt - from);
        // "A source said, “We are done.” Jane Roe said ...": a quoted sentence its own clause introduces owes nothing to the next one
        // ...as does a quoted fragment that ends a sentence it did not open ("… said the levy would “hurt every grocer.” Lena Marsh
        // said the council …"): its speaker is in its own sentence, and the next one reports other words
        bool fragment = around.EndsSentence && AfterAWord(body, s.OpenAt, pStart);
        bool introduced = around.EndsSentence && _introduced.IsMatch(before) || fragment;
        var m = around.EndsSentence ? _sourceAfter.Match(after) : Match.Empty;
        if (m.Success) return Resolve(ctx, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Value, m.Groups["cue"].Value, "quotes.after.source-sentence", 0.8,
            s.Start);
        if (!introduced && _afterUnnamedAside.IsMatch(after)) return null; // the description's own words name no speaker
        m = _after.Match(after);
        bool nextSentence = m.Success && ReportsNextSpeech(ctx, s, around, after, m);
        if (!introduced && m.Success && !nextSentence)
            return Resolve(ctx, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Value, m.Groups["cue"].Value, "quotes.after.speaker-verb", 0.9, s.Start);
        // ...unless the next sentence's speaker is the one the fragment's own sentence names ("X posting “…” X told the paper")
        if (fragment && m.Success && !nextSentence
            && Resolve(ctx, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Value, m.Groups["cue"].Value, "quotes.after.speaker-verb", 0.9, s.Start)
                is { EntityId.Length: > 0 } same && ctx.Entities.Any(e => e.EntityId == same.EntityId && e.Start >= from && e.End <= s.OpenAt))
            return same;
        m = _afterVerbFirst.Match(after);
        if (!introduced && m.Success && PersonAfterTitleCaseRole(ctx, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Length) is { } titled)
            return new Attribution(titled.Name, titled.EntityId, CueVerb(m.Groups["cue"].Value), "quotes.after.verb-speaker.role", 0.85);
        if (!introduced && m.Success) return Resolve(ctx, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Value, m.Groups["cue"].Value,
            "quotes.after.verb-speaker", 0.9, s.Start);
        if (!introduced && _afterProfessionals.Match(after) is { Success: true } pm && FirmOfProfessionals(ctx, pm.Groups["w"].Value, s.OpenAt) is { } firm)
            return new Attribution(firm.Name, firm.EntityId, CueVerb(pm.Groups["cue"].Value), "quotes.after.professionals-of-firm", 0.75);
        m = _afterVerbNoun.Match(after);
        if (!introduced && m.Success && PersonAt(ctx, closeEnd + m.Groups["sp"].Index) is { } described)
            return new Attribution(described.Name, described.EntityId, CueVerb(m.Groups["cue"].Value), "quotes.after.verb-described-person", 0.85);
        m = _afterVerbLower.Match(after);
        if (!introduced && m.Success && PersonEndingRole(ctx, closeEnd + m.Index + m.Length) is { } holder)
            return new Attribution(holder.Name, holder.EntityId, CueVerb(m.Groups["cue"].Value), "quotes.after.verb-role-person", 0.8);
        m = _afterDocument.Match(after);
        if (!m.Success) m = AfterPossessiveDocument().Match(after);
        if (!m.Success) m = AfterAttributiveDocument().Match(after);
        if (!introduced && m.Success) return Resolve(ctx, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Value, m.Groups["cue"].Value,
            "quotes.after.document", 0.85, s.Start);
        m = _before.Match(before);
        if (m.Success && UnnamedWithRelative().IsMatch(before.AsSpan(0, m.Groups["sp"].Index)))
            return new Attribution("", "", CueVerb(m.Groups["cue"].Value), "quotes.unnamed-speaker", 0.6);
        if (m.Success) return Resolve(ctx, from + m.Groups["sp"].Index, m.Groups["sp"].Value, m.Groups["cue"].Value, "quotes.before.speaker-verb",
            0.85, s.Start);
        // "According to Jane Roe, “…”": the source named in the clause that opens the quotation's sentence
        m = _accordingBefore.Match(before);
        if (m.Success) return Resolve(ctx, from + m.Groups["sp"].Index, m.Groups["sp"].Value, "according to", "quotes.according-to.before", 0.8, s.Start);
        m = _accordingOpening.Match(before);
        if (m.Success && !_verbWord.IsMatch(m.Groups["rest"].Value))
            return Resolve(ctx, from + m.Groups["sp"].Index, m.Groups["sp"].Value, "according to", "quotes.according-to.sentence", 0.75, s.Start);
        m = _according.Match(OwnSentenceAfter(after, around.EndsSentence));
        if (m.Success && NamedDocument(ctx, after, closeEnd, m) is { } namedDocument) return namedDocument;
        if (m.Success) return Resolve(ctx, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Value, "according to", "quotes.according-to", 0.8, s.Start);
        if (DocumentSource(ctx, before, from, after, closeEnd, s.Start) is { } document) return document;
        if (PossessiveWords(ctx, before, from) is { } owned) return owned;
        if (ItsDocument(ctx, after, closeEnd) is { } its) return its;
        if (WithNameSaying(ctx, before, from) is { } with) return with;
        return (introduced || nextSentence ? null : AfterClause(ctx, closeEnd, pEnd)) ?? SentenceSubject(ctx, s, pStart);
    }

    /// <summary>
    /// A document that the clause before or after the quotation gives as its source: "A statement from the board said: “…”" (its
    /// issuer), "“…,” according to a transcript of the call" (its issuer when the text names one, else no one). Either way the
    /// quotation is not the previous speaker's. A document the text names no issuer of before the quotation ("The statement
    /// read:") is left to the other rules: it is most often the one quoted just before.
    /// </summary>
    private static Attribution? DocumentSource(Context ctx, string before, int from, string after, int closeEnd, int quoteStart)
    {
        var m = DocumentBefore().Match(before);
        if (m.Success)
            return Named(Resolve(ctx, from + m.Groups["sp"].Index, m.Groups["sp"].Value, m.Groups["cue"].Value, "quotes.before.document", 0.8, quoteStart))
                ?? new Attribution("", "", CueVerb(m.Groups["cue"].Value), "quotes.before.document-unnamed", 0.6);
        m = AccordingToDocument().Match(after);
        if (!m.Success) return null;
        return (m.Groups["sp"].Success
                ? Named(Resolve(ctx, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Value, "according to", "quotes.according-to.document", 0.8,
                    quoteStart))
                : IssuedBySubject(m) ? SubjectRightBefore(ctx, quoteStart) : null)
            ?? new Attribution("", "", "according to", "quotes.according-to.document-unnamed", 0.6);
    }

    /// <summary>Documents a body issues in its own words (a statement, a filing), unlike a report or a transcript about it.</summary>
    private static readonly HashSet<string> IssuedDocuments = new(StringComparer.Ordinal)
        { "statement", "release", "letter", "memo", "notice", "filing", "post", "message", "email", "e-mail" };

    /// <summary>Words before such a document that keep it the issuer's own ("a press release", "a joint statement"; not "a court filing").</summary>
    private static readonly HashSet<string> IssuedDocumentWords = new(StringComparer.Ordinal)
        { "press", "news", "written", "brief", "short", "joint", "official", "separate", "regulatory", "earlier", "new", "emailed", "issued" };

    /// <summary>"according to a statement", "a press release", "the regulatory filing": one document of a kind its subject issues.</summary>
    private static bool IssuedBySubject(Match m) => m.Groups["art"].Success && !m.Groups["plural"].Success
        && IssuedDocuments.Contains(m.Groups["doc"].Value)
        && m.Groups["mods"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(IssuedDocumentWords.Contains);

    /// <summary>
    /// "Tarn “recalled every unit it sold,” according to a statement": the person or organisation right before a quoted fragment
    /// (a few words between, no punctuation), in its sentence, issued the document that gives no other issuer.
    /// </summary>
    private static Attribution? SubjectRightBefore(Context ctx, int quoteStart)
    {
        int open = quoteStart - 1, si = ctx.SentenceOf(open);
        var named = ctx.Entities.LastOrDefault(x => x.Type is "PERSON" or "ORG" && x.End <= open && ctx.SentenceOf(x.Start) == si);
        if (named == null || !ShortPlainGap().IsMatch(ctx.Body[named.End..open])) return null;
        return new Attribution(named.Name, named.EntityId, "according to", "quotes.according-to.document-subject", 0.65);
    }

    /// <summary>At most four words with no punctuation between a name and a quotation mark ("Tarn said it had ").</summary>
    [GeneratedRegex(@"^(?:\s+[\p{L}'’-]+){0,4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortPlainGap();

    /// <summary>
    /// "according to Westland court filings", "according to Tarn Energy regulatory documents": a name that only qualifies a document
    /// is its issuer when it is an organisation, else the document's issuer is not named; null when no document follows the name.
    /// </summary>
    private static Attribution? NamedDocument(Context ctx, string after, int closeEnd, Match m)
    {
        if (!NameQualifiesDocument().IsMatch(after, m.Index + m.Length)) return null;
        int at = closeEnd + m.Groups["sp"].Index;
        var org = ctx.Entities.FirstOrDefault(x => x.Type == "ORG" && x.Start <= at && at < x.End);
        return org != null ? new Attribution(org.Name, org.EntityId, "according to", "quotes.according-to.document", 0.75)
            : new Attribution("", "", "according to", "quotes.according-to.document-unnamed", 0.6);
    }

    /// <summary>
    /// "…, with researcher Jo Roe saying “…”", "with Jo Roe calling it an “ambush”": the person or organisation named right before the
    /// participle that "with" opens.
    /// </summary>
    private static Attribution? WithNameSaying(Context ctx, string before, int from)
    {
        var m = WithSaying().Match(before);
        if (!m.Success) return null;
        int cue = from + m.Groups["cue"].Index, start = from + m.Index;
        var named = ctx.Entities.FirstOrDefault(x => x.Type is "PERSON" or "ORG" && x.Start > start && x.End <= cue
            && ctx.Body.AsSpan(x.End, cue - x.End).IsWhiteSpace());
        return named == null ? null : new Attribution(named.Name, named.EntityId, m.Groups["cue"].Value, "quotes.with-participle", 0.7);
    }

    [GeneratedRegex(@"\bwith\s+[^,.;:!?“”""]{2,80}?\s+(?:(?<cue>saying|adding|noting|warning|arguing|stating|insisting|writing)\s*[,:]?"
        + @"|(?<cue>calling|dubbing)\s+(?:it|them|this|that|(?:the|his|her|their|its)\s+[\p{L}-]+)(?:\s+(?:a|an|the))?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex WithSaying();

    /// <summary>
    /// "“…,” according to its website", "“…,” according to their filing": a document of an organisation the text points back to with
    /// "its" or "their" is that organisation's words.
    /// </summary>
    private static Attribution? ItsDocument(Context ctx, string after, int closeEnd)
    {
        if (!AccordingToItsDocument().IsMatch(after)) return null;
        var org = Antecedent(ctx, closeEnd, null, "ORG");
        return org == null ? null : new Attribution(org.Name, org.EntityId, "according to", "quotes.according-to.its-document", 0.7);
    }

    [GeneratedRegex(@"^\s*[,—–-]?\s*according\s+to\s+(?:its|their)\s+" + OwnDocument + @"\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AccordingToItsDocument();

    /// <summary>Lower-case words that end in a document noun, right after a name: "court filings", "regulatory documents", "records".</summary>
    [GeneratedRegex(@"\G\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:documents?|filings?|records|papers|transcripts?|statements?|releases?|reports?|memos?|letters?)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NameQualifiesDocument();

    /// <summary>An attribution that names its speaker, else null: a document whose issuer the text does not name is "-unnamed".</summary>
    private static Attribution? Named(Attribution? a) => a is { Speaker.Length: > 0 } ? a : null;

    /// <summary>The names of documents a quotation is read from.</summary>
    private const string Documents = "(?:" + DocumentNouns + ")";

    private const string DocumentNouns = @"statement|release|letter|note|memo|notice|filing|post|message|e-?mail|transcript|recording|document|minutes|report";

    /// <summary>The verbs a document speaks with ("a statement said", "the letter reads").</summary>
    private const string DocumentCues = "said|says|read|reads|stated|states";

    /// <summary>"“…,” Marcus Dell's statement reads", "“…,” the company's statement said": the document's owner is its author.</summary>
    [GeneratedRegex(@"^\s*[,—–-]?\s*(?<sp>the\s+\p{Ll}[\p{L}-]*|[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3})[’']s?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?"
        + Documents + @"\s+(?:\w+ly\s+)?(?<cue>" + DocumentCues + @"|added|noted|warned)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AfterPossessiveDocument();

    /// <summary>"“…,” said a Tarnwell statement", "“…,” a Tarnwell Group release read": the name set before the document is its issuer.</summary>
    [GeneratedRegex(@"^\s*[,—–-]?\s*(?:(?<cue>" + DocumentCues + @")\s+)?(?:[Aa]n?|[Tt]he)\s+"
        + @"(?<sp>[A-Z][\p{L}.'’&-]+(?:\s+[A-Z][\p{L}.'’&-]+){0,3})\s+(?:\p{Ll}[\p{L}-]*\s+)?" + Documents
        + @"(?(cue)(?=\s*[.,;]|\s+(?:on|in|at|from|to|issued|released)\b)|\s+(?:\w+ly\s+)?(?<cue>" + DocumentCues + @")\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex AfterAttributiveDocument();

    /// <summary>
    /// "A statement from the company's board said:", "A brief release by its owner read,", "A notice on Tarvia's website, …, says:":
    /// a document and its issuer (or the owner of the site it is posted on) open the sentence.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}?" + Documents
        + @"\s+(?:(?:issued|released|published|signed|posted|sent)\s+)?(?:(?:by|from)\s+(?<sp>[^,:;.“”""]{2,60}?)"
        + @"|(?:on|at)\s+(?<sp>[^,:;.“”""\s][^,:;.“”""]{0,58}?)['’]s?\s+(?:web\s?site|site|page|homepage|blog|account|feed)(?:,[^:;“”""]{0,160},)?)\s+"
        + @"(?<cue>" + DocumentCues + @"|added)\s*[,:]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentBefore();

    /// <summary>"“…,” according to a transcript of the call", "“…,” according to a statement from the Ports Authority", "according to court filings".</summary>
    [GeneratedRegex(@"^\s*[,—–-]?\s*according\s+to\s+(?:(?<art>a|an|the)\s+)?(?<mods>(?:\p{Ll}[\p{L}-]*\s+){0,2}?)(?<doc>" + DocumentNouns
        + @")(?<plural>s)?\b(?:\s+(?:(?:issued|released|published|posted)\s+)?(?:from|by)\s+(?<sp>[^,:;.“”""]{2,60}?)(?=\s*[,.;:]|\s*$))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex AccordingToDocument();

    private const RegexOptions Culture = RegexOptions.CultureInvariant;

    /// <summary>
    /// "would later write", "will tell": a modal, perhaps an adverb, then a reporting verb's base form. Only after a modal: a bare
    /// "say" is too often no report ("analysts say prices will rise").
    /// </summary>
    private const string ModalReport = @"(?:would|will)\s+(?:later\s+|also\s+|\w+ly\s+)?(?<cue>say|write|tell|add|recall|explain|argue|insist|warn|admit|note)";

    /// <summary>The end of "According to X, “…”", with an apposition after the source: "According to Ann Roe, editor of the Gazette, “…”".</summary>
    /// <summary>
    /// A source's own page or document after its possessive ("its website", "X's official statement", "their court filings"):
    /// up to two lower-case words, then a web page's or a document's noun.
    /// </summary>
    private const string OwnDocument = @"(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:website|site|blog|page|account|" + DocumentNouns + ")";

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
    /// What may follow a reporting verb before the quotation: up to five words before a comma or colon ("told reporters on Monday,"),
    /// or up to eight before a colon when none is another reporting verb ("further told Channel 4 Radio's Mira Dahl:").
    /// </summary>
    private static string ToAudience(string verbs) =>
        @"(?:(?:\s+(?!that\b)[\p{L}’']+){0,5}?\s*[:,]?|(?:\s+(?!that\b|(?:" + verbs + @")\b)[\p{L}\p{N}’'-]+){1,8}?\s*:)";

    /// <summary>A speech act that introduces the quotation: "made these remarks:", "released a statement saying".</summary>
    private const string SpeechActIntroduction = "(?<cue>" + SpeechAct + @")(?:\s*:|,?\s+(?:saying|reading|that\s+read|which\s+read)\s*[:,]?)";

    /// <summary>"made a profound remark:", "issued the following statement:": a clause that names an act of speech, then a colon.</summary>
    private const string SpeechAct = @"(?:made|issued|gave|offered|released|delivered|posted)\s+(?:a|an|the|this|these)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?"
        + @"(?:remarks?|comments?|statements?|responses?|reply|warning|explanation|assessment|observation)";

    /// <summary>What the sentence after a quotation calls it when it names its source ("That was the view of ...").</summary>
    private const string SourceNouns = "view|verdict|assessment|message|take|opinion|warning|conclusion|argument|advice|prediction|reaction|word";

    /// <summary>"that" right after the verb or a few words on ("told the Associated Press that", "said on Tuesday that").</summary>
    [GeneratedRegex(@"\G(?:\s+[\p{L}\d.'’-]+){0,4}?\s+that\b(?!\s+(?:day|evening|morning|afternoon|night|week|month|year|time)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ThatAfter();

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
    /// a subordinate clause ("And when it comes to …, she ") or a preposition ("In a letter to …, he ").
    /// </summary>
    [GeneratedRegex(@"^\s*(?:\p{Lu}\p{Ll}+ing|(?:(?:And|But|So)\s+)?(?i:when|while|as|after|before|if|once|since|although|though)"
        + @"|In|On|At|During|Despite)\b[^.;:“”""]*,\s+(?<p>he|she)\s+(?:\w+ly\s+|also\s+)?$", RegexOptions.CultureInvariant)]
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
        if (spans.Any(q => q.OpenAt < k && q.End > sentence.Start)) return null;
        // (a place in an opening phrase is passed over: "In a London hotel, Rollock spells out why …")
        var first = article.Entities.Where(x => x.Start >= sentence.Start && x.End <= k && x.Type is "PERSON" or "ORG").OrderBy(x => x.Start)
            .FirstOrDefault();
        // "Any small hospital, he said, would need these supplies.": a sentence that names no one and reports through "he" or "she"
        if (first == null && PronounReports().Match(body, sentence.Start, k - sentence.Start) is { Success: true } pronoun)
            return Antecedent(ctx, sentence.Start, pronoun.Groups["p"].Value == "she" ? "f" : "m", "PERSON");
        if (first is not { Type: "PERSON" or "ORG" }) return null;
        // "The chief economist of Makewell, Dana Oyelaran, also commented": the role's organisation before its holder
        if (first.Type != "PERSON" && article.Entities.FirstOrDefault(x => x.Type == "PERSON" && x.Start > first.End && x.End <= k) is { } holder
            && (IsRoleAppositionLead(body[sentence.Start..holder.Start]) || IsRoleOfTheOrganisation(body[first.End..holder.Start]))) first = holder;
        int leadEnd = first.Start;
        // "Roe's grandfather said": a name with "'s" is not the subject, whose it is; but in "Tarn Capital's Priya Nair" the
        // organisation is where the person who follows works
        if (body.AsSpan(first.End).StartsWith("'s") || body.AsSpan(first.End).StartsWith("’s"))
        {
            int after = first.End + 3;
            first = first.Type == "ORG" ? article.Entities.FirstOrDefault(x => x.Type == "PERSON" && x.Start == after && x.End <= k) : null;
            if (first == null) return null;
        }
        // ...and no one else is named in it who could be speaking.
        if (article.Entities.Any(x => x.Start >= sentence.Start && x.End <= k && x.Type is "PERSON" && x.EntityId != first.EntityId)) return null;
        // The subject opens the sentence, after at most a role ("Analyst Rhea Castellano ...", "The economy minister, Jo Roe, ...")
        // or a connective ("But Ilves ...").
        string lead = body[sentence.Start..leadEnd];
        return IsSubjectLead(lead) || IsRoleAppositionLead(lead) || IsOpeningPhrase(lead) || IsRoleOfTheOrganisation(OrganisationNameLead().Replace(lead, " "))
            || first.Type == "PERSON" && ReportedAtTheEnd(body, sentence.Start, first, k) ? first : null;
    }

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
    [GeneratedRegex(@"\G[^.!?\n]*\b(?:read|issued|released|delivered|gave|offered|shared)\s+(?:a|an|the|this|these|his|her|their)\s+(?:\p{Ll}+\s+){0,2}?"
        + @"(?:statement|speech|address|remarks|insights?|views?|thoughts|assessment|comments?|reaction|explanation|verdict|prediction|advice)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ReportsSpeech();

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
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}&.'’-]*\s+){1,4}(?=\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationNameLead();

    /// <summary>" chief executive, ", " managing director ": the role an organisation's name leads into, before its holder's name.</summary>
    private static bool IsRoleOfTheOrganisation(string between)
    {
        var words = between.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 4 || !between.StartsWith(' ') || words.Take(words.Length - 1).Any(w => w.EndsWith(','))) return false;
        return RoleWords.Contains(words[^1].TrimEnd(',')) && words.All(w => w.TrimEnd(',').All(char.IsLower));
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

    /// <summary>
    /// What a quotation's attribution reads, built once an article: the body, its entities and sentences, and every quoted span
    /// (in text order, none inside another, as <see cref="FindSpans"/> gives them).
    /// </summary>
    private sealed record Context(string Body, IReadOnlyList<EntityMention> Entities, IReadOnlyList<Text.Sentence> Sentences, List<QuotedSpan> Spans)
    {
        private Dictionary<string, string>? _honorificGenders;

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
        while (stop >= 0 && ctx.Body[stop] == '.' && stop + 1 < end && !char.IsWhiteSpace(ctx.Body[stop + 1]))
            stop = ctx.Body.IndexOfAny(new[] { '.', '“', '"', '!', '?' }, stop + 1, Math.Max(0, end - stop - 1));
        // "U.S. Attorney" or "Jr." inside a name: a full stop followed by a capitalised name is not the end
        if (stop > 0) end = stop;
        string clause = ctx.Body[closeEnd..end];
        // "“… a higher base.” Figures out this week, Lin wrote, “show …”": a new sentence whose verb introduces the next quotation
        if (stop > 0 && ctx.Body[stop] is '“' or '"' && closeEnd >= 2 && ctx.Body[closeEnd - 2] is '.' or '!' or '?'
            && clause.TrimStart() is { Length: > 0 } next && char.IsUpper(next[0])) return null;
        foreach (Match vm in _verbWord.Matches(clause))
        {
            int vAt = closeEnd + vm.Index, vEnd = vAt + vm.Length;
            // "… a report by X last week that said …": a verb after "that" or "which" has a thing for its subject, not X
            if (clause.AsSpan(0, vm.Index).TrimEnd() is var lead && (lead.EndsWith(" that", StringComparison.Ordinal)
                || lead.EndsWith(" which", StringComparison.Ordinal))) continue;
            // A name in the possessive ("Hungerford Nichols’ managing shareholder, Rick Chrisman added") owns the speaker's title; it is not the speaker.
            var person = ctx.Entities.Where(x => x.Type == "PERSON" && x.Start >= closeEnd && x.End <= vAt
                && !(x.End < ctx.Body.Length && ctx.Body[x.End] is '’' or '\''))
                             .OrderBy(x => x.Start).FirstOrDefault()
                         ?? ctx.Entities.Where(x => x.Type == "PERSON" && x.Start >= vEnd && x.Start <= vEnd + 2).FirstOrDefault();
            if (person != null) return new Attribution(person.Name, person.EntityId, vm.Value, "quotes.after.clause", 0.75);
        }
        return null;
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
            var org = ctx.Entities.Where(x => x.Type == "ORG" && x.Start >= clause && x.End <= vAt && !ctx.InsideQuote(x)).OrderBy(x => x.Start)
                .FirstOrDefault();
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
        x.End + 3 < body.Length && body[x.End] is '\'' or '’' && body[x.End + 1] == 's'
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

    /// <summary>The verbs before a quotation in its sentence (<paramref name="region"/>, from <paramref name="sStart"/>) that may report it.</summary>
    private IEnumerable<Match> SentenceVerbs(Context ctx, QuotedSpan s, int sStart, string region, MatchCollection participles)
    {
        // "X described the city as “a gas chamber”": a characterising verb attributes a quotation that follows "as".
        var verbs = _verbWord.Matches(region).AsEnumerable();
        List<Match> characterising = AsBefore().IsMatch(region)
            ? CharacterisingVerb().Matches(region).Where(m => !IsPassive(region, m) || NamedRightBefore(ctx, sStart + m.Index) != null).ToList()
            : [];
        // "X likened the sell-off to “a fire drill”": a verb of comparison attributes a quotation that follows "to"
        verbs = verbs.Concat(LikeningVerb().Matches(region).Where(m => !IsPassive(region, m))).OrderBy(m => m.Index);
        // "X called the deal “a relief”", "X dubbed it “…”": a verb of naming with its object right before the opening mark
        verbs = verbs.Concat(NamingVerb().Matches(region)).OrderBy(m => m.Index);
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
        // ...and a verb whose "that" opens a quotation of its own ("“…”, Tomas Ilvers argued that “…”", after a fronted clause that
        // ended in this quotation) reports that quotation, not this one, comma or not
        // ...and so does a verb whose own clause follows with a pronoun subject ("“…” Tarn says it is paying the owners"), when the
        // sentence before the quotation named someone else
        return !around.CommaHandOver && (ThatAfter().IsMatch(after, at)
            || PronounClauseAfter().IsMatch(after, at) && !NamedBefore(ctx, s.OpenAt, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Value)
            || ContrastOpener().IsMatch(after) && around.EndsSentence) || LowerCaseBut().IsMatch(after)
            || around.EndsSentence && ReplyVerbs.Contains(m.Groups["cue"].Value) && OpensQuotationNext().IsMatch(after, at)
            || ThatQuotationAfter().IsMatch(after, at);
    }

    /// <summary>"that" right after a reporting verb, then a quotation mark: the verb reports the quotation that follows.</summary>
    [GeneratedRegex(@"\G\s+that\s*[,:]?\s*[“""]", RegexOptions.CultureInvariant)]
    private static partial Regex ThatQuotationAfter();

    /// <summary>
    /// "The party's finance chief said", "the bank's former lawyer told": one of the organisation's people, not named, speaks for
    /// themself; a spokesperson or representative speaks for the organisation.
    /// </summary>
    [GeneratedRegex(@"^['’]s?\s+(?!" + SpeaksForOwner + @")\p{Ll}[^,;()“”""]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnersMember();

    /// <summary>
    /// "Marlow, she said, was “the best of us”": a reporting clause with "he" or "she" set between commas inside the sentence
    /// reports the person the pronoun points back to, from before the sentence; the name the sentence opens with is who is
    /// talked about.
    /// </summary>
    private static Attribution? ParentheticalPronoun(Context ctx, int sentenceStart, int vAt, Match verb)
    {
        int vEnd = vAt + verb.Length;
        if (vEnd >= ctx.Body.Length || ctx.Body[vEnd] != ',' || vAt - sentenceStart < 6) return null;
        var head = ctx.Body.AsSpan(sentenceStart, vAt - sentenceStart);
        string? gender = head.EndsWith(", he ", StringComparison.Ordinal) ? "m" : head.EndsWith(", she ", StringComparison.Ordinal) ? "f" : null;
        if (gender == null) return null;
        var e = Antecedent(ctx, sentenceStart, gender, "PERSON");
        return e == null ? new Attribution("", "", CueVerb(verb.Value), "quotes.sentence.parenthetical-pronoun-unresolved", 0.35)
            : new Attribution(e.Name, e.EntityId, CueVerb(verb.Value), "quotes.sentence.parenthetical-pronoun", 0.7);
    }

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
        // step …”"; not a title: "an anthology, “Together In a Quiet Harbour Town,”")
        bool commaSentence = quotesASentence && openAt + 1 < ctx.Body.Length && char.IsUpper(ctx.Body[openAt + 1]);
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
        if (named[0].Type != "PERSON" || named.Any(x => x.Type == "PERSON" && x.EntityId != named[0].EntityId)) return null;
        // ...as its subject: only a role or a connective before the name ("Analyst Jane Roe", "But Roe")
        return inDocument || IsSubjectLead(lead) || IsRoleAppositionLead(lead)
            ? new Attribution(named[0].Name, named[0].EntityId, "", "quotes.sentence.colon-subject", 0.65) : null;
    }

    /// <summary>A sentence's opening "In a statement, ", "In its annual letter the ", "In an e-mail to staff, ": where the words were written.</summary>
    [GeneratedRegex(@"^\s*In\s+(?:a|an|its|his|her|their|the)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:" + DocumentNouns + @")s?"
        + @"(?:\s+to\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*)?\s*,?\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex InDocumentLead();

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
    [GeneratedRegex(@"\b(?:called|calls|calling|dubbed|dubs|dubbing|termed)(?=\s+(?:(?:it|this|that|them)(?:\s+(?:a|an|the))?"
        + @"|(?:the|his|her|their|its|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}'’-]+\s+){0,3}?"
        + @"[\p{L}'’-]+)\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex NamingVerb();

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
    [GeneratedRegex(@"^(?:\s+(?:of|at|from|with)\s+(?:the\s+)?|,\s+(?:a|an|the)\s+[^,;“”""]{0,60}?\s+(?:of|at|from|with|for)\s+(?:the\s+)?)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex PersonBeforeAffiliation();

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

    /// <summary>Whether an office of the organisation at <paramref name="org"/> stands right before it ("CEO of ", "managing director at ",
    /// "chair of the national rail regulator ").</summary>
    private static bool RoleOfOrganisation(string body, int org)
    {
        int from = Math.Max(0, org - 80);
        var m = OfficeOf().Match(body, from, org - from);
        return m.Success && (RoleWords.Contains(m.Groups["w"].Value) || m.Groups["w"].ValueSpan is "head" or "leader" or "owner");
    }

    // "chair of the national rail regulator X": up to four lower-case words may describe the organisation before its name
    [GeneratedRegex(@"(?<w>[\p{L}-]+)\s+(?:of|at|for)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeOf();

    [GeneratedRegex(@"^(?:But|And|Yet|So|Still|However|Then)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ConnectiveBeforeName();

    /// <summary>The person the entity stage found starting at <paramref name="at"/>, if any.</summary>
    private static EntityMention? PersonAt(Context ctx, int at) => ctx.Entities.FirstOrDefault(x => x.Type == "PERSON" && x.Start == at);

    private static Attribution? Resolve(Context ctx, int at, string sp, string cue, string rule, double conf, int quoteStart)
    {
        cue = CueVerb(cue);
        // "But Quillan added, “…”": a connective that opens the sentence is no part of the name after it
        if (ConnectiveBeforeName().Match(sp) is { Success: true } connective) (at, sp) = (at + connective.Length, sp[connective.Length..]);
        var entities = ctx.Entities;
        if (Pronouns.Contains(sp))
        {
            // "it" is an organisation; "they" is whoever the latest sentence naming a person or an organisation is about
            // (a singular "they" for a person as much as a company); "he" and "she" are people.
            // "A second neighbour spoke next. “…,” he said.": a person the sentence before only describes
            if (sp.ToLowerInvariant() is "he" or "she" && UnnamedPersonBefore(ctx, Math.Min(at, quoteStart)))
                return new Attribution("", "", cue, rule + ".pronoun-unnamed", conf * 0.8);
            var e = sp.ToLowerInvariant() switch
            {
                "it" => DescribedSubjectBefore(ctx, Math.Min(at, quoteStart), out var described) ? described
                    : Antecedent(ctx, at, null, "ORG") ?? Antecedent(ctx, at, null, "PERSON"),
                "they" => PluralSubjectBefore(ctx, Math.Min(at, quoteStart)) ? null : Antecedent(ctx, at, null, "PERSON", "ORG"),
                var heOrShe => Antecedent(ctx, at, heOrShe == "she" ? "f" : "m", "PERSON"),
            };
            if (sp.ToLowerInvariant() is "he" or "she" && SpokespersonOrganisation(ctx, Math.Min(at, quoteStart), sp.ToLowerInvariant() == "she" ? "f" : "m", e)
                is { } represented)
                return new Attribution(represented.Name, represented.EntityId, cue, rule + ".pronoun-spokesperson", conf * 0.85);
            return e == null ? new Attribution("", "", cue, rule + ".pronoun-unresolved", conf * 0.5)
                : new Attribution(e.Name, e.EntityId, cue, rule + ".pronoun", conf * 0.9);
        }
        if (RoleDescriptor.Match(sp) is { Success: true } rm) return ResolveRole(ctx, at, sp, rm, cue, rule, conf);
        if (sp.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || sp.StartsWith("a ", StringComparison.OrdinalIgnoreCase)
            || sp.StartsWith("an ", StringComparison.OrdinalIgnoreCase))
        {
            // "the spokeswoman for Northwind, Jane Roe, said": a person set in apposition to the phrase is who it describes
            if (AppositivePerson(ctx, at + sp.Length) is { } named0)
                return new Attribution(named0.Name, named0.EntityId, cue, rule + ".appositive", conf * 0.95);
            // "said the company’s chief executive, Jane Roe": the role's holder named after it speaks, not the company
            if (RoleHolderAfter(ctx, at + sp.Length) is { } holderAfter
                && ctx.Body.AsSpan(at + sp.Length, holderAfter.Start - at - sp.Length).TrimEnd().EndsWith(","))
                return new Attribution(holderAfter.Name, holderAfter.EntityId, cue, rule + ".role-appositive", conf * 0.95);
            // "Writing in The Harlow Mirror Mina said": a person the words end with, after a title's name, speaks
            if (entities.FirstOrDefault(x => x.Type == "PERSON" && x.Start > at && x.End == at + sp.TrimEnd().Length) is { } person)
                return new Attribution(person.Name, person.EntityId, cue, rule, conf);
            var inner = entities.FirstOrDefault(x => x.Start >= at && x.End <= at + sp.Length && x.Type == "ORG");
            // ...else the organisation named before that the phrase describes
            bool onlyOfItsName = false;
            // "a police spokesman", "a transport ministry spokeswoman": the body the lower-case words describe, not any named before
            var e = inner ?? (SpokespersonQualifier().Match(sp) is { Success: true } sq ? SpokespersonBody(ctx, at, sq.Groups["q"].Value)
                : DescribedOrganisation(ctx, at, sp, out onlyOfItsName));
            if (e != null) return new Attribution(e.Name, e.EntityId, cue, rule + ".organisation", conf * 0.85);
            // "the union said" where no union is named: the phrase is the speaker, whom the text does not name
            return new Attribution("", "", cue, rule + ".organisation-unresolved", conf * 0.5);
        }
        // "explained Harlow. Jeremy Batts said …": the words of a name end at a full stop after a word longer than an initial or "Jr"
        if (SentenceEndInName().Match(sp) is { Success: true } stop) sp = sp[..stop.Index];
        int end = at + sp.Length;
        // the name's words may stop short of the person they introduce ("said San Jose Police Sgt. Nick Muyo"): a person right after them counts
        var named = entities.Where(x => x.Start < end && at < x.End && x.Type is "PERSON" or "ORG"
                || x.Type == "PERSON" && x.Start == end + 1 && ctx.Body[end] == ' ').OrderBy(x => x.Type == "PERSON" ? 0 : 1)
            .ThenBy(x => x.Start).FirstOrDefault();
        // "said Delaware senator Ed Kaufman": a place, a role, then the person who holds it
        if (named == null && entities.Any(x => x.Type == "LOCATION" && x.Start < end && at < x.End) && RoleHolderAfter(ctx, end) is { } roleHolder)
            return new Attribution(roleHolder.Name, roleHolder.EntityId, cue, rule + ".role", conf * 0.95);
        if (named != null && named.Type == "ORG" && SpeakerBesideOrganisation(ctx, at, sp, named, cue, rule, conf) is { } beside) return beside;
        if (named == null && PersonBeforePlace(ctx, at, end) is { } placed)
            return new Attribution(placed.Name, placed.EntityId, cue, rule + ".affiliation", conf * 0.9);
        if (named is { Type: "PERSON" } && RelativeInApposition(ctx, named.End) is { } relative)
            return new Attribution(relative.Name, relative.EntityId, cue, rule + ".appositive", conf * 0.95);
        // "Sue Roe, the owner and trainer of Rex commented": a person at the end of another's unclosed apposition is its object
        if (named is { Type: "PERSON" } && rule.StartsWith("quotes.before", StringComparison.Ordinal)
            && PersonJoinedBefore(ctx, named.Start, 70, between => UnclosedAppositive().IsMatch(between)) is { } holder)
            return new Attribution(holder.Name, holder.EntityId, cue, rule + ".appositive", conf * 0.9);
        if (named != null) return new Attribution(named.Name, named.EntityId, cue, rule, conf);
        // A surname alone: the person named with it earlier.
        string last = sp.Split(' ')[^1].TrimEnd('.', ',');
        var bySurname = PeopleWithSurname(ctx, last).MinBy(x => x.Start);
        if (bySurname != null) return new Attribution(bySurname.Name, bySurname.EntityId, cue, rule + ".surname", conf * 0.9);
        return Untyped(ctx, at, sp, cue, rule, conf);
    }

    /// <summary>Who the capitalised words <paramref name="sp"/> at <paramref name="at"/>, which the entity stage did not type, are.</summary>
    private static Attribution? Untyped(Context ctx, int at, string sp, string cue, string rule, double conf)
    {
        int end = at + sp.Length;
        // A capitalised name the entity stage did not know: keep the words, without an entity id.
        // ...the possessive aside ("Air America's statement said")
        string words = sp.TrimEnd('.', ',');
        if (words.EndsWith("'s", StringComparison.Ordinal) || words.EndsWith("’s", StringComparison.Ordinal)) words = words[..^2];
        if (IsOffice(words)) return OfficeHolderAfter(ctx, at, at + sp.Length, cue, rule, conf);
        // "the regulator Tarvnadzor, Oleg Mitrin, said": a person in apposition to words the entity stage did not type speaks
        if (AppositivePerson(ctx, end) is { } apposed) return new Attribution(apposed.Name, apposed.EntityId, cue, rule + ".appositive", conf * 0.9);
        bool pluralSubject = PluralAgentNoun().IsMatch(words) && ctx.SentenceOf(at) is int si and >= 0 && ctx.Sentences[si].Start == at;
        // "John Roe, a director at the NGO said": an apposition the writer left unclosed, before words the entity stage did not type
        if (PersonJoinedBefore(ctx, at, 70, between => UnclosedAppositive().IsMatch(between)) is { } member)
            return new Attribution(member.Name, member.EntityId, cue, rule + ".affiliation", conf * 0.9);
        if (IsSentenceWord(sp) || pluralSubject || GovernedPlace(ctx, at, end)) return null;
        // "said Greek prime minister", "Democratic members of X stated": a nationality or a party before a lower-case role names no one (a
        // party before its verb speaks: "Labour stated")
        bool unnamed = words.Split(' ').All(Entities.EntityLexicon.Demonyms.Contains) && LowerCaseWordAt(ctx.Body, end + 1) is { Length: > 0 } role
            && !cue.StartsWith(role, StringComparison.Ordinal);
        return NamedAfterUntyped(ctx, end, cue, rule, conf)
            ?? (unnamed ? new Attribution("", "", cue, "quotes.unnamed-speaker", 0.6) : new Attribution(words, "", cue, rule + ".unlinked", conf * 0.7));
    }

    /// <summary>The lower-case word at <paramref name="at"/>, right after a space, or "".</summary>
    private static string LowerCaseWordAt(string body, int at)
    {
        int e = at;
        while (e < body.Length && char.IsLower(body[e])) e++;
        return at > 0 && at <= body.Length && body[at - 1] == ' ' ? body[at..e] : "";
    }

    /// <summary>
    /// Who capitalised words the entity stage did not type (ending at <paramref name="end"/>) lead on to: "said Chief Xbox officer Ana
    /// Roe" (a lower-case role, then the person who holds it), "US agricultural firm Tarn said" (a kind of body, then the organisation).
    /// </summary>
    private static Attribution? NamedAfterUntyped(Context ctx, int end, string cue, string rule, double conf)
    {
        if (RoleHolderAfter(ctx, end) is { } holder) return new Attribution(holder.Name, holder.EntityId, cue, rule + ".role", conf * 0.9);
        if (ctx.Entities.Where(x => x.Type == "ORG" && x.Start > end && x.Start - end <= 40).MinBy(x => x.Start) is { } body
            && KindOfBodyBetween().Match(ctx.Body, end, body.Start - end) is { Success: true } kind
            && OrganisationDescriptors.Contains(kind.Groups["kind"].Value))
            return new Attribution(body.Name, body.EntityId, cue, rule + ".organisation", conf * 0.85);
        return null;
    }

    /// <summary>" group the ", " agricultural firm ": lower-case words that end in a kind of body (organisation-descriptors.tsv) before its name.</summary>
    [GeneratedRegex(@"^\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?<kind>\p{Ll}[\p{L}-]*)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex KindOfBodyBetween();

    /// <summary>
    /// Whether the words at <paramref name="at"/> are a place that a preposition governs ("the leading supplier in the United Kingdom,
    /// a Harlow firm, has said"): part of a phrase about the speaker, not the speaker.
    /// </summary>
    private static bool GovernedPlace(Context ctx, int at, int end)
    {
        if (!ctx.Entities.Any(x => x.Type == "LOCATION" && x.Start <= at && x.End >= end)) return false;
        var before = ctx.Body.AsSpan(0, at).TrimEnd();
        int from = before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) ? before.Length - 4 : at;
        return PrecededBy(ctx.Body, from, PlacePrepositions, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] PlacePrepositions = { " in", " at", " from", " of", " across", " to", " near", " throughout", " within" };

    /// <summary>
    /// Who speaks when the words of a reporting clause name an organisation: a person of that surname, the holder of a role of it,
    /// or the person it is the affiliation of; null when the organisation itself speaks.
    /// </summary>
    private static Attribution? SpeakerBesideOrganisation(Context ctx, int at, string sp, EntityMention named, string cue, string rule, double conf)
    {
        // "Ratan Tata … “…,” Tata said": a named person's surname is that person, even where it was linked to a company of that name
        if (!sp.Contains(' ') && PersonBySurname(ctx, sp, at) is { } namesake)
            return new Attribution(namesake.Name, namesake.EntityId, cue, rule + ".surname", conf * 0.9);
        // "said Goldman Sachs analyst Jane Roe", "commented Northwind partner, Andrew Rosen": the organisation is the
        // speaker's employer; the person named after the role is the speaker.
        if (RoleHolderAfter(ctx, named.End) is { } person)
            return new Attribution(person.Name, person.EntityId, cue, rule + ".role", conf * 0.95);
        // "CEO of Tarnwell, Gareth Hollis, said": an office of the organisation, then its holder in apposition
        if (RoleOfOrganisation(ctx.Body, named.Start) && AppositivePerson(ctx, named.End) is { } holder)
            return new Attribution(holder.Name, holder.EntityId, cue, rule + ".role-appositive", conf * 0.95);
        // "Jane Roe of Northwind said", "an analyst at Northwind wrote": the organisation is the affiliation of the person before it
        // ...and "Tim Roe, the chief investment officer for Northwind said": an apposition the writer left unclosed
        if (PersonJoinedBefore(ctx, named.Start, 70, between => AffiliationJoin().IsMatch(between) || UnclosedAppositive().IsMatch(between)
            || OfficeBetweenCommas(between)) is { } member)
            return new Attribution(member.Name, member.EntityId, cue, rule + ".affiliation", conf * 0.95);
        return null;
    }

    /// <summary>", Chairman, ", ", chief executive officer, ": an office alone between commas, as a signature line sets a person's office
    /// between their name and their organisation ("Ivo Marsh, Chairman, Tarvia Appeals Board, said").</summary>
    private static bool OfficeBetweenCommas(ReadOnlySpan<char> between)
    {
        var t = between.Trim();
        return t.Length > 2 && t[0] == ',' && t[^1] == ',' && IsOffice(t[1..^1].Trim().ToString());
    }

    /// <summary>The mentions of people named in full whose last word is <paramref name="surname"/>.</summary>
    private static IEnumerable<EntityMention> PeopleWithSurname(Context ctx, string surname) =>
        ctx.Entities.Where(x => x.Type == "PERSON" && x.Name.EndsWith(" " + surname, StringComparison.Ordinal));

    /// <summary>The person named in full before <paramref name="at"/> whose last word is <paramref name="surname"/>, if exactly one is.</summary>
    private static EntityMention? PersonBySurname(Context ctx, string surname, int at)
    {
        var people = PeopleWithSurname(ctx, surname).Where(x => x.Start < at).GroupBy(x => x.EntityId).ToList();
        return people.Count == 1 ? people[0].First() : null;
    }

    /// <summary>"Bankers", "Analysts", "Economists": one capitalised word shaped as a plural of people (no name when it opens a sentence).</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:ers|ors|ists|ians|ants|ents|ives)$", RegexOptions.CultureInvariant)]
    private static partial Regex PluralAgentNoun();

    /// <summary>A full stop after a word of four letters or more, then a space and a capital: where a sentence ends inside captured name words.</summary>
    [GeneratedRegex(@"(?<=\p{Ll}{3})\.\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEndInName();

    /// <summary>"Co-CEO", "Vice President", "Chief Economist": words that are an office, capitalised as a title, not a name.</summary>
    private static bool IsOffice(string words)
    {
        var parts = words.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Any(w => RoleWords.Contains(w))
            && parts.All(w => RoleWords.Contains(w) || w.ToLowerInvariant() is "co" or "vice" or "deputy" or "acting" or "interim" or "senior");
    }

    /// <summary>
    /// "said Co-Founder of Pellam Foods, Ines Varga": an office written as a title, its organisation, then its holder in apposition;
    /// an office with no holder named there is no one (the office is no name).
    /// </summary>
    private static Attribution OfficeHolderAfter(Context ctx, int officeStart, int officeEnd, string cue, string rule, double conf)
    {
        if (HolderBefore(ctx, officeStart) is { } signed) return new Attribution(signed.Name, signed.EntityId, cue, rule + ".role-appositive", conf * 0.95);
        if (HolderAfterOrganisation(ctx, officeEnd) is { } holderNamed)
            return new Attribution(holderNamed.Name, holderNamed.EntityId, cue, rule + ".role-holder", conf * 0.95);
        if (RoleOrganisation().Match(ctx.Body, officeEnd) is { Success: true } of && of.Index == officeEnd) officeEnd += of.Length;
        return AppositivePerson(ctx, officeEnd) is { } holder
            ? new Attribution(holder.Name, holder.EntityId, cue, rule + ".role-appositive", conf * 0.95)
            : new Attribution("", "", cue, rule + ".role-unresolved", conf * 0.5);
    }

    /// <summary>"Ivo Marsh, Chairman, Tarvia Appeals Board, said": the person named right before an office and its comma, as a signature
    /// line sets the office after its holder's name.</summary>
    private static EntityMention? HolderBefore(Context ctx, int officeStart) => PersonJoinedBefore(ctx, officeStart, 3, between => between.Trim() is ",");

    /// <summary>
    /// A role as the speaker ("the chairman said"): the holder named in apposition, else the one person named with that office,
    /// else for a word for a person the person the text is about; an office no one was named with is that person unless the text
    /// gave them another office, and nobody then.
    /// </summary>
    private static Attribution ResolveRole(Context ctx, int at, string sp, Match rm, string cue, string rule, double conf)
    {
        // "the chairman, Omar Haddad, said": the role's holder named in apposition, after the role's organisation if it has one
        // ("said the general secretary of the Harbour Union, Tom Wood")
        int roleEnd = at + sp.Length;
        if (RoleOrganisation().Match(ctx.Body, roleEnd) is { Success: true } of && of.Index == roleEnd) roleEnd += of.Length;
        if (AppositivePerson(ctx, roleEnd) is { } appositive)
            return new Attribution(appositive.Name, appositive.EntityId, cue, rule + ".role-appositive", conf * 0.95);
        if (HolderBefore(ctx, at) is { } signed) return new Attribution(signed.Name, signed.EntityId, cue, rule + ".role-appositive", conf * 0.95);
        if (HolderAfterOrganisation(ctx, at + sp.Length) is { } holderNamed)
            return new Attribution(holderNamed.Name, holderNamed.EntityId, cue, rule + ".role-holder", conf * 0.95);
        var holder = RoleHolder(ctx, at, rm.Groups["role"].Value, rm.Groups["mod"].Value);
        if (holder != null) return new Attribution(holder.Name, holder.EntityId, cue, rule + ".role-descriptor", conf * 0.85);
        // "the billionaire said": a word for a person that is no office points back as "he" or "she" does
        var described = Antecedent(ctx, at, null, "PERSON");
        if (PersonDescriptors.Contains(rm.Groups["role"].Value) && described != null)
            return new Attribution(described.Name, described.EntityId, cue, rule + ".person-descriptor", conf * 0.8);
        // An office no one was named with: the person the text is about, unless the text gave them another office
        if (described != null && (described.Role.Length == 0 || HasRole(described.Role, SameOffice(rm.Groups["role"].Value), false)))
            return new Attribution(described.Name, described.EntityId, cue, rule + ".role-antecedent", conf * 0.6);
        return new Attribution("", "", cue, rule + ".role-unresolved", conf * 0.5);
    }

    /// <summary>
    /// "the chairman of Quorvin LLC Tomas Ilvers", "Secretary of State Mina Okafor": the role's organisation in capitalised words, then its
    /// holder with no comma between, in the same sentence.
    /// </summary>
    private static EntityMention? HolderAfterOrganisation(Context ctx, int roleEnd)
    {
        var m = RoleOrganisationWords().Match(ctx.Body, roleEnd);
        if (!m.Success) return null;
        int firstWord = m.Groups["w"].Index, end = m.Index + m.Length, sentence = ctx.SentenceOf(roleEnd);
        return ctx.Entities.Where(e => e.Type == "PERSON" && e.Start > firstWord && e.Start <= end && ctx.SentenceOf(e.Start) == sentence)
            .MinBy(e => e.Start);
    }

    /// <summary>
    /// " of Quorvin LLC Tomas Ilvers": a preposition, then capitalised words only (the holder's name among them), after another
    /// office the holder has ("the president and chief executive of …").
    /// </summary>
    [GeneratedRegex(@"\G(?:\s+(?:and|&)(?:\s+\p{Ll}[\p{L}-]*){1,3}?)?\s+(?:of|at|for|with)\s+(?:the\s+)?"
        + @"(?<w>[\p{Lu}&][\p{L}\d.&'’-]*)(?:\s+[\p{Lu}&][\p{L}\d.&'’-]*){1,6}", RegexOptions.CultureInvariant)]
    private static partial Regex RoleOrganisationWords();

    /// <summary>The organisation a role is of, up to the comma before its holder: " of the Harbour Union" in "the secretary of the Harbour Union, X".</summary>
    [GeneratedRegex(@"\G\s+(?:of|at|for|with)\s+[^,.;:“”""]{1,60}?(?=,)", RegexOptions.CultureInvariant)]
    private static partial Regex RoleOrganisation();

    /// <summary>
    /// The one person named before <paramref name="at"/> whose role is <paramref name="role"/> ("President" for "the
    /// president"; not "vice president" or "former CEO" unless the descriptor says "former"); null when none or several.
    /// </summary>
    private static EntityMention? RoleHolder(Context ctx, int at, string role, string modifier)
    {
        bool former = modifier.Equals("former", StringComparison.OrdinalIgnoreCase);
        string office = SameOffice(role);
        var holders = ctx.Entities.Where(x => x.Type == "PERSON" && x.End <= at && x.Role.Length > 0 && HasRole(x.Role, office, former))
            .GroupBy(x => x.EntityId).ToList();
        return holders.Count == 1 ? holders[0].First() : null;
    }

    /// <summary>Whether a stated role is <paramref name="office"/> (as <see cref="SameOffice"/> writes it), or a title ending in it.</summary>
    private static bool HasRole(string stated, string office, bool former)
    {
        string r = SameOffice(stated);
        if (r == office) return !former;
        if (r.Length <= office.Length || r[^(office.Length + 1)] != ' ' || !r.EndsWith(office, StringComparison.Ordinal)) return false;
        string first = r.Split(' ')[0];
        if (first == "former") return former;
        return !former && first is not ("vice" or "deputy" or "assistant" or "associate" or "acting" or "co");
    }

    /// <summary>Ways of writing one office ("ceo", "chief executive officer"), longest first, with the form they are compared as.</summary>
    private static readonly (string Form, string Office)[] RoleSynonyms = Text.Lexicon.Read("role-synonyms.tsv")
        .Where(r => r.Length == 2).Select(r => (r[1], r[0])).OrderByDescending(r => r.Item1.Length).ToArray();

    /// <summary>A role in lower case with its last words written as the office they name: "Tarn CEO" -> "tarn chief executive".</summary>
    private static string SameOffice(string role)
    {
        string r = role.ToLowerInvariant();
        foreach (var (form, office) in RoleSynonyms)
        {
            if (r == form) return office;
            if (r.Length > form.Length && r[^(form.Length + 1)] == ' ' && r.EndsWith(form, StringComparison.Ordinal))
                return r[..^form.Length] + office;
        }
        return r;
    }

    /// <summary>
    /// Whether the words before a mention make it the audience or the source of a statement: "told X", "to X", "by X", "from X",
    /// also with "the" between ("told the Daily Ledger").
    /// </summary>
    private static bool IsAudienceOrSource(string body, int start)
    {
        if (start >= 4 && body.AsSpan(start - 4, 4).SequenceEqual("the ")) start -= 4;
        return PrecededBy(body, start, AudienceOrSourceWords, StringComparison.Ordinal) && !StatementFrom().IsMatch(body.AsSpan(0, start));
    }

    /// <summary>"a statement from", "in a short response from": whom a statement comes from is its author, no source cited by another.</summary>
    [GeneratedRegex(@"\b(?:statement|response|reply|comment|letter|e-?mail|note|message|spokes(?:man|woman|person))s?\s+from\s*\z",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex StatementFrom();

    private static readonly string[] AudienceOrSourceWords = { " told", " to", " by", " from", "(" };

    /// <summary>Whether the text before <paramref name="start"/>, trailing spaces aside, ends with one of <paramref name="endings"/>.</summary>
    private static bool PrecededBy(string body, int start, string[] endings, StringComparison comparison)
    {
        var before = body.AsSpan(0, start).TrimEnd();
        foreach (var ending in endings)
            if (before.EndsWith(ending, comparison)) return true;
        return false;
    }

    /// <summary>A person named in apposition right at <paramref name="at"/>, between commas or closing the sentence (", Omar Haddad,"), or null.</summary>
    private static EntityMention? AppositivePerson(Context ctx, int at)
    {
        string body = ctx.Body;
        if (at >= body.Length || body[at] != ',') return null;
        int start = at + 1;
        while (start < body.Length && body[start] == ' ') start++;
        var person = ctx.Entities.FirstOrDefault(x => x.Start == start && x.Type == "PERSON");
        return person != null && (person.End == body.Length || body[person.End] is ',' or '.' or ';' or '\n') ? person : null;
    }

    /// <summary>"said Roe’s neighbour, Jane Poe,": after a person's possessive and a few lower-case words, the person set in apposition to them.</summary>
    private static EntityMention? RelativeInApposition(Context ctx, int end)
    {
        var m = PossessiveRelation().Match(ctx.Body, end, Math.Min(40, ctx.Body.Length - end));
        return m.Success ? AppositivePerson(ctx, end + m.Length - 1) : null;
    }

    [GeneratedRegex(@"\G['’]s(?:\s+\p{Ll}[\p{Ll}-]*){1,3},", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveRelation();

    /// <summary>
    /// What joins a person to the organisation they speak for: " of ", " at ", " from ", " with " (and "the"), and the capitalised words of
    /// a longer name the organisation ends ("Jane Roe of Tarn Security and Investigations": " of Tarn Security and ").
    /// </summary>
    [GeneratedRegex(@"^\s+(?:of|at|from|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+(?:(?:and|&|of)\s+)?){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex AffiliationJoin();

    /// <summary>", the chief investment officer for ", ", president of hedge fund ": an apposition that runs into the organisation.</summary>
    /// <summary>
    /// "Ann Roe, head of planning at the Port of Savannah said": the speaker's words end on a place inside the name of where
    /// the person before works, in an apposition the writer left unclosed; that person speaks.
    /// </summary>
    private static EntityMention? PersonBeforePlace(Context ctx, int at, int end)
    {
        var place = ctx.Entities.FirstOrDefault(x => x.Type == "LOCATION" && x.Start < end && at < x.End);
        return place == null ? null : PersonJoinedBefore(ctx, place.Start, 80, between => UnclosedAppositiveToPlace().IsMatch(between));
    }

    private delegate bool SpanTest(ReadOnlySpan<char> text);

    /// <summary>
    /// The person named last before <paramref name="start"/>, ending at most <paramref name="gap"/> characters before it, when the text
    /// between passes <paramref name="joins"/> (an affiliation or an unclosed apposition); else null.
    /// </summary>
    private static EntityMention? PersonJoinedBefore(Context ctx, int start, int gap, SpanTest joins)
    {
        var person = ctx.Entities.Where(x => x.Type == "PERSON" && x.End <= start && start - x.End <= gap).MaxBy(x => x.End);
        return person != null && joins(ctx.Body.AsSpan(person.End, start - person.End)) ? person : null;
    }

    /// <summary>", head of planning at the Port of ", ", director of research at Tarn Capital in ", ", of ": a role, a preposition and the
    /// capitalised words of a name before its place; or the place a person is of or from (" of ").</summary>
    [GeneratedRegex(@"^(?:,\s+(?:(?:the|a|an)\s+)?(?:\p{L}[\p{L}-]*\s+){0,5}?(?:of|at|for|from|with|in)\s+(?:the\s+)?"
        + @"(?:\p{Lu}[\p{L}-]*\s+(?:of\s+|for\s+|in\s+)?){0,3}|\s+(?:of|from)\s+(?:the\s+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnclosedAppositiveToPlace();

    [GeneratedRegex(@"^,\s+(?:(?:the|a|an)\s+)?(?:\p{L}[\p{L}-]*\s+){1,5}?(?:of|at|for|from|with)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex UnclosedAppositive();

    /// <summary>A legal form that ends an organisation's name the entity stage stopped short of: "and Co ", "&amp; Co. ", "Inc ", "Ltd ".</summary>
    [GeneratedRegex(@"^(?:(?:and|&)\s+Co\.?|Inc\.?|Ltd\.?|LLC|[Pp]lc|Corp\.?)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyTail();

    /// <summary>Whether the text between an organisation and a name is only a role in lower case ("analyst", "chief executive", "partner,").</summary>
    private static bool IsRoleBetween(string body, int from, int to)
    {
        var gap = body.AsSpan(from, to - from).Trim();
        if (gap.IsEmpty || gap.Length > 40) return false;
        // "Northwind’s chief executive, Jane Roe": the organisation's possessive before the role
        // "UniCredit's Andreas Rees": the organisation's person, with no role between
        if (gap is "’s" or "'s") return true;
        if (gap.StartsWith("’s ") || gap.StartsWith("'s ")) gap = gap[3..];
        else if (gap.StartsWith("’ ") || gap.StartsWith("' ")) gap = gap[2..];
        // "Cowen and Co analyst Jane Roe": the rest of the organisation's name, its legal form, before the role
        else if (CompanyTail().Match(gap.ToString()) is { Success: true } tail) gap = gap[tail.Length..];
        if (gap.IsEmpty) return false;
        if (gap[^1] == ',') gap = gap[..^1].TrimEnd();
        if (gap.IsEmpty) return false;
        foreach (char c in gap)
            if (!(char.IsLetter(c) || c == ' ' || c == '-')) return false;
        foreach (var range in gap.Split(' '))
        {
            string word = gap[range].ToString();
            // a role may be capitalised ("European Central Bank President Jean Roe"); "Deutsche Bank also seemed to endorse Rajan": a
            // verb phrase is no role
            // ...and after a party or a nationality ("Senate Democratic leader Jane Roe", "the bank's German chief economist Jane Roe")
            if (word.Length > 0 && char.IsUpper(word[0]) && !RoleWords.Contains(word) && !PartyWords.Contains(word)
                && !Entities.EntityLexicon.Demonyms.Contains(word) || NotRoleWords.Contains(word)) return false;
        }
        return true;
    }

    private static readonly HashSet<string> PartyWords = new(StringComparer.Ordinal) { "Democratic", "Republican", "Conservative", "Labour" };

    private static readonly HashSet<string> NotRoleWords = new(StringComparer.Ordinal)
    {
        "to", "also", "has", "had", "have", "was", "were", "is", "are", "will", "would", "seemed", "said", "says", "and", "with", "that",
        "which", "who", "not", "backed", "endorsed", "named", "hired", "appointed",
    };

    /// <summary>The prepositions before a medium, a place or an owner ("a post on Twitter", "the head of X"): what follows is no clause's subject.</summary>
    private static readonly string[] MediumPrepositions = { " on", " in", " as", " of", " via", " into" };

    private static readonly string[] ObjectPrepositions = { " with", " to", " by", " from", " for", " about", " against", " of", " at", " toward",
        " towards", " on", " alongside", " beside" };

    /// <summary>Whether a mention is the object of a preposition: the word right before it is "with", "to", "by"...</summary>
    private static bool AfterPreposition(string body, int start) => PrecededBy(body, start, ObjectPrepositions, StringComparison.OrdinalIgnoreCase);

    /// <summary>Capitalised words that open a clause or name a time, never a speaker's name (Resources/lexicon/quote-clause-words.tsv).</summary>
    private static readonly HashSet<string> ClauseWords = Text.Lexicon.Set("quote-clause-words.tsv", StringComparer.Ordinal);

    /// <summary>One capitalised word in "-ed" that a lower-case word follows ("Owned since", "Founded in"): a past participle, not a name.</summary>
    private static bool OpeningParticiple(string body, Group sp) =>
        !sp.Value.Contains(' ') && sp.Length > 4 && sp.Value.EndsWith("ed", StringComparison.Ordinal)
        && sp.Index + sp.Length + 1 < body.Length && body[sp.Index + sp.Length] == ' ' && char.IsLower(body[sp.Index + sp.Length + 1]);

    /// <summary>A capitalised word that opens a clause rather than a name: "During the call", "China’s ambassador".</summary>
    private static bool IsSentenceWord(string s)
    {
        string first = s.Split(' ')[0];
        // "Talking of her husband, she said ...": a participle opens a clause, not a name.
        return ClauseWords.Contains(first) || first.EndsWith("’s", StringComparison.Ordinal) || first.EndsWith("'s", StringComparison.Ordinal)
            || (!s.Contains(' ') && first.Length > 5 && first.EndsWith("ing", StringComparison.Ordinal));
    }
}

/// <summary>Builds the quote stage from pipeline.json: the reporting verbs and the shortest quotation kept without attribution.</summary>
public sealed class QuoteStageFactory : IStageFactory
{
    /// <summary>The reporting verbs used when pipeline.json names none.</summary>
    public static readonly string[] DefaultVerbs = Text.Lexicon.Read("reporting-verbs.tsv").Select(r => r[0]).ToArray();

    /// <inheritdoc />
    public string Name => "quotes";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires { get; } = new[] { EntityStage.EntitiesLayer };
    /// <inheritdoc />
    public IReadOnlyList<string> Provides { get; } = new[] { QuoteStage.QuotesLayer };
    /// <inheritdoc />
    public IReadOnlyList<string> Keys { get; } = new[] { "verbs", "minWords", "model", "minConfidence" };

    /// <inheritdoc />
    public IStage? Create(JsonElement entry, string jsonPath, PipelineConfig config, JsonReader reader)
    {
        var verbs = reader.Strings(entry, "verbs", jsonPath) ?? DefaultVerbs;
        for (int i = 0; i < verbs.Count; i++)
            if (string.IsNullOrWhiteSpace(verbs[i]) || verbs[i].Any(ch => !char.IsLetter(ch) && ch != ' ' && ch != '-'))
                reader.Error($"{jsonPath}.verbs[{i}]", $"'{verbs[i]}' is not a reporting verb",
                "write the verb as it appears in text, letters only, e.g. \"said\"");
        double minWords = reader.Number(entry, "minWords", jsonPath, 4, 1, 100);
        double minConfidence = reader.Number(entry, "minConfidence", jsonPath, 0.5, 0, 1);
        var model = ConfigLoader.LoadModel(reader, entry, "model", jsonPath, config, "quote-kinds", Learning.QuoteKindModel.Load);
        return new QuoteStage(verbs, (int)minWords, model, minConfidence);
    }
}
