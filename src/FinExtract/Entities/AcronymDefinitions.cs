namespace FinExtract.Entities;

/// <summary>A name defined with its acronym in one place: "Union of Tarvian Cartwrights and Joiners (UTCJ)" or "TCC (Tarvian
/// Chess Council)".</summary>
public readonly record struct AcronymDefinition(int LongStart, int LongEnd, int ShortStart, int ShortEnd);

/// <summary>
/// Finds where a text defines an acronym beside the name it stands for, by the Schwartz-Hearst method: every letter
/// and digit of the short form is found, right to left, in the long form, its first letter at the start of a word.
/// The long form is a name (its words capitalised, but for joining words), within the sentence, of at most
/// min(|short| + 5, 2 |short|) words. The short form may stand in quotation marks inside the brackets, as press releases set
/// it, or after a comma and "or" ("the Harlow Retail Association, or HRA,"), where the long form's word initials must spell it.
/// </summary>
public static class AcronymDefinitions
{
    private static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal)
    {
        "of", "and", "for", "the", "on", "in", "to", "with", "from", "by", "at", "or", "de", "du", "des", "la", "le", "del", "der", "für", "und", "&", "-",
    };

    /// <summary>Definitions read at most in one text (an article defines a handful; a hostile page could hold thousands).</summary>
    public const int MaxDefinitions = 200;

    /// <summary>Every definition in <paramref name="text"/>, in text order, up to <see cref="MaxDefinitions"/>.</summary>
    public static List<AcronymDefinition> Find(string text)
    {
        var found = new List<AcronymDefinition>();
        int close = -1;
        for (int open = text.IndexOf('('); open >= 0 && found.Count < MaxDefinitions; open = text.IndexOf('(', open + 1))
        {
            // the next ')' only moves forward, so a text of many '(' is read once, not once for each
            if (close <= open) close = text.IndexOf(')', open + 1);
            if (close < 0) break;
            if (close - open - 1 is < 2 or > 80) continue;
            string inside = text[(open + 1)..close];
            var (innerStart, innerEnd) = Unquoted(text, open + 1, close);
            if (IsShortForm(text[innerStart..innerEnd]))
            {
                if (LongFormBefore(text, open, text[innerStart..innerEnd]) is int start)
                    found.Add(new AcronymDefinition(start, EndBefore(text, open), innerStart, innerEnd));
            }
            else if (ShortFormBefore(text, open) is (int ss, int se) && LongFormMatches(inside, text[ss..se]) && IsName(inside))
                found.Add(new AcronymDefinition(open + 1, close, ss, se));
            // "the Tarvia Venture Capital Association (Tvca)": an acronym written as a word, its initials spelt by the name's words
            else if (IsWordShortForm(text[innerStart..innerEnd])
                && LongFormBefore(text, open, text[innerStart..innerEnd].ToUpperInvariant(), IsName, initialsOnly: true) is int wordStart)
                found.Add(new AcronymDefinition(wordStart, EndBefore(text, open), innerStart, innerEnd));
        }
        foreach (var (comma, ss, se) in OrForms(text))
            if (found.Count < MaxDefinitions && LongFormBefore(text, comma, text[ss..se], IsName, initialsOnly: true) is int start)
                found.Add(new AcronymDefinition(start, EndBefore(text, comma), ss, se));
        found.Sort((a, b) => a.LongStart.CompareTo(b.LongStart));
        return found;
    }

    /// <summary>
    /// Acronyms given after a comma and "or", as American news writes a definition ("the Harlow Transit Board, or HTB,", "a fleet
    /// renewal plan, or “FRP.”"): the comma's index and the short form's bounds. The short form ends its
    /// clause (a comma, a full stop, a semicolon, a closing mark or bracket follows it).
    /// </summary>
    private static IEnumerable<(int Comma, int Start, int End)> OrForms(string text)
    {
        int seen = 0;
        for (int comma = text.IndexOf(", or ", StringComparison.Ordinal); comma >= 0 && seen < MaxDefinitions;
             comma = text.IndexOf(", or ", comma + 1, StringComparison.Ordinal))
        {
            int s = comma + 5;
            if (s < text.Length && text[s] is '"' or '“' or '‘') s++;
            int e = s;
            while (e < text.Length && (char.IsLetterOrDigit(text[e]) || text[e] == '&')) e++;
            if (e == s || !IsShortForm(text[s..e])) continue;
            if (e < text.Length && text[e] is not (',' or '.' or ';' or ')' or '"' or '”' or '’' or ':')) continue;
            seen++;
            yield return (comma, s, e);
        }
    }

    /// <summary>
    /// The acronyms a text defines as short for a common-noun phrase, written in lower case before them ("comprehensive
    /// credit reporting (CCR)", "a price to earnings growth (PEG) ratio"): the initials of the phrase's words, joining
    /// words aside, spell the acronym. Such an acronym names a thing, not a body.
    /// </summary>
    public static HashSet<string> FindTerms(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        int close = -1, seen = 0;
        for (int open = text.IndexOf('('); open >= 0 && seen < MaxDefinitions; open = text.IndexOf('(', open + 1))
        {
            if (close <= open) close = text.IndexOf(')', open + 1);
            if (close < 0) break;
            if (close - open - 1 is < 2 or > 12) continue;
            var (innerStart, innerEnd) = Unquoted(text, open + 1, close);
            string inside = text[innerStart..innerEnd];
            if (!IsShortForm(inside) || terms.Contains(inside)) continue;
            seen++;
            if (LongFormBefore(text, open, inside, phrase => IsTermOf(phrase, inside)) != null) terms.Add(inside);
        }
        foreach (var (comma, ss, se) in OrForms(text))
            if (text[ss..se] is var term && LongFormBefore(text, comma, term, phrase => IsTermOf(phrase, term)) != null) terms.Add(term);
        return terms;
    }

    /// <summary>
    /// A lower-case phrase whose words' initials, joining words aside, are the acronym's letters; its first word may be capitalised
    /// when two words or more follow in lower case ("Bovine spongiform encephalopathy (BSE)", as a sentence may open).
    /// </summary>
    private static bool IsTermOf(string phrase, string shortForm)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !JoiningWords.Contains(w)).ToList();
        return IsTermOf(words, shortForm) || phrase.Contains('-') && IsTermOf(words.SelectMany(w => w.Split('-')).Where(w => w.Length > 0).ToList(), shortForm);
    }

    /// <summary><see cref="IsTermOf(string, string)"/> over the phrase's words, joining words aside; a hyphened word gives one initial
    /// or one per part, joining words included ("non-performing loan (NPL)", "owner-occupied housing (OOH)", "loan-to-value (LTV)").</summary>
    private static bool IsTermOf(List<string> words, string shortForm)
    {
        if (words.Count < 2 || words.Count != shortForm.Length || !words.Skip(1).All(w => char.IsLower(w[0]))) return false;
        if (!char.IsLower(words[0][0]) && words.Count < 3) return false;
        return words.Select((w, i) => char.ToUpperInvariant(w[0]) == shortForm[i]).All(x => x);
    }

    /// <summary>
    /// An acronym: 2 to 10 characters, letters, digits and '&amp;', starting with a capital, at least two capitals. A plural
    /// one ("HSAs", "ICUs") names things, not a body, and is not one.
    /// </summary>
    public static bool IsShortForm(string s) =>
        s.Length is >= 2 and <= 10 && char.IsUpper(s[0]) && s.All(c => char.IsLetterOrDigit(c) || c == '&') && s.Count(char.IsUpper) >= 2
        && !(s.EndsWith('s') && char.IsUpper(s[^2]));

    /// <summary>An acronym written as a word ("Tvca", "Ofwat"): a capital, then three to nine lower-case letters.</summary>
    private static bool IsWordShortForm(string s) => s.Length is >= 4 and <= 10 && char.IsUpper(s[0]) && s.Skip(1).All(char.IsAsciiLetterLower);

    /// <summary>
    /// The text between <paramref name="start"/> and <paramref name="end"/> without the quotation marks a press release sets around a
    /// defined short form ("Tenant Billing Platform (“TBP”)"): the bounds inside a matching pair, else the bounds given.
    /// </summary>
    private static (int Start, int End) Unquoted(string text, int start, int end) =>
        end - start >= 4 && (text[start], text[end - 1]) is ('“', '”') or ('"', '"') or ('‘', '’') or ('\'', '\'') ? (start + 1, end - 1) : (start, end);

    private static int EndBefore(string text, int open)
    {
        int e = open;
        while (e > 0 && text[e - 1] == ' ') e--;
        return e;
    }

    private static int? LongFormBefore(string text, int open, string shortForm) => LongFormBefore(text, open, shortForm, IsName);

    private static int? LongFormBefore(string text, int open, string shortForm, Func<string, bool> accept, bool initialsOnly = false)
    {
        int end = EndBefore(text, open);
        int maxWords = Math.Min(shortForm.Length + 5, shortForm.Length * 2);
        int start = end, words = 0;
        while (start > 0 && words < maxWords)
        {
            int s = start;
            while (s > 0 && text[s - 1] == ' ') s--;
            if (s == 0 || text[s - 1] is '.' or ',' or ';' or ':' or '(' or ')' or '"' or '“' or '”' or '\n') break;
            int w = s;
            while (w > 0 && text[w - 1] != ' ' && text[w - 1] != '\n') w--;
            start = w;
            words++;
        }
        if (start >= end) return null;
        string window = text[start..end];
        int? at = InitialsStart(window, shortForm) ?? (initialsOnly ? null : LongFormStart(window, shortForm));
        if (at is not int k) return null;
        string longForm = window[k..];
        return accept(longForm) ? start + k : null;
    }

    private static (int, int)? ShortFormBefore(string text, int open)
    {
        int e = EndBefore(text, open), s = e;
        while (s > 0 && char.IsLetterOrDigit(text[s - 1]) || (s > 0 && text[s - 1] == '&')) s--;
        if (e - s < 2 || (s > 0 && !char.IsWhiteSpace(text[s - 1]) && text[s - 1] is not '(' and not '"' and not '“')) return null;
        return IsShortForm(text[s..e]) ? (s, e) : null;
    }

    private static bool LongFormMatches(string longForm, string shortForm) => LongFormStart(longForm, shortForm) == 0;

    /// <summary>
    /// Where the words whose initials spell <paramref name="shortForm"/> start, joining words aside ("Association of American Publishers
    /// (AAP)", where letters inside a word would stop at "American Publishers"), or null when the initials do not spell it.
    /// </summary>
    private static int? InitialsStart(string window, string shortForm)
    {
        var letters = shortForm.Where(char.IsLetter).ToArray();
        int end = window.Length, i = letters.Length - 1;
        while (i >= 0 && end > 0)
        {
            int s = window.LastIndexOf(' ', end - 1) + 1;
            string word = window[s..end];
            if (!JoiningWords.Contains(word))
            {
                if (word.Length == 0 || char.ToUpperInvariant(word[0]) != char.ToUpperInvariant(letters[i])) return null;
                i--;
            }
            if (i < 0) return s;
            end = s - 1;
        }
        return null;
    }

    /// <summary>
    /// The letters a name's initials spell, joining words and an opening "The" aside ("The Tarvel Auto Workers" -> "TAW"), or null when
    /// a word of it opens with no letter.
    /// </summary>
    public static string? Initials(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w == "The").Where(w => !JoiningWords.Contains(w)).ToList();
        return words.Count >= 2 && words.All(w => char.IsLetter(w[0])) ? string.Concat(words.Select(w => char.ToUpperInvariant(w[0]))) : null;
    }

    /// <summary>Where in <paramref name="window"/> the long form of <paramref name="shortForm"/> starts (Schwartz-Hearst), or null.</summary>
    public static int? LongFormStart(string window, string shortForm)
    {
        int l = window.Length - 1;
        for (int s = shortForm.Length - 1; s >= 0; s--)
        {
            char c = char.ToLowerInvariant(shortForm[s]);
            if (!char.IsLetterOrDigit(c)) continue;
            while (l >= 0 && (char.ToLowerInvariant(window[l]) != c || (s == 0 && l > 0 && char.IsLetterOrDigit(window[l - 1])))) l--;
            if (l < 0) return null;
            l--;
        }
        return l + 1; // the first letter starts a word (or the window)
    }

    /// <summary>Words of a name: two or more, the first and every word that is not a joining word capitalised.</summary>
    private static bool IsName(string s)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && char.IsUpper(words[0][0])
            && words.All(w => JoiningWords.Contains(w) || char.IsUpper(w[0]) || char.IsDigit(w[0]));
    }
}
