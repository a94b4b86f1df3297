using FinExtract.Documents;
using FinExtract.Text;

namespace FinExtract.Entities;

/// <summary>
/// Capitalised runs of words, the candidates the heuristics type, and the runs that are no names (quantities, codes, table
/// cells, plurals).
/// </summary>
public sealed partial class EntityStage
{
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

    /// <summary>
    /// "J.J. Tarvelson", "A.R. Quorvane": two or three initials written as one word (or spaced), then one surname, are a person, as news names
    /// people known by their initials; not initials a list knows as a place's or a body's ("U.S.", "U.N.") or as a ship's prefix
    /// ("S.S."), and not before a word of a kind of body, a word written in lower case ("D.C. Circuit", "L.A. Times"), a longer
    /// capitalised run or "&amp;" ("A.B. Tarvel &amp; Sons").
    /// </summary>
    private Candidate? InitialsAndSurname(string body, IReadOnlyList<Token> tokens, int i)
    {
        // (or spaced: "J. R. Tarvelson")
        int spaced = IsInitial(body, tokens, i) && i + 2 < tokens.Count && IsInitial(body, tokens, i + 2) ? SpacedInitialsEnd(body, tokens, i) : i;
        int last = spaced > i ? spaced - 1 : i;
        if (last == i && (i + 1 >= tokens.Count || tokens[i].Length is < 4 or > 6 || body[tokens[i].Start + 1] != '.'
            || !InitialsWord().IsMatch(body.AsSpan(tokens[i].Start, tokens[i].Length))
            || tokens[i + 1].Start != tokens[i].End + 1 || !IsCapitalised(body, tokens[i + 1]))) return null;
        string initials = body[tokens[i].Start..tokens[last].End].Replace(" ", "", StringComparison.Ordinal);
        string surname = WithoutPossessive(Word(body, tokens[last + 1]));
        if (!IsPlainNameWord(surname) || !IsPersonNameWord(body, surname) || IsKnownInitials(initials)
            || last + 2 < tokens.Count && tokens[last + 2].Start == tokens[last + 1].End + 1
            && (IsCapitalised(body, tokens[last + 2]) || body[tokens[last + 2].Start] == '&')) return null;
        return new Candidate(tokens[i].Start, TrimPossessive(body, tokens[i].Start, tokens[last + 1].End).Item2, "PERSON", Heuristics.InitialsAndSurname);
    }

    /// <summary>
    /// "L. Ron Hubbard", "J. Paul Getty": an initial before the given name is part of the person's name; "the W. M. Tarvel Observatory",
    /// "the J.R. Quorvin Foundation": a body named after a person keeps the person's initials.
    /// </summary>
    private Candidate WithInitialsBefore(string body, IReadOnlyList<Token> tokens, Candidate c, int from, HashSet<int> sentenceStarts)
    {
        if (c.Type == "PERSON" && from >= 2 && !sentenceStarts.Contains(from) && IsInitial(body, tokens, from - 2)
            && tokens[from].Start == tokens[from - 1].End + 1 && (tokens[from - 2].Start == 0 || char.IsWhiteSpace(body[tokens[from - 2].Start - 1])))
            return c with { Start = tokens[from - 2].Start };
        return c.Type == "ORG" && InitialsBefore(body, tokens, from) is int named and >= 0 ? c with { Start = named } : c;
    }

    /// <summary>
    /// Where one to three initials written right before token <paramref name="k"/> start ("W.M. ", "W. M. ", "J. "), after a space or a
    /// line's start; -1 when there are none or they are a place's or a body's a list knows ("U.S.", "U.K.").
    /// </summary>
    private int InitialsBefore(string body, IReadOnlyList<Token> tokens, int k)
    {
        int start = -1, first = k;
        if (k >= 1 && tokens[k].Start == tokens[k - 1].End + 1 && tokens[k - 1].Length is >= 2 and <= 6
            && InitialsWord().IsMatch(body.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length)))
            (start, first) = (tokens[k - 1].Start, k - 1);
        else
            for (int n = 0; n < 3 && first >= 2 && IsInitial(body, tokens, first - 2) && tokens[first].Start == tokens[first - 1].End + 1; n++)
                (start, first) = (tokens[first - 2].Start, first - 2);
        if (start < 0 || start > 0 && !char.IsWhiteSpace(body[start - 1])) return -1;
        string initials = body[start..tokens[k].Start].Replace(" ", "", StringComparison.Ordinal).TrimEnd();
        return IsKnownInitials(initials) ? -1 : start;
    }

    /// <summary>Initials a list knows as a place's or a body's ("U.S.", "U.N.") or as no name's ("S.S.", a ship's prefix).</summary>
    private bool IsKnownInitials(string initials) =>
        _gazetteer.TryGet(initials, out _) || _gazetteer.TryGet(initials[..^1], out _) || EntityLexicon.NotInitials.Contains(initials);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\p{Lu}\.){1,3}$")]
    private static partial System.Text.RegularExpressions.Regex InitialsWord();

    /// <summary>
    /// A capitalised participle or adverb ("Reposting", "Asked", "Newly-listed"): a word with no other capital that ends so; not
    /// a hyphenated given name or a surname with a second capital ("Mei-Ling", "McNally").
    /// </summary>
    private static bool IsParticipleOrAdverb(string w) => w.Length > 3 && !w.AsSpan(1).ContainsAnyInRange('A', 'Z')
        && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ly", StringComparison.Ordinal));

    private IEnumerable<Candidate> CapitalisedSequences(Article article)
    {
        string body = article.Body;
        var tokens = article.Tokens;
        var sentenceStarts = new HashSet<int>(article.Sentences.Select(s => s.FirstToken));
        var headings = article.Paragraphs.Where(p => p.Kind == ParagraphKind.Heading).ToList();
        var titleCase = TitleCaseSentences(article).ToList();
        bool english = IsEnglish(article), nounsCapitalised = CapitalisesNouns(article);
        int i = 0;
        while (i < tokens.Count)
        {
            if ((DropCapName(body, tokens, i, sentenceStarts) ?? InitialsAndSurname(body, tokens, i)) is { } initialled)
            {
                yield return initialled;
                while (i < tokens.Count && tokens[i].Start < initialled.End) i++;
                continue;
            }
            string? first = IsCapitalised(body, tokens[i]) ? Word(body, tokens[i]) : null;
            if (first == null || IsContraction(first) || (EntityLexicon.NotNames.Contains(first)
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
            if (sentenceStarts.Contains(i) && j > i && Word(body, tokens[i]) is var w0 && !_givenNames.Contains(w0) && IsParticipleOrAdverb(w0))
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
            if (IsNameAdjective(Word(body, tokens[j]))) j--;
            if (from <= j && IsNameAdjective(Word(body, tokens[from]))) from++;
            if (from > j || IsQuantityAfterNumber(body, tokens, from)) { i = Math.Max(i + 1, j + 1); continue; }
            if (DigitLedName(body, tokens, from, j)) from--;
            // (a facility's word ends no person's name: "the Hilton Grace Hotel")
            if (!inHeading && SplitName(body, tokens, from, j, nounsCapitalised) is int k and > 0 && WithoutPossessive(Word(body, tokens[j])) is var last
                && CanEndPersonName(body, last) && !EntityLexicon.StrongPlaceWords.Contains(last))
            {
                // "Trade Representative Robert Lighthizer", "European Union Gordon Sondland": a title or an
                // organisation runs straight into a person's name; the name is the person, the rest is read alone.
                // ...but "DJ" is part of a stage name ("DJ Tarn"), as a royal title is of a royal's
                int nameStart = k > from && Word(body, tokens[k - 1]) == "DJ" ? tokens[k - 1].Start : tokens[k].Start;
                yield return new Candidate(nameStart, TrimPossessive(body, nameStart, tokens[j].End).Item2, "PERSON", Heuristics.TitleName);
                int prefixEnd = k - 1;
                if (IsRankAfterBody(body, tokens, from, k)) prefixEnd--;
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
            if (c != null && from == i) c = WithInitialsBefore(body, tokens, c, from, sentenceStarts);
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
    /// "in Tarnshire", "from Harlow Vale": a lone unknown name after a preposition of place is most often a place. A name joined with
    /// "&amp;" ("S&amp;P", "AT&amp;T") is a firm's, never a place's; "in Parliament", "from Treasury": a body's word names an institution;
    /// "in Level 3", "from Phase 2": a word a number follows is a designation; "from Tuesday's auction", "in July": a date; "from Tarvel
    /// who paid": a party, whom "who" follows; "in Astrology": a field or a belief, by its abstract noun's ending.
    /// </summary>
    private static bool IsPlaceAfterPreposition(string body, int s, int e, List<string> words, string prev) =>
        words.Count <= 2 && prev is "in" or "from" or "near" or "across" or "outside" or "around" or "throughout" && !WhoFollows(body, e)
        // "in Ivo Marsh's team": the preposition governs what the two-word name owns; a person's name is read so as often as a place's
        && !(words.Count == 2 && PossessiveFollows(body, e))
        && !body.AsSpan(s, e - s).Contains('&') && !EntityLexicon.OrgWords.Contains(words[^1]) && !NumberFollows(body, e)
        && !(words.Count == 1 && (Text.DateParser.MonthNumber(words[0]) != null || Text.DateParser.WeekdayNumber(words[0]) != null
                                  || EntityLexicon.LanguageNames.Contains(words[0])
                                  || AbstractNounEndings.Any(x => words[0].EndsWith(x, StringComparison.Ordinal))));

    /// <summary>Endings of abstract nouns that no place name has: "in Astrology", "in Marketing Management", "in Economics".</summary>
    private static readonly string[] AbstractNounEndings = ["ology", "ism", "ics", "ment", "tion", "ship"];

    /// <summary>
    /// The abstract-noun endings that no person's name has either (<see cref="HoldsAnAbstractNoun"/>), with their plurals; "-ics",
    /// "-ment" and "-ship" are left out, as surnames end so ("Babics", "Clement").
    /// </summary>
    private static readonly string[] PersonlessEndings = ["tion", "tions", "ology", "ologies", "ism"];

    /// <summary>Whether [s, e) fills a table cell on its own, as tables read in the body: "| WÜ |", or a row's first or last cell.</summary>
    private static bool AloneInTableCell(string body, int s, int e)
    {
        bool pipeBefore = s >= 2 && body[s - 1] == ' ' && body[s - 2] == '|', pipeAfter = e + 1 < body.Length && body[e] == ' ' && body[e + 1] == '|';
        // a row's first or last cell ("LB | Ana Roe | 12"): the line's start or end on the other side
        bool lineStart = s == 0 || body[s - 1] == '\n', lineEnd = e == body.Length || body[e] is '\n' or '\r';
        return pipeBefore && (pipeAfter || lineEnd) || pipeAfter && lineStart;
    }

    /// <summary>Whether a possessive "'s" or "’s" is written onto the name ending at <paramref name="e"/>.</summary>
    private static bool PossessiveFollows(string body, int e) =>
        e + 1 < body.Length && body[e] is '\'' or '’' && body[e + 1] == 's' && (e + 2 == body.Length || !char.IsLetter(body[e + 2]));

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

    /// <summary>
    /// "We’ve", "They'll", "I’m", "Don't": a pronoun or an auxiliary run together with a verb or "not" is no name, whatever follows
    /// it; a name's apostrophe is followed by a capital ("O'Brien") or by the possessive "s".
    /// </summary>
    private static bool IsContraction(string word)
    {
        int k = word.LastIndexOfAny(['\'', '’']);
        if (k <= 0 || k == word.Length - 1) return false;
        string tail = word[(k + 1)..];
        if (tail == "t") return word[k - 1] == 'n';
        return tail is "ve" or "re" or "ll" or "d" or "m" && EntityLexicon.NotNames.Contains(word[..k]);
    }

    /// <summary>A plural ("Residents", "Sales") that the in-domain text writes in lower case and no organisation, place, people or person
    /// word: false without word clusters to tell.</summary>
    private bool IsCommonPlural(string word) =>
        word.Length >= 4 && word[^1] == 's' && word[^2] != 's' && WordClusters?.SeenInLowerCase(word) == true && !_givenNames.Contains(word)
        && !EntityLexicon.IsOrganisationWord(word) && !EntityLexicon.Demonyms.Contains(word)
        && !EntityLexicon.PlaceWords.Contains(word);

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

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:head|director|chief|manager|(?:vice[ -])?president|professor|dean|chair(?:man|woman)?"
        + @"|editor|officer)[ ]of[ ](?!state\b)(?:\p{Ll}[\p{Ll}-]*[ ]){1,3}at[ ]\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OfficeOverAFieldBefore();

    /// <summary>A capitalised run and its surroundings, as the typing heuristics read it.</summary>
    private sealed record NameRun(int S, int E, List<string> Words, string Prev, string Prev2, string Next, string First, int P, int J,
        bool SentenceStart, string Body, IReadOnlyList<Token> Tokens)
    {
        /// <summary>Whether the article is in English (or of no known language), which the in-domain word lists are written from.</summary>
        public bool English { get; init; }

        /// <summary>
        /// "economists at X", "analysts from X": the run follows a profession and "at" or "from", where people work; so does one after
        /// an office over a field ("head of credit research at X", "professor of economics at X").
        /// </summary>
        public bool WorksThere => Prev is "at" or "from" && EntityLexicon.Professions.Contains(Prev2)
            || Prev == "at" && S >= 12 && OfficeOverAFieldBefore().IsMatch(Body.AsSpan(Math.Max(0, S - 60), Math.Min(60, S)));

        public bool AllCaps => Words.Count == 1 && Words[0].Length is >= 2 and <= 6 && Words[0].All(char.IsUpper)
            && !EntityLexicon.NotAcronyms.Contains(Words[0]);
    }
}
