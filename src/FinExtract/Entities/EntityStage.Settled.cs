using FinExtract.Documents;

namespace FinExtract.Entities;

/// <summary>
/// Second looks at the settled mentions: organisations' whole names, known companies and their tickers, lists of names,
/// teams, institutions and brands.
/// </summary>
public sealed partial class EntityStage
{
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

    private bool IsNamedAfterPlace(string body, Candidate c, CandidateIndex index)
    {
        // a run typed by its context alone ("said Harlow Rovers") is open to it too; one typed by a given name is not
        if (!(c.Type == "UNKNOWN" && c.Rule is "heuristic.two-words-unknown" or "heuristic.multi-word" or "heuristic.two-words-org")
            && !(c.Type == "PERSON" && c.Rule is "heuristic.person-cue" or "heuristic.speaker") && !(c.Type == "ORG" && c.Rule == Heuristics.OrgCue.Id))
            return false;
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

    /// <summary>One word, then nothing but initials or given names ("Roy", "Roy E.", "Mary J. K.", "Ana Luisa").</summary>
    private bool IsNameWithInitials(ReadOnlySpan<char> words)
    {
        int space = words.IndexOf(' ');
        if (space < 0) return true;
        foreach (var range in words[(space + 1)..].Split(' '))
        {
            var w = words[(space + 1)..][range];
            if ((w.Length != 2 || !char.IsUpper(w[0]) || w[1] != '.') && !_givenNames.Contains(w.ToString())) return false;
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
            if (c.Rule == "heuristic.org-word" && IsOrganisationAroundPlace(body, c, near))
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
            // ("Roy E. Disney"), after a title too ("Senator Mina Ford")
            else if ((c.Rule == Heuristics.GivenName.Id || c.Rule == Heuristics.PersonNamedBusiness.Id
                || (c.Rule == Heuristics.TitleName.Id || c.Rule == Heuristics.Title.Id) && _givenNames.Contains(body[c.Start..c.End].Split(' ')[0]))
                && near.Any(g => g.Known != null && g.Type is "LOCATION" or "ORG" && g.End == c.End
                && g.Start > c.Start && IsNameWithInitials(body.AsSpan(c.Start, g.Start - c.Start).Trim()) && body.AsSpan(g.Start, g.Length).IndexOf(' ') < 0)
                && !near.Any(g => g.Known != null && g.Start == c.Start))
                candidates[k] = c with { Priority = WholeNamePriority };
            // "the Tarvian Premier League", "the Tarvian Supreme Court": a nationality before a known body whose name ends in an organisation
            // word names that nation's own body, another organisation; a party's adjective is no nation ("the Democratic Senate")
            else if (c.Rule == "heuristic.org-word" && c.Type == "ORG" && EntityLexicon.OrgWords.Contains(body[(body.LastIndexOf(' ', c.End - 1) + 1)..c.End])
                && near.Any(g => g.Known != null && g.Type == "ORG" && g.End == c.End && g.Start > c.Start && StartsOrAfterNationality(body, c.Start, g.Start)
                && !_gazetteer.TryGet(body[c.Start..(g.Start - 1)] + " Party", out _)))
                candidates[k] = c with { Priority = WholeNamePriority };
            // "QuorvinHealth Ghana": a name in intercaps followed by a country the lists know is the firm's unit there, one organisation
            // (as CountryUnits joins a known company and its country)
            else if (c.Rule == Heuristics.InterCaps.Id && c.Type == "ORG"
                && near.Any(g => g.Known is { Kind: "country" } && g.Type == "LOCATION" && g.End == c.End && g.Start > c.Start))
                candidates[k] = c with { Priority = WholeNamePriority };
            // "Harlow Rovers", "Tarvel Gazette", "Quorvale Hawks": a known place followed by names that are neither a place's
            // nor a person's is a name of its own, most often an organisation's (a team, a paper, a firm named after its town).
            else if (IsNamedAfterPlace(body, c, index))
                candidates[k] = c with { Type = "ORG", Rule = Heuristics.NamedAfterPlace.Id, Confidence = Heuristics.NamedAfterPlace.Confidence,
                    Priority = WholeNamePriority };
            // "Kotak Securities", "Federal Reserve Bank of New York", "Senate Armed Services Committee": a known name that a longer
            // organisation name starts with is that longer organisation (a unit, a branch, a committee), when the rest names its kind
            // (up to three capitalised words ending in an organisation word, "<org word> of/on/for ...", or "of ..." after a known name that
            // ends in one: "Supreme Court of Tarvia", not a listed company's home after it, "Harlow Bank of Tarvia"), after a nationality
            // too ("the Tarvian Red Cross Harlow Hospital"); a known company's fuller name ("Tarvel Airways" for "Tarvel") keeps its ticker.
            else if (c.Rule == "heuristic.org-word" || c.Rule == Heuristics.InterCaps.Id)
            {
                if (near.FirstOrDefault(g => g.Known != null && g.Type == "ORG" && g.End < c.End && StartsOrAfterNationality(body, c.Start, g.Start))
                    is not { } known) continue;
                var rest = body[known.End..c.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.', ',')).ToArray();
                if ((rest.Length is 1 or 2 || rest.Length == 3 && rest.All(w => char.IsUpper(w[0])))
                    && (EntityLexicon.OrgWords.Contains(rest[^1]) || EntityLexicon.OrgLastWords.Contains(rest[^1]))
                    || (rest.Length >= 3 && EntityLexicon.OrgWords.Contains(rest[0]) && rest[1] is "of" or "on" or "for")
                    || (rest.Length >= 2 && rest[0] == "of" && EntityLexicon.OrgWords.Contains(body[(body.LastIndexOf(' ', known.End - 1) + 1)..known.End])
                        && !IsCompanyOfItsCountry(body, c, near)))
                    candidates[k] = IsKnownNameWithoutForm(known.Known!.Name, body[c.Start..c.End])
                        ? c with { Priority = WholeNamePriority, Known = known.Known, Ticker = known.Ticker, Exchange = known.Exchange }
                        : c with { Priority = WholeNamePriority };
            }
        }
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

    /// <summary>Whether a name is a known company's name, or that name without its legal form ("Tarvel Airways" for "Tarvel Airways Corp.").</summary>
    private static bool IsKnownNameWithoutForm(string knownName, string name)
    {
        string known = EntityLexicon.Bare(knownName), bare = EntityLexicon.Bare(name);
        return known == bare || known.StartsWith(bare + " ", StringComparison.Ordinal) && EntityLexicon.TryLegalForm(known[(bare.Length + 1)..], out _);
    }

    /// <summary>Whether a name starts at <paramref name="start"/>, or there a nationality and a space stand before it ("Tarvian ").</summary>
    private static bool StartsOrAfterNationality(string body, int start, int at) =>
        at == start || at > start + 1 && body[at - 1] == ' ' && EntityLexicon.Demonyms.Contains(body[start..(at - 1)]);

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

    /// <summary>
    /// "the Tarvel Auto Workers union ... the TAW said": a word in capitals (three to six letters) that spells the initials of an
    /// organisation the article names in full is that organisation, unless a definition in the article gives the letters another
    /// meaning or two of its organisations share them.
    /// </summary>
    private static void InitialsOfOrganisations(string body, List<Candidate> chosen, Dictionary<string, string> aliases)
    {
        Dictionary<string, string?>? named = null;
        for (int k = 0; k < chosen.Count; k++)
        {
            var t = chosen[k];
            if (t.Type is not ("UNKNOWN" or "ORG") || t.Known != null || t.IsTicker || t.IsExchange || t.IsDefinedTerm || t.Length is < 3 or > 6
                || body.AsSpan(t.Start, t.Length).ContainsAnyExceptInRange('A', 'Z') || aliases.ContainsKey(body[t.Start..t.End]))
                continue;
            named ??= NamesByInitials(body, chosen);
            if (named.GetValueOrDefault(body[t.Start..t.End]) is not { } name) continue;
            chosen[k] = new Candidate(t.Start, t.End, "ORG", Heuristics.Initials);
            aliases[body[t.Start..t.End]] = name;
        }
    }

    /// <summary>The organisations of several words the article names, by their initials; null where two share them.</summary>
    private static Dictionary<string, string?> NamesByInitials(string body, List<Candidate> chosen)
    {
        var named = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var o in chosen.Where(c => c.Type == "ORG" && !c.IsTicker && !c.IsExchange))
        {
            string text = body[o.Start..o.End];
            if (text.IndexOf(' ') < 0 || AcronymDefinitions.Initials(text) is not { } initials) continue;
            string name = o.Known?.Name ?? NameAsWritten(o, text);
            named[initials] = named.TryGetValue(initials, out var other) && other != name ? null : name;
        }
        return named;
    }

    /// <summary>
    /// "the House of Commons ... in this House": a one-word alias the list of public bodies gives one body ("House" for a house of
    /// representatives) names, in an article that names another known body whose name opens with that word and not the first body
    /// by its name, the body the article names. Not letters ("UN" of "UN Security Council" stays the United Nations), nor a company's
    /// short name (a group's name is its parent's, not its unit's).
    /// </summary>
    private static void AliasesOfNamedBodies(string body, List<Candidate> chosen)
    {
        HashSet<string>? inFull = null;
        Dictionary<string, List<GazetteerEntry>>? byFirstWord = null;
        for (int k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (c.Known is not { Source: "organisations" } known || c.Type != "ORG" || body.AsSpan(c.Start, c.Length).IndexOf(' ') >= 0
                || !body.AsSpan(c.Start + 1, c.Length - 1).ContainsAnyInRange('a', 'z')) continue;
            string alias = body[c.Start..c.End];
            if (alias == known.Name) continue;
            inFull ??= chosen.Where(x => x.Known != null && body.AsSpan(x.Start, x.Length).IndexOf(' ') >= 0).Select(x => x.Known!.Name)
                .ToHashSet(StringComparer.Ordinal);
            byFirstWord ??= KnownBodiesByFirstWord(chosen);
            if (inFull.Contains(known.Name) || !byFirstWord.TryGetValue(alias, out var bodies)) continue;
            var named = bodies.Where(x => x.Name != known.Name).ToList();
            if (named.Count == 1) chosen[k] = c with { Known = named[0] };
        }
    }

    /// <summary>The known organisations the chosen mentions name, each once, by the first word of their names.</summary>
    private static Dictionary<string, List<GazetteerEntry>> KnownBodiesByFirstWord(List<Candidate> chosen)
    {
        var byFirstWord = new Dictionary<string, List<GazetteerEntry>>(StringComparer.Ordinal);
        foreach (var x in chosen)
        {
            if (x.Known is not { } other || x.Type != "ORG" || other.Name.IndexOf(' ') is var sp && sp <= 0) continue;
            string first = other.Name[..sp];
            if (!byFirstWord.TryGetValue(first, out var list)) byFirstWord[first] = list = new();
            if (!list.Any(y => y.Name == other.Name)) list.Add(other);
        }
        return byFirstWord;
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
            return !opensSentence && !w.EndsWith("ly", StringComparison.Ordinal) && !NamedAsSurname(body, w) && !IsKindOfBodyAlone(w)
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
    /// often two firms) when no rule, gazetteer or given name typed them, or only their own organisation word did, common words all
    /// ("Institute for Farming and Digital Systems").
    /// </summary>
    private void JoinAcrossAnd(string body, List<Candidate> chosen)
    {
        for (int k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (c.Type != "ORG" || c.Rule != Heuristics.OrgWord.Id) continue;
            var words = body[c.Start..c.End].Split(' ');
            int s = c.Start, e = c.End;
            if (words.Length >= 3 && words[^2] == "of" && SubjectListAfter(body, e, words[^1], chosen) is int listEnd) e = listEnd;
            else if (words.Length >= 3 && words.Contains("of") | words.Contains("for") | words.Contains("on")
                && AndAfter().Match(body, e, Math.Min(80, body.Length - e)) is { Success: true } m
                && (IsOpenRun(body, m.Groups[1], chosen) || IsCommonWordsName(m.Groups[1], chosen)))
                e = m.Groups[1].Index + m.Groups[1].Length;
            else if (!EntityLexicon.OrgWords.Contains(words[0]) && EntityLexicon.InstitutionWords.Contains(words[^1]) && s >= 5
                && AndBefore().Match(body, Math.Max(0, s - 80), Math.Min(80, s)) is { Success: true } b
                && (IsOpenRun(body, b.Groups[1], chosen) || IsFieldRun(b.Groups[1], chosen)))
                s = b.Groups[1].Index;
            if (s == c.Start && e == c.End) continue;
            chosen.RemoveAll(x => x != c && x.Start < e && x.End > s);
            k = chosen.IndexOf(c);
            chosen[k] = c with { Start = s, End = e };
        }
    }

    /// <summary>
    /// A known place followed by one capitalised plural that the article never writes in lower case or in the singular
    /// ("St. Louis Cardinals", "Harlow Falcons" after a place, "Tarvel Scorchers") is a name of its own: a team's or a
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
            // in a title-case headline every word is capitalised ("Tarvia Match Highlights")
            headlines ??= TitleCaseSentences(article).ToList();
            if (headlines.Any(h => place.Start >= h.Start && place.Start < h.End)) continue;
            if (chosen.Any(x => x.Type != "UNKNOWN" && x != place && x.Start < end && x.End > place.End)) continue;
            chosen.RemoveAll(x => x.Type == "UNKNOWN" && x.Start < end && x.End > place.End);
            k = chosen.IndexOf(place);
            chosen[k] = new Candidate(place.Start, end, "ORG", Heuristics.NamedAfterPlace);
        }
    }

    /// <summary>The end of the capitalised word one space after <paramref name="at"/> (its letters), or null when none stands there.</summary>
    private static int? CapitalisedWordEndAfter(string body, int at)
    {
        if (at + 2 >= body.Length || body[at] != ' ' || !char.IsUpper(body[at + 1])) return null;
        int e = at + 1;
        while (e < body.Length && char.IsLetter(body[e])) e++;
        return e;
    }

    /// <summary>The end of a capitalised plural right after <paramref name="at"/> that ends a name there ("Cardinals"), or null.</summary>
    private static int? TeamWordAfter(string body, int at)
    {
        if (CapitalisedWordEndAfter(body, at) is not int e) return null;
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
    /// Treasury", "U.S. Court of Appeals") is part of the institution's name: one organisation, not a place and a body. Only a
    /// body the organisations list knows, or a name whose head is an institution's word; a company after a country ("US Apple
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
                : org.Rule == Heuristics.OrgWord.Id && EntityLexicon.InstitutionWords.Contains(HeadWord(body[org.Start..org.End]));
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

    /// <summary>
    /// "Tarvel Gaming" of "Tarvel Gaming and Liquor Commission": a run its field word alone typed, first of a body's two fields, the
    /// lists knowing nothing in it; a firm's head ("Tarvel Holdings and Energy Commission") or a body's ("Tarvel Council and Harbour
    /// Commission") ends a name of its own.
    /// </summary>
    private static bool IsFieldRun(System.Text.RegularExpressions.Group g, List<Candidate> chosen)
    {
        string last = g.Value[(g.Value.LastIndexOf(' ') + 1)..];
        return OnlyItsOrganisationWordTyped(g, chosen) && !EntityLexicon.CompanyHeads.Contains(last) && !EntityLexicon.InstitutionWords.Contains(last);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G and ((?:[A-Z][\w'’-]*?)(?: [A-Z][\w'’-]*?){0,2})(?:(?=['’]s\b)|(?![\w'’-]| [A-Z]| of\b))")]
    private static partial System.Text.RegularExpressions.Regex AndAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w'’-]|[A-Z][\w'’-]* )(?:(?:The|A|An) )?((?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]*) and $")]
    private static partial System.Text.RegularExpressions.Regex AndBefore();

    /// <summary>
    /// Coordinated names are of one kind: in a list whose typed members are people (all of them, or at least three and three times as
    /// many as the rest: a long list of guests with one stage name read as a place), a full name the
    /// rules and the model left open (two or three capitalised words, the two-word heuristic's) is a person too, when
    /// <paramref name="leansPerson"/> (the recogniser's reading of its words) does not say it is rather a firm or a place.
    /// </summary>
    private static void ListsOfPeople(List<Candidate> chosen, List<(int From, int To)> lists, Func<Candidate, bool> leansPerson)
    {
        foreach (var (start, k) in lists)
        {
            var members = Enumerable.Range(start, k - start).Select(x => chosen[x]).ToList();
            int people = members.Count(c => c.Type == "PERSON"), others = members.Count(c => c.Type is not ("PERSON" or "UNKNOWN"));
            if (members.Count < 2 || people == 0 || others > 0 && (people < 3 || people < 3 * others)) continue;
            for (int x = start; x < k; x++)
                if (chosen[x].Type == "UNKNOWN" && chosen[x].Rule == "heuristic.two-words-unknown" && leansPerson(chosen[x]))
                    chosen[x] = chosen[x] with { Type = "PERSON", Rule = "heuristic.list-of-people", Confidence = 0.6 };
        }
    }

    /// <summary>
    /// The kinds that neighbouring mentions give a name the rules left open: a list's people (<see cref="ListsOfPeople"/>) and the
    /// region after a town (<see cref="PlacesAfterPlaces"/>), each unless <paramref name="leaning"/> (the recogniser's reading of the
    /// name's words, "PER", "ORG", "LOC"; null without a recogniser) says otherwise.
    /// </summary>
    private void TypeByNeighbours(string body, IReadOnlyList<Text.Sentence> sentences, List<Candidate> chosen, Func<Candidate, string>? leaning)
    {
        // (the lists are found once: typing a member changes no span)
        var lists = Enumerations(body, chosen).ToList();
        ListsOfPeople(chosen, lists, c => leaning == null || leaning(c) == "PER");
        PlacesAfterPlaces(body, chosen, c => leaning == null || leaning(c) == "LOC");
        ListsOfPlaces(body, chosen, lists);
        PeopleCalledBySurname(body, chosen, c => leaning == null || leaning(c) == "PER");
        PeopleNamedByPronoun(body, sentences, chosen, c => leaning == null || leaning(c) is not ("LOC" or "ORG"));
        PlacesOfStates(body, chosen);
        VenuesNamedShort(body, chosen);
        PlayersInResults(body, chosen, lists, c => leaning == null || leaning(c) == "PER");
        PeopleInCredits(body, chosen);
        PeopleWithNicknames(body, chosen); // last, with the next: they remove mentions, and the lists above hold their indices
        CommonWordsOpeningSentences(body, sentences, chosen);
    }

    /// <summary>
    /// "Tarn Quorvale ... Quorvale said": a full name the rules and the model left open (two or three capitalised words) whose last
    /// word the article also writes alone, as a capitalised word nothing typed otherwise, is a person's: news calls people by their
    /// surname after it has named them, and bodies and places by their first words or their initials ("Harlow Tarvel" / "Harlow").
    /// Not when a word of it is one the in-domain text writes in lower case, a word of a kind of organisation, part of a known
    /// place's or body's name, or of a place or body the article names ("Harlow Steel" / "Ada Harlow" / "Harlow"), nor when
    /// <paramref name="leansPerson"/> (the recogniser's reading of its words) says it is rather a firm or a place. Where a pair stands,
    /// <see cref="ByRepetition"/> already types it from a surname standing alone after a lower-case word; this pass, over the whole
    /// article after the recogniser, types the names that left open (three words, a surname alone only at a sentence's start).
    /// </summary>
    private void PeopleCalledBySurname(string body, List<Candidate> chosen, Func<Candidate, bool> leansPerson)
    {
        HashSet<string>? alone = null, bodies = null;
        for (int k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (c.Type != "UNKNOWN" || c.IsDefinedTerm || body.AsSpan(c.Start, c.Length).IndexOf(' ') < 0) continue;
            var words = body[c.Start..c.End].Split(' ');
            if (words.Length > 3 || !words.All(IsPlainNameWord)) continue;
            alone ??= chosen.Where(x => x.Type is "UNKNOWN" or "PERSON" && body.AsSpan(x.Start, x.Length).IndexOf(' ') < 0)
                .Select(x => body[x.Start..x.End]).ToHashSet(StringComparer.Ordinal);
            bodies ??= chosen.Where(x => x.Type is "ORG" or "LOCATION").SelectMany(x => body[x.Start..x.End].Split(' '))
                .ToHashSet(StringComparer.Ordinal);
            if (!alone.Contains(words[^1]) || words.Any(bodies.Contains) || !words.All(w => IsPersonNameWord(body, w)) || !leansPerson(c)) continue;
            chosen[k] = c with { Type = "PERSON", Rule = Heuristics.CalledBySurname.Id, Confidence = Heuristics.CalledBySurname.Confidence };
        }
    }

    /// <summary>
    /// A word written as names are: a capital, then letters with a lower-case one among them; apostrophes inside, and hyphens
    /// before a capital ("Vuillemont-Smith", not "Eton-educated").
    /// </summary>
    private static bool IsPlainNameWord(string w) => w.Length >= 2 && char.IsUpper(w[0]) && w.Any(char.IsLower) && char.IsLetter(w[^1])
        && w.Select((ch, i) => char.IsLetter(ch) || ch is '\'' or '’' || ch == '-' && char.IsUpper(w[i + 1])).All(ok => ok);

    /// <summary>
    /// A word that neither the article nor the in-domain text writes in lower case, no word of a kind of body, and no part of a known
    /// place's or body's name.
    /// </summary>
    private bool IsPersonNameWord(string body, string w) => WordClusters?.SeenInLowerCase(w) != true && !IsBodysOrPlacesWord(w)
        && !WrittenAsCommonWord(body, w.ToLowerInvariant());

    /// <summary>A word of a kind of body, or part of a known place's or body's name.</summary>
    private bool IsBodysOrPlacesWord(string w) => EntityLexicon.IsOrganisationWord(w)
        || _gazetteer.TypesOfWord(w) is var types && (types.Contains("ORG", StringComparison.Ordinal) || types.Contains("LOCATION", StringComparison.Ordinal));

    /// <summary>
    /// "Rome, Florence, Venice and Milan": in a list of three or more whose typed members are all places, two of
    /// them known to the gazetteer, a single word the rules and the model left open is a place too, even one that is also a given
    /// name (the gazetteer leaves such places out: "Victoria", "Florence", "Chad"); not when a plural noun follows the list, whose
    /// last names are then its modifiers ("in the UK and Ireland, Tarvel and Quorvin supermarkets").
    /// </summary>
    private static void ListsOfPlaces(string body, List<Candidate> chosen, List<(int From, int To)> lists)
    {
        foreach (var (start, k) in lists)
        {
            if (k - start < 3 || PluralNounAfter(body, chosen[k - 1].End)) continue;
            var members = Enumerable.Range(start, k - start).Select(x => chosen[x]).ToList();
            if (members.Count(c => c.Type == "LOCATION" && c.Known != null) < 2 || members.Any(c => c.Type is not ("LOCATION" or "UNKNOWN"))) continue;
            // the list ends at its member after "and" or "or" ("Tarvia, Harlow and Kessmoor, Quorvin would": Quorvin is no member);
            // without one it is no list ("in Harlow, Tarvia, Quorvin said": a dateline, then the subject)
            int last = Enumerable.Range(start + 1, k - start - 1).LastOrDefault(x => CoordinatedBefore(body, chosen[x - 1].End, chosen[x].Start));
            if (last == 0) continue;
            for (int x = start; x <= last; x++)
                if (chosen[x] is { Type: "UNKNOWN" } open && body.AsSpan(open.Start, open.Length).IndexOf(' ') < 0
                    && body.AsSpan(open.Start, open.Length).ContainsAnyInRange('a', 'z'))
                    chosen[x] = open with { Type = "LOCATION", Rule = Heuristics.ListOfPlaces.Id, Confidence = Heuristics.ListOfPlaces.Confidence };
        }
    }

    /// <summary>
    /// "born in Tarnwell, Quorvale", "a plant near Harrowby, Kessmoor, in the north": a name the rules and the model left open, set
    /// right after a place and a comma and followed by the end of its clause (a stop, a comma, a semicolon, a bracket, a line's
    /// end), is the larger place the first lies in, as addresses are written, when <paramref name="leansPlace"/> (the recogniser's
    /// reading of its words) makes it no person or body, and it opens with no given name or title ("Tarnwell, Ivo Marsh.",
    /// "Tarvia, Dr. Ada Quarles"). Each place so typed may carry the chain on ("Harrowby, Kessmoor, Quorvale").
    /// </summary>
    private void PlacesAfterPlaces(string body, List<Candidate> chosen, Func<Candidate, bool> leansPlace)
    {
        for (int k = 1; k < chosen.Count; k++)
        {
            Candidate place = chosen[k - 1], open = chosen[k];
            if (place.Type != "LOCATION" || open.Type != "UNKNOWN" || open.Start != place.End + 2 || body[place.End] != ','
                || body[place.End + 1] != ' ' || !EndsClause(body, open.End) || OpensWithPersonWord(body[open.Start..open.End]) || !leansPlace(open))
                continue;
            chosen[k] = open with { Type = "LOCATION", Rule = Heuristics.PlaceAfterPlace.Id, Confidence = Heuristics.PlaceAfterPlace.Confidence };
        }
    }

    /// <summary>Whether the text between two list members joins them by "and" or "or" (", and ", " or ").</summary>
    private static bool CoordinatedBefore(string body, int end, int start) =>
        body.AsSpan(end, start - end).Trim(", ") is var sep && (sep.SequenceEqual("and") || sep.SequenceEqual("or"));

    /// <summary>Whether a space and a lower-case word of four letters or more that ends in "s" follow <paramref name="at"/>.</summary>
    private static bool PluralNounAfter(string body, int at)
    {
        if (at + 1 >= body.Length || body[at] != ' ' || !char.IsLower(body[at + 1])) return false;
        int e = at + 1;
        while (e < body.Length && char.IsLetter(body[e])) e++;
        return e - at - 1 >= 4 && body[e - 1] == 's';
    }

    /// <summary>Whether a name's first word is a given name, a title or a word that announces a person ("Ivo", "Dr.", "Senator").</summary>
    private bool OpensWithPersonWord(string name) =>
        name.Split(' ')[0].TrimEnd('.') is var first && (_givenNames.Contains(first) || EntityLexicon.TitleAbbreviations.Contains(first)
        || EntityLexicon.TitleWords.Contains(first) || EntityLexicon.PersonCues.Contains(first));

    /// <summary>Whether the text ends a clause at <paramref name="at"/>: its end, a line's end, or . , ; ) after the name.</summary>
    private static bool EndsClause(string body, int at) =>
        at >= body.Length || body[at] is '.' or ',' or ';' or ')' or '\n';

    /// <summary>The runs of mentions joined as one list (", ", " and ", ", and ", " or "): each as [from, to) into <paramref name="chosen"/>.</summary>
    private static IEnumerable<(int From, int To)> Enumerations(string body, List<Candidate> chosen)
    {
        int start = 0;
        for (int k = 1; k <= chosen.Count; k++)
        {
            // (a store's name in the possessive is an item before the last: "Quellmark's and Harlow Bank"; "the BBC's, Roe said" is none)
            bool joined = k < chosen.Count && chosen[k].Start > chosen[k - 1].End
                && body.AsSpan(chosen[k - 1].End, chosen[k].Start - chosen[k - 1].End) is var whole
                && (whole.StartsWith("'s") || whole.StartsWith("’s")) is var possessive && (possessive ? whole[2..] : whole) is var sep
                && (sep.SequenceEqual(", ") && !possessive || sep.SequenceEqual(" and ") || sep.SequenceEqual(", and ") || sep.SequenceEqual(" or ")
                || sep.SequenceEqual(", or "));
            if (joined) continue;
            yield return (start, k);
            start = k;
        }
    }
}
