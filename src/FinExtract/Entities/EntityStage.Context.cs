using FinExtract.Text;

namespace FinExtract.Entities;

/// <summary>
/// What the words around a name say about its type: appositives, roles, kinds of body, media cues and verbs of saying.
/// </summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// "the chief executive of the Tarvia Refugee Council Enver Quarles told reporters": after an organisation word, two capitalised
    /// words that end the run right before a verb of saying (or ", who") are the speaker's name, though the given name is not listed;
    /// not when they are a place or a listed name ("Bank Hong Kong said"). So after a word for one of a nation's or a city's people
    /// ("Nigerian Ada Quarles told reporters", "New Zealander Ada Quarles said").
    /// </summary>
    private bool UnlistedNameSpeaksAfterOrg(string body, IReadOnlyList<Token> tokens, int k, int to)
    {
        if (to != k + 1 || to + 1 >= tokens.Count) return false;
        // (after a people's word the given name must not be a common word: "Canadian Auto Workers said")
        if (Word(body, tokens[k - 1]) is var prev && !EntityLexicon.OrgWords.Contains(prev)
            && !(IsPeopleNoun(prev) && WordClusters?.SeenInLowerCase(Word(body, tokens[k])) == false)) return false;
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

    /// <summary>
    /// "Puerto Rican", "New Zealander", "South African", "Las Vegan": a people's name in two words, the name of a known place in two
    /// words made a noun for one of its people ("Puerto Rico", "New Zealand"); not "Quorvin Thai", "Native American".
    /// </summary>
    private bool NamesAPeople(IReadOnlyList<string> words)
    {
        if (words.Count != 2 || words[1].Length < 5) return false;
        string noun = words[1], head = words[0] + " ";
        return noun[^1] == 'n' && (IsKnownPlace(head + noun[..^1]) || IsKnownPlace(head + noun[..^1] + "s") || IsKnownPlace(head + noun[..^2] + "o"))
            || noun.EndsWith("ian", StringComparison.Ordinal) && IsKnownPlace(head + noun[..^3] + "a")
            || noun.EndsWith("er", StringComparison.Ordinal) && IsKnownPlace(head + noun[..^2]);
    }

    private const System.Text.RegularExpressions.RegexOptions Invariant = System.Text.RegularExpressions.RegexOptions.CultureInvariant;

    /// <summary>
    /// ", a professor at ...": a role after a name (Resources/lexicon/appositive-person-roles.tsv); a role word that names a kind of body
    /// (", an activist group") is none; without an article, the role ends its phrase (", chief executive of ...", not ", attended
    /// the student protests").
    /// </summary>
    private static readonly Text.WarmingRegex Appositive = Text.Lexicon.Alternation(
        @"^,\s+(?:\d{1,3},|(?<article>(?:a|an|the)\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:", "appositive-person-roles.tsv",
        @")\b(?(article)(?!\s+(?:group|union|organi[sz]ation|association|network|council|party|firm|company|fund|body)\b)"
        + @"|(?=[ \t]*(?:[,.;:)\r\n]|$)|\s+(?:general|of|at|for|in|with|to|on|and|or|who|from|has|had|is|was|said|says|told|added)\b)))",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | Invariant, Text.Lexicon.PatternTimeout);

    /// <summary>
    /// ", a Texas-based intelligence firm", " is a Tarnish maker of bicycles": a kind of organisation set after a name, in apposition
    /// (after a comma, or a dash with or without its article: " - software and consulting company") or after "is"/"was"
    /// (Resources/lexicon/appositive-organisation-kinds.tsv); after "is", a site or a unit may be a place's or a thing's
    /// ("The old mill is a listed site"). A kind after a preposition belongs to another head (", an economist at the bank": a person).
    /// After "a" or "an" a verb may follow the kind (", a state department finds"); after "the" that is a clause of its own ("Moreover, the
    /// magazine argues").
    /// </summary>
    private static readonly Text.WarmingRegex OrgAppositive = Text.Lexicon.Alternation(
        @"^(?:(?:,\s+(?:a|an|the)\s+|\s[-–—]\s+(?:(?:a|an|the)\s+)?)(?:(?!(?:of|for|in|at|to|on|with|by|from)\s)[\p{L}\d’'-]+\s+){0,4}?"
        + @"|\s+(?:is|was)\s+(?:a|an|the)\s+(?:(?!(?:of|for|in|at|to|on|with|by)\s)[\p{L}\d’'-]+\s+){0,3}?(?!(?:site|website|unit|label)\b))(?:",
        "appositive-organisation-kinds.tsv",
        @")(?=\s*[,.;:)]|\s+(?:that|which|based|in|with|of|for|owned|founded|backed|headquartered|run|known|whose|who|has|had|said|says)\b"
        + @"|(?<=^,\s+an?\s.*)\s+\p{Ll}+s\b)", Invariant, Text.Lexicon.PatternTimeout);

    /// <summary>"the group that owns her catalogue, " or "its parent company, ": a kind of organisation told before a name set between commas.</summary>
    private static readonly Text.WarmingRegex OrgKindBefore = Text.Lexicon.Alternation(
        @"(?:^|[\s(])(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:[\p{L}\d’'-]+\s+){0,3}?(?:", "appositive-organisation-kinds.tsv",
        @")(?:\s+(?:that|which)\s+[^,;.!?“”""]{1,80})?,\s$", Invariant, Text.Lexicon.PatternTimeout);

    /// <summary>
    /// "The label that owns her catalogue, Harrow Machine, says", "backed by the country's second party, Tarn Union.": a name after a
    /// comma that follows a kind of organisation, closed by another comma or by the sentence's end, is one.
    /// </summary>
    private static bool IsOrgKindBefore(string body, int start, int end)
    {
        if (start < 3 || body[start - 2] != ',' || end >= body.Length || !(body[end] == ',' || ClosesSentence(body, end))) return false;
        int from = Math.Max(0, start - 140);
        return OrgKindBefore.Regex.IsMatch(body.AsSpan(from, start - from));
    }

    /// <summary>
    /// " wind energy company", " firm": a kind of business after a name, with at most three lower-case words between them that are no
    /// article, preposition or verb of their own (Resources/lexicon/entity-kinds-after-name.tsv), as the head of its phrase: a stop, a
    /// joining word or a verb (or another word ending in "s") follows ("the Tarvel airline alliance", "the Harlow advertising agency
    /// Quellmark" name something else).
    /// </summary>
    private static readonly Text.WarmingRegex KindAfterName = Text.Lexicon.Alternation(
        @"^(?:\s+(?!(?:of|for|in|at|to|on|with|by|from|and|or|a|an|the|is|was|are|were|has|had|have|its|their|said|says|will|would"
        + @"|based|owned|listed|backed|run)\s)\p{Ll}[\p{Ll}-]*['’]?){0,3}?\s+(?:",
        "entity-kinds-after-name.tsv", @")(?=\s*[,.;:)'’]|\s+(?:and|or|that|which|who|in|of|for|to|on|at|with|from|by|is|was|has|had|have|will|would"
        + @"|said|fell|rose|won|lost|made|sold|bought|paid|grew|became|took|\p{Ll}+ed|\p{Ll}+s)\b)", Invariant, Text.Lexicon.PatternTimeout);

    /// <summary>
    /// "the Quellmark wind energy company", "the Harlow software firm": after "the", a name that a kind of business follows
    /// (<see cref="KindAfterName"/>) is that business's; after "a" or "an" it tells what the business does or where ("an Internet
    /// company", "a Harlow firm"), and a word that says where it is based or who owns it does so after "the" too.
    /// </summary>
    private static bool IsNamedBeforeKind(string body, int end, string prev) =>
        prev is "the" or "The" && end + 4 < body.Length && body[end] == ' ' && char.IsLower(body[end + 1])
        && KindAfterName.Regex.IsMatch(body.AsSpan(end, Math.Min(80, body.Length - end)));

    private static readonly Text.WarmingRegex MediaCueBefore = new(
        @"(?:\btold|\baccording\s+to|\breported\s+by|\binterview\s+with|\bpublished\s+(?:by|in)|\bwrote\s+in|\bspeaking\s+to|" +
        @"\bfirst\s+reported\s+by)\s+(?:the\s+)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, Text.Lexicon.PatternTimeout);

    /// <summary>A name followed by ", a Texas-based geopolitical intelligence firm" or ", the ride-hailing app" is an organisation.</summary>
    private static bool IsOrgAppositive(string body, int end) =>
        end < body.Length && (body[end] == ',' || CopulaAt(body, end) || DashAt(body, end))
        && OrgAppositive.Regex.IsMatch(body.AsSpan(end, Math.Min(120, body.Length - end)));

    /// <summary>Whether a dash set off by spaces follows at <paramref name="end"/> (" - a logistics firm").</summary>
    private static bool DashAt(string body, int end) =>
        end + 2 < body.Length && body[end] == ' ' && body[end + 1] is '-' or '–' or '—' && body[end + 2] == ' ';

    /// <summary>Whether a full stop at <paramref name="end"/> ends the sentence (a space, a line's end or the text's end follows).</summary>
    private static bool ClosesSentence(string body, int end) =>
        body[end] == '.' && (end + 1 == body.Length || char.IsWhiteSpace(body[end + 1]));

    /// <summary>Whether " is " or " was " follows at <paramref name="end"/> (a cheap test before the appositive pattern runs).</summary>
    private static bool CopulaAt(string body, int end) =>
        body.AsSpan(end).StartsWith(" is ", StringComparison.Ordinal) || body.AsSpan(end).StartsWith(" was ", StringComparison.Ordinal);

    /// <summary>"who" after ", " (a person; an aside may follow it), or "which" and what a company does ("which makes chips"), or null.</summary>
    private static string? RelativeAfter(string body, int end)
    {
        if (end + 6 >= body.Length || body[end] != ',' || body[end + 1] != ' ') return null;
        var rest = body.AsSpan(end + 2);
        if (rest.StartsWith("who ") || rest.StartsWith("who, ")) return "who"; // (an aside may follow: ", who, like her sister, sings")
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
    private static readonly Text.WarmingRegex RoleBefore = Text.Lexicon.Alternation(
        @"(?:^|[\s(])(?:the|its|their|his|her|our|[\p{L}&.-]+['’]s)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:(?:minister|secretary)\s+(?:of|for)\s+[^,;.!?]{1,60}|(?:",
        "person-role-descriptors.tsv", @")(?:\s+(?:of|at|for)\s+[^,;.!?]{0,60}(?-i:[\p{Lu}\d)])[^\s,;.!?]*)?),\s$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | Invariant, Text.Lexicon.PatternTimeout);

    /// <summary>
    /// "Morgan Stanley oil analyst, ", "VFI Chief Executive, ": a role right after whom it is held at (a capitalised word that is
    /// no title word itself), when the name after it closes with a comma ("..., Ivo Kessler, said").
    /// </summary>
    private static readonly Text.WarmingRegex RoleAfterEmployer = Text.Lexicon.Alternation(
        @"(?:^|\s)(?-i:(?!(?:Senior|Vice|Deputy|Executive|Chief|Managing|General|Assistant|Associate|Acting|Former|However|But|And)\b)\p{Lu}[\p{L}&-]*)"
        + @"\s+(?:\p{L}+\s+)?(?:", "person-role-descriptors.tsv", @"),\s$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | Invariant, Text.Lexicon.PatternTimeout);

    /// <summary>A name between commas after a person's role ("the chairman, Tadeo Kurimo, and ...") or a noun only a person is ("a
    /// 39-year-old woman, Ana Roe, said") is that person.</summary>
    private static bool IsRoleBefore(string body, int start, int end)
    {
        if (start < 3 || body[start - 2] != ',') return false;
        int from = Math.Max(0, start - 100);
        return RoleBefore.Regex.IsMatch(body.AsSpan(from, start - from))
            || end < body.Length && body[end] == ',' && (RoleAfterEmployer.Regex.IsMatch(body.AsSpan(from, start - from))
                || PersonNounBefore.Regex.IsMatch(body.AsSpan(from, start - from)));
    }

    /// <summary>
    /// "a 39-year-old woman, ", "the widow, ": a noun only a person is (Resources/lexicon/entity-person-nouns.tsv), with its article
    /// and at most three words before it, right before a name set between commas.
    /// </summary>
    private static readonly Text.WarmingRegex PersonNounBefore = Text.Lexicon.Alternation(
        @"(?:^|[\s(])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,3}(?:", "entity-person-nouns.tsv", @"),\s$",
        Invariant, Text.Lexicon.PatternTimeout);

    /// <summary>A name followed by ", a trade professor", ", the former special envoy" or ", 55," is a person.</summary>
    private static bool IsAppositive(string body, int end) =>
        end < body.Length && body[end] == ',' && Appositive.Regex.IsMatch(body.AsSpan(end, Math.Min(80, body.Length - end)));

    /// <summary>
    /// Where a person's name starts in a run that a title opens ("Councillor Ana Roe", "Defendants Ana Roe"): after the title, when two
    /// words are left.
    /// </summary>
    private static int AfterLeadingTitle(NameRun r) =>
        r.Words.Count >= 3 && (EntityLexicon.TitleWords.Contains(r.Words[0]) || EntityLexicon.PersonCues.Contains(r.Words[0])
        || r.Words[0].Length > 4 && r.Words[0][^1] == 's' && EntityLexicon.PersonCues.Contains(r.Words[0][..^1]))
        && r.Body.IndexOf(r.Words[1], r.S + r.Words[0].Length, r.E - r.S - r.Words[0].Length, StringComparison.Ordinal) is int k and >= 0 ? k : r.S;

    /// <summary>"… General Manager of Multimedia, Ana Roe, said": a name set off by commas right before a verb of saying is the speaker's.</summary>
    private static bool SetOffBeforeSpeech(string body, int start, int end)
    {
        if (start < 2 || body[start - 2] != ',' || body[start - 1] != ' ' || !SpeechAfterComma().IsMatch(body, end)) return false;
        // ...not a body's ("The group that owns her songs, Quorvin, says"): a kind of body in the phrase before
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
    /// then the one the text named first, whom it is about; none (-1) when the honorific's gender is not that of any of them. One word
    /// that <paramref name="speaks"/> is a person named in full before a firm whose longer name starts with it.
    /// </summary>
    private static int BestMatch(List<(string Name, string Type, string Ticker, string Exchange, string Id)> entities, int from,
        Func<(string Name, string Type, string Ticker, string Exchange, string Id), bool> matches, string? honorific,
        Dictionary<int, int> firstSeen, bool oneWord, bool speaks)
    {
        int first = entities.FindIndex(from, x => matches(x));
        // "said Tarn" after "Ivo Tarn, chief of Tarn Foods": one who speaks is the person, whom a firm's longer name would come before
        if (first >= 0 && oneWord && speaks && entities[first].Type == "ORG"
            && entities.FindIndex(first + 1, x => x.Type == "PERSON" && x.Name.Contains(' ') && matches(x)) is int person and >= 0)
            first = person;
        if (first < 0 || !oneWord || entities[first].Type != "PERSON") return first;
        var people = Enumerable.Range(first, entities.Count - first).Where(k => entities[k].Type == "PERSON" && matches(entities[k])).ToList();
        string? GenderOf(int k) => EntityLexicon.GenderOfName(entities[k].Name);
        if (honorific != null)
        {
            // "Mrs. Tarn" where the text names only Barack Tarn: another person of the family, not him
            people.RemoveAll(k => GenderOf(k) is { } g && g != honorific);
            if (people.Count == 0) return -1;
            if (people.Where(k => GenderOf(k) == honorific).ToList() is { Count: > 0 } ofGender) people = ofGender;
        }
        if (people.Count < 2) return people[0];
        return people.MinBy(k => firstSeen.GetValueOrDefault(k, int.MaxValue));
    }

    /// <summary>
    /// Whether a mention is the speaker of a reporting verb right before or after it ("said Tarn.", "said Tarn in an interview", "Tarn
    /// also told reporters"); not the subject of what is reported ("said Tarn would grow"), nor a body after "of" ("the head of Tarn
    /// says").
    /// </summary>
    private static bool NextToReportingVerb(string body, Candidate c)
    {
        string before = WordBefore(body, c.Start), after = WordAfter(body, c.End);
        if (after is "also" or "later" or "then" or "further") after = WordAfter(body, body.IndexOf(after, c.End, StringComparison.Ordinal) + after.Length);
        return IsReportingVerb(after) && before is not ("of" or "at" or "for" or "from" or "with" or "by") || IsReportingVerb(before)
            && (after.Length == 0 || after is "in" or "on" or "at" or "to" or "during" or "after" or "when" or "while" or "last" or "earlier" or "later");
    }

    private static bool IsReportingVerb(string word) => word is "said" or "says" or "told" or "added" or "stated" or "explained" or "commented";

    /// <summary>The gender an honorific right before a one-word mention tells ("Mrs. Tarn": "f"), or null.</summary>
    private static string? HonorificGenderBefore(string body, Candidate c, string text) =>
        c.Known == null && text.IndexOf(' ') < 0 ? HonorificGenderAt(body, c.Start) : null;

    /// <summary>The gender an honorific right before <paramref name="start"/> tells ("Mrs." of "Mrs. Tarn": "f"), or null.</summary>
    private static string? HonorificGenderAt(string body, int start) =>
        EntityLexicon.HonorificGenders.GetValueOrDefault(WordBefore(body, start).TrimEnd('.'));

    /// <summary>
    /// "rival Quorvin", "the ruling TPLA": a word right before a name that makes it an organisation's (entity-org-cues-before.tsv),
    /// not a role a person holds as often as a firm ("restaurant owner Ana Roe"; entity-roles-before-name.tsv).
    /// </summary>
    private static bool OrgCueWordBefore(string prev) =>
        EntityLexicon.OrgCuesBefore.Contains(prev) && !EntityLexicon.RolesBeforeName.Contains(prev);

    /// <summary>
    /// "a stake in Tarnwell", "data from Quorvale": after a holding or a source, the name is an organisation's; so are the parties of
    /// a venture or a merger ("a joint venture between Orvane and ..."; not a partnership, which people form too).
    /// </summary>
    private static bool HoldingOrPartyBefore(string prev, string prev2) =>
        prev is "in" or "from" && EntityLexicon.OrgCuesBeforePreposition.Contains(prev2)
        || prev == "between" && prev2 is "venture" or "merger" or "tie-up";

    /// <summary>
    /// "shares of Tarnwell", "shareholders of Brennick", "customers of Lumeq", "chairman of Kessa": what a company has, serves or is led
    /// by, then "of"; and "its partner Quorvane": a partner, owner or rival of an "it" is a company's.
    /// </summary>
    private static bool HeldOrPartneredBy(string prev, string prev2) =>
        prev == "of" && prev2.ToLowerInvariant() is "shares" or "stake" or "owner" or "maker" or "unit" or "shareholders" or "investors"
            or "customers" or "employees" or "creditors" or "bondholders" or "subsidiary" or "chairman" or "chairwoman" or "founder" or "co-founder" or "ceo"
        || prev is "partner" or "owner" or "rival" or "parent" && prev2 == "its";

    /// <summary>
    /// "Today, the company says", "Moreover, the magazine argues": a sentence's first word that is a common word, before ", the", opens
    /// the sentence before its subject; it is in no apposition.
    /// </summary>
    private bool AdverbBeforeClause(NameRun r) =>
        r.SentenceStart && r.Words.Count == 1 && r.Body.AsSpan(r.E).StartsWith(", the ", StringComparison.Ordinal)
        && WordClusters?.SeenInLowerCase(r.Words[0]) == true;

    /// <summary>
    /// "Digital Systems" after "and" in "Institute for Farming and Digital Systems": a name that only its organisation word typed,
    /// all of whose words are common words, names no body of its own; one with a name of its own ("Tarvel Systems") does.
    /// </summary>
    private bool IsCommonWordsName(System.Text.RegularExpressions.Group g, List<Candidate> chosen) =>
        OnlyItsOrganisationWordTyped(g, chosen) && g.Value.Split(' ').All(w => WordClusters?.SeenInLowerCase(w) == true);

    /// <summary>Whether the one mention typed over the run <paramref name="g"/> spans it exactly, an organisation its own word typed.</summary>
    private static bool OnlyItsOrganisationWordTyped(System.Text.RegularExpressions.Group g, List<Candidate> chosen)
    {
        var typed = chosen.Where(x => x.Type != "UNKNOWN" && x.Start < g.Index + g.Length && x.End > g.Index).ToList();
        return typed.Count == 1 && typed[0] is { Type: "ORG", Known: null } c && c.Rule == Heuristics.OrgWord.Id && c.Start == g.Index
            && c.End == g.Index + g.Length;
    }
}
