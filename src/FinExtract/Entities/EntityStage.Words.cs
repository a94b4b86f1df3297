using FinExtract.Text;

namespace FinExtract.Entities;

/// <summary>
/// Small readings of the text at a position: word boundaries, possessives, abbreviations, the word before, prefixes of a
/// name.
/// </summary>
public sealed partial class EntityStage
{
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

    private static string Conf(double c) => c.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsWordBoundary(string body, int s, int e) =>
        (s == 0 || !char.IsLetterOrDigit(body[s - 1])) && (e >= body.Length || !char.IsLetterOrDigit(body[e]));

    /// <summary>
    /// Where a name starts after an owner's possessive or a place adjective inside the match: "Marsh’s Tarvel
    /// Holdings" is Tarvel Holdings, "Harlow-based Council on Farming" is the council.
    /// </summary>
    private static int SkipOwnerOrPlacePrefix(string body, int s, int e)
    {
        for (int k = s; k < e - 3; k++)
        {
            // an owner's possessive is cut, unless a legal form is all that follows ("Marston’s PLC", "Tarn's Limited" are whole names) or
            // one organisation word ("the Sheriff's Office", "the Mayor's Office": the office is named by its holder)
            if (body[k] == ' ' && k - s >= 3 && body[k - 1] == 's' && body[k - 2] is '\'' or '’' && k + 1 < e && char.IsUpper(body[k + 1]))
                return EntityLexicon.TryLegalForm(body[(k + 1)..e], out _) || EntityLexicon.OrgWords.Contains(body[(k + 1)..e]) ? s : k + 1;
            if (body[k] == ' ' && k + 1 < e && char.IsUpper(body[k + 1]) && IsNameAdjective(body.AsSpan(s, k - s)))
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

    /// <summary>
    /// "Munich-based Vostrel", "Nasdaq-listed Quellmark", "state-owned Tarvel": a word before a name that describes a firm by the
    /// place it is based or headquartered in, where it is listed or who owns it ("Quorvin-based Zintabook" names what a product is built on).
    /// </summary>
    private bool DescribedAsAFirm(string prev)
    {
        int hyphen = prev.LastIndexOf('-');
        if (hyphen <= 0) return false;
        string how = prev[(hyphen + 1)..];
        return how is "listed" or "owned" || how is "based" or "headquartered" && IsKnownPlace(prev[..hyphen]);
    }

    /// <summary>
    /// "Delhi-based", "New York-listed", "Google-owned", "BPA-free", "Soviet-era": an adjective made from a name, not a name; a
    /// lower-case syllable of a given name ("Jae-in") is no adjective's ending.
    /// </summary>
    private static bool IsNameAdjective(ReadOnlySpan<char> w)
    {
        int hyphen = w.LastIndexOf('-');
        if (hyphen <= 0 || hyphen >= w.Length - 2) return false;
        var ending = w[(hyphen + 1)..];
        foreach (char c in ending)
            if (!char.IsAsciiLetterLower(c)) return false;
        return ending.Length >= 4 && ending.EndsWith("ed") || EntityLexicon.AdjectiveEndings.Contains(ending);
    }

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
        if (c.Type == "PERSON") text = WithoutNickname(text);
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

    /// <summary>The last parts of web names (Resources/lexicon/web-suffixes.tsv).</summary>
    private static readonly HashSet<string> WebSuffixes = Text.Lexicon.Set("web-suffixes.tsv", StringComparer.Ordinal);

    private static string Word(string body, Token t) => body[t.Start..t.End].TrimEnd('.');

    /// <summary>A generation written after a surname ("Jr", "Sr", "II", "III", "IV"): part of how the person is named, no name of its own.</summary>
    private static bool IsGeneration(string word) => word is "Jr" or "Sr" or "II" or "III" or "IV";

    private static string WithoutPossessive(string w) =>
        w.Length > 2 && w[^1] == 's' && w[^2] is '\'' or '’' ? w[..^2] : w;

    /// <summary>
    /// One word that names a kind of body, alone ("the Company's shares", "the Bank's board", "Mining, Health and Trust"): after "the",
    /// a defined term of a press release, and in a list, a sector, not a name ("the phone company Telecom" may be one); a body the lists
    /// know by such a word ("Senate") is settled by them.
    /// </summary>
    private static bool IsKindOfBodyAlone(string word) => word.IndexOf(' ') < 0 && EntityLexicon.OrgWords.Contains(word);

    /// <summary>"the founder of Multitel Ivo Shen": after a firm's officer and "of", a run that goes on into a given name holds the officer's
    /// name too, so it is no firm's alone.</summary>
    private bool OfficerRunOnToName(string prev2, List<string> words) =>
        prev2 is "chairman" or "chairwoman" or "founder" or "co-founder" or "CEO" && words.Skip(1).Any(_givenNames.Contains);

    private static bool IsAbbreviation(string word) => word.Length is >= 2 and <= 5 && word.All(char.IsAsciiLetterUpper);

    /// <summary>A single capital letter followed directly by a period ("S.").</summary>
    private static bool IsInitial(string body, IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Length == 1 && char.IsUpper(body[tokens[k].Start]) && k + 1 < tokens.Count && tokens[k + 1].Start == tokens[k].End
        && body[tokens[k + 1].Start] == '.';

    /// <summary>The space-separated word that ends right before <paramref name="k"/> (spaces skipped), or "" at the start.</summary>
    private static string WordBefore(string body, int k)
    {
        int p = k - 1;
        while (p >= 0 && body[p] == ' ') p--;
        int q = p;
        while (q >= 0 && !char.IsWhiteSpace(body[q])) q--;
        return p >= 0 ? body[(q + 1)..(p + 1)] : "";
    }

    /// <summary>The letters of the word after <paramref name="k"/> (spaces skipped), or "" when a mark or the end comes first.</summary>
    private static string WordAfter(string body, int k)
    {
        while (k < body.Length && body[k] == ' ') k++;
        int w = k;
        while (w < body.Length && char.IsLetter(body[w])) w++;
        return body[k..w];
    }

    /// <summary>
    /// A preposition that says where someone or something is or whom they are with ("officials in X", "an agent from X", "the
    /// head of X"): a name after one is no speaker of its own.
    /// </summary>
    private static bool IsWherePreposition(string word) =>
        word is "in" or "near" or "outside" or "across" or "from" or "at" or "of" or "for" or "with";

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

    /// <summary>"eleven-year-old", "34-year-old", "nine-year old": a person's age written before the name ("the 9-year-old Ana").</summary>
    private static bool IsAge(string prev, string prev2) =>
        prev.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase) || prev == "old" && prev2.EndsWith("-year", StringComparison.OrdinalIgnoreCase);

    /// <summary>A name that ends in a venue's word or pair of words ("Quorvin Steel Stadium", "Tarvel International Convention Center").</summary>
    private static bool IsVenueName(List<string> words) => words.Count >= 2 && EndsInWordOrPair(words, EntityLexicon.VenueWords, pairAlone: false);

    /// <summary>A name that ends in an event's, an award's or a thing's word or pair of words ("Harlow Motor Show", "Tarvian Winter Games").</summary>
    private static bool IsThingName(List<string> words) => words.Count >= 2 && EndsInWordOrPair(words, EntityLexicon.ThingEndings, pairAlone: true);

    /// <summary>
    /// Whether the last word of <paramref name="words"/>, or its last two words, are an entry of <paramref name="endings"/>; the two
    /// words may be the whole name only where <paramref name="pairAlone"/> ("Olympic Games" is an event; "Trade Center" alone no venue).
    /// </summary>
    private static bool EndsInWordOrPair(List<string> words, HashSet<string> endings, bool pairAlone) =>
        endings.Contains(words[^1]) || words.Count >= (pairAlone ? 2 : 3) && endings.Contains($"{words[^2]} {words[^1]}");

    /// <summary>A person typed only by a guess: a given name alone or the recogniser, with no list behind it.</summary>
    private static bool IsGuessedPerson(Candidate c) =>
        c.Type == "PERSON" && c.Known == null && (c.Rule == Heuristics.LoneGivenName.Id || c.Rule == Learning.NerModel.Id);
}
