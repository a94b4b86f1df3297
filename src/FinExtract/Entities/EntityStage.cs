using System.Text.RegularExpressions;
using FinExtract.Documents;
using FinExtract.Pipeline;
using FinExtract.Rules;
using FinExtract.Text;

namespace FinExtract.Entities;

/// <summary>
/// The entity stage: finds ORG, PERSON and LOCATION mentions by rules (tickers, legal forms), gazetteers
/// (companies with tickers, organisations, places) and capitalisation heuristics (organisation words,
/// given names, person cues), settles overlaps (rules, then gazetteers, then heuristics; then longer,
/// then earlier), and links the mentions of one entity in the article ("Meta Platforms, Inc." / "Meta",
/// "Elon Musk" / "Musk's") under one entity id and canonical name.
/// </summary>
public sealed partial class EntityStage : IStage
{
    /// <summary>The layer this stage adds.</summary>
    public const string EntitiesLayer = "entities";

    /// <summary>
    /// The entity recogniser (pipeline.json <c>recogniser</c>): it reads the mentions the rules settled on as votes among
    /// its features and adds the PERSON, ORG and LOCATION mentions they missed.
    /// </summary>
    public Learning.NerModel? Recogniser { get; init; }

    /// <summary>The mean tag probability a span of the recogniser's needs before it is added (pipeline.json <c>recogniserMinProbability</c>).</summary>
    public double RecogniserMinProbability { get; init; } = 0.7;

    private readonly RuleSet _rules;
    private readonly Gazetteer _gazetteer;
    private readonly HashSet<string> _givenNames;
    private readonly double _minConfidence;

    /// <summary>Creates the stage.</summary>
    public EntityStage(RuleSet rules, Gazetteer gazetteer, HashSet<string> givenNames, double minConfidence)
    {
        _rules = rules;
        _gazetteer = gazetteer;
        _givenNames = givenNames;
        _minConfidence = minConfidence;
    }

    /// <inheritdoc />
    public string Name => "entities";

    /// <summary>A NOT_ENTITY rule's span outranks every other candidate over it (tickers are 300, rules 200 + priority).</summary>
    private const int NotEntityPriority = 10_000;
    /// <summary>A ticker rule's match (and its exchange) outranks every name.</summary>
    private const int TickerPriority = 300;
    /// <summary>Rules rank above gazetteers and heuristics: this plus the rule's own priority.</summary>
    private const int RulePriorityBase = 200;
    /// <summary>A heuristic name that holds a known name outranks that known name (gazetteers are 150).</summary>
    private const int WholeNamePriority = 151;

    /// <summary>A known person's name in capitals outranks the rules' guesses from form alone (a dateline's place).</summary>
    private const int PeopleInCapitalsPriority = RulePriorityBase + 90;
    /// <summary>How far (characters) a ticker may stand after the name it belongs to: "Acme Corp (NYSE: ACM)".</summary>
    private const int TickerAnchorWindow = 14;
    /// <summary>How far back (characters) a media cue is looked for: "told", "according to".</summary>
    private const int MediaCueWindow = 30;


    private sealed record Candidate(int Start, int End, string Type, string Rule, double Confidence, int Priority)
    {
        /// <summary>A candidate found by a heuristic, with its rule id, confidence and priority.</summary>
        public Candidate(int start, int end, string type, Heuristic h) : this(start, end, type, h.Id, h.Confidence, h.Priority) { }

        public GazetteerEntry? Known { get; init; }
        public string Ticker { get; init; } = "";
        public string Exchange { get; init; } = "";
        public bool IsTicker { get; init; }
        /// <summary>The exchange named with a ticker ("NYSE" in "(NYSE: X)"): never the company the ticker belongs to.</summary>
        public bool IsExchange { get; init; }
        /// <summary>An acronym the article defines as short for a thing or a concept: left open, and not the recogniser's to type.</summary>
        public bool IsDefinedTerm { get; init; }
        public int Length => End - Start;
    }

    /// <inheritdoc />
    public void Process(Article article, StageContext context)
    {
        string body = article.Body;
        var (chosen, candidateCount, aliases) = Decide(article, context);
        context.CheckTime(Name);
        if (Recogniser != null) chosen = Recognise(article, chosen, context);
        else ListsOfPeople(body, chosen, _ => true);
        NamesInCapitals(body, chosen, aliases);
        context.CheckTime(Name);
        if (context.Trace != null)
            foreach (var c in chosen.Where(c => c.Confidence < _minConfidence && c.Type != "UNKNOWN"))
                context.Trace($"entities: lost \"{body[c.Start..c.End]}\" [{c.Start}-{c.End}) {c.Type} by {c.Rule}: " +
                $"confidence {Conf(c.Confidence)} below minConfidence {Conf(_minConfidence)}");
        ShortFormsAfterOrganisations(body, chosen, aliases);
        chosen.RemoveAll(c => InIdentifier(body, c.Start, c.End));
        var anchors = TickerAnchors(chosen);
        article.SetEntities(Roles.Assign(body,
            Link(body, chosen.Where(c => c.Confidence >= _minConfidence || c.Type == "UNKNOWN").ToList(), anchors, aliases, _givenNames)));
        if (context.Trace != null)
            foreach (var c in chosen.Where(c => c.Type == "UNKNOWN" && !article.Entities.Any(e => e.Start == c.Start && e.End == c.End)))
                context.Trace($"entities: lost \"{body[c.Start..c.End]}\" [{c.Start}-{c.End}) by {c.Rule}: a lone capitalised word that no other " +
                $"mention in the article names");
        article.Layers.Add(EntitiesLayer);
        context.Trace?.Invoke($"entities: {article.Entities.Count} mentions of {article.Entities.Select(e => e.EntityId).Distinct()
            .Count()} entities ({candidateCount} candidates)");
    }

    /// <summary>
    /// The mentions the rules, gazetteers and heuristics settle on, before the recogniser and linking: every candidate,
    /// overlaps settled, known companies adopted, lone surnames demoted, lists of organisations typed.
    /// </summary>
    private (List<Candidate> Chosen, int CandidateCount, Dictionary<string, string> Aliases) Decide(Article article, StageContext context)
    {
        string body = article.Body;
        var candidates = new List<Candidate>();
        RuleCandidates(body, article.Metadata.LanguageCode, candidates);
        context.CheckTime(Name);
        GazetteerCandidates(body, article.Tokens, candidates);
        // 3. Capitalised sequences, typed by heuristics.
        candidates.AddRange(CapitalisedSequences(article));
        if (CapitalisesNouns(article))
        {
            candidates.RemoveAll(c => NoNameByCapitals(body, c));
            NameAfterNounPhrase(body, candidates);
        }
        var aliases = AcronymCandidates(body, candidates, IsEnglish(article));
        context.CheckTime(Name);
        TitlesBeforeNamesAreNoBodies(body, candidates);
        PromoteWholeNames(body, candidates);
        context.CheckTime(Name);
        var chosen = Choose(body, candidates, context);
        TrademarkedNames(body, chosen);
        AdoptKnownCompanies(body, chosen, candidates);
        CompaniesAndTheirTickers(body, chosen);
        JoinAcrossAnd(body, chosen);
        NationalInstitutions(body, chosen);
        CountryUnits(body, chosen);
        TeamsNamedAfterPlaces(article, chosen);
        DesignationHeads(body, chosen);
        ListsOfOrganisations(body, chosen);
        return (chosen, candidates.Count, aliases);
    }

    /// <summary>
    /// A name the heuristics took for a person or a place, or left open, that is marked ® or ™ ("Harlow Gold® Sea Salt", "Tarvel™
    /// pans") is a brand: a product. A name the lists know, or one typed an organisation, keeps its type (firms mark their own names).
    /// </summary>
    private static void TrademarkedNames(string body, List<Candidate> chosen)
    {
        for (int k = 0; k < chosen.Count; k++)
            if (chosen[k] is { Known: null, Type: "PERSON" or "LOCATION" or "UNKNOWN" } c && c.Rule.StartsWith("heuristic.", StringComparison.Ordinal)
                && c.End < body.Length && body[c.End] is '®' or '™')
                chosen[k] = new Candidate(c.Start, c.End, "PRODUCT", Heuristics.Trademark);
    }

    private static bool BeforeANumberAnywhere(string body, string word)
    {
        for (int k = body.IndexOf(word, StringComparison.Ordinal); k >= 0; k = body.IndexOf(word, k + word.Length, StringComparison.Ordinal))
            if (NumberFollows(body, k + word.Length) || k + word.Length < body.Length && body[k + word.Length] == '/') return true;
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^,?\s(?:1[89]|20)\d\d\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearAfter();

    /// <summary>
    /// "@HarlowTimes", "(@Tarvel_News)", "wiki/Tarvel_Bay", "ada@harlow.example": words of a handle, an address or a link's path,
    /// joined by "@" or "_", are no mention of a name (the name they stand for is written out beside them when it is one).
    /// </summary>
    private static bool InIdentifier(string body, int start, int end) =>
        start > 0 && body[start - 1] is '@' or '_' || end < body.Length && body[end] == '_';

    private const string RicRule = "entities.ticker.ric";

    /// <summary>1. Rules: tickers (with their exchange), typed names, and NOT_ENTITY spans that outrank every candidate over them.</summary>
    private void RuleCandidates(string body, string language, List<Candidate> candidates)
    {
        var (kept, _) = RuleSet.Resolve(_rules.FindAll(body, language));
        foreach (var m in kept)
        {
            if (m.Rule.Label == "TICKER" && m.Groups.TryGetValue("ticker", out var ticker))
            {
                int ts = body.IndexOf(ticker, m.Start, m.Length, StringComparison.Ordinal);
                string exchange = m.Groups.GetValueOrDefault("exchange", "");
                // a RIC names its exchange by its suffix ("HMN.L": London)
                string listedOn = exchange.Length == 0 && m.Rule.Id == RicRule && ticker.LastIndexOf('.') is int dot and > 0
                    ? EntityLexicon.RicExchanges.GetValueOrDefault(ticker[(dot + 1)..], "") : exchange.ToUpperInvariant();
                _gazetteer.TryGetByTicker(ticker, listedOn, out var company);
                candidates.Add(new Candidate(ts, ts + ticker.Length, "ORG", m.Rule.Id, m.Rule.Confidence, TickerPriority) { Known = company, Ticker = ticker,
                    Exchange = listedOn, IsTicker = true });
                if (exchange.Length > 0)
                {
                    int es = body.IndexOf(exchange, m.Start, m.Length, StringComparison.Ordinal);
                    _gazetteer.TryGet(exchange, out var ex);
                    candidates.Add(new Candidate(es, es + exchange.Length, "ORG", m.Rule.Id, m.Rule.Confidence, TickerPriority) { Known = ex,
                        IsExchange = true });
                }
            }
            else if (m.Rule.Label == RuleSet.NotEntity)
                candidates.Add(new Candidate(m.Start, m.End, RuleSet.NotEntity, m.Rule.Id, m.Rule.Confidence, NotEntityPriority));
            else if (m.Rule.Label is "ORG" or "PERSON" or "LOCATION" or "PRODUCT")
            {
                var (s, e) = TrimPossessive(body, m.Start, m.End);
                s = SkipOwnerOrPlacePrefix(body, s, e);
                if (m.Rule.Label == "ORG") s = OrganisationOfStart(body, s);
                candidates.Add(new Candidate(s, e, m.Rule.Label, m.Rule.Id, m.Rule.Confidence, RulePriorityBase + m.Rule.Priority));
            }
        }
    }

    /// <summary>2. Gazetteers: the longest known name starting at each capitalised token.</summary>
    private void GazetteerCandidates(string body, IReadOnlyList<Token> tokens, List<Candidate> candidates)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            // a name opens with a capital or a digit, or is written in inner capitals from a small letter ("eBay", "iShares")
            if (!char.IsUpper(body[t.Start]) && !char.IsDigit(body[t.Start]) && !(t.Length > 2 && char.IsUpper(body[t.Start + 1]))) continue;
            if (KnownPersonWithInitial(body, t) is { } person)
            {
                candidates.Add(person);
                while (i + 1 < tokens.Count && tokens[i + 1].Start < person.End) i++;
                continue;
            }
            for (int j = Math.Min(tokens.Count - 1, i + 7); j >= i; j--)
            {
                int end = tokens[j].End;
                if (end - t.Start > _gazetteer.MaxLength + 2) continue;
                if (j > i && tokens[j].Start > tokens[j - 1].End + 1) continue; // names do not span wide gaps
                var (s, e) = TrimPossessive(body, t.Start, end);
                // a name that ends in 's itself ("Lowe's", "McDonald's") is looked up whole before its possessive is trimmed
                if (e < end && _gazetteer.TryGet(body.AsSpan(t.Start, end - t.Start), out _) && IsWordBoundary(body, t.Start, end))
                    (s, e) = (t.Start, end);
                if (_gazetteer.TryGet(body.AsSpan(s, e - s), out var entry) && IsWordBoundary(body, s, e)
                    && !(entry.Type == "LOCATION" && e < body.Length && body[e] == '$')) // "US$", "HK$": a currency, not the place
                {
                    if (j == i && WordAliasInsideName(body, tokens, i, entry)) break;
                    // "The Economist": the name keeps its article, the mention starts at the name word, as annotators mark spans
                    if (e - s > 4 && body.AsSpan(s, 4).SequenceEqual("The ") && char.IsUpper(body[s + 4])) s += 4;
                    if (entry.Type == "LOCATION") (s, e) = (RegionStart(body, s), CityEnd(body, e));
                    else e = WebNameEnd(body, e); // "Amazon.com": the company's web name is its name
                    candidates.Add(new Candidate(s, e, entry.Type, "gazetteer." + entry.Source, Heuristics.Gazetteer.Confidence,
                        Heuristics.Gazetteer.Priority) { Known = entry, Ticker = entry.Ticker,
                        Exchange = entry.Exchange });
                    i = j;
                    break;
                }
                // "PRAGUE - The central bank ...", "NEW YORK (Reuters)": a known place written in capitals, as datelines and headlines write it
                if (CapitalsAsTitle(body, tokens, i, j) is { } title
                    && !_gazetteer.TryGet(body.AsSpan(t.Start, end - t.Start), out _) && _gazetteer.TryGet(title, out var capsPlace)
                    && (capsPlace.Type == "LOCATION" && !_givenNames.Contains(title) || capsPlace.Type == "PERSON" && j > i))
                {
                    // ...and so is a known person's full name ("HILLARY CLINTON SAYS"), over the dateline rule's guess ("JANE ROE: ...")
                    bool place = capsPlace.Type == "LOCATION";
                    candidates.Add(new Candidate(t.Start, end, capsPlace.Type, place ? "gazetteer.places-in-capitals" : "gazetteer.people-in-capitals",
                        0.85, place ? Heuristics.Gazetteer.Priority : PeopleInCapitalsPriority) { Known = capsPlace });
                    i = j;
                    break;
                }
                // "NASA-inspired", "Google-owned": the known name before a hyphenated adjective
                if (j == i && body.IndexOf('-', t.Start, t.Length) is int h and > 0 && h + 1 < t.End && char.IsLower(body[h + 1])
                    && _gazetteer.TryGet(body.AsSpan(t.Start, h - t.Start), out var prefix) && prefix.Type == "ORG")
                    candidates.Add(new Candidate(t.Start, h, prefix.Type, "gazetteer." + prefix.Source, Heuristics.GazetteerPrefix.Confidence,
                    Heuristics.GazetteerPrefix.Priority) { Known = prefix,
                    Ticker = prefix.Ticker, Exchange = prefix.Exchange });
            }
        }
    }

    /// <summary>
    /// The head word of a body's "X of Y" name used alone ("House" for the House of Representatives) inside another name: after a
    /// capitalised word within a sentence that no list knows ("the Pump House", "Alfred Phillips House"). A word that opens its
    /// sentence ("Numerous House members"), a known name and a place modifier ("Lower House") before it do not count.
    /// </summary>
    private bool WordAliasInsideName(string body, IReadOnlyList<Token> tokens, int i, GazetteerEntry entry)
    {
        var t = tokens[i];
        string word = body.Substring(t.Start, t.Length);
        if (entry.Source != "organisations" || word == entry.Name || !entry.Name.StartsWith(word + " of ", StringComparison.Ordinal)) return false;
        if (i < 2 || tokens[i - 1].End + 1 != t.Start || body[t.Start - 1] != ' ' || !char.IsUpper(body[tokens[i - 1].Start])) return false;
        string prev = Word(body, tokens[i - 1]);
        bool opens = body.Substring(tokens[i - 2].Start, tokens[i - 2].Length) is "." or "!" or "?" or ":" or "“" or "\""
            || body.AsSpan(tokens[i - 2].End, tokens[i - 1].Start - tokens[i - 2].End).Contains('\n');
        return !opens && prev != "The" && !EntityLexicon.NotNames.Contains(prev) && !_gazetteer.TryGet(prev, out _)
            && !EntityLexicon.PlaceModifiers.Contains(prev);
    }

    /// <summary>
    /// A known person written with a middle initial the gazetteer leaves out ("Michael R. Bloomberg" for "Michael Bloomberg"): the
    /// whole name, before its last word can be read alone as another known name (the company "Bloomberg").
    /// </summary>
    private Candidate? KnownPersonWithInitial(string body, Token given)
    {
        var m = MiddleInitialAfter().Match(body, given.End, Math.Min(body.Length - given.End, 60));
        if (!m.Success) return null;
        string name = string.Concat(body.AsSpan(given.Start, given.Length), " ", m.Groups["surname"].Value);
        if (!_gazetteer.TryGet(name, out var entry) || entry.Type != "PERSON") return null;
        int end = m.Groups["surname"].Index + m.Groups["surname"].Length;
        return new Candidate(given.Start, end, "PERSON", "gazetteer." + entry.Source, Heuristics.Gazetteer.Confidence, Heuristics.Gazetteer.Priority)
            { Known = entry };
    }

    [GeneratedRegex(@"\G \p{Lu}\. (?<surname>\p{Lu}[\p{L}-]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MiddleInitialAfter();

    /// <summary>Whether token i opens its sentence, or follows only the opening quotation mark that does ("“Mark my words").</summary>
    private static bool OpensSentence(string body, IReadOnlyList<Token> tokens, int i, HashSet<int> sentenceStarts) =>
        sentenceStarts.Contains(i) || i > 0 && sentenceStarts.Contains(i - 1) && Word(body, tokens[i - 1]) is "“" or "\"" or "‘" or "'";

    /// <summary>
    /// Tokens i..j, one to three words all in capital letters one space apart ("PRAGUE", "NEW YORK", "MEXICO CITY"), as
    /// title-case words ("Mexico City"); null otherwise, and for one word of fewer than four letters ("US", "IT").
    /// </summary>
    private static string? CapitalsAsTitle(string body, IReadOnlyList<Token> tokens, int i, int j)
    {
        if (j - i > 2 || (j == i && tokens[i].Length < 4)) return null;
        var title = new System.Text.StringBuilder();
        for (int k = i; k <= j; k++)
        {
            var t = tokens[k];
            if (t.Length < 2 || !IsAllCapitalLetters(body, t) || (k > i && (t.Start != tokens[k - 1].End + 1 || body[t.Start - 1] != ' '))) return null;
            if (k > i) title.Append(' ');
            title.Append(TitleCase(body, t));
        }
        return title.ToString();
    }

    private static bool IsAllCapitalLetters(string body, Token t) => IsAllCapitalLetters(body, t.Start, t.End);

    private static bool IsAllCapitalLetters(string body, int start, int end)
    {
        for (int k = start; k < end; k++) if (!char.IsUpper(body[k])) return false;
        return true;
    }

    private static string TitleCase(string body, Token t) => body[t.Start] + body.Substring(t.Start + 1, t.Length - 1).ToLowerInvariant();

    /// <summary>The end of a known name's web form when a web suffix is written onto it ("Amazon.com", "Monster.com"), else <paramref name="e"/>.</summary>
    private static int WebNameEnd(string body, int e)
    {
        if (e + 2 >= body.Length || body[e] != '.' || !char.IsLower(body[e + 1])) return e;
        int k = e + 1;
        while (k < body.Length && char.IsAsciiLetterLower(body[k])) k++;
        if (!WebSuffixes.Contains(body[(e + 1)..k])) return e;
        // ...with a country's code after it: "Amazon.co.uk"
        if (k + 3 <= body.Length && body[k] == '.' && char.IsAsciiLetterLower(body[k + 1]) && char.IsAsciiLetterLower(body[k + 2])
            && (k + 3 == body.Length || !char.IsLetterOrDigit(body[k + 3]))) k += 3;
        return k == body.Length || !char.IsLetterOrDigit(body[k]) ? k : e;
    }

    /// <summary>"Southern California", "North Vancouver", "Greater London": a compass or size word right before a known place names a region of it.</summary>
    private static int RegionStart(string body, int s)
    {
        if (s < 2 || body[s - 1] != ' ') return s;
        int w = s - 1;
        while (w > 0 && char.IsLetter(body[w - 1])) w--;
        return w < s - 1 && EntityLexicon.PlaceModifiers.Contains(body[w..(s - 1)]) ? w : s;
    }

    /// <summary>"New York City", "Quebec City": a known place followed by "City" is that city.</summary>
    private static int CityEnd(string body, int e) =>
        e + 5 <= body.Length && body.AsSpan(e, 5).SequenceEqual(" City") && (e + 5 == body.Length || !char.IsLetterOrDigit(body[e + 5])) ? e + 5 : e;

    /// <summary>Whether the article's language (its primary subtag) capitalises every noun (German, Luxembourgish).</summary>
    private static bool CapitalisesNouns(Article article) =>
        article.Metadata.LanguageCode is var lang
        && (lang.Equals("de", StringComparison.OrdinalIgnoreCase) || lang.Equals("lb", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Where every noun is capitalised, a candidate its capitals alone made: two or more unknown capitalised words ("Ratgeber
    /// Direktzusage"), or a word after a place preposition ("in Kraft") without the ending of a place name ("in Mannheim").
    /// </summary>
    private static bool NoNameByCapitals(string body, Candidate c)
    {
        if (c.Known != null) return false;
        if (c.Rule == Heuristics.PlacePreposition.Id)
        {
            string word = body[c.Start..c.End];
            return !EntityLexicon.PlaceEndingsNounsCapitalised.Any(x => word.EndsWith(x, StringComparison.Ordinal) && word.Length > x.Length + 2);
        }
        return c.Rule == Heuristics.TwoWords.Id || c.Rule == Heuristics.TwoWordsOrg.Id || c.Rule == Heuristics.TwoWordsUnknown.Id
            || c.Rule == Heuristics.MultiWord.Id;
    }

    /// <summary>
    /// Where every noun is capitalised, an organisation's run by its organisation word often opens with common nouns and an article
    /// ("Die Nutzung von Office", "Studie der University of Oxford", "Das Team"): the name is what follows the last "von"/"der"
    /// when no organisation word stands before it, without an opening article or preposition; a lone organisation word left
    /// ("Team", "Media") names nothing.
    /// </summary>
    private static void NameAfterNounPhrase(string body, List<Candidate> candidates)
    {
        for (int k = candidates.Count - 1; k >= 0; k--)
        {
            var c = candidates[k];
            if (c.Rule != Heuristics.OrgWord.Id || c.Known != null) continue;
            int start = c.Start;
            string text = body[start..c.End];
            int joiner = GermanJoiner().Matches(text).LastOrDefault()?.Index ?? -1;
            if (joiner > 0 && !text[..joiner].Split(' ').Any(EntityLexicon.OrgWords.Contains))
                start += text.IndexOf(' ', joiner + 1) + 1;
            while (body.IndexOf(' ', start, c.End - start) is int sp and > 0 && EntityLexicon.RunOpenersNounsCapitalised.Contains(body[start..sp]))
                start = sp + 1;
            if (start == c.Start) continue;
            string rest = body[start..c.End];
            // ("Das Team der Behörde": an article, then an organisation's word of its own before a joiner, is a common noun phrase)
            bool nothingLeft = !rest.Contains(' ') && (EntityLexicon.OrgWords.Contains(rest) || EntityLexicon.RunOpenersNounsCapitalised.Contains(rest))
                || GermanJoiner().Match(rest) is { Success: true } j && !rest[..j.Index].Contains(' ') && EntityLexicon.OrgWords.Contains(rest[..j.Index]);
            if (nothingLeft) candidates.RemoveAt(k);
            else candidates[k] = c with { Start = start };
        }
    }

    /// <summary>A German word that joins a common noun to the name after it: "von", "vom", "der", "des", "dem", "den".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@" (?:von|vom|der|des|dem|den) ")]
    private static partial System.Text.RegularExpressions.Regex GermanJoiner();

    /// <summary>Whether an article is in English or in a language the page does not say.</summary>
    private static bool IsEnglish(Article article) =>
        article.Metadata.LanguageCode is var lang && (lang.Length == 0 || lang.StartsWith("en", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A name defined with its acronym ("Union of Rationalist Atheists and Agnostics (UAAR)", "CEI (Italian Episcopal Conference)")
    /// is one organisation's, and the acronym names it wherever it stands; a name the gazetteers know keeps its type. Not a
    /// title, an event or a thing ("Chief Executive Officer (CEO)", "Consumer Price Index (CPI)"). Returns acronym -> name.
    /// </summary>
    private Dictionary<string, string> AcronymCandidates(string body, List<Candidate> candidates, bool english)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        // English writes a body's name in capitals; French and Spanish often do not ("parquet national financier (PNF)")
        var terms = english ? AcronymDefinitions.FindTerms(body) : new HashSet<string>(StringComparer.Ordinal);
        var writtenOut = new HashSet<string>(terms, StringComparer.Ordinal);
        foreach (var d in AcronymDefinitions.Find(body))
        {
            string longForm = body[d.LongStart..d.LongEnd], shortForm = body[d.ShortStart..d.ShortEnd];
            var known = candidates.FirstOrDefault(g => g.Known != null && g.Start == d.LongStart && g.End == d.LongEnd);
            if (known != null)
            {
                aliases.TryAdd(shortForm, known.Known!.Name);
                candidates.Add(new Candidate(d.ShortStart, d.ShortEnd, known.Type, Heuristics.AcronymDefinition) { Known = known.Known });
                continue;
            }
            var words = longForm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // what makes it an organisation's name: a word organisations or institutions ("Policy Center") are named with, or an
            // organisation the lists know inside
            bool organisation = words.Any(EntityLexicon.IsOrganisationWord)
                || candidates.Any(g => g.Known != null && g.Type == "ORG" && g.Start >= d.LongStart && g.End <= d.LongEnd);
            if (longForm.Contains(". ", StringComparison.Ordinal) || longForm.EndsWith('’') || longForm.EndsWith('\'') || _givenNames.Contains(words[0]))
                continue;
            // a name that ends as a thing's does ("Tenant Billing Platform", "Savings Plan") makes its acronym a thing's too
            if (EntityLexicon.ThingEndings.Contains(words[^1]) || EntityLexicon.MiscEndings.Contains(words[^1]))
            {
                terms.Add(shortForm);
                continue;
            }
            if (!organisation || words.Any(EntityLexicon.TitleWords.Contains)) continue;
            aliases.TryAdd(shortForm, longForm);
            candidates.Add(new Candidate(d.LongStart, d.LongEnd, "ORG", Heuristics.AcronymDefinition));
            candidates.Add(new Candidate(d.ShortStart, d.ShortEnd, "ORG", Heuristics.AcronymDefinition));
        }
        DefinedTermsAreOpen(body, candidates, terms, aliases, writtenOut);
        return aliases;
    }

    /// <summary>
    /// An acronym the article defines as short for a thing or a concept ("Retirement Savings Plan (RSP)", "comprehensive
    /// credit reporting (CCR)") is not an organisation for being repeated: it is left open, as an acronym named once is. One the
    /// article writes out as a common-noun phrase (<paramref name="writtenOut"/>: "bovine spongiform encephalopathy (BSE)") is not
    /// the body the lists know by those letters either.
    /// </summary>
    private static void DefinedTermsAreOpen(string body, List<Candidate> candidates, HashSet<string> terms, Dictionary<string, string> aliases,
        HashSet<string> writtenOut)
    {
        terms.ExceptWith(aliases.Keys);
        if (terms.Count == 0) return;
        for (int k = 0; k < candidates.Count; k++)
            if (candidates[k] is { Type: "ORG" } c && (c.Rule == "heuristic.acronym" || c.Known != null && writtenOut.Contains(body[c.Start..c.End]))
                && terms.Contains(body[c.Start..c.End]))
                candidates[k] = new Candidate(c.Start, c.End, "UNKNOWN", Heuristics.AcronymUnknown) { IsDefinedTerm = true };
    }

    private bool IsNamedAfterPlace(string body, Candidate c, CandidateIndex index)
    {
        // a run typed by its context alone ("said Perth Glory") is open to it too; one typed by a given name is not
        if (!(c.Type == "UNKNOWN" && c.Rule is "heuristic.two-words-unknown" or "heuristic.multi-word" or "heuristic.two-words-org")
            && !(c.Type == "PERSON" && c.Rule is "heuristic.person-cue" or "heuristic.speaker")) return false;
        // a country's name before a word is most often an attribute ("US Trade", "Japan Nikkei"), a town's a name
        var near = index.Touching(c.Start, c.End);
        var place = near.FirstOrDefault(g => g.Known is { Kind: not "country" } && g.Type == "LOCATION" && g.Start == c.Start && g.End < c.End);
        if (place == null || _givenNames.Contains(body[place.Start..place.End])) return false;
        // a run cut short before a title or a role ("US Trade Representative") is not a whole name
        if (c.End + 1 < body.Length && body[c.End] == ' ' && char.IsUpper(body[c.End + 1])) return false;
        // nothing the lists know follows the place inside the run
        if (near.Any(g => g.Known != null && g.Start < c.End && g.End > place.End)) return false;
        var rest = body[place.End..c.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // a place word may qualify the name's last word ("California Highway Patrol"), not end it ("Perth Airport")
        return rest.Length is 1 or 2 && !EntityLexicon.ThingEndings.Contains(rest[^1]) && !EntityLexicon.PlaceWords.Contains(rest[^1])
            && rest.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Any(char.IsLower)
            && !EntityLexicon.Demonyms.Contains(w) && !EntityLexicon.TitleWords.Contains(w)
            && !EntityLexicon.NotNames.Contains(w) && Text.DateParser.MonthNumber(w) == null && !_givenNames.Contains(w) && !WrittenInLowerCase(body, w));
    }

    /// <summary>
    /// "Economist Mina Okafor", "Chancellor Ivo Marsh": a known body's one-word short name that is also a title, right before a
    /// person's name, is the person's title, not the body.
    /// </summary>
    private static void TitlesBeforeNamesAreNoBodies(string body, List<Candidate> candidates)
    {
        var persons = candidates.Where(c => c.Type == "PERSON").Select(c => c.Start).ToHashSet();
        candidates.RemoveAll(c => c is { Type: "ORG", Known: not null } && c.End + 1 < body.Length && body[c.End] == ' '
            && persons.Contains(c.End + 1) && EntityLexicon.TitleWords.Contains(body[c.Start..c.End]));
    }

    /// <summary>One word, then nothing but initials ("Roy", "Roy E.", "Mary J. K.").</summary>
    private static bool IsNameWithInitials(ReadOnlySpan<char> words)
    {
        int space = words.IndexOf(' ');
        if (space < 0) return true;
        foreach (var range in words[(space + 1)..].Split(' '))
        {
            var w = words[(space + 1)..][range];
            if (w.Length != 2 || !char.IsUpper(w[0]) || w[1] != '.') return false;
        }
        return true;
    }

    /// <summary>Heuristic names that hold a known name are one name, and outrank the known name within them.</summary>
    private void PromoteWholeNames(string body, List<Candidate> candidates)
    {
        var index = new CandidateIndex(candidates);
        // An organisation named with a place inside it ("University of Washington", "Federal Reserve Bank of New
        // York", "US Embassy") is one organisation: its name outranks the place gazetteer's match within it.
        for (int k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            var near = index.Touching(c.Start, c.End);
            if (c.Rule == "heuristic.org-word"
                && near.Any(g => g.Known != null && g.Type == "LOCATION" && g.Start >= c.Start && g.End <= c.End && g.Length < c.Length)
                // ...unless the run is names set side by side ("White House National Security Council Ukraine")
                && !near.Any(g => g.Known != null && g.Type == "ORG" && g.Start >= c.Start && g.End < c.End && g.End + 1 < body.Length
                && body[g.End] == ' ' && char.IsUpper(body[g.End + 1])))
                candidates[k] = c with { Priority = WholeNamePriority };
            // "Orange County", "Guangdong Province", "Hudson Valley", "Tarvia West Coast", "Harlow Old Town Square": a known name followed
            // by up to three words that end in a place word is a place.
            else if (c.Rule == Heuristics.PlaceWord.Id && c.Type == "LOCATION" && body.LastIndexOf(' ', c.End - 1, c.Length) is int sp and > 0
                && EntityLexicon.PlaceWords.Contains(body[(sp + 1)..c.End])
                && near.Any(g => g.Known != null && g.Start == c.Start && g.End <= sp
                && body[g.End] == ' ' && body[(g.End + 1)..c.End].Split(' ') is { Length: <= 3 } rest && !rest.Any(EntityLexicon.OrgWords.Contains)))
                candidates[k] = c with { Priority = WholeNamePriority };
            // "Hunter Biden", "Jill Biden": a known person's surname alone ("Biden") inside a longer name is another person.
            else if (c.Type == "PERSON" && c.Rule.StartsWith("heuristic.", StringComparison.Ordinal)
                && near.Any(g => g.Known != null && g.Type == "PERSON" && g.End == c.End && g.Start > c.Start && body[g.Start..g.End] != g.Known.Name))
                candidates[k] = c with { Priority = WholeNamePriority };
            // "Austin Smith", "Virginia Giuffre", "Jordan Peterson": a place that is also a given name, followed by a
            // surname, is a person's first name.
            else if (c.Type == "PERSON" && c.Rule.StartsWith("heuristic.", StringComparison.Ordinal)
                && near.FirstOrDefault(g => g.Known != null && g.Type == "LOCATION" && g.Start == c.Start && g.End < c.End
                && _givenNames.Contains(body[g.Start..g.End])) is { } place
                && !EntityLexicon.Demonyms.Contains(body[place.End..c.End].Trim()))
                candidates[k] = c with { Priority = WholeNamePriority };
            // "Michael Jordan", "Jack London", "Tom Ford": a given name followed by a surname that is also a place's or a
            // one-word company's name (also split out of a longer run: "president of PayPal Jeff Jordan"), with or without middle initials
            // ("Roy E. Disney")
            else if ((c.Rule == Heuristics.GivenName.Id || c.Rule == Heuristics.TitleName.Id && _givenNames.Contains(body[c.Start..c.End].Split(' ')[0]))
                && near.Any(g => g.Known != null && g.Type is "LOCATION" or "ORG" && g.End == c.End
                && g.Start > c.Start && IsNameWithInitials(body.AsSpan(c.Start, g.Start - c.Start).Trim()) && body.AsSpan(g.Start, g.Length).IndexOf(' ') < 0)
                && !near.Any(g => g.Known != null && g.Start == c.Start))
                candidates[k] = c with { Priority = WholeNamePriority };
            // "Perth Glory", "Brooklyn Paper", "West Coast Eagles": a known place followed by names that are neither a place's
            // nor a person's is a name of its own, most often an organisation's (a team, a paper, a firm named after its town).
            else if (IsNamedAfterPlace(body, c, index))
                candidates[k] = c with { Type = "ORG", Rule = Heuristics.NamedAfterPlace.Id, Confidence = Heuristics.NamedAfterPlace.Confidence,
                    Priority = WholeNamePriority };
            // "Kotak Securities", "Federal Reserve Bank of New York", "Senate Armed Services Committee": a known name that a longer
            // organisation name starts with is that longer organisation (a unit, a branch, a committee), when the rest names its kind
            // (up to three capitalised words ending in an organisation word, or "<org word> of ...").
            else if (c.Rule == "heuristic.org-word"
                && near.FirstOrDefault(g => g.Known != null && g.Type == "ORG" && g.Start == c.Start && g.End < c.End) is { } known)
            {
                var rest = body[known.End..c.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.', ',')).ToArray();
                if ((rest.Length is 1 or 2 || rest.Length == 3 && rest.All(w => char.IsUpper(w[0]))) && EntityLexicon.OrgWords.Contains(rest[^1])
                    || (rest.Length >= 3 && EntityLexicon.OrgWords.Contains(rest[0]) && rest[1] == "of"))
                    candidates[k] = c with { Priority = WholeNamePriority };
            }
        }
    }

    /// <summary>4. One mention per span: priority, then longer, then earlier. NOT_ENTITY spans win and are then dropped.</summary>
    private static List<Candidate> Choose(string body, List<Candidate> candidates, StageContext context)
    {
        var chosen = new List<Candidate>();
        var kept = new DisjointSpans<Candidate>();
        foreach (var c in candidates.Where(c => c.End > c.Start).OrderByDescending(c => c.Priority).ThenByDescending(c => c.Length).ThenBy(c => c.Start))
        {
            if (!kept.TryFirstOverlap(c.Start, c.End, out var winner))
            {
                chosen.Add(c);
                kept.Add(c.Start, c.End, c);
            }
            else context.Trace?.Invoke($"entities: lost \"{body[c.Start..c.End]}\" [{c.Start}-{c.End}) {c.Type} by {c.Rule} " +
                $"({Conf(c.Confidence)}): overlapped by \"{body[winner.Start..winner.End]}\" {winner.Type} by {winner.Rule} " +
                $"(priority {winner.Priority} vs {c.Priority})");
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        // A NOT_ENTITY rule's span outranked every candidate over it; it is itself no mention.
        foreach (var c in chosen.Where(c => c.Type == RuleSet.NotEntity))
            context.Trace?.Invoke($"entities: \"{body[c.Start..c.End]}\" [{c.Start}-{c.End}) is not an entity by {c.Rule}");
        chosen.RemoveAll(c => c.Type == RuleSet.NotEntity);
        return chosen;
    }

    /// <summary>
    /// A company and the ticker in parentheses after it: an open name right before "(LSE: ECM)" is that listing's company
    /// (heuristic.ticker-company), and a known company's own ticker in bare parentheses after it ("Tesla (TSLA)") is its ticker.
    /// </summary>
    private static void CompaniesAndTheirTickers(string body, List<Candidate> chosen)
    {
        for (int k = 0; k + 1 < chosen.Count; k++)
        {
            var (c, next) = (chosen[k], chosen[k + 1]);
            int open = c.End + 1 < body.Length && body[c.End] == ' ' && body[c.End + 1] == '(' ? c.End + 1 : -1;
            if (open < 0) continue;
            if (c.Type == "UNKNOWN" && (next.IsTicker || next.IsExchange) && next.Start > open && next.Start - open <= 12
                && body.IndexOf(')', open, next.Start - open) < 0 && !body.AsSpan(c.Start, c.Length).Contains('.')
                && !EntityLexicon.NotNames.Contains(body[c.Start..c.End]) && !AfterNameWord(body, c.Start))
                chosen[k] = c with { Type = "ORG", Rule = "heuristic.ticker-company", Confidence = 0.8 };
            else if (c.Type == "ORG" && c.Known != null && c.Ticker.Length > 0 && !c.IsTicker && next.Start == open + 1
                && next.End == open + 1 + c.Ticker.Length && next.End < body.Length && body[next.End] == ')'
                && body.AsSpan(next.Start, next.Length).SequenceEqual(c.Ticker))
                chosen[k + 1] = new Candidate(next.Start, next.End, "ORG", "gazetteer.ticker", 0.95, TickerPriority)
                { Known = c.Known, Ticker = c.Ticker, Exchange = c.Exchange, IsTicker = true };
        }
    }

    /// <summary>Whether a capitalised or digit-led word stands right before <paramref name="start"/> ("3D" of "3D Systems"): a name cut short.</summary>
    private static bool AfterNameWord(string body, int start)
    {
        int k = start - 1;
        if (k < 1 || body[k] != ' ') return false;
        int w = k - 1;
        while (w >= 0 && !char.IsWhiteSpace(body[w])) w--;
        return w + 1 < k && (char.IsUpper(body[w + 1]) || char.IsDigit(body[w + 1])) && char.IsLetterOrDigit(body[k - 1]);
    }

    private static void AdoptKnownCompanies(string body, List<Candidate> chosen, List<Candidate> candidates)
    {
        // A legal-form match that is a name the gazetteer knows is that company, with its ticker: the same words ("Bank of America
        // Corp."), the known name written without its periods ("Taiwan Semiconductor Manufacturing Co"), or a known name and a
        // legal form after it ("Intel Corp", "Intel" known).
        for (int k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (c.Known != null || c.Type != "ORG" || !c.Rule.StartsWith("entities.org.", StringComparison.Ordinal)) continue;
            var known = candidates.FirstOrDefault(g => g.Known is { Type: "ORG" } && g.Start == c.Start && g.End == c.End)
                ?? candidates.FirstOrDefault(g => g.Known is { Type: "ORG" } && g.Start == c.Start && g.End < c.End && KnownWithForm(body, g, c));
            if (known != null) chosen[k] = c with { Known = known.Known, Ticker = known.Ticker, Exchange = known.Exchange };
        }
    }

    /// <summary>Whether a legal-form match is a known company's name written another way, or its known name and a legal form.</summary>
    private static bool KnownWithForm(string body, Candidate known, Candidate match) =>
        EntityLexicon.Bare(known.Known!.Name) == EntityLexicon.Bare(body[match.Start..match.End])
        || EntityLexicon.TryLegalForm(body[known.End..match.End].Trim(' ', ','), out _);

    /// <summary>5. Linking. A ticker of a company the gazetteer does not know belongs to the name just before it.</summary>
    /// <summary>
    /// "Allergan (AGN) shares rose", "the ruling Social Democrats (SPD)": a word in capitals alone in brackets right after an
    /// organisation's name names it (a ticker or a short form that does not spell the name's initials, which are read before).
    /// </summary>
    private static void ShortFormsAfterOrganisations(string body, List<Candidate> chosen, Dictionary<string, string> aliases)
    {
        for (int k = 0; k < chosen.Count; k++)
        {
            var t = chosen[k];
            if (t.Type is not ("UNKNOWN" or "ORG") || t.Rule != Heuristics.AcronymUnknown.Id || t.Known != null || t.Length is < 2 or > 5
                || t.Start < 3 || t.End >= body.Length || body[t.Start - 1] != '(' || body[t.End] != ')'
                || body.AsSpan(t.Start, t.Length).ContainsAnyExceptInRange('A', 'Z'))
                continue;
            int gap = body[t.Start - 2] == ' ' ? t.Start - 2 : t.Start - 1;
            var org = chosen.FirstOrDefault(c => c.End == gap && c.Type == "ORG" && !c.IsTicker && !c.IsExchange);
            if (org == null) continue;
            chosen[k] = new Candidate(t.Start, t.End, "ORG", Heuristics.ParenShortForm);
            aliases.TryAdd(body[t.Start..t.End], org.Known?.Name ?? body[org.Start..org.End]);
        }
    }

    private static Dictionary<Candidate, Candidate> TickerAnchors(List<Candidate> chosen)
    {
        var anchors = new Dictionary<Candidate, Candidate>();
        foreach (var t in chosen.Where(c => c.IsTicker && c.Known == null))
        {
            var before = chosen.LastOrDefault(c => c.End <= t.Start && t.Start - c.End <= TickerAnchorWindow && c.Type == "ORG" && !c.IsTicker
                && !c.IsExchange && c.Known?.Source != "organisations");
            if (before != null) anchors[t] = before;
        }
        return anchors;
    }

    /// <summary>
    /// "DoorDash, Postmates, TaskRabbit and Lugg": an unknown name listed with an organisation (", ", " and ",
    /// " or " between them) is one too.
    /// </summary>
    private void ListsOfOrganisations(string body, List<Candidate> chosen)
    {
        bool Listable(Candidate c)
        {
            string w = body[c.Start..c.End];
            int b = c.Start - 1;
            while (b >= 0 && body[b] == ' ') b--;
            bool opensSentence = b < 0 || body[b] is '.' or '!' or '?' or '\n' or ':' or '“' or '"';
            // "New" of "New York-based": a word that only opens names, or one cut from a hyphened word, is no name of its own
            return !opensSentence && !w.EndsWith("ly", StringComparison.Ordinal) && !NamedAsSurname(body, w)
                && !EntityLexicon.NamePrefixes.Contains(w) && !(c.Start > 0 && body[c.Start - 1] == '-') && !(c.End < body.Length && body[c.End] == '-');
        }
        // (a list that names more known places than organisations is a list of places: "Leeds, Tarnwell, Glasgow and Quorvin Airport")
        foreach (var (start, k) in Enumerations(body, chosen))
            if (k - start >= 2 && Enumerable.Range(start, k - start).Count(x => chosen[x].Type == "ORG" && chosen[x].Rule != "heuristic.acronym")
                is int orgs and > 0 && orgs >= Enumerable.Range(start, k - start).Count(x => chosen[x].Type == "LOCATION"))
                for (int x = start; x < k; x++)
                    if (chosen[x].Type == "UNKNOWN" && chosen[x].Rule != "heuristic.two-words-unknown" && Listable(chosen[x])) chosen[x] =
                    chosen[x] with { Type = "ORG", Rule = "heuristic.list-of-orgs", Confidence = 0.6 };
    }

    /// <summary>
    /// An institution's name holds "and" between two subjects: "Chamber of Commerce and Industry", "Competition and Consumer
    /// Commission", "Food and Drug Administration". A name typed by its organisation word takes in the capitalised words
    /// joined to it by "and" (after an "of"/"for" complement, or before a body's head word: not a firm's, "X and Y Group" being as
    /// often two firms) when no rule, gazetteer or given name typed them.
    /// </summary>
    private void JoinAcrossAnd(string body, List<Candidate> chosen)
    {
        for (int k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (c.Type != "ORG" || c.Rule != Heuristics.OrgWord.Id) continue;
            var words = body[c.Start..c.End].Split(' ');
            int s = c.Start, e = c.End;
            if (words.Length >= 3 && words.Contains("of") | words.Contains("for")
                && AndAfter().Match(body, e, Math.Min(80, body.Length - e)) is { Success: true } m && IsOpenRun(body, m.Groups[1], chosen))
                e = m.Groups[1].Index + m.Groups[1].Length;
            else if (!EntityLexicon.OrgWords.Contains(words[0]) && EntityLexicon.InstitutionWords.Contains(words[^1]) && s >= 5
                && AndBefore().Match(body, Math.Max(0, s - 80), Math.Min(80, s)) is { Success: true } b && IsOpenRun(body, b.Groups[1], chosen))
                s = b.Groups[1].Index;
            if (s == c.Start && e == c.End) continue;
            chosen.RemoveAll(x => x != c && x.Start < e && x.End > s);
            k = chosen.IndexOf(c);
            chosen[k] = c with { Start = s, End = e };
        }
    }

    /// <summary>
    /// A known place followed by one capitalised plural that the article never writes in lower case or in the singular
    /// ("St. Louis Cardinals", "Bowling Green Falcons" after a place, "Perth Scorchers") is a name of its own: a team's or a
    /// firm's named after its town, not the place. A common noun after a place ("Tokyo Stocks Fall", "Texas Democrats")
    /// is written in lower case elsewhere, or is a word of nationality or of places; an event ("Beijing Olympics") is no team.
    /// </summary>
    private static void TeamsNamedAfterPlaces(Article article, List<Candidate> chosen)
    {
        string body = article.Body;
        List<(int Start, int End)>? headlines = null;
        for (int k = 0; k < chosen.Count; k++)
        {
            var place = chosen[k];
            if (place.Type != "LOCATION" || place.Known == null || TeamWordAfter(body, place.End) is not int end) continue;
            // in a title-case headline every word is capitalised ("Sri Lanka Highlights")
            headlines ??= TitleCaseSentences(article).ToList();
            if (headlines.Any(h => place.Start >= h.Start && place.Start < h.End)) continue;
            if (chosen.Any(x => x.Type != "UNKNOWN" && x != place && x.Start < end && x.End > place.End)) continue;
            chosen.RemoveAll(x => x.Type == "UNKNOWN" && x.Start < end && x.End > place.End);
            k = chosen.IndexOf(place);
            chosen[k] = new Candidate(place.Start, end, "ORG", Heuristics.NamedAfterPlace);
        }
    }

    /// <summary>The end of a capitalised plural right after <paramref name="at"/> that ends a name there ("Cardinals"), or null.</summary>
    private static int? TeamWordAfter(string body, int at)
    {
        if (at + 2 >= body.Length || body[at] != ' ' || !char.IsUpper(body[at + 1])) return null;
        int e = at + 1;
        while (e < body.Length && char.IsLetter(body[e])) e++;
        string word = body[(at + 1)..e];
        if (word.Length < 5 || word[^1] != 's' || word[^2] is 's' or '\'' || !word.Skip(1).All(char.IsLower)) return null;
        if (e < body.Length && (body[e] is '-' or '\'' or '’' || body[e] == ' ' && e + 1 < body.Length && char.IsUpper(body[e + 1]))) return null;
        if (EntityLexicon.NotNames.Contains(word) || EntityLexicon.PlaceWords.Contains(word) || EntityLexicon.Demonyms.Contains(word)
            || EntityLexicon.MiscEndings.Contains(word)
            || EntityLexicon.Demonyms.Contains(word[..^1]) || WrittenInLowerCase(body, word)) return null;
        return e;
    }

    /// <summary>
    /// A country written right before one of its institutions ("US Justice Department", "U.S. District Court", "UK
    /// Treasury") is part of the institution's name: one organisation, not a place and a body. Only a body the
    /// organisations list knows, or a name that ends in an institution's word; a company after a country ("US Apple
    /// sales") stays apart.
    /// </summary>

    private static void NationalInstitutions(string body, List<Candidate> chosen)
    {
        for (int k = chosen.Count - 1; k > 0; k--)
        {
            var (country, org) = (chosen[k - 1], chosen[k]);
            if (country.Known is not { Kind: "country" } || country.Type != "LOCATION" || org.Type != "ORG") continue;
            if (org.Start != country.End + 1 || body[country.End] != ' ') continue;
            // an acronym spells its body's whole name; a country before it is a modifier ("the US SEC")
            if (IsAllCapitalLetters(body, org.Start, org.End)) continue;
            bool institution = org.Known is { } known ? known.Source.Contains("organisations", StringComparison.Ordinal)
                : org.Rule == Heuristics.OrgWord.Id && EntityLexicon.InstitutionWords.Contains(body[org.Start..org.End].Split(' ')[^1]);
            if (!institution) continue;
            chosen[k] = org with { Start = country.Start };
            chosen.RemoveAt(k - 1);
            k--;
        }
    }

    /// <summary>
    /// A company's name followed by a country's or a world region's that ends the name ("Google Australia said", "Tarn Ltd UK's
    /// chief", "Tarvia North America") is the company's unit there: one organisation. Not a body the organisations list knows
    /// ("the EU UK deal", "the Senate Europe debate"), not after a verb of telling ("told Tarn Britain would …": the country opens
    /// the clause told), and not when a longer name runs on.
    /// </summary>
    private static void CountryUnits(string body, List<Candidate> chosen)
    {
        for (int k = chosen.Count - 2; k >= 0; k--)
        {
            var (org, country) = (chosen[k], chosen[k + 1]);
            if (org.Type != "ORG" || country.Type != "LOCATION" || !(country.Known is { Kind: "country" }
                || EntityLexicon.UnitRegions.Contains(body[country.Start..country.End]))) continue;
            if (country.Start != org.End + 1 || body[org.End] != ' ' || org.IsTicker || org.IsExchange) continue;
            if (org.Known is { } known && !known.Source.Contains("companies", StringComparison.Ordinal)) continue;
            int after = country.End;
            if (after < body.Length && (char.IsLetterOrDigit(body[after]) || body[after] == ' ' && after + 1 < body.Length && char.IsUpper(body[after + 1])))
                continue;
            if (TellingBefore().IsMatch(body.AsSpan(Math.Max(0, org.Start - 12), Math.Min(12, org.Start)))) continue;
            chosen[k] = org with { End = country.End };
            chosen.RemoveAt(k + 1);
        }
    }

    /// <summary>
    /// A word in capitals that the article writes before a number every time, or at least twice and half the times ("QRV 3080",
    /// "QRV 3090 Pro", "QRV cards"; "HB 212", "TCX 2031"), heads a designation, a product line's, a bill's or an event's edition,
    /// and is no organisation there, though a list knows a company of that name; one the article writes on its own more often
    /// ("QRV 40 stores … QRV said … QRV's shares") stays.
    /// </summary>
    private static void DesignationHeads(string body, List<Candidate> chosen)
    {
        var heads = chosen.Where(c => c.Type == "ORG" && !c.IsTicker && !c.IsExchange && c.End - c.Start is >= 2 and <= 5
                && IsAllCapitalLetters(body, c.Start, c.End) && NumberFollows(body, c.End))
            .Select(c => body[c.Start..c.End]).Distinct(StringComparer.Ordinal).Where(w => MostlyBeforeNumbers(body, w)).ToHashSet(StringComparer.Ordinal);
        if (heads.Count > 0) chosen.RemoveAll(c => c.Type == "ORG" && heads.Contains(body[c.Start..c.End]));
    }

    /// <summary>
    /// Whether the whole-word occurrences of <paramref name="word"/> in the text are followed by a space and a number every time, or
    /// at least twice and at least half the times.
    /// </summary>
    private static bool MostlyBeforeNumbers(string body, string word)
    {
        int all = 0, before = 0;
        for (int k = NextOf(body, word, 0); k >= 0; k = NextOf(body, word, k + word.Length))
        {
            if (!IsWholeWordAt(body, k, word.Length)) continue;
            all++;
            if (NumberFollows(body, k + word.Length)) before++;
        }
        return before == all || before >= 2 && 2 * before >= all;
    }

    /// <summary>A verb of telling right before a name ("told ", "informed "): what follows the name may open the clause told.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:told|tells|telling|tell|informed|informs|assured|assures|warned|warns)\s+$")]
    private static partial System.Text.RegularExpressions.Regex TellingBefore();

    /// <summary>Capitalised words that no typed mention covers and that hold no given name.</summary>
    private bool IsOpenRun(string body, System.Text.RegularExpressions.Group g, List<Candidate> chosen) =>
        !chosen.Any(x => x.Type != "UNKNOWN" && x.Start < g.Index + g.Length && x.End > g.Index)
        && !g.Value.Split(' ').Any(_givenNames.Contains);

    [System.Text.RegularExpressions.GeneratedRegex(@"\G and ((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2})(?![\w'’-]| [A-Z]| of\b)")]
    private static partial System.Text.RegularExpressions.Regex AndAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w'’-]|[A-Z][\w'’-]* )(?:(?:The|A|An) )?((?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]*) and $")]
    private static partial System.Text.RegularExpressions.Regex AndBefore();

    /// <summary>
    /// Coordinated names are of one kind: in a list whose typed members are people (all of them, or at least three and three times as
    /// many as the rest: a long list of guests with one stage name read as a place), a full name the
    /// rules and the model left open (two or three capitalised words, the two-word heuristic's) is a person too, when
    /// <paramref name="leansPerson"/> (the recogniser's reading of its words) does not say it is rather a firm or a place.
    /// </summary>
    private static void ListsOfPeople(string body, List<Candidate> chosen, Func<Candidate, bool> leansPerson)
    {
        foreach (var (start, k) in Enumerations(body, chosen))
        {
            var members = Enumerable.Range(start, k - start).Select(x => chosen[x]).ToList();
            int people = members.Count(c => c.Type == "PERSON"), others = members.Count(c => c.Type is not ("PERSON" or "UNKNOWN"));
            if (members.Count < 2 || people == 0 || others > 0 && (people < 3 || people < 3 * others)) continue;
            for (int x = start; x < k; x++)
                if (chosen[x].Type == "UNKNOWN" && chosen[x].Rule == "heuristic.two-words-unknown" && leansPerson(chosen[x]))
                    chosen[x] = chosen[x] with { Type = "PERSON", Rule = "heuristic.list-of-people", Confidence = 0.6 };
        }
    }

    /// <summary>The runs of mentions joined as one list (", ", " and ", ", and ", " or "): each as [from, to) into <paramref name="chosen"/>.</summary>
    private static IEnumerable<(int From, int To)> Enumerations(string body, List<Candidate> chosen)
    {
        int start = 0;
        for (int k = 1; k <= chosen.Count; k++)
        {
            bool joined = k < chosen.Count && chosen[k].Start > chosen[k - 1].End
                && body.AsSpan(chosen[k - 1].End, chosen[k].Start - chosen[k - 1].End) is var sep
                && (sep.SequenceEqual(", ") || sep.SequenceEqual(" and ") || sep.SequenceEqual(", and ") || sep.SequenceEqual(" or ")
                || sep.SequenceEqual(", or "));
            if (joined) continue;
            yield return (start, k);
            start = k;
        }
    }

    private static string Conf(double c) => c.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsWordBoundary(string body, int s, int e) =>
        (s == 0 || !char.IsLetterOrDigit(body[s - 1])) && (e >= body.Length || !char.IsLetterOrDigit(body[e]));

    /// <summary>
    /// Where a name starts after an owner's possessive or a place adjective inside the match: "Braun’s Ithaca
    /// Holdings" is Ithaca Holdings, "Delhi-based Council on Energy" is the council.
    /// </summary>
    private static int SkipOwnerOrPlacePrefix(string body, int s, int e)
    {
        for (int k = s; k < e - 3; k++)
        {
            // an owner's possessive is cut, unless a legal form is all that follows ("Marston’s PLC", "Tarn's Limited" are whole names) or
            // one organisation word ("the Sheriff's Office", "the Mayor's Office": the office is named by its holder)
            if (body[k] == ' ' && k - s >= 3 && body[k - 1] == 's' && body[k - 2] is '\'' or '’' && k + 1 < e && char.IsUpper(body[k + 1]))
                return EntityLexicon.TryLegalForm(body[(k + 1)..e], out _) || EntityLexicon.OrgWords.Contains(body[(k + 1)..e]) ? s : k + 1;
            if (body[k] == ' ' && k + 1 < e && char.IsUpper(body[k + 1]) && IsPlaceAdjective(body.AsSpan(s, k - s)))
                return k + 1;
            if (body[k] == ' ') break; // only the first word can be such a prefix
        }
        return s;
    }

    /// <summary>
    /// "Bank of America Corp.", "Royal Bank of Canada Ltd.": a legal-form match starts after "of"; when the word
    /// before "of" is an organisation word, the name starts there, with the capitalised words just before it.
    /// </summary>
    private static int OrganisationOfStart(string body, int s)
    {
        if (s < 4 || !body.AsSpan(s - 4, 4).SequenceEqual(" of ")) return s;
        int w = s - 4;
        while (w > 0 && char.IsLetter(body[w - 1])) w--;
        if (!EntityLexicon.OrgWords.Contains(body[w..(s - 4)])) return s;
        // "Royal Bank of": the capitalised words right before the organisation word belong to the name
        while (w >= 2 && body[w - 1] == ' ' && char.IsLetter(body[w - 2]))
        {
            int v = w - 1;
            while (v > 0 && char.IsLetter(body[v - 1])) v--;
            string word = body[v..(w - 1)];
            if (!char.IsUpper(word[0]) || EntityLexicon.NotNames.Contains(word) || (v > 1 && body[v - 2] is '.' or '!' or '?' or '\n')) break;
            w = v;
        }
        return w;
    }

    /// <summary>"Delhi-based", "New York-listed", "Google-owned": an adjective made from a name, not a name.</summary>
    private static bool IsPlaceAdjective(ReadOnlySpan<char> w) =>
        w.EndsWith("-based", StringComparison.Ordinal) || w.EndsWith("-listed", StringComparison.Ordinal) || w.EndsWith("-owned", StringComparison.Ordinal)
        || w.EndsWith("-backed", StringComparison.Ordinal) || w.EndsWith("-led", StringComparison.Ordinal);

    private static (int, int) TrimPossessive(string body, int s, int e)
    {
        if (e - s > 2 && body[e - 1] is 's' && body[e - 2] is '\'' or '’') e -= 2;
        while (e > s && body[e - 1] is ',' or '.' && !(e - s > 2 && IsAbbreviationEnd(body, s, e))) e--;
        return (s, e);
    }

    private static bool IsAbbreviationEnd(string body, int s, int e)
    {
        // Keep the period of "Inc." "Corp." "Co." "Ltd." "U.S." "W.Va.".
        int w = e - 1;
        while (w > s && char.IsLetter(body[w - 1])) w--;
        string word = body[w..(e - 1)];
        return word is "Inc" or "Corp" or "Co" or "Ltd" or "Bros" or "Jr" or "Sr" || (e - s >= 3 && body[e - 3] == '.')
            || (w - 2 >= s && body[w - 1] == '.' && char.IsLetter(body[w - 2])); // the last word is dotted: "W.Va.", "N.Y."
    }

    /// <summary>A person's name as the article writes it, the given name of a drop-cap in ordinary case ("MINA Okafor": "Mina Okafor").</summary>
    private static string NameAsWritten(Candidate c, string text)
    {
        int sp = text.IndexOf(' ');
        if (c.Type != "PERSON" || sp < 4 || !IsAllCapitals(text.AsSpan(0, sp)) || !text.Skip(sp + 1).Any(char.IsLower)) return text;
        return InOrdinaryCase(text[..sp]) + text[sp..];
    }

    /// <summary>Whether every character of a word is a capital letter ("LINDA", not "Linda", not "AT&amp;T").</summary>
    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (char ch in word)
            if (!char.IsUpper(ch)) return false;
        return true;
    }

    /// <summary>A word in capitals written as a name: its first letter a capital, the rest lower case ("MINA": "Mina").</summary>
    private static string InOrdinaryCase(string word) => word[0] + word[1..].ToLowerInvariant();

    /// <summary>"Writing in The Harlow Mirror Mina said": words after "The" are a title's or a body's; a given name among them starts the speaker.</summary>
    private Candidate? GivenNameAfterTitle(string body, int s, int e, IEnumerable<string> words) =>
        words.Skip(1).FirstOrDefault(_givenNames.Contains) is { } given && body.IndexOf(given, s, StringComparison.Ordinal) is int gs and > 0
            ? new Candidate(gs, e, "PERSON", Heuristics.Speaker) : null;

    /// <summary>
    /// "MINA Okafor has promised …": a tabloid's drop-cap sets the given name that opens a sentence in capitals; with the surname
    /// after it, it is a person.
    /// </summary>
    private Candidate? DropCapName(string body, IReadOnlyList<Token> tokens, int i, HashSet<int> sentenceStarts)
    {
        if (!sentenceStarts.Contains(i) || i + 1 >= tokens.Count || tokens[i + 1].Start != tokens[i].End + 1) return null;
        string given = Word(body, tokens[i]), surname = Word(body, tokens[i + 1]);
        // (four letters at least: a shorter word in capitals is more often an acronym, "ADA Tarnwell", "EVE Harbour")
        if (given.Length < 4 || !IsAllCapitals(given) || surname.Length < 2 || !char.IsUpper(surname[0]) || !surname.Skip(1).All(char.IsLower)
            || EntityLexicon.OrgWords.Contains(surname) || EntityLexicon.PlaceWords.Contains(surname)) return null;
        return _givenNames.Contains(InOrdinaryCase(given))
            ? new Candidate(tokens[i].Start, tokens[i + 1].End, "PERSON", Heuristics.GivenName) : null;
    }

    private IEnumerable<Candidate> CapitalisedSequences(Article article)
    {
        string body = article.Body;
        var tokens = article.Tokens;
        var sentenceStarts = new HashSet<int>(article.Sentences.Select(s => s.FirstToken));
        var headings = article.Paragraphs.Where(p => p.Kind == ParagraphKind.Heading).ToList();
        var titleCase = TitleCaseSentences(article).ToList();
        bool english = IsEnglish(article);
        int i = 0;
        while (i < tokens.Count)
        {
            if (DropCapName(body, tokens, i, sentenceStarts) is { } dropCap)
            {
                yield return dropCap;
                i += 2;
                continue;
            }
            if (!IsCapitalised(body, tokens[i]) || (EntityLexicon.NotNames.Contains(Word(body, tokens[i]))
                && !OpensName(body, tokens, i, sentenceStarts, titleCase) && !GivenNameNotMonth(body, tokens, i)))
            {
                i++;
                continue;
            }
            int j = RunEnd(body, tokens, i, english);
            // Headings are set in title case: only rules and gazetteers are trusted there.
            bool inHeading = headings.Any(h => tokens[i].Start >= h.Start && tokens[i].End <= h.End);
            int from = i;
            // "Mark my words", "Tell them": a sentence's first word that an object pronoun follows is a verb, not a name
            if (j == i && OpensSentence(body, tokens, i, sentenceStarts) && i + 1 < tokens.Count
                && Word(body, tokens[i + 1]) is "my" or "me" or "us" or "him" or "them" or "your" or "our" or "it")
            {
                i++;
                continue;
            }
            // A sentence-initial participle or adverb is not part of the name ("Reposting Downing's post"); a given name that ends so
            // ("Emily", "Ahmed", "Erling") is.
            if (sentenceStarts.Contains(i) && j > i && Word(body, tokens[i]) is var w0 && !_givenNames.Contains(w0)
                && (w0.EndsWith("ing", StringComparison.Ordinal) || w0.EndsWith("ed", StringComparison.Ordinal) || w0.EndsWith("ly", StringComparison.Ordinal)))
                from = i + 1;
            // "Rival Quellmark said": a sentence's first word that announces an organisation is its cue, not part of its name
            // ("Bank Leumi" keeps its organisation word)
            if (sentenceStarts.Contains(i) && j > i && EntityLexicon.OrgCuesBefore.Contains(Word(body, tokens[i]))
                && !EntityLexicon.OrgWords.Contains(Word(body, tokens[i]))) from = i + 1;
            // "Employees of Tarvia Freight", "Supporters of Ada Quarles": a sentence's first word that is a common plural noun names who or
            // what belongs to the name after "of" or "for", and is no part of it
            if (sentenceStarts.Contains(i) && from == i && j > i + 1 && Word(body, tokens[i + 1]) is "of" or "for"
                && IsCommonPlural(Word(body, tokens[i]))) from = i + 2;
            // "Delhi-based Council ...", "New York-listed": a place adjective is not part of the name after it, nor a name alone.
            if (IsPlaceAdjective(Word(body, tokens[j]))) j--;
            if (from <= j && IsPlaceAdjective(Word(body, tokens[from]))) from++;
            if (from > j || IsQuantityAfterNumber(body, tokens, from)) { i = Math.Max(i + 1, j + 1); continue; }
            if (DigitLedName(body, tokens, from, j)) from--;
            if (!inHeading && SplitName(body, tokens, from, j) is int k and > 0 && CanEndPersonName(body, WithoutPossessive(Word(body, tokens[j]))))
            {
                // "Trade Representative Robert Lighthizer", "European Union Gordon Sondland": a title or an
                // organisation runs straight into a person's name; the name is the person, the rest is read alone.
                // ...but "DJ" is part of a stage name ("DJ Tarn"), as a royal title is of a royal's
                int nameStart = k > from && Word(body, tokens[k - 1]) == "DJ" ? tokens[k - 1].Start : tokens[k].Start;
                yield return new Candidate(nameStart, TrimPossessive(body, nameStart, tokens[j].End).Item2, "PERSON", Heuristics.TitleName);
                int prefixEnd = k - 1;
                while (prefixEnd >= from && EntityLexicon.TitleWords.Contains(Word(body, tokens[prefixEnd]))) prefixEnd--;
                while (prefixEnd >= from && tokens[prefixEnd].Kind == TokenKind.Punctuation) prefixEnd--;
                // ("Italian MEP Ana Roe", "Browns DL Sam Ito": capitals right before the name are more often an office than a body)
                var pc = prefixEnd >= from && !IsPortfolio(body, tokens, from, prefixEnd, prefixEnd + 1) && !IsAbbreviation(Word(body, tokens[k - 1]))
                    ? Classify(article, from, prefixEnd, sentenceStarts.Contains(from)) : null;
                if (pc != null && pc.Type != "PERSON") yield return pc;
                i = j + 1;
                continue;
            }
            var c = inHeading || IsPortfolio(body, tokens, from, j, j + 1) ? null : Classify(article, from, j, sentenceStarts.Contains(from));
            // "L. Ron Hubbard", "J. Paul Getty": an initial before the given name is part of the person's name
            if (c is { Type: "PERSON" } && from == i && from >= 2 && !sentenceStarts.Contains(from) && IsInitial(body, tokens, from - 2)
                && tokens[from].Start == tokens[from - 1].End + 1 && (tokens[from - 2].Start == 0 || char.IsWhiteSpace(body[tokens[from - 2].Start - 1])))
                c = c with { Start = tokens[from - 2].Start };
            if (c != null) yield return c;
            if (c != null && SecondPersonAfter(article, c, from, j) is { } second) yield return second;
            i = j + 1;
        }
    }

    /// <summary>
    /// "by Ana Roe Tomas Quell is 60": a run of four or more words that the given-name reading cut to its first person, where the
    /// rest opens with a given name too, holds a second person (a byline run into the story's first sentence, two names side by side).
    /// </summary>
    private Candidate? SecondPersonAfter(Article article, Candidate c, int from, int j)
    {
        var (body, tokens) = (article.Body, article.Tokens);
        if (c.Rule != Heuristics.GivenName.Id || c.End >= tokens[j].End) return null;
        int r = from;
        while (r <= j && tokens[r].Start < c.End) r++;
        if (r >= j || !_givenNames.Contains(Word(body, tokens[r]))) return null;
        return Classify(article, r, j, false) is { Type: "PERSON", Rule: var rule } rest && rule == Heuristics.GivenName.Id ? rest : null;
    }

    /// <summary>
    /// "in Pilbara", "from Addison": a lone unknown name after a preposition of place is most often a place. A name joined with "&amp;"
    /// ("S&amp;P", "AT&amp;T") is a firm's, never a place's; "in Parliament", "from Treasury": a body's word names an institution; "in Level
    /// 3", "from Phase 2": a word a number follows is a designation; "from Tuesday's auction", "in July": a date; "from Tarvel who
    /// paid": a party, whom "who" follows; "in Scientology": a field or a belief, by its abstract noun's ending.
    /// </summary>
    private static bool IsPlaceAfterPreposition(string body, int s, int e, List<string> words, string prev) =>
        words.Count <= 2 && prev is "in" or "from" or "near" or "across" or "outside" or "around" or "throughout" && !WhoFollows(body, e)
        && !body.AsSpan(s, e - s).Contains('&') && !EntityLexicon.OrgWords.Contains(words[^1]) && !NumberFollows(body, e)
        && !(words.Count == 1 && (Text.DateParser.MonthNumber(words[0]) != null || Text.DateParser.WeekdayNumber(words[0]) != null
                                  || EntityLexicon.LanguageNames.Contains(words[0])
                                  || AbstractNounEndings.Any(x => words[0].EndsWith(x, StringComparison.Ordinal))));

    /// <summary>Endings of abstract nouns that no place name has: "in Scientology", "in Marketing Management", "in Economics".</summary>
    private static readonly string[] AbstractNounEndings = ["ology", "ism", "ics", "ment", "tion", "ship"];

    /// <summary>Whether [s, e) fills a table cell on its own, as tables read in the body: "| WÜ |", or a row's first or last cell.</summary>
    private static bool AloneInTableCell(string body, int s, int e)
    {
        bool pipeBefore = s >= 2 && body[s - 1] == ' ' && body[s - 2] == '|', pipeAfter = e + 1 < body.Length && body[e] == ' ' && body[e + 1] == '|';
        // a row's first or last cell ("LB | Ana Roe | 12"): the line's start or end on the other side
        bool lineStart = s == 0 || body[s - 1] == '\n', lineEnd = e == body.Length || body[e] is '\n' or '\r';
        return pipeBefore && (pipeAfter || lineEnd) || pipeAfter && lineStart;
    }

    /// <summary>Whether "who" follows the name ending at <paramref name="e"/> ("from Tarvel who took on"): a party, not a place.</summary>
    private static bool WhoFollows(string body, int e) => body.AsSpan(e).StartsWith(" who ", StringComparison.Ordinal)
        || body.AsSpan(e).StartsWith(", who ", StringComparison.Ordinal);

    /// <summary>Whether a number follows the name ending at <paramref name="e"/> after one space ("Level 3", "Phase 2b"); a score
    /// ("edged Ana Roe 7-6") is no such number.</summary>
    private static bool NumberFollows(string body, int e)
    {
        if (e + 1 >= body.Length || body[e] != ' ' || !char.IsDigit(body[e + 1])) return false;
        int k = e + 1;
        while (k < body.Length && char.IsDigit(body[k])) k++;
        return !(k + 1 < body.Length && body[k] is '-' or '–' && char.IsDigit(body[k + 1]));
    }

    /// <summary>A currency's code or country prefix in capitals ("EUR", "USD", "US", "HK") right before an amount or a currency sign.</summary>
    private static bool IsCodeBeforeAmount(string body, IReadOnlyList<Token> tokens, int k)
    {
        var t = tokens[k];
        if (t.Length is < 2 or > 3 || !IsAllCapitalLetters(body, t)) return false;
        int e = t.End < body.Length && body[t.End] == ' ' ? t.End + 1 : t.End;
        return e < body.Length && (char.IsDigit(body[e]) || char.GetUnicodeCategory(body[e]) == System.Globalization.UnicodeCategory.CurrencySymbol);
    }

    /// <summary>"Home" of "Home Secretary", "Work and Pensions" of "Work and Pensions Secretary": the department a title after it names,
    /// also after the country that holds it ("U.S. Defense Secretary", "French Foreign Minister").</summary>
    private bool IsPortfolio(string body, IReadOnlyList<Token> tokens, int from, int to, int title)
    {
        while (title < tokens.Count && tokens[title].Kind == TokenKind.Punctuation && body[tokens[title].Start] != '.') title++;
        if (title >= tokens.Count || !EntityLexicon.TitleWords.Contains(Word(body, tokens[title]))) return false;
        if (to > from && (IsKnownPlace(body[tokens[from].Start..tokens[from].End]) || EntityLexicon.Demonyms.Contains(Word(body, tokens[from])))) from++;
        for (int k = from; k <= to; k++)
            if (Word(body, tokens[k]) is var w && !EntityLexicon.PortfolioWords.Contains(w) && w is not ("and" or "&")) return false;
        return true;
    }

    /// <summary>
    /// "3D Systems", "22V Research": digits and capitals written as one word ("3D", "22V") open the organisation name after
    /// them. A plain number never does ("500 Group shares").
    /// </summary>
    private static bool DigitLedName(string body, IReadOnlyList<Token> tokens, int from, int to)
    {
        if (from == 0 || tokens[from - 1].Kind != TokenKind.Alphanumeric || tokens[from].Start != tokens[from - 1].End + 1) return false;
        var lead = body.AsSpan(tokens[from - 1].Start, tokens[from - 1].Length);
        int d = 0;
        while (d < lead.Length && char.IsAsciiDigit(lead[d])) d++;
        if (d == 0 || d == lead.Length || d > 3) return false;
        foreach (char ch in lead[d..]) if (!char.IsAsciiLetterUpper(ch)) return false;
        return to - from < 3 && Enumerable.Range(from, to - from + 1).Any(k => EntityLexicon.OrgWords.Contains(Word(body, tokens[k])));
    }

    /// <summary>"12,3 Milliarden Euro", "4 Mio. Kunden": a run that opens with a scale word right after a number is a quantity, not a name.</summary>
    private static bool IsQuantityAfterNumber(string body, IReadOnlyList<Token> tokens, int from) =>
        from > 0 && tokens[from - 1].Kind == TokenKind.Number && Numbers.NumberWords.Scales.ContainsKey(Word(body, tokens[from]));

    /// <summary>
    /// Sentences set in title case, as a headline is at the top of a plain-text article: every word of four letters or
    /// more after the first is capitalised, and there are at least four (short words such as "of", "and", "to" may stay
    /// lower case). Prose never reads that way; in such a line, a capitalised common word says nothing about a name.
    /// </summary>
    private static IEnumerable<(int Start, int End)> TitleCaseSentences(Article article)
    {
        string body = article.Body;
        foreach (var s in article.Sentences)
        {
            int words = 0;
            bool allCapitalised = true;
            for (int t = s.FirstToken + 1; t < s.FirstToken + s.TokenCount && allCapitalised; t++)
            {
                var token = article.Tokens[t];
                if (token.Kind != TokenKind.Word || token.Length < 4) continue;
                words++;
                allCapitalised = char.IsUpper(body[token.Start]);
            }
            if (allCapitalised && words >= 4) yield return (s.Start, s.End);
        }
    }

    /// <summary>
    /// "Jan Smit": a month's short form that is also a given name is the name's first word when a capitalised word that is no
    /// date word follows it directly; a month's short form is followed by a day or a year ("Jan 5", "Jan. 2024").
    /// </summary>
    private bool GivenNameNotMonth(string body, IReadOnlyList<Token> tokens, int i)
    {
        string word = Word(body, tokens[i]);
        if (!_givenNames.Contains(word) || Text.DateParser.MonthNumber(word) == null || i + 1 >= tokens.Count) return false;
        string next = Word(body, tokens[i + 1]);
        return tokens[i + 1].Start == tokens[i].End + 1 && IsCapitalised(body, tokens[i + 1]) && next.Length > 1
            && !EntityLexicon.NotNames.Contains(next) && Text.DateParser.MonthNumber(next) == null;
    }

    /// <summary>A word in <see cref="EntityLexicon.NotNames"/> that still opens a name here.</summary>
    /// <summary>A plural ("Residents", "Sales") that the in-domain text writes in lower case and no organisation, place, people or person
    /// word: false without word clusters to tell.</summary>
    private bool IsCommonPlural(string word) =>
        word.Length >= 4 && word[^1] == 's' && word[^2] != 's' && WordClusters?.SeenInLowerCase(word) == true && !_givenNames.Contains(word)
        && !EntityLexicon.IsOrganisationWord(word) && !EntityLexicon.Demonyms.Contains(word)
        && !EntityLexicon.PlaceWords.Contains(word);

    private static bool OpensName(string body, IReadOnlyList<Token> tokens, int i, HashSet<int> sentenceStarts, List<(int Start, int End)> titleCase)
    {
        // In a line set in title case ("... Premium Over Stratasys?"), a capitalised common word is the style, never a name's first word.
        if (titleCase.Any(t => tokens[i].Start >= t.Start && tokens[i].End <= t.End)) return false;
        // "Just Eat", "New Balance": mid-sentence, a capitalised adverb right before another capitalised word opens a name.
        bool namePrefix = IsCapitalised(body, tokens[i]) && !sentenceStarts.Contains(i) && EntityLexicon.NamePrefixes.Contains(Word(body, tokens[i]))
            && i + 1 < tokens.Count && IsCapitalised(body, tokens[i + 1]) && tokens[i + 1].Start == tokens[i].End + 1
            && !EntityLexicon.NotNames.Contains(Word(body, tokens[i + 1]))
            && !(i > 0 && tokens[i - 1].End == tokens[i].Start - 1 && body[tokens[i - 1].Start] is '“' or '"' or '‘' or ':');
        // "The We Company": after a capitalised "The" in mid-sentence, even a common word opens a name when an organisation word follows.
        bool afterThe = i > 0 && Word(body, tokens[i - 1]) == "The" && !sentenceStarts.Contains(i - 1) && tokens[i - 1].End == tokens[i].Start - 1
            && i + 1 < tokens.Count && IsCapitalised(body, tokens[i + 1]) && tokens[i + 1].Start == tokens[i].End + 1
            && EntityLexicon.OrgWords.Contains(Word(body, tokens[i + 1]));
        return namePrefix || afterThe;
    }

    /// <summary>
    /// Whether a royal title after token <paramref name="j"/> ends the name rather than opening the next one: nothing capitalised
    /// follows it ("Burger King opened", "Stephen King said", "Dairy Queen"); a crown prince is a title still.
    /// </summary>
    private static bool TrailingTitle(string body, IReadOnlyList<Token> tokens, int j)
    {
        int next = j + 1;
        if (next >= tokens.Count || tokens[next].Start != tokens[j].End + 1 || body[tokens[j].End] != ' ') return false;
        string title = Word(body, tokens[next]);
        if (!EntityLexicon.RoyalTitles.Contains(title) || Word(body, tokens[j]) == "Crown") return false;
        return next + 1 >= tokens.Count || !IsCapitalised(body, tokens[next + 1]) || tokens[next + 1].Start > tokens[next].End + 1;
    }

    /// <summary>
    /// The last token of a surname written with one or two lower-case particles after token <paramref name="j"/> (" van den Berg",
    /// " el-Sisi"), or -1.
    /// </summary>
    private static int ParticleSurnameEnd(string body, IReadOnlyList<Token> tokens, int j)
    {
        var m = ParticleSurname().Match(body, tokens[j].End);
        if (!m.Success || m.Groups["p"].Captures.Any(c => !EntityLexicon.NameParticles.Contains(c.Value))) return -1;
        int end = m.Index + m.Length;
        for (int k = j + 1; k < tokens.Count && tokens[k].Start < end; k++)
            if (tokens[k].End == end) return k;
        return -1;
    }

    /// <summary>A space, one or two lower-case particles (the second after a space or a hyphen's first), then a capitalised word.</summary>
    [GeneratedRegex(@"\G (?:(?<p>\p{Ll}{2,5})[ -]){1,2}\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex ParticleSurname();

    /// <summary>The last token of the capitalised run that starts at token <paramref name="i"/> (<paramref name="english"/>: the article's language).</summary>
    private int RunEnd(string body, IReadOnlyList<Token> tokens, int i, bool english)
    {
        int j = i;
        // "analyst Rhea Castellano of Harlow Capital": after a word that introduces a person, the name is the person's.
        bool personNamed = _givenNames.Contains(Word(body, tokens[i])) || (i > 0 && EntityLexicon.PersonCues.Contains(Word(body, tokens[i - 1])));
        while (!EndsWithPossessive(body, tokens[j]))
        {
            int next = j + 1;
            // A web name: "Polygraph.info", "Moneycontrol.com".
            if (next + 1 < tokens.Count && tokens[next].Start == tokens[j].End && body[tokens[next].Start] == '.'
                && tokens[next + 1].Start == tokens[next].End
                && WebSuffixes.Contains(Word(body, tokens[next + 1])))
            {
                j = next + 1;
                // ...with a country's code after it: "Fool.co.uk", "Moneyweek.com.au"
                if (j + 2 < tokens.Count && body[tokens[j + 1].Start] == '.' && tokens[j + 1].Start == tokens[j].End
                    && tokens[j + 2].Start == tokens[j + 1].End && tokens[j + 2].Length == 2
                    && char.IsAsciiLetterLower(body[tokens[j + 2].Start]) && char.IsAsciiLetterLower(body[tokens[j + 2].Start + 1]))
                    j += 2;
                break;
            }
            // "St. Charles County", "Mt. Kenya", "Ft. Worth": a saint's, a mount's or a fort's short form runs on into the name after it.
            if (next + 1 < tokens.Count && Word(body, tokens[j]) is "St" or "Ste" or "Mt" or "Ft" && body[tokens[next].Start] == '.'
                && tokens[next].Start == tokens[j].End && IsCapitalised(body, tokens[next + 1]) && tokens[next + 1].Start == tokens[next].End + 1)
            { j = next + 1; continue; }
            // A middle initial ("Silvia S. Martins") or a suffix ("Kennedy Jr.") stays inside a name; a sentence's first word after a
            // regnal number is no part of it ("King Francois I. Between 2000 and 2013").
            if (next + 2 < tokens.Count && IsInitial(body, tokens, next) && IsCapitalised(body, tokens[next + 2])
                && tokens[next + 2].Start == tokens[next + 1].End + 1
                && !(tokens[next + 2].Length > 1 && EntityLexicon.NotNames.Contains(Word(body, tokens[next + 2]))))
            { j = next + 2; continue; }
            if (next + 1 < tokens.Count && j > i && Word(body, tokens[next]) is "Jr" or "Sr" or "III" or "II" && tokens[next].Start == tokens[j].End + 1)
            { j = tokens[next + 1].Start == tokens[next].End && body[tokens[next + 1].Start] == '.' ? next + 1 : next; break; }
            if (next < tokens.Count && IsCapitalised(body, tokens[next]) && tokens[next].Start == tokens[j].End + 1 && body[tokens[j].End] == ' '
                && (!EntityLexicon.NotNames.Contains(WithoutPossessive(Word(body, tokens[next])))
                || (Word(body, tokens[next]) == "General" && OrgSoFar(body, tokens, i, j)) || IsGivenNameHe(body, tokens, i, j, next))
                && SameCaseStyle(body, tokens[j], tokens[next])) { j = next; continue; }
            // "Bank of America" runs on over "of"; "strategist Daniel Hynes of ANZ" does not: a person is not "of" anything.
            if (next + 1 < tokens.Count && EntityLexicon.Joiners.Contains(Word(body, tokens[next])) && IsCapitalised(body, tokens[next + 1])
                && !(Word(body, tokens[next]) is "of" or "for" && personNamed && !OrgSoFar(body, tokens, i, j))
                // "John Roe & Sons", "Ada Marsh & Quarles": a person's name runs on over "&" into a firm's, not into another person's
                && !(Word(body, tokens[next]) == "&" && personNamed && !OrgSoFar(body, tokens, i, j) && !FirmAfterAmpersand(body, tokens, next + 1))
                && !OpensOwnOrganisation(Word(body, tokens[next + 1])) // "the League for FC Tarn": the club is a name of its own
                && !IsCodeBeforeAmount(body, tokens, next + 1) // "bought Tarvia for EUR 3bn", "for US$2m": a price, not a name
                && (!EntityLexicon.NotNames.Contains(Word(body, tokens[next + 1]))
                    || (EntityLexicon.NamePrefixes.Contains(Word(body, tokens[next + 1])) && next + 2 < tokens.Count
                    && IsCapitalised(body, tokens[next + 2])) // "Bank of New York"
                    // "Ministry of Justice", "Department of Energy": a body's field is a common word, capitalised in its name
                    || (Word(body, tokens[next]) is "of" or "for" && EntityLexicon.InstitutionWords.Contains(Word(body, tokens[j]))))
                && tokens[next + 1].Start <= tokens[next].End + 1) { j = next + 1; continue; }
            // "Mark van den Berg", "Abdel Fattah el-Sisi": after a given name, a surname's lower-case particles run on into it (in
            // English: in German "von der Hochschule" is "from the", before a noun in capitals)
            if (personNamed && english && ParticleSurnameEnd(body, tokens, j) is int surnameEnd and > 0) { j = surnameEnd; continue; }
            // "Council on Energy, Environment and Water": after "on" or "for", an organisation's name may list its fields.
            if (next + 4 < tokens.Count && OrgSoFar(body, tokens, i, j) && RunHasJoiner(body, tokens, i, j, "on", "for")
                && body[tokens[next].Start] == ',' && IsCapitalised(body, tokens[next + 1]) && Word(body, tokens[next + 2]) == "and"
                && IsCapitalised(body, tokens[next + 3])
                && !EntityLexicon.NotNames.Contains(Word(body, tokens[next + 1])) && !EntityLexicon.NotNames.Contains(Word(body, tokens[next + 3])))
            { j = next + 3; continue; }
            // An organisation's name runs on over "of the" and "on" ("Office of the Inspector General",
            // "National Institute on Drug Abuse"), but only once the run holds an organisation word.
            if (next + 2 < tokens.Count && (OrgSoFar(body, tokens, i, j) || j == i && Word(body, tokens[i]) is "Centre" or "Center")
                && tokens[next + 1].Start <= tokens[next].End + 1
                && ((Word(body, tokens[next]) is "of" or "for" && Word(body, tokens[next + 1]) == "the" && IsCapitalised(body, tokens[next + 2])
                && !EntityLexicon.NotNames.Contains(Word(body, tokens[next + 2])))
                    || (Word(body, tokens[next]) == "on" && IsCapitalised(body, tokens[next + 1])
                    && !EntityLexicon.NotNames.Contains(Word(body, tokens[next + 1])) && !IsKnownPlace(WithoutPossessive(Word(body, tokens[next + 1])))
                    && !PlaceNameFrom(body, tokens, next + 1))))
            { j = Word(body, tokens[next]) is "of" or "for" ? next + 2 : next + 1; continue; }
            if (FieldAfterAnd(body, tokens, i, j, next)) { j = next + 1; continue; }
            if (TrailingTitle(body, tokens, j)) { j = next; continue; }
            // "Wal - Mart", "John - Erik Roe": text tokenised before it reached us spaces out the hyphen inside a name
            if (j == i && SpacedHyphenInName(body, tokens, j)) { j = next + 1; continue; }
            break;
        }
        return j;
    }

    /// <summary>Whether the capitalised words from token k end in a place word ("on Tarn Island", "on Harlow Street"): where a firm is, not its name.</summary>
    private static bool PlaceNameFrom(string body, IReadOnlyList<Token> tokens, int k)
    {
        int last = k;
        while (last + 1 < tokens.Count && last + 1 < k + 4 && tokens[last + 1].Start <= tokens[last].End + 1 && IsCapitalised(body, tokens[last + 1])) last++;
        return EntityLexicon.StrongPlaceWords.Contains(Word(body, tokens[last]));
    }

    /// <summary>
    /// Whether token j and the capitalised word two tokens on are one hyphenated name written with spaces around its hyphen
    /// ("Fisher - Price") inside a sentence; not a dateline, a headline's topic or a pairing of known places ("LONDON - ", "Paris - Berlin").
    /// </summary>
    private bool SpacedHyphenInName(string body, IReadOnlyList<Token> tokens, int j)
    {
        if (j + 2 >= tokens.Count) return false;
        Token a = tokens[j], hyphen = tokens[j + 1], b = tokens[j + 2];
        if (hyphen.Length != 1 || body[hyphen.Start] != '-' || hyphen.Start != a.End + 1 || b.Start != hyphen.End + 1) return false;
        if (body[a.End] != ' ' || body[hyphen.End] != ' ' || !IsCapitalised(body, b) || a.Length < 2 || b.Length < 2) return false;
        string left = Word(body, a), right = Word(body, b);
        // a line's or sentence's opening word before a dash is a dateline or a headline's topic ("New York - Jane Roe was ..."),
        // unless the two are given names ("Jean - Claude")
        int before = a.Start - 1;
        while (before >= 0 && body[before] == ' ') before--;
        int wordStart = before;
        while (wordStart > 0 && char.IsLetter(body[wordStart - 1])) wordStart--;
        bool opening = before < 0 || body[before] is '\n' or '.' or '!' or '?' or ':' || char.IsUpper(body[Math.Max(0, wordStart)]);
        if (opening && !(_givenNames.Contains(left) && _givenNames.Contains(right))) return false;
        if (left.All(char.IsUpper) || right.All(char.IsUpper) || EntityLexicon.NotNames.Contains(right)) return false;
        return !IsKnownPlace(left) && !IsKnownPlace(right);
    }

    /// <summary>
    /// "Department of Health and Social Care", "Ministry of Trade and Industry": an organisation's field after "of" or "for"
    /// goes on over "and" when neither the field nor the word after "and" is a name of its own ("Bank of Canada and Barclays").
    /// </summary>
    private bool FieldAfterAnd(string body, IReadOnlyList<Token> tokens, int i, int j, int next)
    {
        if (next + 1 >= tokens.Count || Word(body, tokens[next]) != "and" || !IsCapitalised(body, tokens[next + 1])
            || tokens[next + 1].Start != tokens[next].End + 1 || !OrgSoFar(body, tokens, i, j)) return false;
        int of = j;
        while (of > i && Word(body, tokens[of]) is not ("of" or "for")) of--;
        if (of == i || of == j) return false;
        for (int k = of + 1; k <= next + 1; k++)
        {
            if (k == next) continue;
            string w = Word(body, tokens[k]);
            if (_gazetteer.TryGet(w, out _) || _givenNames.Contains(w) || EntityLexicon.NotNames.Contains(w) || w.All(char.IsUpper)
                || EntityLexicon.PlaceWords.Contains(w) || k > next && EntityLexicon.OrgWords.Contains(w)) return false;
        }
        return true;
    }

    /// <summary>The last parts of web names (Resources/lexicon/web-suffixes.tsv).</summary>
    private static readonly HashSet<string> WebSuffixes = Text.Lexicon.Set("web-suffixes.tsv", StringComparer.Ordinal);

    private static string Word(string body, Token t) => body[t.Start..t.End].TrimEnd('.');

    private static string WithoutPossessive(string w) =>
        w.Length > 2 && w[^1] == 's' && w[^2] is '\'' or '’' ? w[..^2] : w;

    private static bool RunHasJoiner(string body, IReadOnlyList<Token> tokens, int from, int to, params string[] joiners)
    {
        for (int k = from; k <= to; k++) if (joiners.Contains(Word(body, tokens[k]))) return true;
        return false;
    }

    /// <summary>Whether the place gazetteer knows a word as a place.</summary>
    private bool IsKnownPlace(string word) => _gazetteer.TryGet(word, out var entry) && entry.Type == "LOCATION";

    /// <summary>
    /// "envoy Tan He said", "talks with Ivo He, the minister": "He" with a capital right after one capitalised word, and before
    /// no other, is a given name (Chinese names write the surname first), not the pronoun, which would open a sentence.
    /// </summary>
    private static bool IsGivenNameHe(string body, IReadOnlyList<Token> tokens, int i, int j, int next) =>
        i == j && Word(body, tokens[next]) == "He" && tokens[i].Length >= 2 && !Word(body, tokens[i]).All(char.IsUpper)
        && (next + 1 >= tokens.Count || !IsCapitalised(body, tokens[next + 1]) || tokens[next + 1].Start > tokens[next].End + 1);

    /// <summary>After a person's name and "&amp;", the word at <paramref name="k"/> goes on a firm's name: an organisation word ("Sons",
    /// "Co"), or one word that is no given name and ends the name ("Ada Marsh &amp; Quarles said"); not a second person ("&amp; Ivo Marsh").</summary>
    private bool FirmAfterAmpersand(string body, IReadOnlyList<Token> tokens, int k)
    {
        string w = Word(body, tokens[k]);
        if (EntityLexicon.OrgWords.Contains(w) || EntityLexicon.TryLegalForm(w, out _)) return true;
        bool endsName = k + 1 >= tokens.Count || !IsCapitalised(body, tokens[k + 1]) || tokens[k + 1].Start > tokens[k].End + 1;
        return endsName && !_givenNames.Contains(w);
    }

    private static bool OrgSoFar(string body, IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int k = from; k <= to; k++) if (EntityLexicon.OrgWords.Contains(Word(body, tokens[k]))) return true;
        return false;
    }

    /// <summary>
    /// Where a person's name starts inside a longer capitalised run, or -1: after the last title word
    /// ("Administrator Jim Bridenstine"), or at a given name that follows an organisation word or a place
    /// ("European Union Gordon Sondland") or an abbreviation ("HWU GS Mina Okafor"). The name is one to three words, none of them an organisation word.
    /// </summary>
    private int SplitName(string body, IReadOnlyList<Token> tokens, int from, int to)
    {
        if (HolderAfterOfficeField(body, tokens, from, to) is int holder) return holder;
        for (int k = to - 1; k >= from; k--)
        {
            string w = Word(body, tokens[k]);
            if (!EntityLexicon.TitleWords.Contains(w)) continue;
            int start = k + 1;
            while (start <= to && tokens[start].Kind == TokenKind.Punctuation) start++;
            int n = Enumerable.Range(start, Math.Max(0, to - start + 1)).Count(x => tokens[x].Kind != TokenKind.Punctuation);
            if (n is < 1 or > 3) return -1;
            // "Dean Kamen": a title that is also a given name, before one word, opens the person's name
            if (k == from && n == 1 && _givenNames.Contains(w)) return -1;
            // "Inspector General", "Attorney General": a title followed only by title words is not a name
            if (Enumerable.Range(start, to - start + 1)
                .All(x => tokens[x].Kind == TokenKind.Punctuation || EntityLexicon.NotNames.Contains(Word(body, tokens[x])))) return -1;
            if (Enumerable.Range(start, to - start + 1)
                .Any(x => EntityLexicon.OrgWords.Contains(Word(body, tokens[x])) || EntityLexicon.TitleWords.Contains(Word(body, tokens[x])))) return -1;
            return start;
        }
        for (int k = from + 1; k <= to - 1; k++)
        {
            string w = Word(body, tokens[k]);
            string prev = Word(body, tokens[k - 1]);
            if (!(_givenNames.Contains(w) || UnlistedNameSpeaksAfterOrg(body, tokens, k, to)) || _givenNames.Contains(prev)) continue;
            // "... Council Enver Solomon", "Afghan Tom Ross", "to the United States Hamid Karzai": an organisation word, a place
            // word, a nationality or a whole listed name runs into the person's given name.
            // ...and "HWU GS Mina Okafor": an abbreviation in capitals (a body's, an office's) does too
            if (!EntityLexicon.OrgWords.Contains(prev) && !EntityLexicon.PlaceWords.Contains(prev) && !EntityLexicon.Demonyms.Contains(prev)
                && !IsAbbreviation(prev)
                && !_gazetteer.TryGet(body.AsSpan(tokens[from].Start, tokens[k - 1].End - tokens[from].Start), out _)
                && !KnownNameEndsAt(body, tokens, from, k - 1)) continue;
            int n = to - k + 1;
            if (n is < 2 or > 3 || Enumerable.Range(k, n).Any(x => EntityLexicon.OrgWords.Contains(Word(body, tokens[x])))) continue;
            return k;
        }
        return -1;
    }

    /// <summary>
    /// "Secretary of State Ana Roe", "Minister for Foreign Affairs Ivo Marsh", "Ambassador to the United States Tom Ilvers": after a title
    /// and "of", "for" or "to", a run of capitalised words is the office's field (a department, or a known place) and then its holder, the
    /// last two words (three when the first of them is a listed given name). Not when those words are an organisation's, a title's or
    /// a known place's ("President of the European Central Bank", "Premier of New South Wales"). The holder's first token, or null.
    /// </summary>
    private int? HolderAfterOfficeField(string body, IReadOnlyList<Token> tokens, int from, int to)
    {
        int before = from - 1;
        if (before >= 0 && Word(body, tokens[before]) == "the") before--;
        if (before < 1 || Word(body, tokens[before]) is not ("of" or "for" or "to") || !EntityLexicon.TitleWords.Contains(Word(body, tokens[before - 1])))
            return null;
        if (to - from < 2 || Enumerable.Range(from, to - from + 1).Any(x => !IsCapitalised(body, tokens[x]))) return null;
        int start = to - 1;
        if (start - 1 > from && _givenNames.Contains(Word(body, tokens[start - 1]))) start--;
        // the field is a department ("State", "Foreign Affairs") or a place ("Governor of Texas Ana Roe")
        bool field = Enumerable.Range(from, start - from).All(x => EntityLexicon.PortfolioWords.Contains(Word(body, tokens[x])))
            || IsKnownPlace(body[tokens[from].Start..tokens[start - 1].End]);
        if (!field) return null;
        var holder = Enumerable.Range(start, to - start + 1).Select(x => Word(body, tokens[x])).ToList();
        bool named = holder.All(w => !EntityLexicon.OrgWords.Contains(w) && !EntityLexicon.TitleWords.Contains(w) && !EntityLexicon.PlaceWords.Contains(w)
            && !EntityLexicon.NotNames.Contains(w) && !IsKnownPlace(w));
        return named && CanEndPersonName(body, holder[^1]) && !_gazetteer.TryGet(string.Join(' ', holder), out _) ? start : null;
    }

    /// <summary>A word of two to five capital letters: "HWU", "MEP", "DGS".</summary>
    /// <summary>
    /// An acronym named twice, or once with a spokesperson ("a QRVN spokeswoman said", which a trade or a thing has not), is an
    /// organisation; not one the article writes as a thing's name, nor one alone in a table cell ("| WÜ |", a code of the table's).
    /// </summary>
    private static Candidate AcronymCandidate(string body, string word, int s, int e, string next) =>
        (Occurrences(body, word) >= 2 || next is "spokesman" or "spokeswoman" or "spokesperson")
        && !NamesAThing(body, word) && !AloneInTableCell(body, s, e)
            ? new Candidate(s, e, "ORG", Heuristics.Acronym)
            : new Candidate(s, e, "UNKNOWN", Heuristics.AcronymUnknown);

    /// <summary>A known place, then two names joined by a hyphen, one of them an organisation word: the title of a city's newspaper
    /// ("Harlow Star-Telegram", "Tarnwell Post-Gazette").</summary>
    private bool HyphenedOrgWordLast(List<string> words) =>
        words[^1].Contains('-') && words[^1].Split('-') is var parts && parts.All(x => x.Length > 1 && char.IsUpper(x[0]))
        && parts.Any(EntityLexicon.OrgWords.Contains) && IsKnownPlace(string.Join(' ', words.SkipLast(1)));

    /// <summary>Whether a word of <paramref name="words"/> and then a capitalised word follow the run: a title and its holder ("Shadow
    /// Home" before "Secretary Ivo Marsh": the run is the office's, no person's name), a role and a person ("Northwind" before
    /// "analyst Jane Roe").</summary>
    private static bool WordThenNameAfter(NameRun r, HashSet<string> words) =>
        words.Contains(r.Next) && r.J + 2 < r.Tokens.Count && IsCapitalised(r.Body, r.Tokens[r.J + 2]);

    private static bool OfficeBeforeHolder(NameRun r) => WordThenNameAfter(r, EntityLexicon.Titles);

    /// <summary>An organisation word in capitals that opens a name of its own ("FC", "AFC"): no joiner runs a name on into it.</summary>
    private static bool OpensOwnOrganisation(string word) => IsAbbreviation(word) && EntityLexicon.OrgWords.Contains(word);

    private static bool IsAbbreviation(string word) => word.Length is >= 2 and <= 5 && word.All(char.IsAsciiLetterUpper);

    /// <summary>
    /// "the chief executive of the Tarvia Refugee Council Enver Quarles told reporters": after an organisation word, two capitalised
    /// words that end the run right before a verb of saying (or ", who") are the speaker's name, though the given name is not listed;
    /// not when they are a place or a listed name ("Bank Hong Kong said").
    /// </summary>
    private bool UnlistedNameSpeaksAfterOrg(string body, IReadOnlyList<Token> tokens, int k, int to)
    {
        if (to != k + 1 || to + 1 >= tokens.Count || !EntityLexicon.OrgWords.Contains(Word(body, tokens[k - 1]))) return false;
        string next = Word(body, tokens[to + 1]);
        bool speaks = next is "said" or "says" or "told" or "tells" or "added"
            || next == "," && to + 2 < tokens.Count && Word(body, tokens[to + 2]) == "who";
        if (!speaks || tokens[to + 1].Start > tokens[to].End + 1) return false;
        string first = Word(body, tokens[k]), last = Word(body, tokens[to]);
        return char.IsUpper(first[0]) && first.Length > 1 && first.All(char.IsLetter) && !EntityLexicon.NotNames.Contains(first)
            && !EntityLexicon.PlaceWords.Contains(first) && !EntityLexicon.PlaceWords.Contains(last) && !EntityLexicon.TitleWords.Contains(first)
            && !_gazetteer.TryGet(body.AsSpan(tokens[k].Start, tokens[to].End - tokens[k].Start), out _)
            && !_gazetteer.TryGet(first, out _) && !_gazetteer.TryGet(last, out _);
    }

    /// <summary>"... of Brazil", "... of South Korea": a name the gazetteer knows, of one or two words, ends at token <paramref name="last"/>.</summary>
    private bool KnownNameEndsAt(string body, IReadOnlyList<Token> tokens, int from, int last) =>
        _gazetteer.TryGet(body.AsSpan(tokens[last].Start, tokens[last].End - tokens[last].Start), out _)
        || last - 1 >= from && tokens[last - 1].Kind != TokenKind.Punctuation
        && _gazetteer.TryGet(body.AsSpan(tokens[last - 1].Start, tokens[last].End - tokens[last - 1].Start), out _);

    /// <summary>"Shinichi Saoshiro TOKYO": a run of capitals after title-case words is another name (a dateline).</summary>
    private static bool SameCaseStyle(string body, Token a, Token b)
    {
        static bool Shouting(ReadOnlySpan<char> w) => w.Length >= 2 && !w.ContainsAnyInRange('a', 'z');
        bool sa = Shouting(body.AsSpan(a.Start, a.Length)), sb = Shouting(body.AsSpan(b.Start, b.Length));
        // "US Embassy", "UK Treasury": a short abbreviation may open a title-case name; "Arsenal FC": an organisation word in capitals may end one.
        return sa == sb || (sa && (a.Length <= 3 || EntityLexicon.OrgWords.Contains(body.Substring(b.Start, b.Length).TrimEnd('.'))))
            || (sb && EntityLexicon.OrgWords.Contains(body.Substring(b.Start, b.Length)));
    }

    private const System.Text.RegularExpressions.RegexOptions Invariant = System.Text.RegularExpressions.RegexOptions.CultureInvariant;

    /// <summary>
    /// ", a professor at ...": a role after a name (Resources/lexicon/appositive-person-roles.tsv); a role word that names a kind of body
    /// (", an activist group") is none; without an article, the role ends its phrase (", chief executive of ...", not ", attended
    /// the student protests").
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex Appositive = Text.Lexicon.Alternation(
        @"^,\s+(?:\d{1,3},|(?<article>(?:a|an|the)\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:", "appositive-person-roles.tsv",
        @")\b(?(article)(?!\s+(?:group|union|organi[sz]ation|association|network|council|party|firm|company|fund|body)\b)"
        + @"|(?=[ \t]*(?:[,.;:)\r\n]|$)|\s+(?:general|of|at|for|in|with|to|on|and|or|who|from|has|had|is|was|said|says|told|added)\b)))",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | Invariant, Text.Lexicon.PatternTimeout);

    /// <summary>
    /// ", a Texas-based intelligence firm", " is a Tarnish maker of bicycles": a kind of organisation set after a name, in apposition or
    /// after "is"/"was" (Resources/lexicon/appositive-organisation-kinds.tsv); after "is", a site or a unit may be a place's or a thing's
    /// ("The old mill is a listed site").
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex OrgAppositive = Text.Lexicon.Alternation(
        @"^(?:,\s+(?:a|an|the)\s+(?:[\p{L}\d’'-]+\s+){0,4}?"
        + @"|\s+(?:is|was)\s+(?:a|an|the)\s+(?:(?!(?:of|for|in|at|to|on|with|by)\s)[\p{L}\d’'-]+\s+){0,3}?(?!(?:site|website|unit|label)\b))(?:",
        "appositive-organisation-kinds.tsv",
        @")(?=\s*[,.;:)]|\s+(?:that|which|based|in|with|of|for|owned|founded|backed|headquartered|run|known|whose)\b)", Invariant,
        Text.Lexicon.PatternTimeout);

    /// <summary>"the group that owns her catalogue, " or "its parent company, ": a kind of organisation told before a name set between commas.</summary>
    private static readonly System.Text.RegularExpressions.Regex OrgKindBefore = Text.Lexicon.Alternation(
        @"(?:^|[\s(])(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:[\p{L}\d’'-]+\s+){0,3}?(?:", "appositive-organisation-kinds.tsv",
        @")(?:\s+(?:that|which)\s+[^,;.!?“”""]{1,80})?,\s$", Invariant, Text.Lexicon.PatternTimeout);

    /// <summary>"The label that owns her catalogue, Harrow Machine, says": a name between commas after a kind of organisation is one.</summary>
    private static bool IsOrgKindBefore(string body, int start, int end)
    {
        if (start < 3 || body[start - 2] != ',' || end >= body.Length || body[end] != ',') return false;
        int from = Math.Max(0, start - 140);
        return OrgKindBefore.IsMatch(body.AsSpan(from, start - from));
    }

    private static readonly System.Text.RegularExpressions.Regex MediaCueBefore = new(
        @"(?:\btold|\baccording\s+to|\breported\s+by|\binterview\s+with|\bpublished\s+(?:by|in)|\bwrote\s+in|\bspeaking\s+to|" +
        @"\bfirst\s+reported\s+by)\s+(?:the\s+)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, Text.Lexicon.PatternTimeout);

    /// <summary>A name followed by ", a Texas-based geopolitical intelligence firm" or ", the ride-hailing app" is an organisation.</summary>
    private static bool IsOrgAppositive(string body, int end) =>
        end < body.Length && (body[end] == ',' || CopulaAt(body, end)) && OrgAppositive.IsMatch(body.AsSpan(end, Math.Min(120, body.Length - end)).ToString());

    /// <summary>Whether " is " or " was " follows at <paramref name="end"/> (a cheap test before the appositive pattern runs).</summary>
    private static bool CopulaAt(string body, int end) =>
        body.AsSpan(end).StartsWith(" is ", StringComparison.Ordinal) || body.AsSpan(end).StartsWith(" was ", StringComparison.Ordinal);

    /// <summary>"who" after ", " (a person), or "which" and what a company does ("which makes chips"), or null.</summary>
    private static string? RelativeAfter(string body, int end)
    {
        if (end + 6 >= body.Length || body[end] != ',' || body[end + 1] != ' ') return null;
        var rest = body.AsSpan(end + 2);
        if (rest.StartsWith("who ")) return "who";
        if (!rest.StartsWith("which ")) return null;
        rest = rest[6..];
        int sp = rest.IndexOf(' ');
        return sp > 0 && EntityLexicon.CompanyVerbs.Contains(rest[..sp].ToString()) ? "which" : null;
    }

    /// <summary>
    /// "its chief executive, ", "the secretary general of CEI, ": a person's role told before their name. A role "of" something
    /// that ends in a common noun is not one: the name after it is that thing's ("the head of the national carrier, Aer Lingus");
    /// a minister's or secretary's portfolio is never named so ("the Minister of public works, ").
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex RoleBefore = Text.Lexicon.Alternation(
        @"(?:^|[\s(])(?:the|its|their|his|her|our|[\p{L}&.-]+['’]s)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:(?:minister|secretary)\s+(?:of|for)\s+[^,;.!?]{1,60}|(?:",
        "person-role-descriptors.tsv", @")(?:\s+(?:of|at|for)\s+[^,;.!?]{0,60}(?-i:[\p{Lu}\d)])[^\s,;.!?]*)?),\s$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | Invariant, Text.Lexicon.PatternTimeout);

    /// <summary>
    /// "Morgan Stanley oil analyst, ", "VFI Chief Executive, ": a role right after whom it is held at (a capitalised word that is
    /// no title word itself), when the name after it closes with a comma ("..., Ole Slorer, said").
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex RoleAfterEmployer = Text.Lexicon.Alternation(
        @"(?:^|\s)(?-i:(?!(?:Senior|Vice|Deputy|Executive|Chief|Managing|General|Assistant|Associate|Acting|Former|However|But|And)\b)\p{Lu}[\p{L}&-]*)"
        + @"\s+(?:\p{L}+\s+)?(?:", "person-role-descriptors.tsv", @"),\s$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | Invariant, Text.Lexicon.PatternTimeout);

    /// <summary>A name between commas after a person's role ("the chairman, Tadeo Kurimo, and ...") is that person.</summary>
    private static bool IsRoleBefore(string body, int start, int end)
    {
        if (start < 3 || body[start - 2] != ',') return false;
        int from = Math.Max(0, start - 100);
        return RoleBefore.IsMatch(body.AsSpan(from, start - from))
            || end < body.Length && body[end] == ',' && RoleAfterEmployer.IsMatch(body.AsSpan(from, start - from));
    }

    /// <summary>A name followed by ", a trade professor", ", the former special envoy" or ", 55," is a person.</summary>
    private static bool IsAppositive(string body, int end) =>
        end < body.Length && body[end] == ',' && Appositive.IsMatch(body.AsSpan(end, Math.Min(80, body.Length - end)).ToString());

    /// <summary>Where a person's name starts in a run that a title opens ("Councillor Ana Roe"): after the title, when two words are left.</summary>
    private static int AfterLeadingTitle(NameRun r) =>
        r.Words.Count >= 3 && (EntityLexicon.TitleWords.Contains(r.Words[0]) || EntityLexicon.PersonCues.Contains(r.Words[0]))
        && r.Body.IndexOf(r.Words[1], r.S + r.Words[0].Length, r.E - r.S - r.Words[0].Length, StringComparison.Ordinal) is int k and >= 0 ? k : r.S;

    /// <summary>"… General Manager of Multimedia, Ana Roe, said": a name set off by commas right before a verb of saying is the speaker's.</summary>
    private static bool SetOffBeforeSpeech(string body, int start, int end)
    {
        if (start < 2 || body[start - 2] != ',' || body[start - 1] != ' ' || !SpeechAfterComma().IsMatch(body, end)) return false;
        // ...not a body's ("The group that owns her music, Big Machine, says"): a kind of body in the phrase before
        return !IsOrgKindBefore(body, start, end);
    }

    /// <summary>
    /// "Ada Quarles, another tenant, said", "Ivo Marsh, a retired farmer, told": a name, then a description in lower case between
    /// commas, then a verb of saying: the speaker is a person, unless the description is an organisation's (IsOrgAppositive: "a local employer").
    /// </summary>
    private static bool DescribedBeforeSpeech(string body, int end)
    {
        return DescriptionThenSpeech().IsMatch(body.AsSpan(end, Math.Min(90, body.Length - end))) && !IsOrgAppositive(body, end);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^,\s+(?:a|an|another|the|one)\s+(?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+,\s+"
        + @"(?:said|says|told|tells|added|explained|noted|recalled)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DescriptionThenSpeech();

    [System.Text.RegularExpressions.GeneratedRegex(@"\G,\s+(?:said|says|told|tells|added|wrote|explained|noted)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SpeechAfterComma();

    /// <summary>A single capital letter followed directly by a period ("S.").</summary>
    private static bool IsInitial(string body, IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Length == 1 && char.IsUpper(body[tokens[k].Start]) && k + 1 < tokens.Count && tokens[k + 1].Start == tokens[k].End
        && body[tokens[k + 1].Start] == '.';

    /// <summary>Whether the article writes <paramref name="word"/> after a given name somewhere ("Marc Benioff" ... "told Benioff").</summary>
    private bool NamedAsSurname(string body, string word) =>
        WordSearches.Get(this, body, WordSearches.NamedAsSurname, word, static (stage, b, w) => stage.ScanNamedAsSurname(b, w) ? 1 : 0) == 1;

    private bool ScanNamedAsSurname(string body, string word)
    {
        for (int k = NextOf(body, word, 0); k >= 0; k = NextOf(body, word, k + word.Length))
        {
            if (k < 2 || body[k - 1] != ' ') continue;
            int w = k - 1;
            while (w > 0 && (char.IsLetter(body[w - 1]) || body[w - 1] == '.')) w--;
            if (w < k - 1 && _givenNames.Contains(body[w..(k - 1)].TrimEnd('.'))) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a word stands on its own somewhere outside [s, e): as a whole word, not right after another capitalised word
    /// ("Mercado said", "Mr. Mercado"; not the "Bikes" of "Comfort Bikes" or the "Lotto" of "Classic Lotto").
    /// </summary>
    private static bool StandsAloneElsewhere(string body, string word, int s, int e)
    {
        for (int k = NextOf(body, word, 0); k >= 0; k = NextOf(body, word, k + word.Length))
        {
            if (k >= s && k < e) continue;
            if (!IsWholeWordAt(body, k, word.Length)) continue;
            if (HyphenJoined(body, k, k + word.Length)) continue; // "Net -a- Porter"
            string prev = WordBefore(body, k);
            if (prev == ".") prev = WordBefore(body, body.LastIndexOf('.', k - 1)) + "."; // tokenised text: "Mr . Mercado"
            prev = prev.TrimStart('“', '"', '‘', '\'', '(', '[', '«', '„');
            // after a title ("Mr", "Dr.") or a lower-case word it stands alone ("said Mercado", "Mr Mercado")
            if (EntityLexicon.Titles.Contains(prev.TrimEnd('.'))) return true;
            bool opensClause = prev.Length == 0 || prev[^1] is '.' or '!' or '?' or ':' or '“' or '"' or '‘' or '\'' or '(' or '«' or '„';
            if (!opensClause && !char.IsUpper(prev[0])) return true;
            // where every word has a capital (a sentence's or quotation's start), only when a lower-case word follows ("Mercado said")
            if (opensClause && NextIsLowerCaseWord(body, k + word.Length)) return true;
        }
        return false;
    }

    /// <summary>Whether the next word after <paramref name="i"/> (one space, an optional comma) starts in lower case, or a colon
    /// follows, as after an interviewee's name ("Mercado: We ...").</summary>
    private static bool NextIsLowerCaseWord(string body, int i)
    {
        if (i < body.Length && body[i] == ':') return true;
        if (i < body.Length && body[i] == ',') i++;
        return i + 1 < body.Length && body[i] == ' ' && char.IsLower(body[i + 1]);
    }

    /// <summary>
    /// Of the entities from <paramref name="from"/> on that a mention matches, the first; for one word that several people of the
    /// text share ("Tarn" of Barack, Michelle and Christopher Tarn), the one of the gender an honorific before it tells ("Mrs. Tarn"),
    /// then the one the text named first, whom it is about.
    /// </summary>
    private static int BestMatch(List<(string Name, string Type, string Ticker, string Exchange, string Id)> entities, int from,
        Func<(string Name, string Type, string Ticker, string Exchange, string Id), bool> matches, string? honorific,
        Dictionary<int, int> firstSeen, bool oneWord)
    {
        int first = entities.FindIndex(from, x => matches(x));
        if (first < 0 || !oneWord || entities[first].Type != "PERSON") return first;
        var people = Enumerable.Range(first, entities.Count - first).Where(k => entities[k].Type == "PERSON" && matches(entities[k])).ToList();
        if (people.Count < 2) return first;
        if (honorific != null
            && people.Where(k => EntityLexicon.GivenNameGenders.GetValueOrDefault(entities[k].Name.Split(' ')[0]) == honorific).ToList()
                is { Count: > 0 } ofGender) people = ofGender;
        return people.MinBy(k => firstSeen.GetValueOrDefault(k, int.MaxValue));
    }

    /// <summary>The gender an honorific right before a one-word mention tells ("Mrs. Tarn": "f"), or null.</summary>
    private static string? HonorificGenderBefore(string body, Candidate c, string text) =>
        c.Known == null && text.IndexOf(' ') < 0 && EntityLexicon.HonorificGenders.TryGetValue(WordBefore(body, c.Start).TrimEnd('.'), out var g) ? g : null;

    /// <summary>The space-separated word that ends right before <paramref name="k"/> (spaces skipped), or "" at the start.</summary>
    private static string WordBefore(string body, int k)
    {
        int p = k - 1;
        while (p >= 0 && body[p] == ' ') p--;
        int q = p;
        while (q >= 0 && !char.IsWhiteSpace(body[q])) q--;
        return p >= 0 ? body[(q + 1)..(p + 1)] : "";
    }

    /// <summary>
    /// Where <paramref name="word"/> next stands in the body from <paramref name="from"/>, or -1; an empty word (a token of dots
    /// only) stands nowhere, since IndexOf would find it at every position and a search loop would never advance.
    /// </summary>
    private static int NextOf(string body, string word, int from) =>
        word.Length == 0 ? -1 : body.IndexOf(word, from, StringComparison.Ordinal);

    /// <summary>How often (0, 1 or 2 for more) a word stands in the text as a whole word.</summary>
    private static int Occurrences(string body, string word) =>
        WordSearches.Get(string.Empty, body, WordSearches.Occurrences, word, static (_, b, w) => CountOccurrences(b, w));

    private static int CountOccurrences(string body, string word)
    {
        int n = 0;
        for (int k = NextOf(body, word, 0); k >= 0 && n < 2; k = NextOf(body, word, k + word.Length))
            if (IsWholeWordAt(body, k, word.Length)) n++;
        return n;
    }

    /// <summary>Whether the <paramref name="length"/> characters at <paramref name="k"/> stand as a whole word (no letter or digit either side).</summary>
    private static bool IsWholeWordAt(string body, int k, int length) =>
        (k == 0 || !char.IsLetterOrDigit(body[k - 1])) && (k + length >= body.Length || !char.IsLetterOrDigit(body[k + length]));

    /// <summary>
    /// Whether a word follows a number that is no year ("2.2 GB/s", "20 TB", "400 MW"): a unit. After a year it may be a name ("the
    /// 2019 NBA season").
    /// </summary>
    private static bool AfterAQuantity(string body, int s)
    {
        int k = s - 1;
        if (k < 1 || body[k] != ' ' || !char.IsDigit(body[k - 1])) return false;
        int d = k - 1;
        while (d > 0 && (char.IsDigit(body[d - 1]) || body[d - 1] is '.' or ',')) d--;
        var number = body.AsSpan(d, k - d);
        return !(number.Length == 4 && number[0] is '1' or '2' && number.IndexOfAny('.', ',') < 0);
    }

    /// <summary>Whether the article writes a word followed by an exclamation mark somewhere ("SIX!!!").</summary>
    private static bool Shouted(string body, string word)
    {
        for (int k = NextOf(body, word, 0); k >= 0; k = NextOf(body, word, k + word.Length))
            if (k + word.Length < body.Length && body[k + word.Length] == '!') return true;
        return false;
    }

    /// <summary>Whether the article writes <paramref name="lower"/> as a word of its prose: not in a web address or a handle ("sirius.com").</summary>
    private static bool WrittenAsCommonWord(string body, string lower) =>
        WordSearches.Get(string.Empty, body, WordSearches.WrittenAsCommonWord, lower, static (_, b, w) => ScanCommonWord(b, w) ? 1 : 0) == 1;

    private static bool ScanCommonWord(string body, string lower)
    {
        for (int k = NextOf(body, lower, 0); k >= 0; k = NextOf(body, lower, k + lower.Length))
        {
            int e = k + lower.Length;
            bool before = k == 0 || !char.IsLetterOrDigit(body[k - 1]) && body[k - 1] is not ('.' or '/' or '@' or '-' or '_' or ':' or '#');
            bool after = e >= body.Length || !char.IsLetterOrDigit(body[e]) && body[e] is not ('/' or '@' or '-' or '_')
                && !(body[e] == '.' && e + 1 < body.Length && char.IsLetterOrDigit(body[e + 1]));
            if (before && after) return true;
        }
        return false;
    }

    private static bool EndsWithPossessive(string body, Token t) =>
        t.End - t.Start > 2 && body[t.End - 1] == 's' && body[t.End - 2] is '\'' or '’';

    private static bool IsCapitalised(string body, Token t) => t.Kind == TokenKind.Word && char.IsUpper(body[t.Start]);

    /// <summary>
    /// Where a name that opens with a number and a hyphen starts ("4-Harlow", "1-800-Tarvia"): the number is part of it, so that
    /// the short form links to the full name; a hyphen after a word, a decimal or a year ("Q3-Tarvia", "2.5-Harlow") is no such prefix.
    /// </summary>
    private static int WithNumberPrefix(string body, int s)
    {
        int k = s;
        while (k >= 2 && body[k - 1] == '-' && char.IsDigit(body[k - 2]))
        {
            int d = k - 2;
            while (d > 0 && char.IsDigit(body[d - 1]) && k - 1 - d < 3) d--;
            if (d > 0 && char.IsDigit(body[d - 1])) return s; // four digits and more: a year's ("2008-Tarn"), not a name's
            k = d;
        }
        return k == s || k > 0 && (char.IsLetterOrDigit(body[k - 1]) || body[k - 1] is '.' or ',' or '-') ? s : k;
    }

    /// <summary>A capitalised run and its surroundings, as the typing heuristics read it.</summary>
    private sealed record NameRun(int S, int E, List<string> Words, string Prev, string Prev2, string Next, string First, int P, int J,
        bool SentenceStart, string Body, IReadOnlyList<Token> Tokens)
    {
        public bool AllCaps => Words.Count == 1 && Words[0].Length is >= 2 and <= 6 && Words[0].All(char.IsUpper)
            && !EntityLexicon.NotAcronyms.Contains(Words[0]);
    }

    /// <summary>Types the capitalised run of tokens i..j: by its form, its words, the cues around it and how the article repeats it.</summary>
    private Candidate? Classify(Article article, int i, int j, bool sentenceStart)
    {
        string body = article.Body;
        var tokens = article.Tokens;
        var (s, e) = TrimPossessive(body, tokens[i].Start, tokens[j].End);
        if (e <= s) return null;
        s = WithNumberPrefix(body, s);
        var words = Enumerable.Range(i, j - i + 1).Where(k => tokens[k].Kind != TokenKind.Punctuation)
            .Select(k => WithoutPossessive(Word(body, tokens[k]))).ToList();
        int p = i - 1;
        // "Gov." is two tokens; a longer word's period ends a sentence ("said the Prime Minister. Once ...")
        if (p > 0 && body[tokens[p].Start] == '.' && tokens[p].Start == tokens[p - 1].End && tokens[p - 1].End - tokens[p - 1].Start <= 4) p--;
        string prev = p >= 0 ? Word(body, tokens[p]) : "";
        string next = j + 1 < tokens.Count ? Word(body, tokens[j + 1]) : "";
        string prev2 = p > 0 ? Word(body, tokens[p - 1]) : "";
        var r = new NameRun(s, e, words, prev, prev2, next, words[0].TrimEnd('\'', '’'), p, j, sentenceStart, body, tokens);

        // "Head of Fundamental Research at Kotak", "head of Equity Strategy": a department in a job title, not an organisation.
        if (prev == "of" && prev2 is "Head" or "head" or "Heads" or "heads" && words.Count <= 4) return null;
        // "VP of Engineering", "Director for Sales": a role and its department
        if (IsDepartmentOfRole(words, prev, prev2)) return null;
        // "the CIO", "an IPO": an upper-case common noun is no name, whatever its cues; a state's or a province's code may be a place
        if (words.Count == 1 && EntityLexicon.NotAcronyms.Contains(words[0]) && !EntityLexicon.PlaceCodes.Contains(words[0])) return null;
        // "FRIDAY", "FROM": a word of four letters or more set in capitals is no acronym when, written normally, it is never a name ("WHO" may be)
        if (words.Count == 1 && words[0].Length >= 4 && words[0].All(char.IsAsciiLetterUpper)
            && EntityLexicon.NotNames.Contains(words[0][0] + words[0][1..].ToLowerInvariant())) return null;
        // "the Harlow Film Academy Award for Best Actress", "the Vell Prize": an award is neither a body nor a person (the "Vell Prize
        // Foundation" that gives it is a body)
        if (words.Count >= 2 && words.Any(w => w is "Award" or "Awards" or "Prize" or "Prizes" or "Medal" or "Trophy")
            && !EntityLexicon.OrgWords.Contains(words[^1])) return null;
        // "Tory MPs", "Opposition MEPs": a run before a plural for members of a parliament says which members; it names no one
        if (next is "MPs" or "MEPs" or "MSPs" or "MLAs" or "TDs" && e < body.Length && body[e] == ' ') return null;
        // "US$406", "AU$18m", "HK$": capitals glued to a currency sign write the currency, not a name
        if (words.Count == 1 && e < body.Length && body[e] is '$' or '£' or '€' or '¥' && words[0].All(char.IsUpper)) return null;
        // "Polygraph.info", "Moneycontrol.com": a web name is an organisation's.
        if ((words.Count == 2 && WebSuffixes.Contains(words[1]) || words.Count == 3 && WebSuffixes.Contains(words[1]) && words[2].Length == 2)
            && body[s..e].Contains('.'))
            return new Candidate(s, e, "ORG", Heuristics.WebName);
        if (words.Count <= 2 && IsInterCaps(words[0])) return new Candidate(s, e, "ORG", Heuristics.InterCaps);
        // "Democrat Ada Quarles of Tarvia", "Ukrainian Ivo Marsh": a member of a party or a nation (a noun: its plural is listed too, unlike
        // "Olympic" or "Western") before a given name and a surname describes the person, as an occupation does ("Writer Ada Quarles said")
        if ((IsPeopleNoun(r.First) || IsOccupation(r.First)) && DescribedPerson(article, r, i, j) is { } described) return described;
        if (DescribesSomethingElse(r)) return null;
        var typed = (IsEnglish(article) ? AmpersandName(r) : null) ?? CreditedPerson(r) ?? ByWords(r) ?? ByCues(r) ?? ByRepetition(r);
        return typed.Type == "UNKNOWN" && DescribedPerson(article, r, i, j) is { } person ? person : typed;
    }

    /// <summary>
    /// "Harlow &amp; Marsh", "Tarvel &amp; Quorvin", "K&amp;R": names joined by an ampersand are a firm's (partners' surnames, a
    /// brand), and letters joined by one are its short form. Words that are all common nouns ("Health &amp; Fitness", "Terms &amp;
    /// Conditions") head a section or name a thing, and letter pairs that are terms ("R&amp;D", "Q&amp;A") are listed as no names. Not
    /// before a number (an index: "S&amp;P 500") or a year (a citation's authors: "(Marsh &amp; Quarles, 2017)"), nor with a place on
    /// either side ("Trinidad &amp; Tobago"). English only: German writes every noun with a capital.
    /// </summary>
    private Candidate? AmpersandName(NameRun r)
    {
        var words = r.Words;
        if (NumberFollows(r.Body, r.E) || YearAfter().IsMatch(r.Body.AsSpan(r.E, Math.Min(8, r.Body.Length - r.E)))
            || words.Any(IsKnownPlace)) return null;
        // letters the article also writes before a number name an index there ("S&P 500"), and are left to the lists
        if (words.Count == 1)
            return words[0] is { Length: >= 3 and <= 6 } w && w.IndexOf('&') is > 0 and var at && at < w.Length - 1
                && w.All(c => char.IsAsciiLetterUpper(c) || c == '&') && !BeforeANumberAnywhere(r.Body, w)
                ? new Candidate(r.S, r.E, "ORG", Heuristics.Ampersand) : null;
        int amp = words.IndexOf("&");
        if (amp <= 0 || amp == words.Count - 1 || words.Count > 5) return null;
        // "... & Angelo's father": a given name after the ampersand joins people, not a firm's partners
        if (_givenNames.Contains(WithoutPossessive(words[amp + 1])) && !EntityLexicon.IsOrganisationWord(words[^1])) return null;
        return words.Any(w => w != "&" && char.IsUpper(w[0]) && WordClusters?.SeenInLowerCase(w) != true)
            ? new Candidate(r.S, r.E, "ORG", Heuristics.Ampersand) : null;
    }

    /// <summary>
    /// "“…,” said commuter Ivo Marsh.": after a verb of saying and one lower-case noun for who speaks (commuter, resident, shopper),
    /// a name of two or three capitalised words that ends the clause is the speaker's, whether or not its given name is known.
    /// </summary>
    private static bool NamedAfterVerbAndNoun(NameRun r)
    {
        if (r.Words.Count is not (2 or 3) || r.Prev2 is not ("said" or "says" or "added" or "explained" or "recalled" or "noted")) return false;
        string noun = r.Prev;
        if (noun.Length < 4 || !noun.All(char.IsLower) || noun.EndsWith("ly", StringComparison.Ordinal)
            || EntityLexicon.NotNames.Contains(char.ToUpperInvariant(noun[0]) + noun[1..])) return false;
        if (r.Words.Any(w => !char.IsUpper(w[0]) || EntityLexicon.OrgWords.Contains(w) || EntityLexicon.PlaceWords.Contains(w))) return false;
        return r.E >= r.Body.Length || r.Body[r.E] is '.' or ',' or ';' or ':' or '\n';
    }

    /// <summary>A run that ends in a department after a role and "of" or "for", in the run or just before it ("VP of Engineering").</summary>
    private static bool IsDepartmentOfRole(List<string> words, string prev, string prev2)
    {
        if (!EntityLexicon.Departments.Contains(words[^1])) return false;
        if (words.Count == 1) return prev is "of" or "for" && EntityLexicon.PersonCues.Contains(prev2);
        return words.Count >= 3 && words[^2] is "of" or "for" && EntityLexicon.PersonCues.Contains(words[^3]);
    }

    /// <summary>
    /// "Scientologist Tom Cruise", "Klimaaktivistin Luisa Neubauer": a long capitalised word that is not a name, before a
    /// given name and a surname, describes the person, who is the rest of the run. Only for a run nothing else typed (a party, a
    /// nation or an occupation first is tried before the other typings), and when the rest is a person by its given name; a short
    /// first word may be a given name the list lacks ("Carter Anthony"), unless it is such a noun ("Democrat", "Writer").
    /// </summary>
    private Candidate? DescribedPerson(Article article, NameRun r, int i, int j)
    {
        var words = r.Words;
        var tokens = article.Tokens;
        // ...and the rest up to "of", when the run goes on to where the person is from ("Democrat Ada Quarles of Tarvia")
        int of = words.IndexOf("of");
        if (of >= 3 && i + of <= j && Word(r.Body, tokens[i + of]) == "of") (words, j) = (words[..of], i + of - 1);
        if (words.Count is not (3 or 4) || r.First.Length < 8 && !IsPeopleNoun(r.First) && !IsOccupation(r.First) || _givenNames.Contains(r.First)
            || !_givenNames.Contains(words[1])) return null;
        if (EntityLexicon.OrgWords.Contains(r.First) || EntityLexicon.PlaceWords.Contains(r.First) || _gazetteer.TryGet(r.First.AsSpan(), out _)
            || words.Skip(1).Any(w => EntityLexicon.PlaceWords.Contains(w) || EntityLexicon.OrgWords.Contains(w)))
            return null;
        if (i + 1 > j || tokens[i + 1].Kind == TokenKind.Punctuation || Word(r.Body, tokens[i + 1]) != words[1]) return null;
        return Classify(article, i + 1, j, false) is { Type: "PERSON" } inner && inner.Rule == Heuristics.GivenName.Id ? inner : null;
    }

    /// <summary>
    /// A word with one or two capitals inside it, each after two or more lower-case letters ("WaterHealth", "PayPal",
    /// "MoneyGuidePro"): how companies and brands write their names, and neither places nor people do. Surnames with such
    /// a capital have a short particle before it ("McCarthy", "DeSantis", "LaGuardia"), or Mac or Fitz ("MacArthur");
    /// a given name run into a surname ("JaneRoe") is a person's handle, three or more inner capitals a hashtag, and German's
    /// inclusive plural ("LeserInnen") a common noun.
    /// </summary>
    private bool IsInterCaps(string word)
    {
        if (word.Length < 5 || !char.IsUpper(word[0]) || word.StartsWith("Mac", StringComparison.Ordinal) || word.StartsWith("Fitz", StringComparison.Ordinal)
            || word.EndsWith("Innen", StringComparison.Ordinal))
            return false;
        int lower = 0, inner = 0, firstInner = -1;
        for (int k = 1; k < word.Length; k++)
        {
            if (char.IsLower(word[k])) { lower++; continue; }
            if (!char.IsUpper(word[k]) || lower < 2 || k + 1 >= word.Length || !char.IsLower(word[k + 1])) return false;
            inner++;
            if (firstInner < 0) firstInner = k;
            lower = 0;
        }
        return inner is 1 or 2 && !_givenNames.Contains(word[..firstInner]);
    }

    /// <summary>A nationality or a party written as a noun for one of its people ("Democrat", "Ukrainian"): its plural is listed too.</summary>
    private static bool IsPeopleNoun(string word) => EntityLexicon.Demonyms.Contains(word) && EntityLexicon.Demonyms.Contains(word + "s");

    /// <summary>An occupation or a role that marks the person named after it ("Writer", "Reviewer", "Coach"), capitalised as a sentence opens.</summary>
    private static bool IsOccupation(string word) =>
        word.Length >= 4 && char.IsUpper(word[0]) && !word.AsSpan(1).ContainsAnyExceptInRange('a', 'z')
        && EntityLexicon.PersonCues.Contains(word) && word is not ("Said" or "Says" or "Told" or "According");

    /// <summary>Runs that name an event, a thing or a nationality, not an entity.</summary>
    private static bool DescribesSomethingElse(NameRun r)
    {
        var (words, next) = (r.Words, r.Next);
        if (EntityLexicon.MiscEndings.Contains(words[^1]) && !words.Skip(1).Any(EntityLexicon.OrgWords.Contains)) return true;
        // "Bangkok International Motor Show", "Payboo Credit Card": an event, award or thing, whatever words come before
        if (words.Count >= 2 && EntityLexicon.ThingEndings.Contains(words[^1])) return true;
        // "the Code Media conference", "the Red for Ed campaign": a name that qualifies an event or a programme is not an organisation
        if (words.Count >= 2
            && next is "conference" or "summit" or "festival" or "event" or "expo" or "awards" or "campaign" or "initiative" or "programme" or "program")
            return true;
        if (words.All(EntityLexicon.Demonyms.Contains)) return true;
        // "Storm Ciarán", "Hurricane Katrina", "la tempête Ciaran": a storm's name (a firm may be named so: "Hurricane Energy")
        if ((words.Count >= 2 && EntityLexicon.StormWords.Contains(words[0]) || EntityLexicon.StormWords.Contains(r.Prev) && char.IsLower(r.Prev[0]))
            && !words.Any(EntityLexicon.OrgWords.Contains)) return true;
        if (EntityLexicon.Demonyms.Contains(words[0]) && words.Count >= 2 && !words.Skip(1).Any(EntityLexicon.OrgWords.Contains))
            return true; // "North American automakers", "Chinese Premier": a nationality opens a description, not a name
        return false;
    }

    /// <summary>Typed by a title before it or the words in it (given names, place words, organisation words).</summary>
    private Candidate? ByWords(NameRun r)
    {
        var (s, e, words, prev, prev2, next, first, p, j, sentenceStart, body, tokens) = (r.S, r.E, r.Words, r.Prev, r.Prev2, r.Next, r.First, r.P, r.J,
            r.SentenceStart, r.Body, r.Tokens);
        // "Attorney General Letitia James", "Secretary General Ana Ruiz": a title word and "General" make one title
        bool afterTitle = EntityLexicon.Titles.Contains(prev) || prev == "General" && EntityLexicon.TitleWords.Contains(prev2);
        if (afterTitle && words.Count <= 3 && !words.Any(EntityLexicon.OrgWords.Contains))
        {
            // "President Elect Ana Ruiz", "Prime Minister Designate Ivo Marsh": the word that qualifies the title is no part of the name
            if (words.Count >= 2 && words[0] is "Elect" or "Designate") s = body.IndexOf(words[1], s + words[0].Length, StringComparison.Ordinal);
            // "Queen Elizabeth", "Pope Francis", "Prince Andrew": a royal or papal title is part of how the person is named, as "DJ" is of
            // a stage name ("DJ Tarn")
            if (prev is "King" or "Queen" or "Prince" or "Princess" or "Pope" or "Emperor" or "Empress" or "Sheikh" or "DJ" && p >= 0
                && tokens[p].End == s - 1)
                s = tokens[p].Start;
            return new Candidate(s, e, "PERSON", Heuristics.Title);
        }
        if (words.Count is 2 or 3 && _givenNames.Contains(first) && !EntityLexicon.StrongPlaceWords.Contains(words[^1])
            && !words.Skip(1).Any(EntityLexicon.OrgWords.Contains) && !HyphenedOrgWordLast(words))
            return new Candidate(s, e, "PERSON", Heuristics.GivenName);
        // "its chief economist, Sun-hee Park, said": a name set after a person's role is theirs, whatever its last word names elsewhere
        if (words.Count is 2 or 3 && IsRoleBefore(body, s, e) && CanEndPersonName(body, words[^1]) && !EntityLexicon.StrongPlaceWords.Contains(words[^1])
            && !words.Skip(1).Any(EntityLexicon.OrgWords.Contains) && !words[0].EndsWith("-born") && !EntityLexicon.Titles.Contains(words[0]))
            return new Candidate(s, e, "PERSON", Heuristics.Appositive);
        if (words.Count >= 2 && (EntityLexicon.PlaceWords.Contains(words[^1]) || EntityLexicon.PlaceStarts.Contains(words[0]))
            && !words.Skip(1).Any(EntityLexicon.OrgWords.Contains) && !HyphenedOrgWordLast(words))
            return new Candidate(s, e, "LOCATION", Heuristics.PlaceWord);
        // ...not a common phrase set in capitals that the article also writes in lower case ("Renewable Energy", "Social Media"); a
        // body is named by its kind ("the Election Commission" may be "the election commission" too)
        if (words.Count >= 2 && (words.Skip(1).Any(EntityLexicon.OrgWords.Contains) || HyphenedOrgWordLast(words))
            && (words.Skip(1).Any(EntityLexicon.InstitutionWords.Contains) || Occurrences(body, body[s..e].ToLowerInvariant()) == 0))
            return new Candidate(s, OrgNameEnd(body, s, e, words), "ORG", Heuristics.OrgWord);
        // "FC Basel", "AFC Wimbledon": an organisation word in capitals opens a name too
        if (words.Count is 2 or 3 && EntityLexicon.OrgWords.Contains(words[0]) && IsAbbreviation(words[0])
            && !words.Skip(1).Any(w => w.All(char.IsUpper)))
            return new Candidate(s, e, "ORG", Heuristics.OrgWord);
        // "Air Tarvia", "Air New Harlow": "Air" before a country's or a city's name names an airline, as flag carriers are named
        if (words.Count is 2 or 3 && words[0] == "Air" && IsKnownPlace(string.Join(' ', words.Skip(1)))) return new Candidate(s, e, "ORG", Heuristics.OrgWord);
        // "Center for Environmental Politics", "Commission for Racial Equality", "Committee on Foreign Investment": a body
        // (a centre, an agency, a council...) for or on something
        if (words.Count >= 3 && (words[0] is "Center" or "Centre" && words[1] == "of"
            || EntityLexicon.InstitutionWords.Contains(words[0]) && words[1] is "for" or "on"))
            return new Candidate(s, e, "ORG", Heuristics.OrgWord);
        // "University of Washington", "Office of the Inspector General": an organisation word, then "of".
        if (words.Count >= 3 && EntityLexicon.OrgWords.Contains(words[0]) && words[1] == "of") return new Candidate(s, e, "ORG", Heuristics.OrgWord);
        // "Victoria Station", "Ada Museum": a building named after someone is no person
        if (words.Count >= 2 && _givenNames.Contains(first) && !(words.Count <= 3 && EntityLexicon.StrongPlaceWords.Contains(words[^1])))
        {
            // Four or more capitalised words after a given name are a name run into what follows it ("by Jonathan Barrett
            // Port Hedland cafe ..."): the person is the first two words, unless the second is an initial or a particle, or
            // two given names open four words ("José Luis Rodríguez Zapatero": two given names and two surnames).
            if (words.Count >= 4 && words[1].Length > 1 && char.IsUpper(words[1][0]) && !EntityLexicon.Joiners.Contains(words[1].ToLowerInvariant())
                && !(words.Count == 4 && _givenNames.Contains(words[1]))
                && !EntityLexicon.Joiners.Contains(words[2].ToLowerInvariant()))
            {
                int second = body.IndexOf(words[1], s + words[0].Length, StringComparison.Ordinal);
                if (second > 0) e = second + words[1].Length;
            }
            return new Candidate(s, e, "PERSON", Heuristics.GivenName);
        }
        return null;
    }

    /// <summary>
    /// "Photo: Orrin Vaskel", "Photographer: Kessa Vrell / Tarvia News": two words after a credit line's label and its colon name the
    /// person credited, when no organisation word is among them (a known given name is left to the given-name rule; a third word is
    /// as often the caption's next sentence run on).
    /// </summary>
    private Candidate? CreditedPerson(NameRun r) =>
        r.Words.Count == 2 && r.Prev == ":" && EntityLexicon.CreditLabels.Contains(r.Prev2) && !_givenNames.Contains(r.First)
        && CanEndPersonName(r.Body, r.Words[^1])
        && !r.Words.Any(EntityLexicon.IsOrganisationWord)
            ? new Candidate(r.S, r.E, "PERSON", Heuristics.PersonCue) : null;

    /// <summary>Typed by cue words around it: where someone works, a role after it, a title or verb of speaking, a media cue.</summary>
    private Candidate? ByCues(NameRun r)
    {
        var (s, e, words, prev, prev2, next, first, p, j, sentenceStart, body, tokens) = (r.S, r.E, r.Words, r.Prev, r.Prev2, r.Next, r.First, r.P, r.J,
            r.SentenceStart, r.Body, r.Tokens);
        bool allCaps = r.AllCaps;
        // "said Army Col. Romeo Tavel": a run that ends in a title written short is the role of the name after it
        if (words.Count >= 2 && e < body.Length && body[e] == '.' && EntityLexicon.TitleAbbreviations.Contains(words[^1])) return null;
        // "economists at Capital Economics wrote", "analysts from Stratfor said": where the speakers work is an organisation,
        // whatever verb follows it.
        bool worksThere = prev is "at" or "from" && EntityLexicon.Professions.Contains(prev2);
        // "said Holding Redlich partner Nathan Cecil", "Northwind analyst Jane Roe": a name before a role and a person's name is their employer.
        bool roleAndNameAfter = WordThenNameAfter(r, EntityLexicon.RolesBeforeName) && !_givenNames.Contains(first);
        if (words.Count <= 3 && (worksThere || roleAndNameAfter) && !sentenceStart && !_givenNames.Contains(first))
            return new Candidate(s, e, "ORG", Heuristics.WorkplaceCue);
        // ...not the words of an office before its title and holder ("by Shadow Home Secretary Ivo Marsh")
        if (words.Count is >= 2 and <= 3 && EntityLexicon.PersonCues.Contains(prev) && CanEndPersonName(body, words[^1]) && !OfficeBeforeHolder(r))
            return new Candidate(s, e, "PERSON", Heuristics.PersonCue);
        if (words.Count is >= 2 and <= 4 && (IsAppositive(body, e) || SetOffBeforeSpeech(body, s, e) || DescribedBeforeSpeech(body, e)))
            return new Candidate(AfterLeadingTitle(r), e, "PERSON", Heuristics.Appositive);
        // "Australian-born" describes the person and is no part of the name a given-name reading finds
        if (words.Count is >= 2 and <= 3 && IsRoleBefore(body, s, e) && CanEndNameAfterRole(body, words) && !words[0].EndsWith("-born"))
            return new Candidate(s, e, "PERSON", Heuristics.Appositive);
        if (RelativeAfter(body, e) is { } relative && words.Count <= 3
            && !words.Any(w => EntityLexicon.PlaceWords.Contains(w) || EntityLexicon.OrgWords.Contains(w)))
        {
            // "Oriol Tenvane, who joined in 2019": a person; "Tandora, which makes chips": a company
            if (relative == "who" && words.Count >= 2) return new Candidate(s, e, "PERSON", Heuristics.Appositive);
            if (relative == "which") return new Candidate(s, e, "ORG", Heuristics.OrgAppositive);
        }
        // Two or three words before "said", "told" (or "died", "resigned", "retired") name a person; but "Officials in Bowling Green said":
        // after a preposition of place the name is where the speakers are; "Agent Ana Roe from Tarn Realty said": after "from", "at",
        // "of", "for" or "with", whom the speaker is with; "the charity Rivers Unspoilt said": after a word for a kind of body, that
        // body (typed by its cue below); "The Zen of Python says": a name with "of" inside is a thing's or a body's
        bool speaks = words.Count is >= 2 and <= 3 && next is "said" or "says" or "told" or "wrote" or "added" or "died" or "resigned" or "retired"
            && !EntityLexicon.OrgCuesBefore.Contains(prev) && !words.Contains("of");
        if (speaks && prev == "The" && GivenNameAfterTitle(body, s, e, words) is { } afterTitle) return afterTitle;
        if (speaks && !(prev is "in" or "near" or "outside" or "across" or "from" or "at" or "of" or "for" or "with"))
            return new Candidate(s, e, "PERSON", Heuristics.Speaker);
        // ...but "the Minister for Energy Fran Logan said": a portfolio, then the minister's given name and surname
        if (speaks && words.Count == 3 && prev is "of" or "for" && _givenNames.Contains(words[1])
            && body.IndexOf(words[1], s, StringComparison.Ordinal) is int g and > 0)
            return new Candidate(g, e, "PERSON", Heuristics.Speaker);
        if (NamedAfterVerbAndNoun(r)) return new Candidate(s, e, "PERSON", Heuristics.Speaker);
        // An acronym named once is as often a common noun (LED, HVAC) as a body; named again, it is usually an organisation.
        // A word in capitals that the article also writes in lower case, and somewhere shouts ("FOUR!!!"), is no name ("the WHO",
        // whom "who" is written beside, is); nor is one joined to an identifier by an underscore ("BASE_DIR"), which is code.
        if (allCaps && (words[0].Length >= 3 && Shouted(body, words[0]) && WrittenAsCommonWord(body, words[0].ToLowerInvariant())
            || s > 0 && body[s - 1] == '_' || e < body.Length && body[e] == '_' || AfterAQuantity(body, s))) return null;
        if (allCaps) return AcronymCandidate(body, words[0], s, e, next);
        bool ownShares = j + 1 < tokens.Count && EndsWithPossessive(body, tokens[j]) && EntityLexicon.OrgPossessions.Contains(Word(body, tokens[j + 1]));
        bool orgCue = EntityLexicon.OrgCuesBefore.Contains(prev) || (prev == "of" && prev2 is "shares" or "Shares" or "stake" or "owner" or "maker" or "unit")
            // "a trade professor at Cornell", "an analyst at Stratfor": where someone works is an organisation
            || worksThere || EntityLexicon.OrgCuesAfter.Contains(next) || ownShares;
        // a cue word before a sentence's first word belongs to the sentence before (a possessive after it does not: "Quorvin's shares
        // fell"); a person's surname has shares too ("Neumann's shares")
        // (a lone letter is a label: "group B", "plan A")
        if (words.Count <= 3 && orgCue && (!sentenceStart || ownShares) && !(words.Count == 1 && (words[0].Length == 1
            || NamedAsSurname(body, WithoutPossessive(body[s..e])))))
            return new Candidate(s, e, "ORG", Heuristics.OrgCue);

        // "a stake in Findel", "data from Dealogic": after a holding or a source, the name is an organisation's...
        if (words.Count <= 3 && !sentenceStart && prev is "in" or "from" && EntityLexicon.OrgCuesBeforePreposition.Contains(prev2))
            return new Candidate(s, e, "ORG", Heuristics.OrgPreposition);
        // "a spokesperson for Valdor": whom a spokesperson speaks for is a body, unless the article names a person so ("a spokesman for Roe")
        if (words.Count <= 3 && prev == "for" && prev2 is "spokesperson" or "spokesman" or "spokeswoman" && !_givenNames.Contains(first)
            && !(words.Count == 1 && NamedAsSurname(body, WithoutPossessive(body[s..e]))))
            return new Candidate(s, e, "ORG", Heuristics.OrgPreposition);
        if (IsTownBeforeRegion(body, s, e, words)) return new Candidate(s, e, "LOCATION", Heuristics.PlaceBeforeRegion);
        if (!sentenceStart && IsPlaceAfterPreposition(body, s, e, words, prev)) return new Candidate(s, e, "LOCATION", Heuristics.PlacePreposition);
        if (words.Count <= 3 && !_givenNames.Contains(first) && (IsOrgAppositive(body, e) || IsOrgKindBefore(body, s, e)))
            return new Candidate(s, e, "ORG", Heuristics.OrgAppositive);
        // "told Stratfor", "according to Ruptly": an unknown name that is not a person's, told or quoting, is an outlet.
        if (words.Count <= 3 && !_givenNames.Contains(first) && !sentenceStart && !EntityLexicon.Demonyms.Contains(first)
            && !first.EndsWith("ian", StringComparison.Ordinal)
            && !(words.Count == 1 && NamedAsSurname(body, first))
            && MediaCueBefore.IsMatch(body.AsSpan(Math.Max(0, s - MediaCueWindow), s - Math.Max(0, s - MediaCueWindow)).ToString()))
            return new Candidate(s, e, "ORG", Heuristics.MediaCue);
        return null;
    }

    /// <summary>
    /// "moved to Tarvel, France", "born in Harlow, Ontario": a town named with its state or country after a comma; one word, or two that
    /// open as place names do ("Port Tarvel": two unknown words are as often a person's name), not a given name, a people's name, a
    /// common word ("Nationals, Queensland"), an organisation's word ("Tarvia College, Ohio") nor a name after a possessive.
    /// </summary>
    private bool IsTownBeforeRegion(string body, int s, int e, List<string> words) =>
        (words.Count == 1 || words.Count == 2 && EntityLexicon.PlaceStarts.Contains(words[0])) && !_givenNames.Contains(words[0])
        && !EntityLexicon.Demonyms.Contains(words[0]) && KnownRegionAfterComma(body, e)
        && !words.Any(w => EntityLexicon.IsOrganisationWord(w) || WordClusters?.SeenInLowerCase(w) == true)
        && !(s >= 3 && body[s - 1] == ' ' && body[s - 2] == 's' && body[s - 3] is '\'' or '’');

    /// <summary>
    /// Whether ", " and a known place of one to three words follow <paramref name="e"/>, that place then ending its phrase (a comma, a
    /// full stop, a bracket, "and" or the line's end; not "Ohio's", not "Texas Instruments").
    /// </summary>
    private bool KnownRegionAfterComma(string body, int e)
    {
        if (e + 2 >= body.Length || body[e] != ',' || body[e + 1] != ' ' || !char.IsUpper(body[e + 2])) return false;
        int end = e + 2;
        for (int words = 0; words < 3; words++)
        {
            while (end < body.Length && (char.IsLetter(body[end]) || body[end] is '.' or '-')) end++;
            string place = body[(e + 2)..end].TrimEnd('.');
            if (IsKnownPlace(place) && PhraseEndsAt(body, e + 2 + place.Length)) return true;
            if (end + 1 >= body.Length || body[end] != ' ' || !char.IsUpper(body[end + 1])) return false;
            end++;
        }
        return false;
    }

    /// <summary>Whether a phrase ends at <paramref name="at"/>: punctuation other than a possessive, " and ", or the text's or a line's end.</summary>
    private static bool PhraseEndsAt(string body, int at) =>
        at >= body.Length || body[at] is ',' or '.' or ';' or ':' or ')' or '\n' or '\r'
        || body.AsSpan(at).StartsWith(" and ", StringComparison.Ordinal);

    /// <summary>A word joined to another by a hyphen ("Dodd-Frank", "John - Erik" as tokenised text writes it): part of a longer name.</summary>
    private static bool HyphenJoined(string body, int s, int e) =>
        (s >= 1 && body[s - 1] is '-' or '–') || (s >= 2 && body[s - 1] == ' ' && body[s - 2] is '-' or '–')
        || (e < body.Length && body[e] is '-' or '–') || (e + 1 < body.Length && body[e] == ' ' && body[e + 1] is '-' or '–');

    /// <summary>Lone words and pairs, typed by the classifier or by how the article repeats them; else left to linking.</summary>
    private Candidate ByRepetition(NameRun r)
    {
        var (s, e, words, prev, prev2, next, first, p, j, sentenceStart, body, tokens) = (r.S, r.E, r.Words, r.Prev, r.Prev2, r.Next, r.First, r.P, r.J,
            r.SentenceStart, r.Body, r.Tokens);
        if (words.Count == 1)
        {
            // "Ilona said ... Ilona added": a given name the article repeats on its own and never writes in lower case
            // is a person's, one known by first name (an interviewee, a player), unless it is a place's or a body's too.
            if (!sentenceStart && _givenNames.Contains(words[0]) && words[0].Any(char.IsLower) && Occurrences(body, words[0]) >= 2
                && Occurrences(body, words[0].ToLowerInvariant()) == 0 && !_gazetteer.TryGet(words[0].AsSpan(), out _)
                && !EntityLexicon.NotNames.Contains(words[0]) && Text.DateParser.MonthNumber(words[0]) == null && !HyphenJoined(body, s, e))
                return new Candidate(s, e, "PERSON", Heuristics.LoneGivenName);
            return new Candidate(s, e, "UNKNOWN", Heuristics.Single); // kept only if linking finds its entity (or the recogniser types it)
        }
        // Two unknown capitalised words are a person when the surname stands alone elsewhere in the article
        // ("David Mercado" ... "Mercado said"); a title-case phrase ("Auto Show") does not come back that way.
        // Neither word is a common noun the article also writes in lower case ("Financing Card" ... "the card"),
        // and the first word is not a place or a nationality ("Louisiana Democrats", "Afghan Taliban"); no number follows ("Harbour Terminal 4").
        // A pair written with a spaced hyphen ("Coca - Cola") is one name, not a given name and a surname.
        if (words.Count == 2 && !sentenceStart && Occurrences(body, words[0] + " " + words[1]) < Occurrences(body, words[1])
            && StandsAloneElsewhere(body, words[1], s, e)
            && !body.AsSpan(s, e - s).Contains(" - ", StringComparison.Ordinal)
            && !words.Any(w => w.All(char.IsUpper)) && !words.Any(w => WrittenInLowerCase(body, w)) && !EntityLexicon.Demonyms.Contains(words[0])
            && !IsKnownPlace(words[0]) && !EntityLexicon.Demonyms.Contains(words[1]) && !NumberFollows(body, e) && !OfficeBeforeHolder(r))
            return new Candidate(s, e, "PERSON", Heuristics.TwoWords);
        // ...and an organisation when its first word does ("Patriot Coal" ... "Patriot's mines").
        if (words.Count == 2 && !sentenceStart && Occurrences(body, words[0]) > Occurrences(body, words[0] + " " + words[1]))
            return new Candidate(s, e, "UNKNOWN", Heuristics.TwoWordsOrg);
        if (words.Count == 2) return new Candidate(s, e, "UNKNOWN", Heuristics.TwoWordsUnknown); // kept only if linking finds its entity
        return new Candidate(s, e, "UNKNOWN", Heuristics.MultiWord); // kept only if linking finds its entity
    }

    /// <summary>
    /// Where a name with an organisation word ends: after its last organisation word when every word after it is a common
    /// word the article also writes in lower case, as a title-case headline runs on ("X Labs Closes Round", "Y University
    /// Unpaid"); else at the run's end ("Bank of America", "Z Group Holdings").
    /// </summary>
    private static int OrgNameEnd(string body, int s, int e, List<string> words)
    {
        int last = words.FindLastIndex(EntityLexicon.OrgWords.Contains);
        if (last <= 0 || last == words.Count - 1) return e;
        // "Court of International Trade": a name that runs on over a joiner after its first organisation word is whole
        if (words.Skip(words.FindIndex(EntityLexicon.OrgWords.Contains) + 1).Any(w => w is "of" or "for" or "and" or "&")) return e;
        var tail = words.Skip(last + 1).ToList();
        if (tail.Any(w => !WrittenInLowerCase(body, w) && !EntityLexicon.TitleWords.Contains(w))) return e;
        int pos = s;
        for (int k = 0; k <= last; k++)
        {
            int at = body.IndexOf(words[k], pos, e - pos, StringComparison.Ordinal);
            if (at < 0) return e;
            pos = at + words[k].Length;
        }
        return pos < e && body[pos] == ' ' ? pos : e; // "Ratings Network.com" is a web name, whole
    }

    /// <summary>
    /// Whether a word can end a person's name that a title or a role before it announces: not the last word of an award,
    /// an event or a thing ("Advisor Satisfaction Award"), not an organisation's word, not a common word the article also
    /// writes in lower case ("Music Studio Owners").
    /// </summary>
    private static bool CanEndPersonName(string body, string word) =>
        CanEndAName(word) && !WrittenInLowerCase(body, word);

    /// <summary>Whether a word may end a person's name at all: no ending of a thing's, an event's or a body's name.</summary>
    private static bool CanEndAName(string word) =>
        !EntityLexicon.MiscEndings.Contains(word) && !EntityLexicon.ThingEndings.Contains(word) && !EntityLexicon.OrgWords.Contains(word);

    /// <summary>
    /// The last word of a name set between commas after a person's role ("the bank's chief economist, Ilse Rich, said"): a surname
    /// that is also a common word ("Long", "Rich", "Young") is one there when the words before it are written in no other way.
    /// </summary>
    private static bool CanEndNameAfterRole(string body, List<string> words) =>
        CanEndAName(words[^1]) && (!WrittenInLowerCase(body, words[^1]) || words.SkipLast(1).All(w => !WrittenInLowerCase(body, w)));

    /// <summary>Whether the article also writes a word in lower case, or its singular ("Traders" ... "a trader"): a common noun, no surname.</summary>
    private static bool WrittenInLowerCase(string body, string word)
    {
        string lower = word.ToLowerInvariant();
        return Occurrences(body, lower) > 0 || (lower.Length > 4 && lower.EndsWith('s') && Occurrences(body, lower[..^1]) > 0);
    }

    private static List<EntityMention> Link(string body, List<Candidate> mentions, Dictionary<Candidate, Candidate> anchors,
        Dictionary<string, string> aliases, HashSet<string> givenNames)
    {
        // Canonical entities: the fullest form seen; shorter forms link to it (surname, first words, alias).
        var entities = new List<(string Name, string Type, string Ticker, string Exchange, string Id)>();
        var result = new List<EntityMention>();
        string Text(Candidate c) => body[c.Start..c.End];
        mentions = PlacesARuleNamesAsOrganisations(body, SurnamesOfNamedPeople(body, mentions));

        // Full forms first (longest first), so short forms find them, and typed mentions before untyped ones of the same length,
        // so an untyped mention early in the text still finds the entity a later typed one makes; ids follow order of first mention.
        var byEntity = new Dictionary<Candidate, int>();
        var firstSeen = new Dictionary<int, int>();
        var searched = new Dictionary<(string, string?, string, string, bool, bool, bool, bool, string?), (int Found, int Count)>();
        foreach (var c in mentions.Where(m => !anchors.ContainsKey(m)).OrderByDescending(c => c.Known != null ? 1 : 0).ThenByDescending(c => c.Length)
            .ThenBy(c => c.Type == "UNKNOWN" ? 1 : 0).ThenBy(c => c.Rule == Heuristics.InCapitals.Id ? 1 : 0))
        {
            string text = Text(c);
            if (c.Type == "UNKNOWN" && text.Length == 1) continue; // a lone letter is no short form, even of "B. Rama Raju"
            // (a soft hyphen, where the page lets the word break across lines, is no part of the name)
            string name = c.Known?.Name ?? NameAsWritten(c, text.Replace("\u00AD", "", StringComparison.Ordinal));
            string? defined = aliases.GetValueOrDefault(text);
            bool commonNoun = c.Type == "UNKNOWN" && text.IndexOf(' ') < 0 && WrittenAsCommonWord(body, text.ToLowerInvariant());
            bool guess = IsGuessFromContext(c);
            // A mention written like an earlier one links the same way: an entity once found stays (names and types never change),
            // and one not found is looked for only among the entities added since.
            bool owner = IsPossessiveGuess(body, c);
            string? honorific = HonorificGenderBefore(body, c, text);
            var key = (name, defined, text, c.Type, c.Known == null, commonNoun, guess, owner, honorific);
            int from = 0;
            if (searched.TryGetValue(key, out var before) && before.Found >= 0) from = -1;
            else if (before.Count > 0) from = before.Count;
            bool Matches((string Name, string Type, string Ticker, string Exchange, string Id) x) => x.Name == name || x.Name == defined
                || (c.Known == null && LinksAsShortForm(c.Type, text, commonNoun, x.Name, x.Type))
                || (owner && x.Type == "ORG" && IsPossessiveOf(text, x.Name))
                || (c.Known == null && c.Type == "PERSON" && x.Type == "PERSON" && IsOtherFormOfPerson(text, x.Name, givenNames))
                || (x.Type == "PERSON" && guess && x.Name.Contains(' ') && PersonNameWords(x.Name)[^1] == text);
            int found = from < 0 ? before.Found : BestMatch(entities, from, Matches, honorific, firstSeen, text.IndexOf(' ') < 0);
            searched[key] = (found, entities.Count);
            if (found < 0 && c.Type == "UNKNOWN") continue; // a lone capitalised word nobody else names
            if (found < 0)
            {
                entities.Add((name, c.Type, c.Ticker, c.Exchange, ""));
                found = entities.Count - 1;
            }
            else if (entities[found].Ticker.Length == 0 && c.Ticker.Length > 0)
                entities[found] = entities[found] with { Ticker = c.Ticker, Exchange = c.Exchange };
            byEntity[c] = found;
            firstSeen[found] = Math.Min(firstSeen.GetValueOrDefault(found, int.MaxValue), c.Start);
        }
        foreach (var (t, anchor) in anchors)
        {
            if (!byEntity.TryGetValue(anchor, out int k) || !mentions.Contains(t)) continue;
            byEntity[t] = k;
            if (entities[k].Ticker.Length == 0) entities[k] = entities[k] with { Ticker = t.Ticker, Exchange = t.Exchange };
        }
        // "The Associated Press", "The We Company": a name the article writes after a capitalised "The" in mid-sentence
        // is named with it; the mention stays without it.
        var namedWithThe = new HashSet<int>();
        foreach (var (c, k) in byEntity)
            if (entities[k].Type is "ORG" or "UNKNOWN" && (c.Known == null || c.Known.Name == Text(c)) && MidSentenceThe(body, c.Start)) namedWithThe.Add(k);
        // Ids in order of first mention.
        var ids = new Dictionary<int, string>();
        foreach (var c in mentions.Where(byEntity.ContainsKey).OrderBy(c => c.Start))
        {
            int k = byEntity[c];
            if (!ids.TryGetValue(k, out var id)) ids[k] = id = "e" + (ids.Count + 1);
            var ent = entities[k];
            result.Add(new EntityMention
            {
                EntityId = id, Type = ent.Type == "UNKNOWN" ? "ORG" : ent.Type, Name = namedWithThe.Contains(k) ? "The " + ent.Name : ent.Name,
                    Start = c.Start, End = c.End,
                Ticker = ent.Ticker, Exchange = ent.Exchange, Rule = c.Type == "UNKNOWN" ? c.Rule + "+linked" : c.Rule,
                Confidence = c.Type == "UNKNOWN" ? 0.6 : c.Confidence,
            });
        }
        return result;
    }

    /// <summary>
    /// "Leeds": a word a rule of the article types as an organisation (a team on a results line) is that organisation where the
    /// places gazetteer reads it elsewhere in the same article ("Leeds striker X"); the text's own evidence outweighs the list's.
    /// </summary>
    private static List<Candidate> PlacesARuleNamesAsOrganisations(string body, List<Candidate> mentions)
    {
        var orgs = mentions.Where(m => m.Type == "ORG" && m.Priority >= RulePriorityBase && m.Known == null)
            .Select(m => body[m.Start..m.End]).ToHashSet(StringComparer.Ordinal);
        if (orgs.Count == 0) return mentions;
        bool IsPlaceOfOrg(Candidate m) => m.Type == "LOCATION" && m.Known != null && m.Priority < RulePriorityBase && orgs.Contains(body[m.Start..m.End]);
        return mentions.Any(IsPlaceOfOrg) ? mentions.Select(m => IsPlaceOfOrg(m) ? m with { Known = null, Type = "ORG" } : m).ToList() : mentions;
    }

    /// <summary>
    /// "Ellison" after "Mark Ellison": a lone surname the people gazetteer knows for someone else ("Larry Ellison") is,
    /// in an article that names another person of that surname in full, that person: it is left untyped, to link as a surname does.
    /// </summary>
    private static List<Candidate> SurnamesOfNamedPeople(string body, List<Candidate> mentions)
    {
        Dictionary<string, List<string>>? named = null;
        foreach (var m in mentions)
            if (m.Type == "PERSON" && m.Known == null && body.AsSpan(m.Start, m.Length).IndexOf(' ') > 0)
            {
                string full = body[m.Start..m.End];
                var words = PersonNameWords(full);
                if (words.Count < 2) continue;
                named ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
                if (!named.TryGetValue(words[^1], out var list)) named[words[^1]] = list = new List<string>();
                list.Add(full);
            }
        if (named == null) return mentions;
        // the known person named in full in the same article keeps the surname
        var knownInFull = mentions.Where(m => m.Known != null && m.Type == "PERSON" && body.AsSpan(m.Start, m.Length).IndexOf(' ') > 0)
            .Select(m => m.Known!.Name).ToHashSet(StringComparer.Ordinal);
        bool IsOtherHolder(Candidate m) => m.Known != null && m.Type == "PERSON" && !knownInFull.Contains(m.Known.Name)
            && body.AsSpan(m.Start, m.Length).IndexOf(' ') < 0 && named.TryGetValue(body[m.Start..m.End], out var people)
            && people.Any(p => !IsOtherFormOfPerson(p, m.Known.Name));
        if (!mentions.Any(IsOtherHolder)) return mentions;
        return mentions.Select(m => IsOtherHolder(m)
            ? m with { Known = null, Type = "UNKNOWN", Rule = Heuristics.Single.Id, Confidence = Heuristics.Single.Confidence } : m).ToList();
    }

    /// <summary>
    /// Whether a mention (of <paramref name="type"/>, or untyped) is a short form of an entity that is no place. A lone word the
    /// article also writes in lower case (<paramref name="commonNoun"/>: "the Minister of Industry" after "Industry Canada") is a
    /// common noun there, not a short form of the organisation it opens, unless that name is the word and a legal form ("Sharp Corp.").
    /// </summary>
    private static bool LinksAsShortForm(string type, string text, bool commonNoun, string full, string fullType) =>
        fullType != "LOCATION" && (type == fullType || type == "UNKNOWN" && !(commonNoun && fullType == "ORG" && !IsWordAndLegalForm(text, full)))
        && IsShortFormOf(text, full, fullType);

    /// <summary>
    /// "Each Denny's restaurant" in an article about "Denny's Corp.": a lone word that a guess (a given name alone, the recogniser)
    /// typed a person, written with a possessive, may be the company whose name is that word's possessive (<see cref="IsPossessiveOf"/>).
    /// </summary>
    private static bool IsPossessiveGuess(string body, Candidate c)
    {
        if (c.Known != null || c.Type != "PERSON" || c.Rule != Heuristics.LoneGivenName.Id && c.Rule != Learning.NerModel.Id) return false;
        int k = c.End;
        if (k < body.Length && body[k] == ' ') k++; // a tokenised text: "Denny 's"
        return k + 1 < body.Length && body[k] is '\'' or '’' && body[k + 1] == 's' && (k + 2 == body.Length || !char.IsLetterOrDigit(body[k + 2]));
    }

    /// <summary>Whether <paramref name="company"/> opens with <paramref name="word"/>'s and goes on ("Denny's Corp.").</summary>
    private static bool IsPossessiveOf(string word, string company) =>
        company.Length > word.Length + 3 && company.StartsWith(word, StringComparison.Ordinal) && company[word.Length] is '\'' or '’'
        && company[word.Length + 1] == 's' && company[word.Length + 2] == ' ';

    /// <summary>"Sharp" of "Sharp Corp.", "Shell" of "Shell plc", "Tarn" of "Tarn's Ltd": the full name is the word (or its possessive)
    /// and a legal form.</summary>
    private static bool IsWordAndLegalForm(string word, string full)
    {
        int at = IsPossessiveOf(word, full) ? word.Length + 2 : word.Length;
        return full.Length > at + 1 && full.StartsWith(word, StringComparison.Ordinal) && full[at] is ' ' or ','
            && EntityLexicon.TryLegalForm(full[(at + 1)..], out _);
    }

    /// <summary>Whether "The " stands right before <paramref name="start"/>, capitalised inside a sentence.</summary>
    private static bool MidSentenceThe(string body, int start)
    {
        if (start < 5 || !body.AsSpan(start - 4, 4).SequenceEqual("The ")) return false;
        int b = start - 5;
        while (b >= 0 && body[b] == ' ') b--;
        return b >= 0 && (char.IsLetterOrDigit(body[b]) || body[b] is ',' or ';' or '(' or '-' or '—' or '–');
    }

    /// <summary>
    /// A person is named again by the surname ("Kennedy" of "James P. Kennedy Jr.", the generational suffix aside)
    /// or by the given name alone ("Matt" of "Matt Bevin"), also where the full name set that word in capitals ("Mina" of the
    /// tabloid drop-cap "MINA Okafor").
    /// </summary>
    private static bool IsPartOfPersonName(string word, string full)
    {
        var words = PersonNameWords(full);
        return words.Count >= 2 && (SameNameWord(words[^1], word) || SameNameWord(words[0], word));
    }

    private static bool SameNameWord(string inName, string word) =>
        inName == word || inName.Length > 1 && inName.All(c => !char.IsLower(c)) && string.Equals(inName, word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A lone word typed only by the words around it ("according to X", "in X", "data from X"): when a person of the
    /// article has it for a surname, it is that person ("According to Keller" after "Morgan Keller").
    /// </summary>
    private static bool IsGuessFromContext(Candidate c) =>
        c.Known == null && (c.Rule == Heuristics.MediaCue.Id || c.Rule == Heuristics.PlacePreposition.Id || c.Rule == Heuristics.OrgPreposition.Id);

    /// <summary>
    /// One person written two ways: "Patrick W. Carlineo" and "Patrick Carlineo Jr." (middle initials and a generational
    /// suffix aside), "Pat Carlineo" (a short form of the given name, <see cref="EntityLexicon.GivenNameVariants"/>).
    /// The surnames are equal, and middle names, when both write them, too; or the shorter form is the longer one's surname of two words or more.
    /// </summary>
    private static bool IsOtherFormOfPerson(string text, string full, HashSet<string>? givenNames = null)
    {
        if (text.IndexOf(' ') < 0 || full.IndexOf(' ') < 0) return false;
        var a = PersonNameWords(text);
        var b = PersonNameWords(full);
        if (a.Count < 2 || b.Count < 2 || a[^1] != b[^1]) return false;
        // a surname of two words or more alone ("Kostro Miller" of "Amanda A. Kostro Miller", "Van Der Beek" of "James Van Der Beek")
        // ...not a given name and surname after other words ("Martin Roe" of "Anna Berg von Martin Roe", a byline run together)
        if (givenNames != null && !givenNames.Contains(a[0]) && b.Count > a.Count
            && b.Skip(b.Count - a.Count).SequenceEqual(a, StringComparer.OrdinalIgnoreCase)) return true;
        // middle names or initials, when both forms write them, agree letter by letter ("W." of "William")
        if (a.Count > 2 && b.Count > 2 && (a.Count != b.Count || a.Skip(1).Zip(b.Skip(1)).Any(x => x.First[0] != x.Second[0]))) return false;
        return a[0] == b[0] || (EntityLexicon.GivenNameVariants.TryGetValue(a[0], out var variants) && variants.Contains(b[0]));
    }

    /// <summary>A person's name as words, without a generational suffix ("Jr.") and with initials' periods dropped.</summary>
    private static List<string> PersonNameWords(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd(',', '.')).Where(w => w.Length > 0).ToList();
        if (words.Count > 2 && words[^1] is "Jr" or "Sr" or "II" or "III" or "IV") words.RemoveAt(words.Count - 1);
        return words;
    }

    /// <summary>"Musk" of "Elon Musk"; "Northwind" of "Northwind Semiconductor Corp."; "Meta" of "Meta Platforms, Inc.".</summary>
    private static bool IsShortFormOf(string text, string full, string type)
    {
        if (text.Length >= full.Length) return false;
        // cheap refusals first: this runs for every mention against every entity
        if (type == "PERSON" && (text.Contains(' ') || !full.Contains(text, StringComparison.OrdinalIgnoreCase))) return false;
        if (type != "PERSON")
        {
            int sp = text.IndexOf(' ');
            // "the Intelligence Committee" of "House Intelligence Committee": an organisation named by its last words
            if (type == "ORG" && sp > 0 && full[full.Length - text.Length - 1] == ' '
                && full.AsSpan(full.Length - text.Length).SequenceEqual(text)) return true;
            if (!full.StartsWith(sp < 0 ? text : text[..sp], StringComparison.Ordinal)) return false;
        }
        if (type == "PERSON") return IsPartOfPersonName(text, full); // one word: longer texts were refused above
        var words = full.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd(',', '.')).ToArray();
        var mine = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Nicholson" of "Nicholson's Limited": a company named by a possessive and its legal form is also named without them
        if (mine.Length == 1 && IsWordAndLegalForm(text, full)) return true;
        for (int k = 0; k < mine.Length; k++)
            if (k >= words.Length || words[k] != mine[k]) return false;
        return true;
    }
}
