using FinExtract.Documents;

namespace FinExtract.Text;

/// <summary>
/// Splits an article body into tokens and sentences, with offsets into the body, in a way that survives
/// financial text: "Inc.", "Corp.", "U.S.", "Dr.", "No. 2", "$1.5bn", "3.5%", "Q3", "NASDAQ: META",
/// decimals, initials and quotations that run over a sentence end. Paragraphs always end a sentence.
/// </summary>
public static class Segmenter
{
    /// <summary>Words after which a period does not end a sentence (compared without the period, case-insensitive).</summary>
    public static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "corp", "co", "ltd", "llc", "plc", "bros", "mr", "mrs", "ms", "dr", "prof", "jr", "sr", "st", "no", "nos", "vs", "etc",
        "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "rev", "hon", "messrs", "mt", "ft", "dept", "est", "approx", "fig",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
        "fri", "sat", "sun",
        "u.s", "u.k", "u.n", "e.u", "e.g", "i.e", "a.m", "p.m", "d.c", "n.y", "s.a", "n.v", "ag", "cie", "op", "vol", "pp", "ch",
    };

    /// <summary>Tokenizes a text.</summary>
    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var tokens = new List<Token>();
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int s = i;
            if (char.IsLetterOrDigit(c))
            {
                bool letters = false, digits = false;
                while (i < end)
                {
                    char ch = text[i];
                    if (char.IsLetter(ch)) { letters = true; i++; continue; }
                    if (char.IsDigit(ch)) { digits = true; i++; continue; }
                    // Inner joiners: 1,200.50  U.S.  don't  co-founder  AT&T
                    if (i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                    {
                        if ((ch == ',' || ch == '.') && digits && !letters && char.IsDigit(text[i + 1])) { i++; continue; }
                        if (ch == '.' && letters && i - s == 1 && char.IsLetter(text[i + 1]) && i + 2 < end && text[i + 2] == '.') { i++; continue; }
                        if (ch == '.' && letters && IsInitialsRun(text, s, i)) { i++; continue; }
                        if (ch is '\'' or '’' or '-' or '&' && letters) { i++; continue; }
                        // a soft hyphen (U+00AD) marks where a line may break inside the word: it is no word boundary
                        if (ch == '\u00AD' && letters) { i++; continue; }
                    }
                    break;
                }
                // The closing period of an abbreviation of initials ("U.S.") belongs to it.
                if (i < end && text[i] == '.' && i - s >= 3 && text[i - 2] == '.' && char.IsLetter(text[i - 1])) i++;
                var kind = letters && digits ? TokenKind.Alphanumeric : digits ? TokenKind.Number : TokenKind.Word;
                tokens.Add(new Token(s, i, kind));
                continue;
            }
            i++;
            var k = char.IsPunctuation(c) && c is not ('%' or '&' or '#' or '@') ? TokenKind.Punctuation : TokenKind.Symbol;
            if (char.IsSurrogate(c) && i < end && char.IsLowSurrogate(text[i])) i++;
            tokens.Add(new Token(s, i, k));
        }
        return tokens;
    }

    private static bool IsInitialsRun(string text, int start, int dot)
    {
        // "U.S" so far: single letters separated by periods.
        for (int k = start; k < dot; k++)
        {
            bool letterPos = (k - start) % 2 == 0;
            if (letterPos ? !char.IsLetter(text[k]) : text[k] != '.') return false;
        }
        return true;
    }

    /// <summary>Splits an article's body into tokens and sentences and stores them on the article.</summary>
    public static (List<Token> Tokens, List<Sentence> Sentences) Segment(string body, IReadOnlyList<Paragraph> paragraphs)
    {
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        IEnumerable<(int Start, int End)> blocks = paragraphs.Count > 0 ? paragraphs.Select(p => (p.Start, p.End)) : new[] { (0, body.Length) };
        foreach (var (ps, pe) in blocks)
        {
            var pt = Tokenize(body, ps, pe);
            int first = tokens.Count;
            tokens.AddRange(pt);
            int sentStart = first;
            for (int t = first; t < tokens.Count; t++)
            {
                if (!EndsSentence(body, tokens, t, first)) continue;
                // Closing quotes and brackets after the stop belong to the sentence.
                int last = t;
                while (last + 1 < tokens.Count && IsCloser(body[tokens[last + 1].Start]) && tokens[last + 1].Start == tokens[last].End) last++;
                if (last + 1 < tokens.Count && !StartsSentence(body, tokens[last + 1])) continue;
                sentences.Add(new Sentence(tokens[sentStart].Start, tokens[last].End, sentStart, last - sentStart + 1));
                sentStart = last + 1;
                t = last;
            }
            if (sentStart < tokens.Count)
                sentences.Add(new Sentence(tokens[sentStart].Start, tokens[^1].End, sentStart, tokens.Count - sentStart));
        }
        return (tokens, sentences);
    }

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static bool EndsSentence(string body, List<Token> tokens, int t, int first)
    {
        var tok = tokens[t];
        char c = body[tok.Start];
        if (tok.Kind != TokenKind.Punctuation || tok.Length != 1) return false;
        if (c is '!' or '?') return true;
        if (c != '.') return false;
        if (t == first) return false;
        var prev = tokens[t - 1];
        if (prev.End != tok.Start) return true; // a spaced period ends
        string word = body[prev.Start..prev.End];
        if (Abbreviations.Contains(word)) return false;
        if (prev.Kind == TokenKind.Word && word.Length == 1 && char.IsUpper(word[0])) return false; // an initial: "Trevor J. Mitchell"
        // a party's letter and a state's first initial: "Ana Roe, D-N.Y., said", "Ivo Marsh, R-N.C."
        if (prev.Kind == TokenKind.Word && word.Length >= 3 && word[^2] == '-' && char.IsUpper(word[^1])) return false;
        if (word == "v") return false; // "Roe v. Wade": the versus of a case's name
        return true;
    }

    private static bool StartsSentence(string body, Token next)
    {
        char c = body[next.Start];
        if (c is ',' or ';' or ':') return false; // "Kamala Harris, D-Calif., called": a clause goes on after an abbreviation's period
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '$' or '€' or '£' or '—' or '-'
            || !char.IsLetter(c);
    }
}
