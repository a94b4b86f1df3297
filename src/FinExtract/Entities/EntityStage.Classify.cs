using FinExtract.Documents;
using FinExtract.Text;

namespace FinExtract.Entities;

/// <summary>Typing a capitalised run: by its own words, by the cues around it, by how the article repeats it.</summary>
public sealed partial class EntityStage
{
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
        // "Ada Quarles AQuarles": a user name run onto a byline (capitals run together before lower case, as no surname is written)
        // ends the person's name before it
        if (words.Count >= 3 && _givenNames.Contains(words[0]) && IsUserName(words[^1]) && tokens[j - 1].Kind != TokenKind.Punctuation)
            return Classify(article, i, j - 1, sentenceStart);
        int p = i - 1;
        // "Gov." is two tokens; a longer word's period ends a sentence ("said the Prime Minister. Once ..."), and so does an upper-case
        // one's, which is written without an abbreviation's period ("named a new CEO. We've asked ...")
        if (p > 0 && body[tokens[p].Start] == '.' && tokens[p].Start == tokens[p - 1].End && tokens[p - 1].End - tokens[p - 1].Start <= 4
            && !IsAbbreviation(Word(body, tokens[p - 1])))
            p--;
        // a heading's or a paragraph's last word is no cue for the name that opens the next ("... in Car Player" / "Jeder ...")
        if (p >= 0 && body.AsSpan(tokens[p].End, tokens[i].Start - tokens[p].End).Contains('\n')) p = -1;
        string prev = p >= 0 ? Word(body, tokens[p]) : "";
        string next = j + 1 < tokens.Count ? Word(body, tokens[j + 1]) : "";
        string prev2 = p > 0 ? Word(body, tokens[p - 1]) : "";
        var r = new NameRun(s, e, words, prev, prev2, next, words[0].TrimEnd('\'', '’'), p, j, sentenceStart, body, tokens)
        {
            English = IsEnglish(article),
        };

        // "Head of Fundamental Research at Kotak", "head of Equity Strategy": a department in a job title, not an organisation.
        if (prev == "of" && prev2 is "Head" or "head" or "Heads" or "heads" && words.Count <= 4) return null;
        // "VP of Engineering", "Director for Sales": a role and its department
        if (IsDepartmentOfRole(words, prev, prev2)) return null;
        // "the CIO", "an IPO": an upper-case common noun is no name, whatever its cues; a state's or a province's code may be a place
        if (words.Count == 1 && EntityLexicon.NotAcronyms.Contains(words[0]) && !EntityLexicon.PlaceCodes.Contains(words[0])) return null;
        // "PCs", "ETFs", "AMAs": letters in the plural name things or events; a body, a person or a place has no plural
        if (words.Count == 1 && IsPluralAcronym(words[0])) return null;
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
        // "Polygraph.info", "Moneycontrol.com": a web name is an organisation's (and "Quorvin.com's", in the possessive).
        if ((words.Count == 2 && WebSuffixes.Contains(WithoutPossessive(words[1]))
            || words.Count == 3 && WebSuffixes.Contains(words[1]) && words[2].Length == 2) && body[s..e].Contains('.'))
            return new Candidate(s, TrimPossessive(body, s, e).Item2, "ORG", Heuristics.WebName);
        if (words.Count <= 2 && IsInterCaps(words[0])) return new Candidate(s, e, "ORG", Heuristics.InterCaps);
        // "Democrat Ada Quarles of Tarvia", "Ukrainian Ivo Marsh": a member of a party or a nation (a noun: its plural is listed too, unlike
        // "Olympic" or "Western") before a given name and a surname describes the person, as an occupation does ("Writer Ada Quarles said")
        if ((IsPeopleNoun(r.First) || IsOccupation(r.First)) && DescribedPerson(article, r, i, j) is { } described) return described;
        if ((DescribesSomethingElse(r) || NamesAPeople(r.Words)) && !TitledPersonBeforeEnding(r)) return null;
        var typed = (IsEnglish(article) ? AmpersandName(r) : null) ?? CreditedPerson(r) ?? ByWords(r) ?? AppointedPerson(r) ?? ByCues(r)
            ?? ByRepetition(r);
        if (typed.Type == "PERSON" && HoldsAnAbstractNoun(body, typed.Start, typed.End))
            return new Candidate(typed.Start, typed.End, "ORG", Heuristics.AbstractNounName);
        return typed.Type == "UNKNOWN" && DescribedPerson(article, r, i, j) is { } person ? person : typed;
    }

    /// <summary>
    /// "economists at Tarvel Economics wrote", "analysts from Quorvin said" (<paramref name="worksThere"/>): where the speakers work
    /// is an organisation, whatever verb follows it; "said Tarvel Harlow partner Ivo Marsh", "Northwind analyst Jane Roe": so is a
    /// name before a role and a person's name.
    /// </summary>
    private Candidate? Workplace(NameRun r, bool worksThere)
    {
        bool roleAndNameAfter = RoleThenNameAfter(r) && !_givenNames.Contains(r.First);
        if (r.Words.Count <= 3 && (worksThere || roleAndNameAfter) && (!r.SentenceStart || roleAndNameAfter && IsNameAtSentenceStart(r))
            && !_givenNames.Contains(r.First))
            return new Candidate(r.S, r.E, "ORG", Heuristics.WorkplaceCue);
        return null;
    }

    private static bool IsPluralAcronym(string word) =>
        word.Length >= 3 && word[^1] == 's' && word[..^1].All(char.IsAsciiLetterUpper);

    /// <summary>
    /// A role and then a capitalised word follow the run, the role one word, or up to three when its first word opens a longer one
    /// ("Northwind analyst Jane Roe", "KVRA chief executive Ada Quarles", "Tarvia managing director Ivo Marsh"): the run is where
    /// the person works.
    /// </summary>
    private static bool RoleThenNameAfter(NameRun r)
    {
        if (WordThenNameAfter(r, EntityLexicon.RolesBeforeName)) return true;
        if (!EntityLexicon.RolesBeforeName.Contains(r.Next) || !RoleOpeners.Contains(r.Next)) return false;
        for (int k = r.J + 2; k < r.Tokens.Count && k <= r.J + 4; k++)
        {
            if (IsCapitalised(r.Body, r.Tokens[k])) return true;
            string w = Word(r.Body, r.Tokens[k]);
            if (w.Length < 2 || !w.All(c => char.IsLower(c) || c == '-') || FunctionWords.Contains(w)) return false;
        }
        return false;
    }

    // "chief executive", "managing director": a role of more than one word opens with one of these; "partner of the Tarvel Fund": a
    // preposition or an article after it starts a phrase, not the rest of the role
    private static readonly HashSet<string> RoleOpeners = ["chief", "managing", "executive", "vice", "senior", "deputy", "general"];
    private static readonly HashSet<string> FunctionWords = ["of", "the", "a", "an", "at", "for", "to", "and", "or", "in", "on", "with", "from", "by"];

    /// <summary>
    /// Whether a run that opens a sentence is a name though capitalised there: an acronym that is no common noun ("KVRA"), or, in
    /// English, one word the in-domain text never writes in lower case ("Tarvolex"; not "Former", "Group"; those word lists know
    /// nothing of another language's articles, "Il", "Notre").
    /// </summary>
    private bool IsNameAtSentenceStart(NameRun r) =>
        r.Words.Count == 1 && !EntityLexicon.NotNames.Contains(r.Words[0])
        && (r.AllCaps || r.English && WordClusters?.SeenInLowerCase(r.Words[0]) == false);

    /// <summary>
    /// "Tarvel Education", "Harlow Destinations", "Quorvin Aviation Group": a word of an abstract noun's ending (-tion, -ology,
    /// -ism) is in no person's name, so a run the cues took for a person's that holds one names a body or a business.
    /// </summary>
    private static bool HoldsAnAbstractNoun(string body, int start, int end) =>
        body[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.Length > 5 && char.IsUpper(w[0]) && PersonlessEndings.Any(x => w.EndsWith(x, StringComparison.Ordinal)));

    /// <summary>
    /// "Harlow &amp; Marsh", "Tarvel &amp; Quorvin", "K&amp;R": names joined by an ampersand are a firm's (partners' surnames, a
    /// brand), and letters joined by one are its short form. Words that are all common nouns ("Health &amp; Fitness", "Terms &amp;
    /// Conditions") head a section or name a thing, and letter pairs that are terms ("R&amp;D", "Q&amp;A") are listed as no names. Not
    /// before a number (an index: "S&amp;P 500") or a year (a citation's authors: "(Marsh &amp; Quarles, 2017)"), nor with a place on
    /// either side or as a whole ("Trinidad &amp; Tobago", "St. Kitts &amp; Nevis"). English only: German writes every noun with a capital.
    /// </summary>
    private Candidate? AmpersandName(NameRun r)
    {
        var words = r.Words;
        if (NumberFollows(r.Body, r.E) || YearAfter().IsMatch(r.Body.AsSpan(r.E, Math.Min(8, r.Body.Length - r.E)))
            || words.Any(IsKnownPlace) || IsKnownPlace(r.Body[r.S..r.E].Replace(" & ", " and ", StringComparison.Ordinal))) return null;
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

    /// <summary>Whether the run's word at <paramref name="i"/> is a kind of body (entity-institution-words.tsv) and "for" or "on" follows.</summary>
    private static bool InstitutionFor(List<string> words, int i) => EntityLexicon.InstitutionWords.Contains(words[i]) && words[i + 1] is "for" or "on";

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

    /// <summary>
    /// "Mayor Ivo Day said", "County Executive Ed Day": a given name and a surname that is also an event's last word ("Day", "Week"),
    /// after a title or before a verb of saying, are a person's name, not an event's.
    /// </summary>
    private bool TitledPersonBeforeEnding(NameRun r)
    {
        var words = r.Words;
        if (words.Count < 2 || !_givenNames.Contains(words[^2]) || !EntityLexicon.MiscEndings.Contains(words[^1])) return false;
        bool titleBefore = words.Count == 2 ? EntityLexicon.Titles.Contains(r.Prev) || EntityLexicon.TitleWords.Contains(r.Prev)
            : words.SkipLast(2).All(w => EntityLexicon.Titles.Contains(w) || EntityLexicon.TitleWords.Contains(w));
        return titleBefore || words.Count == 2 && r.Next is "said" or "says" or "told" or "added";
    }

    /// <summary>Runs that name an event, a thing or a nationality, not an entity.</summary>
    private static bool DescribesSomethingElse(NameRun r)
    {
        var (words, next) = (r.Words, r.Next);
        if (EntityLexicon.MiscEndings.Contains(words[^1]) && !words.Skip(1).Any(EntityLexicon.OrgWords.Contains)) return true;
        // "Bangkok International Motor Show", "Payboo Credit Card": an event, award or thing, whatever words come before
        if (IsThingName(words)) return true;
        // "the Code Media conference", "the Red for Ed campaign": a name that qualifies an event or a programme is not an organisation
        if (words.Count >= 2
            && next is "conference" or "summit" or "festival" or "event" or "expo" or "awards" or "campaign" or "initiative" or "programme" or "program")
            return true;
        if (words.All(EntityLexicon.Demonyms.Contains) && HonorificGenderAt(r.Body, r.S) == null) return true; // "Mr English" has a surname
        // "Storm Ciarán", "Hurricane Katrina", "la tempête Ciaran": a storm's name (a firm may be named so: "Hurricane Energy")
        if ((words.Count >= 2 && EntityLexicon.StormWords.Contains(words[0]) || EntityLexicon.StormWords.Contains(r.Prev) && char.IsLower(r.Prev[0]))
            && !words.Any(EntityLexicon.OrgWords.Contains)) return true;
        // ("the Tarvian Centre for Rural Studies" is a body's name: a centre for something)
        if (EntityLexicon.Demonyms.Contains(words[0]) && words.Count >= 2 && !words.Skip(1).Any(EntityLexicon.OrgWords.Contains)
            && !(words.Count >= 4 && InstitutionFor(words, 1)) && !IsNationalPaper(words)
            && !(words.Count >= 3 && EntityLexicon.OrgLastWords.Contains(words[^1])))
            return true; // "North American automakers", "Chinese Premier": a nationality opens a description, not a name ("Tarvian Auto Workers" is)
        return false;
    }

    /// <summary>
    /// Whether a name that reads as a person's stands where only a business does: right after a noun only a business is ("funds
    /// management firm Ada Quarles"; not before a verb that makes the name a relative clause's subject, "the firm Ada Quarles founded"),
    /// or after a profession and "at" ("an analyst at Ivo Harlow", "Chief Investment Officer at Ada Quarles"): people work at firms.
    /// </summary>
    private static bool NamesABusiness(NameRun r) =>
        EntityLexicon.BusinessNouns.Contains(r.Prev) && r.P >= 0 && r.Tokens[r.P].End == r.S - 1 && !EntityLexicon.RelativeVerbs.Contains(r.Next)
        || r.Prev == "at" && r.WorksThere;

    /// <summary>
    /// A newspaper's name: "Daily Mail", "Sunday Times", "Evening Standard"; "the Tarnwell Sentinel", "the Leeds Bee", a known
    /// place's name and a masthead's word, which name the newspaper, not the place; and "the Tarvian Examiner", "the Tarvian Daily
    /// Courier", a nationality's (not before a word as often a thing's: "a British Standard", "French Press").
    /// </summary>
    private Candidate? Newspaper(List<string> words, int s, int e)
    {
        if (words.Count < 2 || !EntityLexicon.Mastheads.Contains(words[^1])) return null;
        if (words.Count == 2 && words[0] is "Daily" or "Sunday" or "Evening" or "Morning") return new Candidate(s, e, "ORG", Heuristics.OrgWord);
        if (IsNationalPaper(words)) return new Candidate(s, e, "ORG", Heuristics.Newspaper);
        return words.Count <= 4 && IsKnownPlace(string.Join(' ', words.Take(words.Count - 1))) ? new Candidate(s, e, "ORG", Heuristics.Newspaper) : null;
    }

    /// <summary>A nationality, at most one more word, then a masthead's word that names no thing as often ("Tarvian Examiner").</summary>
    private static bool IsNationalPaper(List<string> words) =>
        words.Count is 2 or 3 && EntityLexicon.Demonyms.Contains(words[0]) && EntityLexicon.Mastheads.Contains(words[^1])
        && words[^1] is not ("Standard" or "Sport" or "Press" or "Planet") && words.Skip(1).All(w => !EntityLexicon.Demonyms.Contains(w));

    /// <summary>
    /// Names whose last word says what they name: a newspaper, a television or sea channel, and "the Tarnak Nation", "the Quorvish
    /// Indian Tribe", a people's government or tribe (not after a given name: "Ada Tribe" is a person).
    /// </summary>
    private Candidate? ByLastWord(List<string> words, int s, int e)
    {
        if (Newspaper(words, s, e) is { } newspaper) return newspaper;
        if (words.Count is 2 or 3 && words[^1] == "Channel") return TelevisionOrSeaChannel(words, s, e);
        if (words.Count is >= 2 and <= 4 && words[^1] is "Nation" or "Tribe" && !_givenNames.Contains(words[0]) && !IsKnownPlace(words[0]))
            return new Candidate(s, e, "ORG", Heuristics.OrgWord);
        return null;
    }

    /// <summary>
    /// "the Sailing Channel", "the Quorvin Channel": a television channel, an organisation; "the English Channel", "the Harlow Channel"
    /// after a known place, a nationality or a point of the compass: a sea channel, a place.
    /// </summary>
    private Candidate TelevisionOrSeaChannel(List<string> words, int s, int e) =>
        IsKnownPlace(words[0]) || EntityLexicon.Demonyms.Contains(words[0]) || EntityLexicon.PlaceModifiers.Contains(words[0])
            ? new Candidate(s, e, "LOCATION", Heuristics.PlaceWord)
            : new Candidate(s, e, "ORG", Heuristics.OrgWord);

    /// <summary>Typed by a title before it or the words in it (given names, place words, organisation words).</summary>
    private Candidate? ByWords(NameRun r)
    {
        var (s, e, words, prev, prev2, next, first, p, j, sentenceStart, body, tokens) = (r.S, r.E, r.Words, r.Prev, r.Prev2, r.Next, r.First, r.P, r.J,
            r.SentenceStart, r.Body, r.Tokens);
        // "Attorney General Letitia James", "Secretary General Ana Ruiz": a title word and "General" make one title
        bool afterTitle = EntityLexicon.Titles.Contains(prev) || prev == "General" && EntityLexicon.TitleWords.Contains(prev2);
        // (a particle, a generation and an initial are no words of their own: "Mayor Ana de la Quorvin Jr." names three, "Dr. J. K. Roe" two)
        int nameWords = words.Count(w => !EntityLexicon.NameParticles.Contains(w) && !IsGeneration(w) && w.TrimEnd('.').Length > 1);
        if (afterTitle && nameWords is >= 1 and <= 3 && !words.Any(EntityLexicon.OrgWords.Contains))
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
        // "Harlow United": a club's or a group's last word ends its name, never a person's; a plural after two words ("Tarvian Auto Workers")
        if (words.Count is 2 or 3 && EntityLexicon.OrgLastWords.Contains(words[^1]) && (words.Count == 3 || words[^1][^1] != 's'))
            return new Candidate(s, e, "ORG", Heuristics.OrgWord);
        if (ByLastWord(words, s, e) is { } byLastWord) return byLastWord;
        if (words.Count is 2 or 3 && _givenNames.Contains(first) && !words.Skip(1).Any(EntityLexicon.OrgWords.Contains) && NamesABusiness(r))
            return new Candidate(s, e, "ORG", Heuristics.PersonNamedBusiness);
        if (words.Count is 2 or 3 && _givenNames.Contains(first) && !EntityLexicon.StrongPlaceWords.Contains(words[^1])
            && !words.Skip(1).Any(EntityLexicon.OrgWords.Contains) && !HyphenedOrgWordLast(words))
            return new Candidate(s, e, "PERSON", Heuristics.GivenName);
        // "its chief economist, Sun-hee Park, said": a name set after a person's role is theirs, whatever its last word names elsewhere
        if (words.Count is 2 or 3 && IsRoleBefore(body, s, e) && CanEndPersonName(body, words[^1]) && !EntityLexicon.StrongPlaceWords.Contains(words[^1])
            && !words.Skip(1).Any(EntityLexicon.OrgWords.Contains) && !words[0].EndsWith("-born") && !EntityLexicon.Titles.Contains(words[0]))
            return new Candidate(s, e, "PERSON", Heuristics.Appositive);
        if (CueThenGivenName(words)) return new Candidate(AfterLeadingTitle(r), e, "PERSON", Heuristics.PersonCue);
        if (words.Count >= 2 && (EntityLexicon.PlaceWords.Contains(words[^1]) || EntityLexicon.PlaceStarts.Contains(words[0]))
            && !words.Skip(1).Any(EntityLexicon.OrgWords.Contains) && !HyphenedOrgWordLast(words))
            return new Candidate(s, e, "LOCATION", EntityLexicon.VenueWords.Contains(words[^1]) ? Heuristics.Venue : Heuristics.PlaceWord);
        // "Tarvel Bank Arena", "Harlow International Stadium": a venue's name, whatever body or place it is named after
        if (IsVenueName(words)) return new Candidate(s, e, "LOCATION", Heuristics.Venue);
        // ...not a common phrase set in capitals that the article also writes in lower case ("Renewable Energy", "Social Media"); a
        // body is named by its kind ("the Election Commission" may be "the election commission" too)
        if (words.Count >= 2 && (words.Skip(1).Any(EntityLexicon.OrgWords.Contains) || HyphenedOrgWordLast(words))
            && (words.Skip(1).Any(EntityLexicon.InstitutionWords.Contains) || Occurrences(body, body[s..e].ToLowerInvariant()) == 0))
            return new Candidate(s, OrgNameEnd(body, s, e, words), "ORG", Heuristics.OrgWord);
        // "FC Basel", "AFC Wimbledon": an organisation word in capitals opens a name too
        if (words.Count is 2 or 3 && EntityLexicon.OrgWords.Contains(words[0]) && IsAbbreviation(words[0])
            && !words.Skip(1).Any(w => w.All(char.IsUpper)))
            return new Candidate(s, e, "ORG", Heuristics.OrgWord);
        // "Radio Tarvia", "TV Harlow": a broadcast medium before a name names the broadcaster
        if (words.Count is 2 or 3 && words[0] is "Radio" or "TV" or "Television" && !words.Skip(1).Any(w => w.All(char.IsUpper)))
            return new Candidate(s, e, "ORG", Heuristics.OrgWord);
        // "Air Tarvia", "Air New Harlow": "Air" before a country's or a city's name names an airline, as flag carriers are named
        if (words.Count is 2 or 3 && words[0] == "Air" && IsKnownPlace(string.Join(' ', words.Skip(1)))) return new Candidate(s, e, "ORG", Heuristics.OrgWord);
        // "Centre for Tarvian Studies", "Commission for Fair Rents", "Committee on Foreign Investment": a body
        // (a centre, an agency, a council...) for or on something
        // (a body, after one word that says whose or where: "National Centre for Lost Boats", "Tarvian Council on Wages")
        if (words.Count >= 3 && (words[0] is "Center" or "Centre" && words[1] == "of" || InstitutionFor(words, 0)
            || words.Count >= 4 && InstitutionFor(words, 1)))
            return new Candidate(s, e, "ORG", Heuristics.OrgWord);
        // "Banque de Tarvia", "Fundación Harlow": in English, a body's head word in a language that puts it first opens the name
        if (r.English && words.Count >= 2 && EntityLexicon.LeadingOrgWords.Contains(words[0]) && char.IsUpper(words[^1][0]))
            return new Candidate(s, e, "ORG", Heuristics.OrgWord);
        // "University of Washington", "Office of the Inspector General": an organisation word, then "of".
        if (words.Count >= 3 && EntityLexicon.OrgWords.Contains(words[0]) && words[1] == "of") return new Candidate(s, e, "ORG", Heuristics.OrgWord);
        // "Victoria Station", "Ada Museum": a building named after someone is no person
        if (words.Count >= 2 && _givenNames.Contains(first) && !(words.Count <= 3 && EntityLexicon.StrongPlaceWords.Contains(words[^1])))
        {
            // Four or more capitalised words after a given name are a name run into what follows it ("by Ivo Marsh
            // Harlow Quay cafe ..."): the person is the first two words, unless the second is an initial or a particle, or
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

    /// <summary>
    /// "named Okoro Ade as chief financial officer", "appointed Lena Varga as its new chair": a name of two or three words that an
    /// appointment verb puts in a role (entity-person-cues.tsv, entity-roles-before-name.tsv) is a person's, given name known or not.
    /// </summary>
    private static Candidate? AppointedPerson(NameRun r)
    {
        if (r.Words.Count is not (2 or 3) || r.Prev is not ("named" or "appointed" or "hired" or "tapped" or "promoted" or "elected" or "nominated")
            || r.Words.Any(w => EntityLexicon.IsOrganisationWord(w) || EntityLexicon.PlaceWords.Contains(w))) return null;
        var after = r.Body.AsSpan(r.E, Math.Min(AppointmentWindow, r.Body.Length - r.E)).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (after.Length < 2 || after[0] != "as") return null;
        int k = 1;
        while (k < after.Length - 1 && k <= 3 && after[k] is "its" or "the" or "a" or "an" or "new" or "interim" or "acting" or "permanent") k++;
        string role = after[k].TrimEnd('.', ',', ';', ':');
        // (a firm too is hired as an adviser or a partner: "hired Harlow Brennick as its adviser" names no one)
        if (role is "adviser" or "advisor" or "partner") return null;
        return EntityLexicon.PersonCues.Contains(role) || EntityLexicon.RolesBeforeName.Contains(role)
            ? new Candidate(r.S, r.E, "PERSON", Heuristics.PersonCue) : null;
    }

    private const int AppointmentWindow = 60;

    /// <summary>Typed by cue words around it: where someone works, a role after it, a title or verb of speaking, a media cue.</summary>
    private Candidate? ByCues(NameRun r)
    {
        var (s, e, words, prev, prev2, next, first, p, j, sentenceStart, body, tokens) = (r.S, r.E, r.Words, r.Prev, r.Prev2, r.Next, r.First, r.P, r.J,
            r.SentenceStart, r.Body, r.Tokens);
        bool allCaps = r.AllCaps;
        // "said Army Col. Romeo Tavel": a run that ends in a title written short is the role of the name after it
        if (words.Count >= 2 && e < body.Length && body[e] == '.' && EntityLexicon.TitleAbbreviations.Contains(words[^1])) return null;
        bool worksThere = r.WorksThere;
        if (Workplace(r, worksThere) is { } workplace) return workplace;
        // ...not the words of an office before its title and holder ("by Shadow Home Secretary Ivo Marsh")
        if (words.Count is >= 2 and <= 3 && EntityLexicon.PersonCues.Contains(prev) && (CanEndPersonName(body, words[^1]) || CommonWordSurname(r))
            && !OfficeBeforeHolder(r))
            return new Candidate(s, e, "PERSON", Heuristics.PersonCue);
        if (words.Count == 1 && (EntityLexicon.FamilyWords.Contains(prev) || IsAge(prev, prev2)) && _givenNames.Contains(WithoutPossessive(words[0])))
            return new Candidate(s, e, "PERSON", Heuristics.PersonCue);
        if (words.Count is >= 2 and <= 4 && (IsAppositive(body, e) || SetOffBeforeSpeech(body, s, e) || DescribedBeforeSpeech(body, e)))
            return new Candidate(AfterLeadingTitle(r), e, "PERSON", Heuristics.Appositive);
        // "Australian-born" describes the person and is no part of the name a given-name reading finds
        if (words.Count is >= 2 and <= 3 && IsRoleBefore(body, s, e) && CanEndNameAfterRole(body, words) && !words[0].EndsWith("-born"))
            return new Candidate(s, e, "PERSON", Heuristics.Appositive);
        if (ByRelativeClause(body, s, e, words, prev) is { } byRelative) return byRelative;
        // Two or three words before "said", "told" (or "died", "resigned", "retired") name a person; but "Officials in Harlow Green said":
        // after a preposition of place the name is where the speakers are; "Agent Ana Roe from Tarn Realty said": after "from", "at",
        // "of", "for" or "with", whom the speaker is with; "the charity Clear Tarn said": after a word for a kind of body, that
        // body (typed by its cue below); "The Zen of Python says": a name with "of" inside is a thing's or a body's
        bool speaks = words.Count is >= 2 and <= 3 && next is "said" or "says" or "told" or "wrote" or "added" or "died" or "resigned" or "retired"
            && !EntityLexicon.OrgCuesBefore.Contains(prev) && !words.Contains("of");
        if (speaks && prev == "The" && GivenNameAfterTitle(body, s, e, words) is { } afterTitle) return afterTitle;
        if (speaks && !IsWherePreposition(prev))
            return new Candidate(s, e, "PERSON", Heuristics.Speaker);
        // ...but "the Minister for Energy Ivo Marsh said": a portfolio, then the minister's given name and surname
        if (speaks && words.Count == 3 && prev is "of" or "for" && _givenNames.Contains(words[1])
            && body.IndexOf(words[1], s, StringComparison.Ordinal) is int g and > 0)
            return new Candidate(g, e, "PERSON", Heuristics.Speaker);
        if (NamedAfterVerbAndNoun(r)) return new Candidate(s, e, "PERSON", Heuristics.Speaker);
        // An acronym named once is as often a common noun (LED, HVAC) as a body; named again, it is usually an organisation.
        // A word in capitals that the article also writes in lower case, and somewhere shouts ("FOUR!!!"), is no name ("the WHO",
        // whom "who" is written beside, is); nor is one joined to an identifier by an underscore ("BASE_DIR"), which is code.
        if (allCaps && (words[0].Length >= 3 && Shouted(body, words[0]) && WrittenAsCommonWord(body, words[0].ToLowerInvariant())
            || s > 0 && body[s - 1] == '_' || e < body.Length && body[e] == '_' || AfterAQuantity(body, s))) return null;
        if (allCaps) return AcronymCandidate(body, words[0], s, e, prev, prev2, next);
        bool ownShares = j + 1 < tokens.Count && EndsWithPossessive(body, tokens[j]) && EntityLexicon.OrgPossessions.Contains(Word(body, tokens[j + 1]));
        // ("owner", "partner": a role a person holds as often as a firm, "restaurant owner Ana Roe"; the name is left to the other cues)
        bool orgCue = OrgCueWordBefore(prev)
            || HeldOrPartneredBy(prev, prev2) && !OfficerRunOnToName(prev2, words)
            // "a trade professor at Cornell", "an analyst at Quorvin": where someone works is an organisation
            || worksThere || EntityLexicon.OrgCuesAfter.Contains(next) || ownShares
            || (DescribedAsAFirm(prev) || IsNamedBeforeKind(body, e, prev) && !EntityLexicon.Demonyms.Contains(first)) && !IsKnownPlace(first);
        // a cue word before a sentence's first word belongs to the sentence before (a possessive after it does not: "Quorvin's shares
        // fell"); a person's surname has shares too ("Neumann's shares")
        // (a lone letter is a label: "group B", "plan A")
        // ...but a cue after a sentence's first word is that word's, when it is a name and no common word ("Tarnwell shares fell")
        if (words.Count <= 3 && orgCue && (!sentenceStart || ownShares || CueAfterAName(r, first, next)) && !(words.Count == 1 && (words[0].Length == 1
            || NamedAsSurname(body, WithoutPossessive(body[s..e])) || prev is "the" or "The" && IsKindOfBodyAlone(WithoutPossessive(body[s..e])))))
            return new Candidate(s, e, "ORG", Heuristics.OrgCue);

        if (words.Count <= 3 && !sentenceStart && HoldingOrPartyBefore(prev, prev2))
            return new Candidate(s, e, "ORG", Heuristics.OrgPreposition);
        // "a spokesperson for Valdor": whom a spokesperson speaks for is a body, unless the article names a person so ("a spokesman for Roe")
        if (words.Count <= 3 && prev == "for" && prev2 is "spokesperson" or "spokesman" or "spokeswoman" && !_givenNames.Contains(first)
            && !(words.Count == 1 && NamedAsSurname(body, WithoutPossessive(body[s..e]))))
            return new Candidate(s, e, "ORG", Heuristics.OrgPreposition);
        if (IsTownBeforeRegion(body, s, e, words)) return new Candidate(s, e, "LOCATION", Heuristics.PlaceBeforeRegion);
        if (!sentenceStart && IsPlaceAfterPreposition(body, s, e, words, prev)) return new Candidate(s, e, "LOCATION", Heuristics.PlacePreposition);
        if (words.Count <= 3 && !_givenNames.Contains(first) && (IsOrgAppositive(body, e) && !AdverbBeforeClause(r) || IsOrgKindBefore(body, s, e)))
            return new Candidate(s, e, "ORG", Heuristics.OrgAppositive);
        // "told Quorvin", "according to Tarvel TV": an unknown name that is not a person's, told or quoting, is an outlet.
        if (words.Count <= 3 && !_givenNames.Contains(first) && !sentenceStart && !EntityLexicon.Demonyms.Contains(first)
            && !first.EndsWith("ian", StringComparison.Ordinal)
            && !(words.Count == 1 && NamedAsSurname(body, first))
            && MediaCueBefore.Regex.IsMatch(body.AsSpan(Math.Max(0, s - MediaCueWindow), s - Math.Max(0, s - MediaCueWindow))))
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

    /// <summary>
    /// Whether the article writes the word somewhere after "a" or "an", with at most one lower-case word between ("won an Oscar", "a
    /// posthumous Oscar"): a thing counted, an award or a product, not a person called by a given name.
    /// </summary>
    private static bool CountedSomewhere(string body, string word) =>
        WordSearches.Get(string.Empty, body, WordSearches.CountedSomewhere, word, static (_, b, w) => ScanCounted(b, w) ? 1 : 0) == 1;

    private static bool ScanCounted(string body, string word)
    {
        for (int k = NextOf(body, word, 0); k >= 0; k = NextOf(body, word, k + word.Length))
        {
            if (!IsWholeWordAt(body, k, word.Length)) continue;
            string prev = WordBefore(body, k);
            if (prev.Length > 0 && prev.All(char.IsLower) && prev is not ("a" or "an"))
                prev = WordBefore(body, body.LastIndexOf(prev, k - 1, StringComparison.Ordinal));
            if (prev is "a" or "an" or "An" or "A") return true;
        }
        return false;
    }

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
                && !EntityLexicon.NotNames.Contains(words[0]) && Text.DateParser.MonthNumber(words[0]) == null && !HyphenJoined(body, s, e)
                && !CountedSomewhere(body, words[0]))
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
        // "Court of International Trade", "Office on Water": a name that runs on over a joiner after its first organisation word is whole
        if (words.Skip(words.FindIndex(EntityLexicon.OrgWords.Contains) + 1).Any(w => w is "of" or "for" or "on" or "and" or "&")) return e;
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

    /// <summary>
    /// A surname that is also a common word the article writes in lower case ("economist Kessa Young", "analyst Mira Brown") after a
    /// first word that is no common word anywhere (not in the article in lower case, not in the in-domain word classes): the two
    /// are a given name and a surname, which "Studio Owners" or "Music Studio" are not.
    /// </summary>
    private bool CommonWordSurname(NameRun r) =>
        r.Words.Count == 2 && r.English && CanEndAName(r.Words[1]) && !r.Words[1].EndsWith('s') && !WrittenInLowerCase(r.Body, r.Words[0])
        && WordClusters?.SeenInLowerCase(r.Words[0]) == false;

    /// <summary>A user name as bylines run them on: two capitals, then lower case, letters and digits only ("AQuarles"; not "McKay").</summary>
    private static bool IsUserName(string word) =>
        word.Length >= 5 && char.IsUpper(word[0]) && char.IsUpper(word[1]) && word.Skip(2).Any(char.IsLower) && word.All(char.IsLetterOrDigit);

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

    /// <summary>
    /// "Tarnwell shares fell", "Tarnwell spokeswoman Ada Quarles": what only a company has, after a name that is no common word, given
    /// name, nationality or place (not "Skittish investors": an adjective the clusters never saw may open a sentence before people).
    /// </summary>
    private bool CueAfterAName(NameRun r, string first, string next) =>
        next is "shares" or "stock" or "spokesman" or "spokeswoman" or "spokesperson" && IsNameAtSentenceStart(r)
        && !_givenNames.Contains(first) && !EntityLexicon.Demonyms.Contains(first) && !IsKnownPlace(first);

    /// <summary>
    /// "Oriol Tenvane, who joined in 2019": a person; "Tandora, which makes chips": a company. After "and" the clause may be the whole
    /// pair's ("Harlow Freight and Brenvik Orla, who own half of it"): a name that opens with no given name is left to other cues.
    /// </summary>
    private Candidate? ByRelativeClause(string body, int s, int e, List<string> words, string prev)
    {
        if (words.Count > 3 || RelativeAfter(body, e) is not { } relative
            || words.Any(w => EntityLexicon.PlaceWords.Contains(w) || EntityLexicon.OrgWords.Contains(w))) return null;
        if (relative == "who" && words.Count >= 2 && !(prev is "and" or "or" && !_givenNames.Contains(words[0])))
            return new Candidate(s, e, "PERSON", Heuristics.Appositive);
        return relative == "which" ? new Candidate(s, e, "ORG", Heuristics.OrgAppositive) : null;
    }

    /// <summary>"Actor Jun-ho Park": a person's cue that opens a run, then a given name and one word, is that person, whatever the word names.</summary>
    private bool CueThenGivenName(List<string> words) =>
        words.Count == 3 && EntityLexicon.PersonCues.Contains(words[0]) && _givenNames.Contains(words[1])
        && !EntityLexicon.StrongPlaceWords.Contains(words[^1]) && !EntityLexicon.OrgWords.Contains(words[^1]);
}
