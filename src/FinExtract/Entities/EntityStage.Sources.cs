using System.Text.RegularExpressions;
using FinExtract.Rules;
using FinExtract.Text;

namespace FinExtract.Entities;

/// <summary>Candidates from the rules and the gazetteers, and the acronyms an article defines.</summary>
public sealed partial class EntityStage
{
    private static bool BeforeANumberAnywhere(string body, string word)
    {
        for (int k = body.IndexOf(word, StringComparison.Ordinal); k >= 0; k = body.IndexOf(word, k + word.Length, StringComparison.Ordinal))
            if (NumberFollows(body, k + word.Length) || k + word.Length < body.Length && body[k + word.Length] == '/') return true;
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^,?\s(?:1[89]|20)\d\d\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearAfter();

    /// <summary>
    /// "@HarlowTimes", "(@Tarvel_News)", "wiki/Tarvel_Bay", "Ada@harlow.example": words of a handle, an address or a link's path,
    /// joined by "@" or "_", are no mention of a name (the name they stand for is written out beside them when it is one); nor is a
    /// code in capitals glued by a full stop to what goes before it, a ticker's market or an address's country ("0123-OL.HK", "harlow.co.NZ").
    /// </summary>
    private static bool InIdentifier(string body, int start, int end) =>
        start > 0 && body[start - 1] is '@' or '_' || end < body.Length && body[end] is '_' or '@'
        || end - start is >= 2 and <= 4 && start > 1 && body[start - 1] == '.' && char.IsLetterOrDigit(body[start - 2])
        && !body.AsSpan(start, end - start).ContainsAnyExceptInRange('A', 'Z');

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
                // a place a rule finds that the list knows keeps what the list says of it ("the state of Ohio": the state)
                var known = m.Rule.Label == "LOCATION" && _gazetteer.TryGet(body.AsSpan(s, e - s), out var entry) && entry.Type == "LOCATION" ? entry : null;
                candidates.Add(new Candidate(s, e, m.Rule.Label, m.Rule.Id, m.Rule.Confidence, RulePriorityBase + m.Rule.Priority) { Known = known });
            }
        }
    }

    /// <summary>
    /// "an ex-Tarvel engineer", "a pro-Quorvin blog", "non-Harlow phones": a known organisation's name after a prefix and a hyphen (the
    /// name may run on over the next tokens, "ex-Goldman Sachs"), or null.
    /// </summary>
    private Candidate? KnownOrganisationAfterPrefix(string body, IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        int h = body.IndexOf('-', t.Start, t.Length);
        if (h < 0 || h + 1 >= t.End || !char.IsUpper(body[h + 1])
            || body.AsSpan(t.Start, h - t.Start).ToString().ToLowerInvariant() is not ("ex" or "pro" or "anti" or "non" or "post" or "pre")) return null;
        for (int j = Math.Min(tokens.Count - 1, i + 3); j >= i; j--)
        {
            var (s, e) = TrimPossessive(body, h + 1, tokens[j].End);
            if (_gazetteer.TryGet(body.AsSpan(s, e - s), out var entry) && entry.Type == "ORG" && IsWordBoundary(body, s, e))
                return new Candidate(s, e, "ORG", "gazetteer." + entry.Source, Heuristics.Gazetteer.Confidence, Heuristics.Gazetteer.Priority)
                    { Known = entry, Ticker = entry.Ticker, Exchange = entry.Exchange };
        }
        return null;
    }

    /// <summary>
    /// "Southwest Harlow", "SOUTHWEST HARLOW, Fla.": a company's one-word name that is a compass or place word ("Southwest"), right
    /// before a capitalised word, opens a region's name, not the company's.
    /// </summary>
    private static bool OpensRegionName(string body, IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End + 1 && body[tokens[i].End] == ' ' && char.IsUpper(body[tokens[i + 1].Start])
        && EntityLexicon.PlaceModifiers.Contains(TitleCase(body, tokens[i]));

    /// <summary>2. Gazetteers: the longest known name starting at each capitalised token.</summary>
    private void GazetteerCandidates(string body, IReadOnlyList<Token> tokens, List<Candidate> candidates)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            // a name opens with a capital or a digit, or is written in inner capitals from a small letter ("eBay", "iShares"), or after
            // a prefix and a hyphen ("ex-Tarvel staff")
            if (!char.IsUpper(body[t.Start]) && !char.IsDigit(body[t.Start]) && !(t.Length > 2 && char.IsUpper(body[t.Start + 1])))
            {
                if (KnownOrganisationAfterPrefix(body, tokens, i) is { } prefixed) candidates.Add(prefixed);
                continue;
            }
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
                    if (j == i && (WordAliasInsideName(body, tokens, i, entry) || entry.Type == "ORG" && OpensRegionName(body, tokens, i))) break;
                    // "The Economist": the name keeps its article, the mention starts at the name word, as annotators mark spans
                    if (e - s > 4 && body.AsSpan(s, 4).SequenceEqual("The ") && char.IsUpper(body[s + 4])) s += 4;
                    if (entry.Type == "ORG") (j, e) = OverlappingNameEnd(body, tokens, i, j, entry, e);
                    if (entry.Type == "ORG") (j, e) = FullNameEnd(body, tokens, j, entry, s, e);
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
    /// "U.S. House of Representatives": a body's alias ("U.S. House") and its own name ("House of Representatives") that overlap in
    /// the text are one mention of it, both together. Returns the last token and the end of the name found at tokens i..j.
    /// </summary>
    private (int J, int End) OverlappingNameEnd(string body, IReadOnlyList<Token> tokens, int i, int j, GazetteerEntry entry, int end)
    {
        if (j == i) return (j, end); // a one-word name has no word inside it that another name could start at
        int reach = j; // the last token the name may run on to: names do not span wide gaps
        while (reach + 1 < tokens.Count && reach + 1 <= j + 7 && tokens[reach + 1].Start <= tokens[reach].End + 1) reach++;
        for (int k = i + 1; k <= j; k++)
            for (int m = Math.Min(reach, k + 7); m > j; m--)
            {
                if (tokens[m].End - tokens[k].Start > _gazetteer.MaxLength + 2) continue;
                var (s2, e2) = TrimPossessive(body, tokens[k].Start, tokens[m].End);
                if (_gazetteer.TryGet(body.AsSpan(s2, e2 - s2), out var other) && other.Name == entry.Name && other.Type == entry.Type
                    && IsWordBoundary(body, s2, e2))
                    return (m, e2);
            }
        return (j, end);
    }

    /// <summary>
    /// The head word of a body's "X of Y" name used alone ("House" for the House of Representatives), or a body's one-word name that is
    /// itself an organisation's head word ("Congress"), inside another name: after a capitalised word within a sentence that no list knows ("the Pump House",
    /// "Alfred Phillips House", "Mobile World Congress"), or before "of" and a name ("House of Tarvel"). A word that opens its sentence
    /// ("Numerous House members"), a known place ("US House") and a place modifier ("Lower House") before it do not count.
    /// </summary>
    private bool WordAliasInsideName(string body, IReadOnlyList<Token> tokens, int i, GazetteerEntry entry)
    {
        var t = tokens[i];
        string word = body.Substring(t.Start, t.Length);
        // ...and a body's one-word name that heads other bodies' names too ("Congress" of "Mobile World Congress", "Student Senate")
        bool head = word != entry.Name ? entry.Name.StartsWith(word + " of ", StringComparison.Ordinal)
            : word.IndexOf(' ') < 0 && EntityLexicon.OrgWords.Contains(word);
        if (entry.Source != "organisations" || !head) return false;
        // ...or the head word of another "X of Y" name: "House of Tarvel" is not "House of Representatives", which would have matched whole
        if (word != entry.Name && t.End + 5 < body.Length && body.AsSpan(t.End, 4) is " of " && char.IsUpper(body[t.End + 4])) return true;
        if (i < 2 || tokens[i - 1].End + 1 != t.Start || body[t.Start - 1] != ' ' || !char.IsUpper(body[tokens[i - 1].Start])) return false;
        string prev = Word(body, tokens[i - 1]);
        bool opens = body.Substring(tokens[i - 2].Start, tokens[i - 2].Length) is "." or "!" or "?" or ":" or "“" or "\""
            || body.AsSpan(tokens[i - 2].End, tokens[i - 1].Start - tokens[i - 2].End).Contains('\n');
        // (a party's adjective is no part of a name: "Democratic Senate candidate", where "Democratic Party" is known)
        return !opens && prev != "The" && !EntityLexicon.NotNames.Contains(prev) && !(_gazetteer.TryGet(prev, out var known) && known.Type == "LOCATION")
            && !EntityLexicon.PlaceModifiers.Contains(prev) && !_gazetteer.TryGet(prev + " Party", out _);
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

    /// <summary>
    /// A name defined with its acronym ("Union of Tarvian Cartwrights and Joiners (UTCJ)", "TCC (Tarvian Chess Council)")
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
            OtherBodiesGiveWay(body, candidates, shortForm, longForm);
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
            // "Data Warehouse (DW)", "Business Intelligence (BI)": a long form of common words only, capitalised as terms are, names a
            // concept, and its letters are no body's the lists know by them either
            if (!organisation && english && IsCommonWordPhrase(words))
            {
                terms.Add(shortForm);
                writtenOut.Add(shortForm);
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
    /// An acronym the article defines as short for a name that is not, word for word or mostly, the name of the body the lists know
    /// by those letters ("Fenwick Carriage Assemblers (FCA)", where the lists' FCA is a regulator) is not that body anywhere in the article: its
    /// gazetteer readings are left open, for the definition or the recogniser to type. A body the lists name by the acronym itself
    /// may be the one defined.
    /// </summary>
    private static void OtherBodiesGiveWay(string body, List<Candidate> candidates, string shortForm, string longForm)
    {
        var words = NameWords(longForm);
        for (int k = 0; k < candidates.Count; k++)
        {
            if (candidates[k] is not { Known: { } known } c || c.End - c.Start != shortForm.Length) continue;
            if (string.CompareOrdinal(body, c.Start, shortForm, 0, shortForm.Length) != 0) continue;
            var knownWords = NameWords(known.Name);
            if (SameName(knownWords, words) || knownWords.Contains(shortForm.ToLowerInvariant())) continue; // "BBC", "KKR & Co.": the lists name it so
            candidates[k] = new Candidate(c.Start, c.End, "UNKNOWN", Heuristics.AcronymUnknown);
        }
    }

    /// <summary>
    /// Whether two names' capitalised words are one name's, spelt or extended differently: at least half the shorter one's words
    /// are in the other ("Organisation for Economic Co-operation and Development", "Tarvel Securities Commission" for "Securities
    /// Commission"); one word in common is not enough ("National Quilters Guild" is not a "National Health Service").
    /// </summary>
    private static bool SameName(HashSet<string> a, HashSet<string> b) =>
        a.Count > 0 && b.Count > 0 && 2 * a.Count(b.Contains) >= Math.Min(a.Count, b.Count);

    /// <summary>The capitalised words of a name, in lower case: "Fenwick Carriage Assemblers" gives fenwick, carriage, assemblers.</summary>
    private static HashSet<string> NameWords(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w.Trim('.', ',').ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether a capitalised long form is a compound of common words, as a term is: each word one the in-domain text writes in
    /// lower case, none a given name, a nationality or a place's word ("Data Warehouse", not "Human Rights Tarvel"; an organisation
    /// word settled "Tarvian Export Council" before). A group named by a phrase says who or what for ("Parents for Safe Roads",
    /// "Mothers Against Noise"): a preposition besides "of", or people in the plural first, make it no term.
    /// </summary>
    private bool IsCommonWordPhrase(string[] words)
    {
        var content = words.Where(w => w is not ("and" or "of" or "the" or "&")).ToList();
        return content.Count >= 2 && WordClusters != null && !words.Any(w => GroupPrepositions.Contains(w.ToLowerInvariant()))
            && !(content[0].EndsWith("ers", StringComparison.Ordinal) || content[0] == "People")
            && content.All(w => char.IsUpper(w[0]) && WordClusters.SeenInLowerCase(w)
                && !_givenNames.Contains(w) && !EntityLexicon.Demonyms.Contains(w) && !EntityLexicon.PlaceWords.Contains(w));
    }

    private static readonly HashSet<string> GroupPrepositions = ["for", "against", "with", "without", "to", "on", "in", "by", "from"];

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

    /// <summary>
    /// An acronym named twice, or once with a spokesperson ("a QRVN spokeswoman said", which a trade or a thing has not), with a kind
    /// of organisation in apposition ("QRVN, the regional broadband provider, said") or after it ("the QRVN workers' union"), after a word
    /// that goes before an organisation's name ("rival QRVN", "the ruling TPLA") or after a holding in it ("shares in QRVN"), or after a
    /// chapter, member or office of it, ending the phrase ("the Tarvel chapter of the QRVN, which", "president of the QRVN, who"; not
    /// "members of the QRVN community"), is an organisation; not one the article writes as a thing's name, nor one alone in a table
    /// cell ("| WÜ |", a code of the table's).
    /// </summary>
    private static Candidate AcronymCandidate(string body, string word, int s, int e, string prev, string prev2, string next) =>
        (Occurrences(body, word) >= 2 || next is "spokesman" or "spokeswoman" or "spokesperson" || IsOrgAppositive(body, e)
            || IsNamedBeforeKind(body, e, prev) || OrgCueWordBefore(prev)
            || HoldingOrPartyBefore(prev, prev2) || HeldOrPartneredBy(prev, prev2)
            || s >= 12 && MembershipOfTheBefore().IsMatch(body.AsSpan(Math.Max(0, s - 40), Math.Min(40, s)))
            && HeadNounEnd().IsMatch(body.AsSpan(e, Math.Min(8, body.Length - e))))
        && !NamesAThing(body, word) && !AloneInTableCell(body, s, e)
            ? new Candidate(s, e, "ORG", Heuristics.Acronym)
            : new Candidate(s, e, "UNKNOWN", Heuristics.AcronymUnknown);

    [GeneratedRegex(@"\b(?:chapter|branch|affiliate|members?|president|head|chair(?:man|woman)?|director|leaders?|officials?"
        + @"|spokes(?:man|woman|person))[ ]of[ ]the[ ]\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MembershipOfTheBefore();

    /// <summary>
    /// "T.J. Quorvin, Tarn, Harlow &amp; Marsh": a rule's match that starts inside a name the lists know and runs on past its end reads a
    /// list that the known name opens as one name; the known name's words are not the start of another.
    /// </summary>
    private static bool StartsInsideKnownName(Candidate c, List<Candidate> candidates) =>
        c.Priority >= RulePriorityBase && c.Known == null
        && candidates.Any(k => k.Known != null && k.Start < c.Start && c.Start < k.End && k.End < c.End);

    /// <summary>
    /// "the Tarvel Center", "Quorvin Bank Arena": a known company's or body's name right before a venue's word is the venue's name, a
    /// place named for its sponsor, not the company; not before "of" or "for" ("the Tarvel Center for Research" is a body of its own).
    /// A known company's name before "Channel" is its television channel, an organisation of its own.
    /// </summary>
    private static void VenuesAndChannelsOfKnownNames(string body, List<Candidate> candidates)
    {
        for (int k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            if (c.Known == null || c.Type != "ORG" || CapitalisedWordEndAfter(body, c.End) is not int end) continue;
            // "the Quorvin Channel", "Tarvel Sports", "Harlow Radio 4": a known body's channel, outlet or division is a body of its own
            var word = body.AsSpan(c.End + 1, end - c.End - 1);
            if (EntityLexicon.DivisionWords.Contains(word) && (c.Known.Source == "companies" || word is not "Channel"))
            {
                candidates[k] = new Candidate(c.Start, word is "Radio" or "Channel" ? StationNumberEnd(body, end) : end, "ORG", Heuristics.CompanyChannel);
                continue;
            }
            if (!SponsoredVenueWords.Contains(body.AsSpan(c.End + 1, end - c.End - 1)) || WordAfterIs(body, end, " of") || WordAfterIs(body, end, " for"))
                continue;
            candidates[k] = new Candidate(c.Start, end, "LOCATION", Heuristics.SponsoredVenue);
        }
    }

    /// <summary>The end of a station's number of one or two digits one space after <paramref name="at"/> ("Radio 4"), or <paramref name="at"/>.</summary>
    private static int StationNumberEnd(string body, int at)
    {
        int e = at + 1;
        while (e < body.Length && e - at <= 3 && char.IsAsciiDigit(body[e])) e++;
        if (e - at is not (2 or 3) || body[at] != ' ') return at;
        // ("Radio 4,000 listeners", "Channel 4.5%" are no stations)
        bool more = e < body.Length && (char.IsLetterOrDigit(body[e]) || body[e] == '%'
            || body[e] is '.' or ',' && e + 1 < body.Length && char.IsAsciiDigit(body[e + 1]));
        return more ? at : e;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SponsoredVenueWords =
        EntityLexicon.SponsoredVenueWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="spacedWord"/> (" of") stands at <paramref name="at"/> as a whole word.</summary>
    private static bool WordAfterIs(string body, int at, string spacedWord) =>
        body.AsSpan(at).StartsWith(spacedWord, StringComparison.Ordinal)
        && (at + spacedWord.Length == body.Length || !char.IsLetter(body[at + spacedWord.Length]));
}
