namespace FinExtract.Entities;

/// <summary>
/// Linking the mentions of one entity in an article under one id and canonical name: short forms, surnames, possessives.
/// </summary>
public sealed partial class EntityStage
{
    private static List<EntityMention> Link(string body, List<Candidate> mentions, Dictionary<Candidate, Candidate> anchors,
        Dictionary<string, string> aliases, GivenNameSet givenNames)
    {
        // Canonical entities: the fullest form seen; shorter forms link to it (surname, first words, alias).
        var entities = new List<(string Name, string Type, string Ticker, string Exchange, string Id)>();
        var result = new List<EntityMention>();
        string Text(Candidate c) => body[c.Start..c.End];
        mentions = ReadInContext(body, mentions, givenNames);
        aliases = KnownNamesOfDefinitions(body, mentions, aliases);
        // Full forms first (longest first), so short forms find them, and typed mentions before untyped ones of the same length,
        // so an untyped mention early in the text still finds the entity a later typed one makes; ids follow order of first mention.
        var byEntity = new Dictionary<Candidate, int>();
        var firstSeen = new Dictionary<int, int>();
        var searched = new Dictionary<(string, string?, string, string, bool, bool, bool, bool, string?, bool, bool), (int Found, int Count)>();
        foreach (var c in mentions.Where(m => !anchors.ContainsKey(m)).OrderByDescending(c => c.Known != null ? 1 : 0).ThenByDescending(c => c.Length)
            .ThenBy(c => c.Type == "UNKNOWN" ? 1 : 0).ThenBy(c => c.Rule == Heuristics.InCapitals.Id ? 1 : 0))
        {
            string text = Text(c);
            if (c.Type == "UNKNOWN" && text.Length == 1) continue; // a lone letter is no short form, even of "K. Tavi Orrin"
            // (a soft hyphen, where the page lets the word break across lines, is no part of the name)
            string name = c.Known?.Name ?? NameAsWritten(c, text.Replace("\u00AD", "", StringComparison.Ordinal));
            string? defined = aliases.GetValueOrDefault(text);
            bool commonNoun = c.Type == "UNKNOWN" && text.IndexOf(' ') < 0 && WrittenAsCommonWord(body, text.ToLowerInvariant());
            bool guess = IsGuessFromContext(c);
            // A mention written like an earlier one links the same way: an entity once found stays (names and types never change),
            // and one not found is looked for only among the entities added since.
            bool owner = IsPossessiveGuess(body, c);
            string? honorific = HonorificGenderBefore(body, c, text);
            bool nickname = c.Known == null && !commonNoun && c.Type is "ORG" or "UNKNOWN" && IsPluralNickname(text)
                && (AfterThe(body, c.Start) || c.Rule == Heuristics.TeamNickname.Id);
            bool speaks = c.Type is "UNKNOWN" or "PERSON" && text.IndexOf(' ') < 0 && NextToReportingVerb(body, c);
            var key = (name, defined, text, c.Type, c.Known == null, commonNoun, guess, owner, honorific, nickname, speaks);
            int from = 0;
            if (searched.TryGetValue(key, out var before) && before.Found >= 0) from = -1;
            else if (before.Count > 0) from = before.Count;
            bool surname = c.Rule == Heuristics.SurnameAsSubject.Id; // "Houston" the manager, not the city the article also names
            bool Matches((string Name, string Type, string Ticker, string Exchange, string Id) x) =>
                (x.Name == name || x.Name == defined) && !(surname && x.Type == "LOCATION")
                || (c.Known == null && LinksAsShortForm(c.Type, text, commonNoun, x.Name, x.Type, givenNames))
                || (owner && x.Type == "ORG" && IsPossessiveOf(text, x.Name))
                || ((nickname || IsMastheadShortForm(body, c, text)) && x.Type == "ORG" && IsLastWordOf(text, x.Name))
                || (c.Known == null && c.Type == "ORG" && x.Type == "ORG" && IsNationalBodyOf(text, x.Name))
                || (c.Known == null && c.Type == "PERSON" && x.Type == "PERSON" && IsOtherFormOfPerson(text, x.Name, givenNames))
                || (x.Type == "PERSON" && guess && x.Name.Contains(' ') && PersonNameWords(x.Name)[^1] == text);
            int found = from < 0 ? before.Found : BestMatch(entities, from, Matches, honorific, firstSeen, text.IndexOf(' ') < 0, speaks);
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
        var namedWithThe = NamedWithThe(body, byEntity, k => entities[k].Type);
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
                Start = c.Start, End = c.End, Ticker = ent.Ticker, Exchange = ent.Exchange,
                Rule = c.Type == "UNKNOWN" ? c.Rule + "+linked" : c.Rule, Confidence = c.Type == "UNKNOWN" ? 0.6 : c.Confidence,
            });
        }
        return result;
    }

    /// <summary>
    /// "Tarvel Systems Limited (TSL)" where the lists know Tarvel Systems under a newer name: the letters an article defines stand for
    /// the entity the written name links to, so the defined name is the one the lists give it.
    /// </summary>
    private static Dictionary<string, string> KnownNamesOfDefinitions(string body, List<Candidate> mentions, Dictionary<string, string> aliases)
    {
        if (aliases.Count == 0) return aliases;
        var known = mentions.Where(m => m.Known != null).GroupBy(m => body[m.Start..m.End], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Known!.Name, StringComparer.Ordinal);
        return aliases.ToDictionary(a => a.Key, a => known.GetValueOrDefault(a.Value, a.Value), StringComparer.Ordinal);
    }

    /// <summary>
    /// "The Associated Press", "The We Company": the entities whose name the article writes after a capitalised "The" in mid-sentence
    /// are named with it; the mention stays without it.
    /// </summary>
    private static HashSet<int> NamedWithThe(string body, Dictionary<Candidate, int> byEntity, Func<int, string> typeOf)
    {
        var named = new HashSet<int>();
        foreach (var (c, k) in byEntity)
            if (typeOf(k) is "ORG" or "UNKNOWN" && (c.Known == null || c.Known.Name == body[c.Start..c.End]) && MidSentenceThe(body, c.Start)) named.Add(k);
        return named;
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

    /// <summary>The mentions as the article's own evidence reads them before linking, over what the gazetteers say.</summary>
    private static List<Candidate> ReadInContext(string body, List<Candidate> mentions, GivenNameSet givenNames) =>
        FirmsCalledBySurname(body, NationalBodiesNamedShort(body, PlacesARuleNamesAsOrganisations(body,
            SurnamesOfNamedPeople(body, KnownPeopleOfTheOtherGender(body, mentions)))), givenNames);

    /// <summary>
    /// "Quorvel" in an article about "Ada Quorvel Group": a lone word that only a guess typed a person (a given name alone, the
    /// recogniser) and that is the surname of a firm the article names after its founder (<see cref="IsSurnameOfFirm"/>) is left
    /// untyped, to link to the firm as its other short mentions do, unless the article names a person of that surname in full.
    /// </summary>
    private static List<Candidate> FirmsCalledBySurname(string body, List<Candidate> mentions, GivenNameSet givenNames)
    {
        // (cheap refusal first: most articles have no lone word that only a guess typed a person)
        if (!mentions.Any(m => IsGuessedPerson(m) && body.AsSpan(m.Start, m.Length).IndexOf(' ') < 0)) return mentions;
        var firms = mentions.Where(m => m.Type == "ORG" && body.AsSpan(m.Start, m.Length).IndexOf(' ') > 0)
            .Select(m => m.Known?.Name ?? body[m.Start..m.End]).Distinct(StringComparer.Ordinal).ToList();
        if (firms.Count == 0) return mentions;
        bool IsFirmSurname(Candidate m) => IsGuessedPerson(m) && body.AsSpan(m.Start, m.Length).IndexOf(' ') < 0
            && firms.Any(f => IsSurnameOfFirm(body[m.Start..m.End], f, givenNames));
        var surnames = mentions.Where(IsFirmSurname).Select(m => body[m.Start..m.End]).ToHashSet(StringComparer.Ordinal);
        if (surnames.Count == 0) return mentions;
        surnames.ExceptWith(mentions.Where(m => m.Type == "PERSON" && body.AsSpan(m.Start, m.Length).IndexOf(' ') > 0)
            .Select(m => PersonNameWords(body[m.Start..m.End]).LastOrDefault() ?? ""));
        return mentions.Select(m => IsGuessedPerson(m) && surnames.Contains(body[m.Start..m.End])
            ? m with { Type = "UNKNOWN", Rule = Heuristics.Single.Id, Confidence = Heuristics.Single.Confidence } : m).ToList();
    }

    /// <summary>
    /// "Congress" after "the Tarvian Congress": where the article names a nation's own body by a nationality and a known body's name,
    /// that name alone is the nation's body there, not the one the gazetteer knows; the mention is left to link to the longer name.
    /// </summary>
    private static List<Candidate> NationalBodiesNamedShort(string body, List<Candidate> mentions)
    {
        var national = mentions.Where(d => d.Type == "ORG" && d.Known == null).Select(d => body[d.Start..d.End])
            .Where(name => name.IndexOf(' ') is int sp and > 0 && EntityLexicon.Demonyms.Contains(name[..sp])).ToList();
        if (national.Count == 0) return mentions;
        return mentions.Select(c => c.Known != null && c.Type == "ORG" && national.Any(n => IsNationalBodyOf(body[c.Start..c.End], n))
            ? c with { Known = null, Ticker = "", Exchange = "" } : c).ToList();
    }

    /// <summary>Whether <paramref name="full"/> is a nationality and then <paramref name="text"/> ("Tarvian Congress" of "Congress").</summary>
    private static bool IsNationalBodyOf(string text, string full) =>
        EndsWithWords(full, text) && EntityLexicon.Demonyms.Contains(full[..(full.Length - text.Length - 1)]);

    /// <summary>
    /// "Mrs. Tarn" where the people gazetteer knows Barack Tarn by his surname: an honorific of the other gender than the known person's
    /// given name tells of another member of the family, whom the gazetteer does not know; the mention is that person, by its title.
    /// </summary>
    private static List<Candidate> KnownPeopleOfTheOtherGender(string body, List<Candidate> mentions)
    {
        bool OtherGender(Candidate m) => m.Known is { } k && m.Type == "PERSON" && body.AsSpan(m.Start, m.Length).IndexOf(' ') < 0
            && HonorificGenderAt(body, m.Start) is { } honorific && EntityLexicon.GenderOfName(k.Name) is { } gender && gender != honorific;
        return mentions.Any(OtherGender)
            ? mentions.Select(m => OtherGender(m) ? m with { Known = null, Rule = Heuristics.Title.Id, Confidence = Heuristics.Title.Confidence } : m)
                .ToList()
            : mentions;
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
        // a known name of one word, of the given type, that is the surname of a person the article names in full
        bool KnownSurname(Candidate m, string type) => m.Known != null && m.Type == type && body.AsSpan(m.Start, m.Length).IndexOf(' ') < 0
            && named.ContainsKey(body[m.Start..m.End]);
        // "Ford added that she would" after "Senator Mina Ford": such a company's word, followed by what only a person takes ("he",
        // "she"), is that person
        bool IsPersonNotCompany(Candidate m) => KnownSurname(m, "ORG") && PersonPronounAfter().IsMatch(body.AsSpan(m.End, Math.Min(40, body.Length - m.End)));
        // "Houston expects" after "Mark Houston, a fund manager": such a place's word, as a clause's subject (a lower-case word after
        // it, nothing before it that leads to a place) is that person
        // ...and so are its other mentions, but where a word that leads to a place stands before one ("in Houston")
        bool IsSurnamePlace(Candidate m) => KnownSurname(m, "LOCATION");
        var subjects = mentions.Where(m => IsSurnamePlace(m) && IsSubjectNotPlace(body, m.Start, m.End)).Select(m => body[m.Start..m.End])
            .ToHashSet(StringComparer.Ordinal);
        bool IsPersonNotPlace(Candidate m) => subjects.Count > 0 && IsSurnamePlace(m) && subjects.Contains(body[m.Start..m.End])
            && WordBefore(body, m.Start) is var before && !IsWherePreposition(before) && before is not ("to" or "into" or "around" or "throughout" or "the");
        if (!mentions.Any(m => IsOtherHolder(m) || IsPersonNotCompany(m) || IsPersonNotPlace(m))) return mentions;
        return mentions.Select(m => IsOtherHolder(m)
            ? m with { Known = null, Type = "UNKNOWN", Rule = Heuristics.Single.Id, Confidence = Heuristics.Single.Confidence }
            : IsPersonNotPlace(m) ? m with { Known = null, Type = "PERSON", Rule = Heuristics.SurnameAsSubject.Id,
                Confidence = Heuristics.SurnameAsSubject.Confidence }
            : IsPersonNotCompany(m) ? m with { Known = null, Type = "PERSON", Rule = Heuristics.SurnameWithPronoun.Id,
                Confidence = Heuristics.SurnameWithPronoun.Confidence } : m).ToList();
    }

    /// <summary>
    /// Whether the word at [<paramref name="start"/>, <paramref name="end"/>) is a clause's subject: it opens a sentence or follows a
    /// comma, and a lower-case word other than a joining word follows it ("Houston expects"; "Houston, 41, said" is not read).
    /// </summary>
    private static bool IsSubjectNotPlace(string body, int start, int end)
    {
        if (WordBefore(body, start) is "said" or "says") return true; // "…,” said Houston."
        int b = start - 1;
        while (b >= 0 && body[b] == ' ') b--;
        if (b >= 0 && body[b] is not ('.' or '!' or '?' or '\n' or ',' or ';' or '"' or '”')) return false;
        if (end + 2 >= body.Length || body[end] != ' ' || !char.IsLower(body[end + 1])) return false;
        int e = end + 1;
        while (e < body.Length && char.IsLetter(body[e])) e++;
        return body[(end + 1)..e] is not ("and" or "or" or "of" or "in" or "on" or "at" or "to" or "for" or "with" or "from" or "is" or "was");
    }

    /// <summary>A verb, then "he" or "she" as the subject of what it reports: "added that he", "said she", "told reporters he".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^ (?:\p{Ll}+ ){1,2}(?:that )?(?:he|she)\b")]
    private static partial System.Text.RegularExpressions.Regex PersonPronounAfter();

    /// <summary>
    /// Whether a mention (of <paramref name="type"/>, or untyped) is a short form of an entity that is no place. A lone word the
    /// article also writes in lower case (<paramref name="commonNoun"/>: "the Minister of Industry" after "Industry Canada") is a
    /// common noun there, not a short form of the organisation it opens, unless that name is the word and a legal form ("Sharp Corp.").
    /// Several words are a person's surname only after a given name or an initial (<see cref="OpensWithGivenName"/>).
    /// </summary>
    private static bool LinksAsShortForm(string type, string text, bool commonNoun, string full, string fullType, GivenNameSet givenNames) =>
        fullType != "LOCATION" && (type == fullType || type == "UNKNOWN" && !(commonNoun && fullType == "ORG" && !IsWordAndLegalForm(text, full)))
        && (IsShortFormOf(text, full, fullType) || fullType == "ORG" && !commonNoun && IsSurnameOfFirm(text, full, givenNames))
        && !(fullType == "PERSON" && text.Contains(' ') && !OpensWithGivenName(full, givenNames));

    /// <summary>
    /// "Quorvel" of "Ada Quorvel Group", "Tarnby" of "Ivo Tarnby &amp; Co.": a firm named after its founder, a given name and a surname and
    /// at most a legal form or a body's word, is called by the surname alone, as people are.
    /// </summary>
    private static bool IsSurnameOfFirm(string text, string full, GivenNameSet givenNames)
    {
        // (cheap refusals first: this runs for every mention against every organisation)
        if (text.Contains(' ') || text.Length < 3 || !char.IsUpper(text[0]) || !full.Contains(text, StringComparison.Ordinal)) return false;
        var words = full.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[1] == text && givenNames.Contains(words[0])
            && words.Skip(2).Select(w => w.TrimEnd('.', ',')).All(w => w is "&" or "Co" || EntityLexicon.OrgWords.Contains(w));
    }

    /// <summary>
    /// Whether a person's full name opens with a given name or an initial ("Ana De Souza", "S. Tarvel Kumar"), so that the words after it
    /// are a surname; a run that only reads as a name ("Obituaries Ana Roe") has none of several words.
    /// </summary>
    private static bool OpensWithGivenName(string full, GivenNameSet givenNames) =>
        full.Split(' ')[0] is var first && (givenNames.Contains(first) || first.Length == 2 && char.IsUpper(first[0]) && first[1] == '.');

    /// <summary>
    /// "Each Denny's restaurant" in an article about "Denny's Corp.": a lone word that a guess (a given name alone, the recogniser)
    /// typed a person, written with a possessive, may be the company whose name is that word's possessive (<see cref="IsPossessiveOf"/>).
    /// </summary>
    private static bool IsPossessiveGuess(string body, Candidate c)
    {
        if (!IsGuessedPerson(c)) return false;
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

    /// <summary>Whether "the " or "The " stands right before <paramref name="start"/>.</summary>
    private static bool AfterThe(string body, int start) =>
        start >= 4 && body[start - 1] == ' ' && body.AsSpan(start - 4, 3) is "the" or "The" && (start == 4 || !char.IsLetter(body[start - 5]));

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
    /// One person written two ways: "Thomas W. Harlow" and "Thomas Harlow Jr." (middle initials and a generational
    /// suffix aside), "Tom Harlow" (a short form of the given name, <see cref="EntityLexicon.GivenNameVariants"/>), "T. W. Harlow"
    /// (initials for the given names, <see cref="InitialsOf"/>).
    /// The surnames are equal, and middle names, when both write them, too; or the shorter form is the longer one's surname of two words or more.
    /// </summary>
    private static bool IsOtherFormOfPerson(string text, string full, GivenNameSet? givenNames = null)
    {
        if (text.IndexOf(' ') < 0 || full.IndexOf(' ') < 0) return false;
        // a monarch with and without the title ("Elizabeth II" of "Queen Elizabeth II"); two numbers are two people ("George III", "George IV")
        if (WithoutRoyalTitle(text) == WithoutRoyalTitle(full)) return true;
        if (NumberOfName(text) is { } na && NumberOfName(full) is { } nb && na != nb) return false;
        var a = PersonNameWords(text);
        var b = PersonNameWords(full);
        if (a.Count < 2 || b.Count < 2 || a[^1] != b[^1]) return false;
        // a surname of two words or more alone ("Tarrow Lindqvist" of "Ada M. Tarrow Lindqvist", "Van Der Kloot" of "Tomas Van Der Kloot")
        // ...not a given name and surname after other words ("Martin Roe" of "Anna Berg von Martin Roe", a byline run together)
        if (givenNames != null && !givenNames.Contains(a[0]) && b.Count > a.Count
            && b.Skip(b.Count - a.Count).SequenceEqual(a, StringComparer.OrdinalIgnoreCase)) return true;
        // middle names or initials, when both forms write them, agree letter by letter ("W." of "William")
        if (a.Count > 2 && b.Count > 2 && (a.Count != b.Count || a.Skip(1).Zip(b.Skip(1)).Any(x => x.First[0] != x.Second[0]))) return false;
        return a[0] == b[0] || (EntityLexicon.GivenNameVariants.TryGetValue(a[0], out var variants) && variants.Contains(b[0]))
            || InitialsOf(a, b) || InitialsOf(b, a);
    }

    /// <summary>
    /// Whether <paramref name="initials"/> writes <paramref name="full"/>'s given names as two or more initials ("B. K. Tarn" of "Bela
    /// Tarn", "Bela U. Tarn"); one initial alone may be anyone's of that letter ("B. Tarn" beside "Bela" and "Boris Tarn").
    /// </summary>
    private static bool InitialsOf(List<string> initials, List<string> full) =>
        initials.Count > 2 && initials.SkipLast(1).All(w => w.Length == 1) && full[0].Length > 1 && full[0][0] == initials[0][0]
        && full.Skip(1).SkipLast(1).Zip(initials.Skip(1)).All(x => x.First[0] == x.Second[0]);

    private static string WithoutRoyalTitle(string name) =>
        name.IndexOf(' ') is > 0 and var sp && EntityLexicon.RoyalTitles.Contains(name[..sp]) ? name[(sp + 1)..] : name;

    /// <summary>The generational suffix or regnal number a name ends with ("Jr", "III", "XIV"), or null.</summary>
    private static string? NumberOfName(string name)
    {
        var last = name.AsSpan(name.LastIndexOf(' ') + 1).TrimEnd(".,");
        return last is "Jr" or "Sr" || RegnalNumber().IsMatch(last) ? last.ToString() : null;
    }

    /// <summary>A person's name as words, without a generational suffix ("Jr.") and with initials' periods dropped.</summary>
    private static List<string> PersonNameWords(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd(',', '.')).Where(w => w.Length > 0).ToList();
        if (words.Count > 2 && IsGeneration(words[^1])) words.RemoveAt(words.Count - 1);
        return words;
    }

    /// <summary>"Musk" of "Elon Musk"; "Northwind" of "Northwind Semiconductor Corp."; "Meta" of "Meta Platforms, Inc.".</summary>
    private static bool IsShortFormOf(string text, string full, string type)
    {
        if (text.Length >= full.Length) return false;
        // cheap refusals first: this runs for every mention against every entity
        // "Van Der Marsh" of "Ivo Van Der Marsh", "De Souza" of "Ana De Souza": a surname of several words is the name after the given name
        if (type == "PERSON" && text.Contains(' ')) return full.IndexOf(' ') is int gap and > 0 && full.AsSpan(gap + 1).SequenceEqual(text);
        if (type == "PERSON" && !full.Contains(text, StringComparison.OrdinalIgnoreCase)) return false;
        // "Simplot" of "J. R. Simplot Company": a body named after a person is named without the person's initials too
        if (type == "ORG" && full.Length > 4 && full[1] == '.' && LeadingInitials().Match(full) is { Success: true } m
            && (text == full[m.Length..] || IsShortFormOf(text, full[m.Length..], type))) return true;
        if (type != "PERSON")
        {
            int sp = text.IndexOf(' ');
            // "the Intelligence Committee" of "House Intelligence Committee": an organisation named by its last words
            if (type == "ORG" && sp > 0 && EndsWithWords(full, text)) return true;
            if (!full.StartsWith(sp < 0 ? text : text[..sp], StringComparison.Ordinal)) return false;
        }
        if (type == "PERSON") return IsPartOfPersonName(text, full); // one word: longer texts were refused above
        var words = full.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd(',', '.')).ToArray();
        var mine = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Marsh" of "Marsh's Limited": a company named by a possessive and its legal form is also named without them
        if (mine.Length == 1 && IsWordAndLegalForm(text, full)) return true;
        for (int k = 0; k < mine.Length; k++)
            if (k >= words.Length || words[k] != mine[k]) return false;
        return true;
    }

    /// <summary>
    /// "the Steelers" of "Pittsburgh Steelers", "Rovers" of "Tarnwell Rovers": a team is named by the plural at the end of its name alone
    /// (<see cref="IsPluralNickname"/>) after "the", as teams are (a plural alone may be a common noun at a sentence's start, "Brothers of
    /// the founder", or a surname, "Ada Tarvis"); not the last word after "of", which names something else ("the Commission of the
    /// Tarn Islands").
    /// </summary>
    private static bool IsLastWordOf(string word, string full) => EndsWithWords(full, word) && !full.Contains(" of ", StringComparison.Ordinal);

    /// <summary>"the Journal" of "The Tarvel Journal", "the Post" of "Harlow Post": a paper is named by its masthead word alone after
    /// "the" (not "said Press", a surname, nor "Press agency X" at a sentence's start).</summary>
    private static bool IsMastheadShortForm(string body, Candidate c, string text) =>
        c.Known == null && c.Type is "ORG" or "UNKNOWN" && EntityLexicon.Mastheads.Contains(text) && AfterThe(body, c.Start);

    /// <summary>
    /// "the Court" after "the Tarvel Court of Appeal", "the Commission" after "Harlow Trade Commission": a body is named by its head
    /// word alone after "the" once its full name is given. The short form is anchored to the nearest full name before it with that
    /// head word (its word before " of ", else its last word), so two courts in one article keep their own short forms.
    /// </summary>
    private static void BodiesNamedByHeadWord(string body, List<Candidate> chosen, Dictionary<Candidate, Candidate> anchors)
    {
        foreach (var c in chosen)
        {
            if (c.Known != null || c.Type is not ("ORG" or "UNKNOWN") || anchors.ContainsKey(c) || !AfterThe(body, c.Start)) continue;
            string text = body[c.Start..c.End];
            if (!EntityLexicon.InstitutionWords.Contains(text)) continue;
            var full = chosen.Where(m => m.Type == "ORG" && m.End <= c.Start && IsHeadWordOf(text, body[m.Start..m.End])).MaxBy(m => m.Start);
            if (full != null) anchors[c] = full;
        }
    }

    /// <summary>Whether <paramref name="word"/> is the head of <paramref name="full"/> (<see cref="HeadWord"/>), a word of two or more.</summary>
    private static bool IsHeadWordOf(string word, string full) => full.Length > word.Length && HeadWord(full) == word;

    /// <summary>The head word of a body's name: its word before " of " ("Court" of "Court of Appeals"), else its last word.</summary>
    private static string HeadWord(string name)
    {
        string head = name.IndexOf(" of ", StringComparison.Ordinal) is int of and > 0 ? name[..of] : name;
        return head[(head.LastIndexOf(' ') + 1)..];
    }

    /// <summary>Whether <paramref name="full"/> ends with <paramref name="words"/> as whole words, after a space.</summary>
    private static bool EndsWithWords(string full, string words) =>
        full.Length > words.Length + 1 && full[full.Length - words.Length - 1] == ' ' && full.EndsWith(words, StringComparison.Ordinal);

    /// <summary>A capitalised plural in lower case after its capital, four letters or more ("Steelers", "Rovers"; not "US", "Ross").</summary>
    private static bool IsPluralNickname(string word) =>
        word.Length >= 4 && char.IsUpper(word[0]) && word[^1] == 's' && word[^2] != 's' && !word.AsSpan(1).ContainsAnyExceptInRange('a', 'z');

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\p{Lu}\.[ ]?){1,3}(?<=[ ])(?=\p{Lu})")]
    private static partial System.Text.RegularExpressions.Regex LeadingInitials();
}
