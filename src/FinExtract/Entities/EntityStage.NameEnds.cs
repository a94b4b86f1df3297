using System.Text.RegularExpressions;
using FinExtract.Text;

namespace FinExtract.Entities;

/// <summary>
/// Where a capitalised run ends, and where it splits into two names (a person before a firm, an office before its holder).
/// </summary>
public sealed partial class EntityStage
{
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

    /// <summary>
    /// "King Tarn III", "Pope Quorvin XVI", "Louis XIV": a Roman number after a name is part of it, as monarchs and popes are named,
    /// after a full name, a royal or religious title's name or a given name; "I" only after a title's name and not before a
    /// lower-case word ("King Tarn I." but not "as Tarn I said").
    /// </summary>
    private bool IsRegnalNumber(string body, IReadOnlyList<Token> tokens, int i, int j, int next)
    {
        string number = Word(body, tokens[next]);
        if (!RegnalNumber().IsMatch(number) || next + 1 < tokens.Count && char.IsLetterOrDigit(body[tokens[next + 1].Start])
            && tokens[next + 1].Start == tokens[next].End) return false;
        bool royal = RoyalTitleBefore(body, tokens[i].Start) || EntityLexicon.RoyalTitles.Contains(Word(body, tokens[i]));
        if (number == "I") return royal && !LowerCaseWordAt(body, tokens[next].End);
        return j > i || royal || _givenNames.Contains(Word(body, tokens[i]));
    }

    [GeneratedRegex(@"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex RegnalNumber();

    /// <summary>Whether the word right before <paramref name="start"/> is a royal or religious title ("King", "Pope").</summary>
    private static bool RoyalTitleBefore(string body, int start)
    {
        int e = start - 1;
        if (e < 1 || body[e] != ' ') return false;
        int s = e;
        while (s > 0 && char.IsLetter(body[s - 1])) s--;
        return s < e && EntityLexicon.RoyalTitles.Contains(body[s..e]);
    }

    /// <summary>Whether a lower-case word follows a space at <paramref name="at"/>.</summary>
    private static bool LowerCaseWordAt(string body, int at) => at + 1 < body.Length && body[at] == ' ' && char.IsLower(body[at + 1]);

    /// <summary>"King's College", "Children's Hospital": a possessive of entity-name-possessives.tsv before a capitalised word opens a name.</summary>
    private static bool OpensNameByPossessive(string body, IReadOnlyList<Token> tokens, int j) =>
        j + 1 < tokens.Count && tokens[j + 1].Start == tokens[j].End + 1 && IsCapitalised(body, tokens[j + 1])
        && EntityLexicon.NamePossessives.Contains(WithoutPossessive(Word(body, tokens[j])));

    /// <summary>
    /// "Minister P. Tarvelam", "Mr. H. K. Brennai", "J. R. Marsh": one to three initials, each a capital and a full stop, that open a
    /// run go on into the capitalised word after them when a title stands before the first ("Mr.", "Minister") or when there are two
    /// or more: a lone capital and a full stop may end a sentence ("Plan B. Quorvin said"). The token the run then goes on from, or
    /// <paramref name="i"/>.
    /// </summary>
    private static int SpacedInitialsEnd(string body, IReadOnlyList<Token> tokens, int i)
    {
        if (!IsInitial(body, tokens, i) || i + 2 >= tokens.Count) return i;
        bool several = IsInitial(body, tokens, i + 2);
        if (!several && !(i >= 1 && TitleBefore(body, tokens, i))) return i;
        int j = i;
        for (int n = 0; n < 3 && j + 2 < tokens.Count && IsInitial(body, tokens, j) && tokens[j + 2].Start == tokens[j + 1].End + 1
            && IsCapitalised(body, tokens[j + 2]); n++)
            j += 2;
        return IsInitial(body, tokens, j) ? i : j;
    }

    /// <summary>Whether a title ends right before token <paramref name="i"/>: "Minister", "Mr." (its full stop skipped).</summary>
    private static bool TitleBefore(string body, IReadOnlyList<Token> tokens, int i)
    {
        int k = i - 1;
        if (tokens[k].End + 1 != tokens[i].Start) return false;
        if (body[tokens[k].Start] == '.' && tokens[k].Length == 1 && k >= 1 && tokens[k].Start == tokens[k - 1].End) k--;
        return EntityLexicon.Titles.Contains(Word(body, tokens[k]));
    }

    /// <summary>The last token of the capitalised run that starts at token <paramref name="i"/> (<paramref name="english"/>: the article's language).</summary>
    private int RunEnd(string body, IReadOnlyList<Token> tokens, int i, bool english)
    {
        int j = SpacedInitialsEnd(body, tokens, i);
        // "analyst Rhea Castellano of Harlow Capital": after a word that introduces a person, the name is the person's.
        bool personNamed = _givenNames.Contains(Word(body, tokens[i])) || (i > 0 && EntityLexicon.PersonCues.Contains(Word(body, tokens[i - 1])));
        while (!EndsWithPossessive(body, tokens[j]) || OpensNameByPossessive(body, tokens, j))
        {
            int next = j + 1;
            // A web name: "Polygraph.info", "Moneycontrol.com".
            if (next + 1 < tokens.Count && tokens[next].Start == tokens[j].End && body[tokens[next].Start] == '.'
                && tokens[next + 1].Start == tokens[next].End
                && WebSuffixes.Contains(WithoutPossessive(Word(body, tokens[next + 1]))))
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
            // A middle initial ("Ada M. Quarles") or a suffix ("Kennedy Jr.") stays inside a name; a sentence's first word after a
            // regnal number is no part of it ("King Francois I. Between 2000 and 2013").
            if (next + 2 < tokens.Count && IsInitial(body, tokens, next) && IsCapitalised(body, tokens[next + 2])
                && tokens[next + 2].Start == tokens[next + 1].End + 1
                && !(tokens[next + 2].Length > 1 && EntityLexicon.NotNames.Contains(Word(body, tokens[next + 2]))))
            { j = next + 2; continue; }
            if (next + 1 < tokens.Count && j > i && Word(body, tokens[next]) is "Jr" or "Sr" or "III" or "II" && tokens[next].Start == tokens[j].End + 1)
            { j = tokens[next + 1].Start == tokens[next].End && body[tokens[next + 1].Start] == '.' ? next + 1 : next; break; }
            if (next < tokens.Count && tokens[next].Start == tokens[j].End + 1 && IsRegnalNumber(body, tokens, i, j, next)) { j = next; break; }
            if (next < tokens.Count && IsCapitalised(body, tokens[next]) && tokens[next].Start == tokens[j].End + 1 && body[tokens[j].End] == ' '
                && (!EntityLexicon.NotNames.Contains(WithoutPossessive(Word(body, tokens[next])))
                || (Word(body, tokens[next]) == "General" && (OrgSoFar(body, tokens, i, j) || OrgWordAfter(body, tokens, next)))
                || IsGivenNameHe(body, tokens, i, j, next))
                && SameCaseStyle(body, tokens[j], tokens[next])) { j = next; continue; }
            // "Bank of America" runs on over "of"; "strategist Ivo Marsh of Tarvel Bank" does not: a person is not "of" anything.
            if (next + 1 < tokens.Count && EntityLexicon.Joiners.Contains(Word(body, tokens[next])) && IsCapitalised(body, tokens[next + 1])
                && !(Word(body, tokens[next]) is "of" or "for" && (personNamed || j == i && SurnameOfNamedPerson(body, tokens, i))
                    && !OrgSoFar(body, tokens, i, j))
                && !PersonOfPlace(body, tokens, i, j, next) && !PlaceForSomething(body, tokens, i, j, next)
                && !(Word(body, tokens[next]) == "of" && EntityLexicon.CompanyHeads.Contains(Word(body, tokens[j])))
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
            // "Council on Farming, Forests and Water": after "on" or "for", an organisation's name may list its fields.
            if (OrgSoFar(body, tokens, i, j) && RunHasJoiner(body, tokens, i, j, "on", "for") && FieldListEnd(body, tokens, next) is int listEnd)
            { j = listEnd; continue; }
            if (RunsOnOverOfTheOrOn(body, tokens, i, j, next))
            { j = Word(body, tokens[next]) is "of" or "for" ? next + 2 : next + 1; continue; }
            if (FieldAfterAnd(body, tokens, i, j, next)) { j = next + 1; continue; }
            if (TrailingTitle(body, tokens, j)) { j = next; continue; }
            // "Tarvel Farmers' Union", "the Writers' Guild": a plural possessive runs on into the organisation word after it
            if (PluralPossessiveBeforeOrgWord(body, tokens, j)) { j = next + 1; continue; }
            // "Wal - Mart", "John - Erik Roe": text tokenised before it reached us spaces out the hyphen inside a name
            if (j == i && SpacedHyphenInName(body, tokens, j)) { j = next + 1; continue; }
            break;
        }
        return j;
    }

    /// <summary>
    /// The last token of a list of fields from token <paramref name="next"/>: one to three capitalised words, each after a comma, then "and"
    /// and one more (", Forests and Water", ", Education, Labor and Pensions"); or null.
    /// </summary>
    private static int? FieldListEnd(string body, IReadOnlyList<Token> tokens, int next)
    {
        for (int k = next, items = 0; items < 3 && k + 3 < tokens.Count && body[tokens[k].Start] == ','; k += 2, items++)
        {
            if (!IsField(k + 1)) return null;
            if (Word(body, tokens[k + 2]) == "and") return IsField(k + 3) ? k + 3 : null;
        }
        return null;

        bool IsField(int t) => IsCapitalised(body, tokens[t]) && !EntityLexicon.NotNames.Contains(Word(body, tokens[t]));
    }

    /// <summary>
    /// Whether token j is a plural with its possessive mark after it and then, after a space, an organisation's word: the members a
    /// body is named for ("Farmers' Union", "Banks' Association"). A company's own last word is its possessive, not such a plural
    /// ("Tarvel Airlines' Union"), and a board is a company's own ("Tarvel Systems' Board").
    /// </summary>
    private static bool PluralPossessiveBeforeOrgWord(string body, IReadOnlyList<Token> tokens, int j)
    {
        int mark = j + 1;
        if (mark + 1 >= tokens.Count || body[tokens[j].End - 1] != 's' || tokens[mark].Start != tokens[j].End || tokens[mark].Length != 1
            || body[tokens[mark].Start] is not ('\'' or '’') || tokens[mark + 1].Start != tokens[mark].End + 1) return false;
        string after = Word(body, tokens[mark + 1]);
        return EntityLexicon.OrgWords.Contains(after) && after != "Board" && !EntityLexicon.CompanyHeads.Contains(Word(body, tokens[j]));
    }

    /// <summary>"Harlow General Hospital", "Tarvel General Insurance": "General" inside a name whose next word is an organisation's.</summary>
    private static bool OrgWordAfter(string body, IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k + 1].Start == tokens[k].End + 1 && EntityLexicon.OrgWords.Contains(Word(body, tokens[k + 1]));

    /// <summary>
    /// An organisation's name runs on over "of the" and "on" ("Office of the Inspector General", "National Institute on Drug Abuse"),
    /// but only once the run holds an organisation word; over "of the" and "for the" also after the head of a public body ("Tarn
    /// Center for the Study of Labor").
    /// </summary>
    private bool RunsOnOverOfTheOrOn(string body, IReadOnlyList<Token> tokens, int i, int j, int next) =>
        next + 2 < tokens.Count && (OrgSoFar(body, tokens, i, j) || j == i && Word(body, tokens[i]) is "Centre" or "Center"
            || EntityLexicon.InstitutionWords.Contains(Word(body, tokens[j])) && Word(body, tokens[next]) is "of" or "for")
        && !EntityLexicon.CompanyHeads.Contains(Word(body, tokens[j]))
        && tokens[next + 1].Start <= tokens[next].End + 1
        && ((Word(body, tokens[next]) is "of" or "for" && Word(body, tokens[next + 1]) == "the" && IsCapitalised(body, tokens[next + 2])
        && !EntityLexicon.NotNames.Contains(Word(body, tokens[next + 2])))
            || (Word(body, tokens[next]) == "on" && IsCapitalised(body, tokens[next + 1])
            && !EntityLexicon.NotNames.Contains(Word(body, tokens[next + 1])) && !IsKnownPlace(WithoutPossessive(Word(body, tokens[next + 1])))
            && !PlaceNameFrom(body, tokens, next + 1)));

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

    private static bool RunHasJoiner(string body, IReadOnlyList<Token> tokens, int from, int to, params string[] joiners)
    {
        for (int k = from; k <= to; k++) if (joiners.Contains(Word(body, tokens[k]))) return true;
        return false;
    }

    /// <summary>
    /// "Roe of Tarn Relief said", after "Ana Roe": one word that the text has already written after a listed given name is that
    /// person's surname, and a person is not "of" anything.
    /// </summary>
    private bool SurnameOfNamedPerson(string body, IReadOnlyList<Token> tokens, int i) =>
        FirstNamedAsSurname(body, Word(body, tokens[i])) is int at && at >= 0 && at < tokens[i].Start;

    /// <summary>
    /// "Velko Brannic of Harrowby", "Ivo Quarnet of Tarvia": two name words that no list knows, then "of" and a known place that ends
    /// the run, are a person and where the person is from, as news writes players and officials; a body's name runs on over "of"
    /// only with a word of a kind of body in it ("Tarvel Bank of Harrowby") or a word written in lower case ("Federal Republic of").
    /// </summary>
    private bool PersonOfPlace(string body, IReadOnlyList<Token> tokens, int i, int j, int next)
    {
        string given = Word(body, tokens[i]), surname = Word(body, tokens[j]);
        if (j != i + 1 || Word(body, tokens[next]) != "of" || !IsPlainNameWord(given) || !IsPlainNameWord(surname)
            || IsBodysOrPlacesWord(given) || EntityLexicon.TitleWords.Contains(given) || !IsPersonNameWord(body, surname)) return false;
        int end = next + 1;
        while (end + 1 < tokens.Count && IsCapitalised(body, tokens[end + 1]) && tokens[end + 1].Start == tokens[end].End + 1) end++;
        return end - next <= 3 && IsKnownPlace(body[tokens[next + 1].Start..tokens[end].End]);
    }

    /// <summary>Whether the place gazetteer knows a word as a place.</summary>
    private bool IsKnownPlace(string word) => _gazetteer.TryGet(word, out var entry) && entry.Type == "LOCATION";

    /// <summary>
    /// "an analyst in Houston for Tarvel Capital Advisors": a known place is not "for" anything, so a run that is a place so far does
    /// not run on over "for" into the name after it (a body's name does: "Foundation for ...", "Centre for ..."); nor does a venue's
    /// name into a known place, where a journey goes ("left Harlow Airport for Tarvia").
    /// </summary>
    private bool PlaceForSomething(string body, IReadOnlyList<Token> tokens, int i, int j, int next) =>
        Word(body, tokens[next]) == "for" && (!OrgSoFar(body, tokens, i, j) && IsKnownPlace(body[tokens[i].Start..tokens[j].End])
            || EntityLexicon.VenueWords.Contains(Word(body, tokens[j])) && !EntityLexicon.InstitutionWords.Contains(Word(body, tokens[j]))
            && next + 1 < tokens.Count && IsKnownPlace(Word(body, tokens[next + 1])));

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
    /// "the Tarvel Army General Orsu Taviel", "the Signal Corps Major Ana Roe": a rank that is as often a word of a name ("General
    /// Assembly", "Major League") is a rank between a body's organisation word and a given name.
    /// </summary>
    private static bool IsRankAfterBody(string body, IReadOnlyList<Token> tokens, int from, int k) =>
        k - 2 >= from && Word(body, tokens[k - 1]) is "General" or "Major" && EntityLexicon.OrgWords.Contains(Word(body, tokens[k - 2]));

    /// <summary>
    /// Where a person's name starts inside a longer capitalised run, or -1: after the last title word
    /// ("Administrator Jim Bridenstine"), or at a given name that follows an organisation word or a place
    /// ("European Union Gordon Sondland") or an abbreviation ("HWU GS Mina Okafor"); where every noun is capitalised
    /// (<paramref name="nounsCapitalised"/>), after any capitalised word, as a common noun runs into the name it describes ("Ministerin
    /// Ana Roe", "Der Harlower Stadtkämmerer Ivo Marsh"; not after "der" or "von", "die Zeitungen der Tarn Mediengruppe").
    /// The name is one to three words, none of them an organisation word.
    /// </summary>
    private int SplitName(string body, IReadOnlyList<Token> tokens, int from, int to, bool nounsCapitalised = false)
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
            // "... Council Tomas Ilvers", "Afghan Tom Ross", "to the United States Hamid Karzai": an organisation word, a place
            // word, a nationality or a whole listed name runs into the person's given name.
            // ...and "HWU GS Mina Okafor": an abbreviation in capitals (a body's, an office's) does too
            if (!(nounsCapitalised && prev.Length > 0 && char.IsUpper(prev[0])) && !EntityLexicon.OrgWords.Contains(prev)
                && !EntityLexicon.PlaceWords.Contains(prev) && !EntityLexicon.Demonyms.Contains(prev)
                && !IsAbbreviation(prev) && !IsRankAfterBody(body, tokens, from, k)
                && !_gazetteer.TryGet(body.AsSpan(tokens[from].Start, tokens[k - 1].End - tokens[from].Start), out _)
                && !KnownNameEndsAt(body, tokens, from, k - 1)) continue;
            // (an initial and its full stop are one word of the name: "Peter B. Taviel")
            int n = Enumerable.Range(k, to - k + 1).Count(x => tokens[x].Kind != TokenKind.Punctuation);
            if (n is < 2 or > 3 || Enumerable.Range(k, to - k + 1).Any(x => EntityLexicon.OrgWords.Contains(Word(body, tokens[x])))) continue;
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

    /// <summary>
    /// A run that is an office, not its holder: a title word then the holder's name after it ("by Shadow Home Secretary Ivo Marsh"), or
    /// a run that itself ends in a title word right before a capitalised name ("said National Security Adviser M.K. Tarnby").
    /// </summary>
    private static bool OfficeBeforeHolder(NameRun r) => WordThenNameAfter(r, EntityLexicon.Titles)
        || EntityLexicon.TitleWords.Contains(r.Words[^1]) && r.J + 1 < r.Tokens.Count && r.Tokens[r.J + 1].Start == r.E + 1
        && IsCapitalised(r.Body, r.Tokens[r.J + 1]);

    /// <summary>An organisation word in capitals that opens a name of its own ("FC", "AFC"): no joiner runs a name on into it.</summary>
    private static bool OpensOwnOrganisation(string word) => IsAbbreviation(word) && EntityLexicon.OrgWords.Contains(word);

    /// <summary>"... of Brazil", "... of South Korea": a name the gazetteer knows, of one or two words, ends at token <paramref name="last"/>.</summary>
    private bool KnownNameEndsAt(string body, IReadOnlyList<Token> tokens, int from, int last) =>
        _gazetteer.TryGet(body.AsSpan(tokens[last].Start, tokens[last].End - tokens[last].Start), out _)
        || last - 1 >= from && tokens[last - 1].Kind != TokenKind.Punctuation
        && _gazetteer.TryGet(body.AsSpan(tokens[last - 1].Start, tokens[last].End - tokens[last - 1].Start), out _);

    /// <summary>"Ivo Kessler TOKYO": a run of capitals after title-case words is another name (a dateline).</summary>
    private static bool SameCaseStyle(string body, Token a, Token b)
    {
        static bool Shouting(ReadOnlySpan<char> w) => w.Length >= 2 && !w.ContainsAnyInRange('a', 'z');
        bool sa = Shouting(body.AsSpan(a.Start, a.Length)), sb = Shouting(body.AsSpan(b.Start, b.Length));
        // "US Embassy", "UK Treasury": a short abbreviation may open a title-case name; "Arsenal FC": an organisation word in capitals may end one.
        return sa == sb || (sa && (a.Length <= 3 || EntityLexicon.OrgWords.Contains(body.Substring(b.Start, b.Length).TrimEnd('.'))))
            || (sb && EntityLexicon.OrgWords.Contains(body.Substring(b.Start, b.Length)));
    }
}
