using System.Globalization;

namespace FinExtract.Numbers;

/// <summary>
/// Finds money, percentages, basis points, multiples, ordinals and counts in text and normalises them:
/// digits with separators, decimals, exponents and attached scales ("1.2bn", "10k"), spelled-out and mixed
/// numbers ("twenty-one trillion", "4 thousand 3 hundred and 21"), fractions ("two-thirds", "2 1/4"),
/// currency symbols, codes and words before or after the amount (from <see cref="Currencies"/>), and ranges
/// ("$40-50 billion": both ends, each with the currency and scale).
/// </summary>
public sealed partial class NumberRecognizer
{
    private readonly Currencies _currencies;

    /// <summary>Creates a recognizer over a currency table.</summary>
    public NumberRecognizer(Currencies currencies) => _currencies = currencies;

    private enum TK { Num, Word, Punct }

    private struct Tok
    {
        public int S, E;
        public TK K;
        public string W;       // lower-cased word, or the punctuation character
        public double V;       // a number's value
        public bool Dec;       // has a decimal part
        public int Digits;     // digits before the decimal point
        public bool Grouped;   // has thousands separators
        public string Suf;     // letters written onto the number ("bn", "k", "th")
        public bool Alnum;     // a word with digits ("H100s")
    }

    private sealed class Amount
    {
        public double V;
        public int S, E;           // character span
        public int Next;           // the first token after the amount
        public bool Scaled;        // a scale word or letter was applied
        public double Scale = 1;   // the last scale applied
        public bool Spelled;       // words were involved
        public bool Integer = true;
        public bool PendingM;      // an attached "m", which means million only for money
        public string Suf = "";    // a suffix the amount did not consume
        public int SufEnd;
        public bool Fraction;
    }

    private sealed class Ctx
    {
        public required string Text;
        public required List<Tok> T;
        public required int End;
    }

    /// <summary>
    /// Finds numbers in <paramref name="text"/>[start, end), skipping the spans in <paramref name="blocked"/>
    /// (dates, entity names, URLs), sorted by start.
    /// </summary>
    public List<NumberMention> Find(string text, int start, int end, IReadOnlyList<(int Start, int End)> blocked, bool dotThousands = false)
    {
        var toks = Lex(text, start, end, dotThousands);
        var ctx = new Ctx { Text = text, T = toks, End = end };
        var found = new List<NumberMention>();
        var blocks = blocked.OrderBy(b => b.Start).ToArray();
        int bi = 0;
        int k = 0;
        while (k < toks.Count)
        {
            var t = toks[k];
            while (bi < blocks.Length && blocks[bi].End <= t.S) bi++;
            // "US$3.3 billion": a place the entity stage named may open a currency form that runs past it.
            if (bi < blocks.Length && blocks[bi].Start < t.E && t.S < blocks[bi].End
                && !(_currencies.MatchAt(text, t.S, CurrencyPosition.Prefix) is { } pre && t.S + pre.Form.Length > blocks[bi].End)) { k++; continue; }
            int nb = bi < blocks.Length && blocks[bi].Start <= t.S ? bi + 1 : bi;
            int next = TryAt(ctx, k, found, nb < blocks.Length ? blocks[nb].Start : int.MaxValue);
            k = next > k ? next : k + 1;
        }
        return found;
    }

    // ---------------------------------------------------------------- lexing

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009' or '\u2007';

    private List<Tok> Lex(string text, int start, int end, bool dotThousands)
    {
        var list = new List<Tok>(Math.Max(16, (end - start) / 3)); // about one token per three characters of news text
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]) && (i == start || !char.IsLetterOrDigit(text[i - 1]))))
            {
                i = LexNumber(text, i, end, list, dotThousands);
                continue;
            }
            if (Currencies.IsUnspaced(c))
            {
                // In scripts written without spaces each character is a word: "300万円" is 300, 万 (ten thousand), 円.
                list.Add(new Tok { S = i, E = i + 1, K = TK.Word, W = c.ToString(), Suf = "" });
                i++;
                continue;
            }
            if (char.IsLetter(c))
            {
                int j = i;
                bool digits = false;
                while (j < end && !Currencies.IsUnspaced(text[j]) && (char.IsLetterOrDigit(text[j])
                    || (text[j] == '.' && j + 1 < end && char.IsLetter(text[j + 1]) && j > i && j - i <= 2 && char.IsUpper(text[i]))))
                {
                    if (char.IsDigit(text[j]) && !digits && (_currencies.MatchAt(text, i, CurrencyPosition.Prefix) is { } code && code.Form.Length == j - i
                        || i > 0 && _currencies.MatchAt(text, i - 1, CurrencyPosition.Prefix) is { } sign && sign.Form.Length == j - i + 1))
                        break; // "USD115", "$US50" (a sign before the code): the currency, then the amount
                    digits |= char.IsDigit(text[j]);
                    j++;
                }
                list.Add(new Tok { S = i, E = j, K = TK.Word, W = text.Substring(i, j - i).ToLowerInvariant(), Alnum = digits, Suf = "" });
                i = j;
                continue;
            }
            double vulgar = c switch { '½' => 0.5, '¼' => 0.25, '¾' => 0.75, '⅓' => 1.0 / 3, '⅔' => 2.0 / 3, '⅛' => 0.125, '⅜' => 0.375,
                '⅝' => 0.625, '⅞' => 0.875, _ => -1 };
            if (vulgar > 0)
            {
                list.Add(new Tok { S = i, E = i + 1, K = TK.Num, V = vulgar, Dec = true, Suf = "", W = "" });
                i++;
                continue;
            }
            list.Add(new Tok { S = i, E = i + 1, K = TK.Punct, W = c.ToString(), Suf = "" });
            i++;
        }
        return list;
    }

    /// <summary>
    /// A version, section or address number ("17.2.1", "4.2.3", "10.0.0.1"): three or more dotted digit groups that are
    /// not a thousands grouping (<see cref="GroupedOtherwise"/> is asked first). Its end, or null. It is read as one word,
    /// so none of its parts becomes a number.
    /// </summary>
    private static int? DottedIdentifierEnd(string text, int s, int end)
    {
        if (ContinuesANumber(text, s)) return null;
        var m = DottedRun().Match(text, s, Math.Min(end, s + 40) - s);
        return m.Success && m.Index == s ? s + m.Length : null;
    }

    /// <summary>Whether the character before <paramref name="s"/> is a digit or a separator: the digits there continue a number.</summary>
    private static bool ContinuesANumber(string text, int s) => s > 0 && (char.IsAsciiDigit(text[s - 1]) || text[s - 1] is '.' or ',');

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\d+(?:\.\d+){2,}(?!\d|[.,]\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DottedRun();

    /// <summary>"1,234,567" or "40 000": the end of the thousands groups after the first digits, and whether there were any.</summary>
    private static (int End, bool Grouped) ThousandsGroups(string text, int s, int q, int end)
    {
        bool grouped = false;
        // "1,234,567", and the apostrophe Switzerland groups with ("250'000", "1’234.50"): one separator throughout.
        char sep = q < end && text[q] is '\'' or '’' ? text[q] : ',';
        while (q + 4 <= end && text[q] == sep && AllDigits(text, q + 1, 3) && (q + 4 == end || !char.IsAsciiDigit(text[q + 4])))
        { q += 4; grouped = true; }
        if (grouped) return (q, true);
        while (q + 4 <= end && IsSpace(text[q]) && AllDigits(text, q + 1, 3)
               && (q + 4 == end || (!char.IsLetterOrDigit(text[q + 4])
               && !((text[q + 4] is '.' or ',' or '/') && q + 5 < end && char.IsAsciiDigit(text[q + 5]) && !ShortDecimal(text, q + 4, end)))))
        {
            // "40 000": only when the group is not itself the start of a longer number and no digit group precedes.
            if (s > 1 && char.IsAsciiDigit(text[s - 2]) && IsSpace(text[s - 1])) break;
            q += 4; grouped = true;
        }
        return (q, grouped);
    }

    /// <summary>A decimal mark and one or two digits that end the number at <paramref name="q"/>: ",5" of "1 234,5", ".25" of "40 000.25".</summary>
    private static bool ShortDecimal(string text, int q, int end)
    {
        int r = q + 1;
        while (r < end && char.IsAsciiDigit(text[r])) r++;
        return text[q] is '.' or ',' && r - q - 1 is 1 or 2 && (r == end || !(char.IsLetterOrDigit(text[r]) || text[r] is '.' or ',' or '/')
            || text[r] is '.' or ',' && (r + 1 == end || !char.IsAsciiDigit(text[r + 1])));
    }

    /// <summary>The end of an exponent ("e6", "E-3") at <paramref name="q"/>, or null.</summary>
    private static int? ExponentEnd(string text, int q, int end)
    {
        if (!(q + 1 < end && (text[q] == 'e' || text[q] == 'E'))) return null;
        int r = q + 1;
        if (r < end && (text[r] == '+' || text[r] == '-')) r++;
        if (!(r < end && char.IsAsciiDigit(text[r]))) return null;
        while (r < end && char.IsAsciiDigit(text[r])) r++;
        return r == end || !char.IsLetter(text[r]) ? r : null;
    }

    /// <summary>The digits as invariant-culture text: group separators dropped, the decimal mark a dot.</summary>
    private static string Normalised(string raw, bool euro, bool decComma)
    {
        var sb = new System.Text.StringBuilder(raw.Length);
        foreach (char ch in raw)
        {
            if (euro) { if (ch != '.' && !IsSpace(ch)) sb.Append(ch == ',' ? '.' : ch); continue; }
            if (ch == ',' && !decComma) continue;
            if (IsSpace(ch) || ch is '\'' or '’') continue;
            sb.Append(ch == ',' ? '.' : ch);
        }
        return sb.ToString();
    }

    private static int LexNumber(string text, int s, int end, List<Tok> list, bool dotThousands)
    {
        int q = s;
        bool grouped = false, dec = false, decComma = false;
        string? wire = null;
        while (q < end && char.IsAsciiDigit(text[q])) q++;
        int intLen = q - s;
        bool euro = false;
        if (GroupedOtherwise(text, s, end, dotThousands) is { } other)
        {
            (q, euro) = other;
            grouped = true;
            dec = euro && text.AsSpan(s, q - s).Contains(',');
        }
        else if (DottedIdentifierEnd(text, s, end) is int idEnd)
        {
            list.Add(new Tok { S = s, E = idEnd, K = TK.Word, W = text.Substring(s, idEnd - s), Alnum = true, Suf = "" });
            return idEnd;
        }
        else if (intLen is > 0 and <= 3) (q, grouped) = ThousandsGroups(text, s, q, end);
        if (euro) { }
        else if (q + 1 < end && text[q] == '.' && char.IsAsciiDigit(text[q + 1]))
        {
            q++;
            while (q < end && char.IsAsciiDigit(text[q])) q++;
            dec = true;
        }
        else if (grouped && IsSpace(text[q - 4]) && q + 1 < end && text[q] == ',' && ShortDecimal(text, q, end))
        {
            q++; // "1 234,56": groups of spaces with a decimal comma
            while (q < end && char.IsAsciiDigit(text[q])) q++;
            dec = true; decComma = true;
        }
        else if (!grouped && intLen > 0 && q + 1 < end && text[q] == ',' && char.IsAsciiDigit(text[q + 1]))
        {
            int r = q + 1;
            while (r < end && char.IsAsciiDigit(text[r])) r++;
            bool listBefore = s > 1 && text[s - 1] == ',' && char.IsAsciiDigit(text[s - 2]);
            bool listAfter = r + 1 < end && text[r] == ',' && char.IsAsciiDigit(text[r + 1]);
            bool spacedAfter = r < end && text[r] == ',';
            if (r - q - 1 <= 2 && !listBefore && !listAfter && !spacedAfter) { q = r; dec = true; decComma = true; }
        }
        else if (intLen > 0 && q + 3 < end && text[q] == ' ' && text[q + 1] == '.' && text[q + 2] == ' ' && char.IsAsciiDigit(text[q + 3]))
        {
            // Tokenised wire text: "4 . 8 %".
            int r = q + 3;
            while (r < end && char.IsAsciiDigit(text[r])) r++;
            int t = r;
            if (t < end && text[t] == ' ') t++;
            if (t < end && text[t] == '%')
            {
                wire = text.Substring(s, q - s) + "." + text.Substring(q + 3, r - q - 3);
                q = r;
                dec = true;
            }
        }
        if (ExponentEnd(text, q, end) is int exp) { q = exp; dec = true; }
        string digits = Normalised(wire ?? text.Substring(s, q - s), euro, decComma);
        if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)) v = double.NaN;
        int u = q;
        while (u < end && char.IsLetter(text[u]) && !Currencies.IsUnspaced(text[u])) u++;
        list.Add(new Tok { S = s, E = q, K = TK.Num, V = v, Dec = dec, Digits = intLen, Grouped = grouped, Suf = text.Substring(q, u - q), W = "" });
        return u;
    }

    /// <summary>
    /// Digit groupings other than "1,234,567.89": the Indian lakh and crore ("1,23,45,678"), and dots for
    /// thousands with a decimal comma ("1.111,11") or with two or more groups ("1.234.567"). Returns the end and
    /// whether the dots group thousands (the comma then marks decimals), or null.
    /// </summary>
    private static (int End, bool Euro)? GroupedOtherwise(string text, int s, int end, bool dotThousands)
    {
        if (ContinuesANumber(text, s)) return null;
        if (dotThousands && DotThousand().Match(text, s, Math.Min(end, s + 8) - s) is { Success: true } one && one.Index == s)
            return (s + one.Length, true); // "1.500" in a language that groups thousands with a dot
        var m = OtherGrouping().Match(text, s, Math.Min(end, s + 40) - s);
        if (!m.Success || m.Index != s) return null;
        // "192.168.100.200" is an address, not a number; an address group has no leading zero ("1.081.241.197" is a number).
        if (m.Value.Count(ch => ch == '.') == 3 && !m.Value.Contains(',')
            && m.Value.Split('.').All(g => int.Parse(g, CultureInfo.InvariantCulture) <= 255 && (g.Length == 1 || g[0] != '0'))) return null;
        return (s + m.Length, m.Groups["euro"].Success);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:(?<indian>\d{1,2}(?:,\d{2})+,\d{3})(?![\d,])(?:\.\d+)?|" +
        @"(?<euro>\d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d)|\d{1,3}(?:\.\d{3}){2,}(?!\d|[.,]\d)))", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OtherGrouping();

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\d{1,3}\.\d{3}(?!\d)(?![.,]\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DotThousand();

    private static bool AllDigits(string text, int i, int n)
    {
        for (int k = 0; k < n; k++) if (i + k >= text.Length || !char.IsAsciiDigit(text[i + k])) return false;
        return true;
    }

    // ---------------------------------------------------------------- helpers

    private static bool IsPunct(Ctx c, int k, string p) => k >= 0 && k < c.T.Count && c.T[k].K == TK.Punct && c.T[k].W == p;
    private static bool IsWord(Ctx c, int k, string w) => k >= 0 && k < c.T.Count && c.T[k].K == TK.Word && c.T[k].W == w;

    /// <summary>Text between two tokens is only spaces (no line break).</summary>
    private static bool OnlySpace(Ctx c, int from, int to)
    {
        for (int i = from; i < to; i++) if (!IsSpace(c.Text[i])) return false;
        return true;
    }

    private static bool Spaced(Ctx c, int a, int b) => a >= 0 && b < c.T.Count && OnlySpace(c, c.T[a].E, c.T[b].S);

    private static bool Adjacent(Ctx c, int a, int b) => a >= 0 && b < c.T.Count && c.T[a].E == c.T[b].S;

    /// <summary>
    /// "£45 m", "US$ 2.5 b": after a currency sign or code, a lone "m" or "b" set apart from the digits is the scale, as a
    /// length never follows a currency; not one that opens a unit ("m²", "m/s").
    /// </summary>
    private static bool SpacedScaleLetter(Ctx c, int k, CurrencyForm? prefix)
    {
        if (prefix == null || c.T[k].W is not ("m" or "b")) return false;
        int after = c.T[k].E;
        return after >= c.End || !(char.IsLetterOrDigit(c.Text[after]) || c.Text[after] is '²' or '³' or '/' or '-');
    }

    private static bool IsScaleWord(Ctx c, int k, bool afterDigits)
    {
        if (k >= c.T.Count || c.T[k].K != TK.Word) return false;
        var t = c.T[k];
        if (NumberWords.Scales.ContainsKey(t.W)) return true;
        if (!afterDigits || t.E - t.S != 1) return false;
        char ch = c.Text[t.S];
        return ch is 'k' or 'K' or 'M' or 'B';
    }

    private static double ScaleOf(Ctx c, int k)
    {
        var t = c.T[k];
        if (IsThousandBeforeScale(c, k)) return 1e3;
        if (NumberWords.Scales.TryGetValue(t.W, out double s)) return s;
        return c.Text[t.S] switch { 'k' or 'K' => 1e3, 'M' or 'm' => 1e6, 'B' or 'b' => 1e9, _ => 1 };
    }

    /// <summary>
    /// "mil" before a scale word of Spanish or Portuguese is a thousand of it: "3,2 mil millones" is 3.2 billion, "mil milhões" a
    /// billion (alone, "mil" is the English "$3 mil", a million).
    /// </summary>
    private static bool IsThousandBeforeScale(Ctx c, int k) =>
        c.T[k].W == "mil" && k + 1 < c.T.Count && c.T[k + 1].K == TK.Word && NumberWords.DecimalCommaScales.Contains(c.T[k + 1].W)
        && NumberWords.Scales[c.T[k + 1].W] >= 1e6 && Spaced(c, k, k + 1);

    /// <summary>A scale of a script written without spaces ("1億2000万円"): the next group of digits follows it directly.</summary>
    private static bool IsUnspacedScale(Ctx c, int k) =>
        k >= 0 && c.T[k].K == TK.Word && c.T[k].W.Length == 1 && Currencies.IsUnspaced(c.T[k].W[0]) && NumberWords.Scales.ContainsKey(c.T[k].W);

    private static bool IsPercentWord(Ctx c, int k) =>
        k < c.T.Count && c.T[k].K == TK.Word
        && (c.T[k].W is "percent" or "percents" or "pct" or "percentage" || (c.T[k].W == "per" && IsWord(c, k + 1, "cent")));

    private static bool EndsHere(Ctx c, int k) => k >= c.T.Count
        || (c.T[k].K == TK.Punct && c.T[k].W is "." or "," or ";" or ":" or "!" or "?" or ")" or "\"" or "”" or "'");

    // ---------------------------------------------------------------- amounts

    private Amount? ParseAmount(Ctx c, int k, bool allowSign = true, bool allowRatio = true)
    {
        var T = c.T;
        int j = k;
        double sign = 1;
        if (allowSign && T[j].K == TK.Word && T[j].W is "minus" or "negative" && j + 1 < T.Count && Spaced(c, j, j + 1)) { sign = -1; j++; }
        else if (allowSign && T[j].K == TK.Punct && T[j].W is "-" or "−" or "+" && j + 1 < T.Count && T[j + 1].K == TK.Num && SignEligible(c, j))
        {
            if (T[j].W != "+") sign = -1;
            j++;
        }
        if (j != k && j >= T.Count) return null;
        var a = ParseCardinal(c, j, allowRatio);
        if (a == null) return null;
        a.V *= sign;
        a.S = T[k].S;
        return a;
    }

    private static bool GluedToLetter(string text, int s) =>
        s > 0 && char.IsAsciiLetter(text[s - 1]) && !(text[s - 1] is 'x' or 'X' && s > 1 && char.IsAsciiDigit(text[s - 2]));

    private static bool SignEligible(Ctx c, int j)
    {
        int s = c.T[j].S;
        char before = s > 0 ? c.Text[s - 1] : '\n';
        if (!(char.IsWhiteSpace(before) || before is '(' or '[' or ':' or '\u2014')) return false;
        if (Adjacent(c, j, j + 1)) return true;
        // "- 1 4/5" at the start of a line
        return (s == 0 || c.Text[s - 1] == '\n') && Spaced(c, j, j + 1);
    }

    private Amount? ParseCardinal(Ctx c, int j, bool allowRatio) => new CardinalParser(c, j, allowRatio).Parse();

    /// <summary>
    /// Reads a cardinal from token j on: digits, number words in any grammatical shape ("two hundred and five",
    /// "a half-dozen", "three point two"), scales, fractions and ratios. A state machine over tokens: each step
    /// reads one token and says whether the number goes on, ends before it, or is complete.
    /// </summary>
    private sealed class CardinalParser
    {
        private enum Flow { Continue, Break, Return }

        private readonly Ctx c;
        private readonly List<Tok> T;
        private readonly int n;
        private readonly bool allowRatio;
        private int j;
        private double total, cur, lastScale = 1, lastChunk;
        private bool any, spelled, scaled, integer = true, aLead, hadHS, afterAnd, pendingM;
        private bool digitLead; // the number opened with digits: "$120 million" takes no spelled words after its scale ("… three years on")
        private int lastKind; // 1 unit, 2 ten, 3 literal, 4 hundred, 5 scale
        private int last = -1;
        private string leftSuf = "";
        private int leftSufEnd;
        private int sufTok = -1;
        private Amount? result;

        public CardinalParser(Ctx c, int j, bool allowRatio)
        {
            this.c = c;
            T = c.T;
            n = T.Count;
            this.j = j;
            this.allowRatio = allowRatio;
        }

        public Amount? Parse()
        {
            if (j >= n) return null;
            while (j < n)
            {
                var flow = Step();
                if (flow == Flow.Continue) continue;
                if (flow == Flow.Return) return result;
                break;
            }
            if (!any || last < 0) return null;
            return Done(total + cur, last);
        }

        private Amount Done(double v, int lastTok, bool fraction = false) => new()
        {
            V = v, E = T[lastTok].E + (lastTok == sufTok ? T[lastTok].Suf.Length : 0), Next = lastTok + 1, Scaled = scaled, Scale = lastScale,
            Spelled = spelled, Integer = integer && !fraction && Math.Abs(v - Math.Round(v)) < 1e-9, PendingM = pendingM, Suf = leftSuf,
            SufEnd = leftSufEnd, Fraction = fraction,
        };

        private Flow Return(Amount a)
        {
            result = a;
            return Flow.Return;
        }

        private Flow Step()
        {
            int jj = j;
            if (any && spelled && lastKind == 5 && cur == 0 && IsPunct(c, j, ",") && Adjacent(c, last, j) && CommaGroupFollows(j))
                jj = j + 1; // "one million, two hundred thousand": a smaller spelled group after the comma
            else if (any)
            {
                if (IsPunct(c, j, "-") && j + 1 < n && T[j - 1].K == TK.Word && T[j + 1].K == TK.Word && GapSmall(c, j - 1, j) && GapSmall(c, j, j + 1)) jj =
                    j + 1;
                else if (HyphenatedScale(j)) jj = j + 1; // "$1.5-trillion", "a 3-million-share sale"
                else if (!Spaced(c, last, jj) && !(afterAnd)) return Flow.Break;
                if (afterAnd && !Spaced(c, j - 1, jj)) return Flow.Break;
                if (Adjacent(c, last, jj) && T[jj].K != TK.Word && !IsUnspacedScale(c, last)) return Flow.Break;
            }
            var t = T[jj];
            if (t.K == TK.Num) return Number(jj, t);
            if (t.K != TK.Word || t.Alnum) return Flow.Break;
            string w = t.W;
            if (NumberWords.Units.TryGetValue(w, out int u)) return Unit(jj, u);
            if (NumberWords.Tens.TryGetValue(w, out int ten)) return Ten(jj, ten);
            if (w == "hundred") return Hundred(jj);
            if (IsScaleWord(c, jj, lastKind == 3)) return Scale(jj, t);
            if (w == "and" && any && !afterAnd) return And(jj);
            if ((w == "a" || w == "an") && !any && !aLead) return Article(jj, w);
            if (OrdinalAfterHundreds(jj) is int ord) return Ordinal(jj, total + cur + ord);
            if (NumberWords.Denominators.TryGetValue(w, out double den)) return Denominator(jj, w, den);
            if (w == "point" && any && lastKind != 5 && integer) return Point(jj);
            if (allowRatio && any && (w == "over" || (lastKind != 5 && w == "out" && IsWord(c, jj + 1, "of")) || (lastKind != 5 && integer && w == "in")))
                return Ratio(jj, w);
            return Flow.Break;
        }

        /// <summary>"1.200 millones", "2.500 Mio.": one dot and three digits before a scale word of a decimal-comma language is a thousands group.</summary>
        private static double? DotGroupedBeforeScale(Ctx c, int jj)
        {
            var t = c.T[jj];
            if (!t.Dec || t.Grouped || t.Suf.Length > 0 || t.E - t.S != t.Digits + 4 || c.Text[t.S + t.Digits] != '.') return null;
            if (jj + 1 >= c.T.Count || c.T[jj + 1].K != TK.Word || !(NumberWords.DecimalCommaScales.Contains(c.T[jj + 1].W)
                || IsThousandBeforeScale(c, jj + 1)) || !Spaced(c, jj, jj + 1)) return null;
            return double.Parse(c.Text.AsSpan(t.S, t.Digits), CultureInfo.InvariantCulture) * 1000
                + double.Parse(c.Text.AsSpan(t.S + t.Digits + 1, 3), CultureInfo.InvariantCulture);
        }

        /// <summary>Digits, a hyphen, then a scale word written out: "1.5-trillion".</summary>
        private bool HyphenatedScale(int hyphen) =>
            IsPunct(c, hyphen, "-") && hyphen + 1 < n && T[hyphen - 1].K == TK.Num && T[hyphen - 1].Suf.Length == 0 && T[hyphen + 1].K == TK.Word
            && T[hyphen + 1].W.Length > 3 && NumberWords.Scales.ContainsKey(T[hyphen + 1].W) && Adjacent(c, hyphen - 1, hyphen)
            && Adjacent(c, hyphen, hyphen + 1);

        /// <summary>
        /// After a comma, a spelled group with "hundred" or a scale smaller than the last one ("two hundred thousand"
        /// after "one million"); "one million, two million" and "five million, three of them" are not one number.
        /// </summary>
        private bool CommaGroupFollows(int comma)
        {
            int k = comma + 1;
            if (k >= n || T[k].K != TK.Word || !Spaced(c, comma, k)) return false;
            if (!NumberWords.Units.ContainsKey(T[k].W) && !NumberWords.Tens.ContainsKey(T[k].W)) return false;
            bool smaller = false;
            for (; k < n && T[k].K is TK.Word or TK.Punct; k++)
            {
                string w = T[k].W;
                if (w == "hundred") { smaller = true; continue; }
                if (NumberWords.Scales.TryGetValue(w, out double sc) && w.Length > 3)
                {
                    if (sc >= lastScale) return false;
                    smaller = true;
                    continue;
                }
                if (!(NumberWords.Units.ContainsKey(w) || NumberWords.Tens.ContainsKey(w) || w is "and" or "-")) break;
            }
            return smaller;
        }

        /// <summary>A number in digits, with what only a literal at the start can take (powers, fractions).</summary>
        private Flow Number(int jj, Tok t)
        {
            if (double.IsNaN(t.V)) return Flow.Break;
            bool ok = !any || (lastKind == 5 && cur == 0) || (afterAnd && hadHS && !t.Dec && t.V < 100)
                || (lastKind == 4 && !t.Dec && t.V < 100 && Spaced(c, last, jj));
            if (!ok || (any && Adjacent(c, last, jj) && !IsUnspacedScale(c, last))) return Flow.Break;
            if (any && t.Dec) return Flow.Break;
            if (!any) digitLead = true;
            double v = DotGroupedBeforeScale(c, jj) ?? t.V;
            bool sufScale = false;
            if (t.Suf.Length > 0)
            {
                if (NumberWords.AttachedScales.TryGetValue(t.Suf, out double sc) && !(t.Suf == "G" && t.Digits < 2))
                {
                    if (t.Suf == "m") pendingM = true;
                    sufTok = jj;
                    v *= sc;
                    sufScale = true;
                    scaled = true;
                    lastScale = sc;
                }
                else if (any) return Flow.Break;
                else { leftSuf = t.Suf; leftSufEnd = t.E + t.Suf.Length; }
            }
            integer &= !t.Dec;
            if (!any)
            {
                // Forms that only a literal at the start can take.
                int nx = jj + 1;
                if (t.Suf.Length == 0 && IsPunct(c, nx, "^") && Adjacent(c, jj, nx))
                {
                    int e = nx + 1, neg = 0;
                    while (e < n && T[e].K == TK.Punct && T[e].W is "-" or "+" && Adjacent(c, e - 1, e)) { if (T[e].W == "-") neg++; e++; }
                    if (e < n && T[e].K == TK.Num && Adjacent(c, e - 1, e) && T[e].Suf.Length == 0)
                    {
                        double p = Math.Pow(v, neg % 2 == 1 ? -T[e].V : T[e].V);
                        return Return(Done(p, e));
                    }
                }
                if (t.Suf is "x" or "X" && nx < n && T[nx].K == TK.Num && T[nx].V == 10 && T[nx].S == t.E + 1 && PowerOfTen(c, nx) is var (pw, pe))
                {
                    leftSuf = "";
                    return Return(Done(v * pw, pe));
                }
                // "5.2 x 10^3", "6.02 × 10^23", "3*10^8": a literal times a power of ten, the sign spaced or not
                if (t.Suf.Length == 0 && nx + 1 < n && T[nx].W is "x" or "X" or "×" or "*" or "·" && GapSmall(c, jj, nx) && GapSmall(c, nx, nx + 1)
                    && T[nx + 1].K == TK.Num && T[nx + 1].V == 10 && T[nx + 1].Suf.Length == 0 && PowerOfTen(c, nx + 1) is var (pw2, pe2))
                    return Return(Done(v * pw2, pe2));
                if (!t.Dec && t.Suf.Length == 0 && nx + 2 < n && T[nx].K == TK.Num && !T[nx].Dec && T[nx].Suf.Length == 0 && Spaced(c, jj, nx)
                    && IsPunct(c, nx + 1, "/") && Adjacent(c, nx, nx + 1) && T[nx + 2].K == TK.Num && Adjacent(c, nx + 1, nx + 2) && !T[nx + 2].Dec
                    && T[nx].V < T[nx + 2].V && T[nx + 2].V <= 100 && T[nx + 2].Suf.Length == 0 && !IsPunct(c, nx + 3, "/"))
                    return WithScaleAfter(v + T[nx].V / T[nx + 2].V, nx + 2);
                if (!t.Dec && t.Suf.Length == 0 && nx + 1 < n && IsPunct(c, nx, "/") && Adjacent(c, jj, nx) && T[nx + 1].K == TK.Num
                    && Adjacent(c, nx, nx + 1)
                    && !T[nx + 1].Dec && T[nx + 1].Suf.Length == 0 && v > 0 && v < T[nx + 1].V && T[nx + 1].V <= 100 && !IsPunct(c, nx + 2, "/")
                    && !(jj > 0 && IsPunct(c, jj - 1, "/")))
                    return Return(Done(v / T[nx + 1].V, nx + 1, fraction: true));
                if (t.Suf.Length == 0 && nx < n && T[nx].K == TK.Num && (Adjacent(c, jj, nx) || !t.Dec && GapSmall(c, jj, nx)) && T[nx].Dec && T[nx].V < 1
                    && (c.Text[T[nx].S] is '½' or '¼' or '¾' or '⅓' or '⅔' or '⅛' or '⅜' or '⅝' or '⅞'))
                    return WithScaleAfter(v + T[nx].V, nx);
            }
            if (afterAnd) cur += v; else cur = v;
            any = true; last = jj; j = jj + 1; afterAnd = false;
            lastKind = 3;
            if (sufScale) { total += cur; lastChunk = cur; cur = 0; lastKind = 5; hadHS = true; }
            if (leftSuf.Length > 0) return Flow.Break;
            return Flow.Continue;
        }

        /// <summary>
        /// A number that ends in a fraction or decimal part ("2 1/2", "1½", "three point five") and the scale word after it, which
        /// scales the whole of it ("2 1/2 billion", "one point five billion").
        /// </summary>
        private Flow WithScaleAfter(double v, int lastTok)
        {
            if (IsScaleWord(c, lastTok + 1, false) && ScaleOf(c, lastTok + 1) >= 1000 && Spaced(c, lastTok, lastTok + 1))
            {
                double sc = ScaleOf(c, lastTok + 1);
                scaled = true; lastScale = sc;
                return Return(Done(v * sc, lastTok + 1));
            }
            return Return(Done(v, lastTok, fraction: true));
        }

        /// <summary>"one" to "nineteen".</summary>
        private Flow Unit(int jj, int u)
        {
            bool ok = !any || (lastKind == 2 && u is > 0 and < 10 && cur % 10 == 0) || (lastKind == 4 && u > 0)
                || (lastKind == 5 && cur == 0 && u > 0 && !digitLead) || (afterAnd && hadHS && u > 0);
            if (!ok && spelled && integer && !scaled && OrdinalDenominator(jj) is { } od)
            {
                // "one one-hundred-fifth", "three two hundredths": a numerator over a compound ordinal that names hundreds or more
                return Return(Done((total + cur) / od.Den, od.Last, fraction: true));
            }
            if (!ok) return Flow.Break;
            if (any && u == 0) return Flow.Break;
            // a numerator over a compound denominator is read by the denominator branch
            cur += u; any = true; spelled = true; last = jj; j = jj + 1; lastKind = 1; afterAnd = false;
            return Flow.Continue;
        }

        /// <summary>
        /// A compound ordinal from token <paramref name="k"/> that names hundreds or more and ends the number ("one hundred
        /// fifth", "two hundredths", "one thousand fifths"): its value and last token, or null.
        /// </summary>
        private (double Den, int Last)? OrdinalDenominator(int k)
        {
            double sum = 0, part = 0;
            bool large = false;
            for (; k < n && (T[k].K == TK.Word || IsPunct(c, k, "-") && GapSmall(c, k - 1, k)); k++)
            {
                string w = T[k].W;
                if (w == "-" || w == "and" && part > 0) continue;
                if (NumberWords.Units.TryGetValue(w, out int u)) part += u;
                else if (NumberWords.Tens.TryGetValue(w, out int ten)) part += ten;
                else if (w == "hundred") { part = Math.Max(part, 1) * 100; large = true; }
                else if (w.Length > 3 && NumberWords.Scales.TryGetValue(w, out double sc)) { sum += Math.Max(part, 1) * sc; part = 0; large = true; }
                else return OrdinalEnd(k, w, sum, part, large);
            }
            return null;
        }

        private (double Den, int Last)? OrdinalEnd(int k, string w, double sum, double part, bool large)
        {
            if (!(EndsHere(c, k + 1) || IsWord(c, k + 1, "of")) || w.StartsWith("half") || w.StartsWith("quarter")) return null;
            double den, d = 0;
            if (NumberWords.OrdinalUnits.TryGetValue(w, out int ou)) den = sum + part + ou;
            else if (!NumberWords.Denominators.TryGetValue(w, out d)) return null;
            else if (d == 100) { den = sum + Math.Max(part, 1) * 100; large = true; }
            else if (d >= 1000) { den = (sum + Math.Max(part, 1)) * d; large = true; }
            else den = sum + part + d;
            return large && (part + sum > 0 || d >= 100) ? (den, k) : null;
        }

        /// <summary>
        /// The last word of an ordinal written out after "hundred" or a scale ("one hundred fifth", "two thousand and first"):
        /// the ordinal's units, or null. A plural is a denominator ("two hundred fifths" is forty); a word that opens a compound
        /// modifier is not ("a thousand second-hand cars"), nor is "first" or "second" without "and" ("a hundred first editions").
        /// </summary>
        private int? OrdinalAfterHundreds(int jj)
        {
            string w = T[jj].W;
            if (!any || !(lastKind == 4 || lastKind == 5 && cur == 0) || w.EndsWith('s') || IsPunct(c, jj + 1, "-")) return null;
            if (!afterAnd && w is "first" or "second") return null;
            if (NumberWords.OrdinalUnits.TryGetValue(w, out int u)) return u;
            return NumberWords.Denominators.TryGetValue(w, out double d) && d < 100 && w is not ("half" or "quarter") ? (int)d : null;
        }

        /// <summary>A compound ordinal that ends at token <paramref name="jj"/> with value <paramref name="v"/> ("the one hundred fifth").</summary>
        private Flow Ordinal(int jj, double v)
        {
            spelled = true;
            var a = Done(v, jj);
            a.Suf = "th";
            a.SufEnd = a.E;
            return Return(a);
        }

        /// <summary>"twenty" to "ninety", or a denominator ("twenty-firsts").</summary>
        private Flow Ten(int jj, int ten)
        {
            // "one hundred twenty-first": after hundreds, a compound ordinal continues the number
            if (any && (lastKind == 4 || lastKind == 5 && cur == 0) && IsPunct(c, jj + 1, "-") && jj + 2 < n && T[jj + 2].K == TK.Word
                && NumberWords.OrdinalUnits.TryGetValue(T[jj + 2].W, out int after) && !T[jj + 2].W.EndsWith('s'))
                return Ordinal(jj + 2, total + cur + ten + after);
            // "twenty-first(s)" is a denominator
            if (IsPunct(c, jj + 1, "-") && jj + 2 < n && T[jj + 2].K == TK.Word && NumberWords.OrdinalUnits.TryGetValue(T[jj + 2].W, out int ou)
                && (any || aLead))
            {
                double num = any ? total + cur : 1;
                spelled = true;
                return Return(Done(num / (ten + ou), jj + 2, fraction: true));
            }
            // "one hundred thirty fifths" is 100 over 35; after "and" ("one hundred and thirty fifths") the ten is the numerator's
            if ((any || aLead) && lastKind != 5 && !afterAnd && jj + 1 < n && T[jj + 1].K == TK.Word && Spaced(c, jj, jj + 1)
                && NumberWords.OrdinalUnits.TryGetValue(T[jj + 1].W, out int ou2) && T[jj + 1].W is not ("first" or "second" or "firsts" or "seconds")
                && (EndsHere(c, jj + 2) || IsWord(c, jj + 2, "of")))
            {
                double num = any ? total + cur : 1;
                spelled = true;
                return Return(Done(num / (ten + ou2), jj + 1, fraction: true));
            }
            // "the twenty-first", "its forty-fifth": with no numerator before it, a compound ordinal is an ordinal, not "twenty"
            if (!any && !aLead && IsPunct(c, jj + 1, "-") && jj + 2 < n && T[jj + 2].K == TK.Word && T[jj + 2].W is var o
                && NumberWords.OrdinalUnits.TryGetValue(o, out int ordinal) && !o.EndsWith('s'))
            {
                if (o == "second") return Flow.Break; // "a thirty-second advert" is as often a duration: neither 30 nor 32
                return Ordinal(jj + 2, ten + ordinal);
            }
            bool ok = !any || lastKind == 4 || (lastKind == 5 && cur == 0 && !digitLead) || (afterAnd && hadHS);
            if (!ok) return Flow.Break;
            cur += ten; any = true; spelled = true; last = jj; j = jj + 1; lastKind = 2; afterAnd = false;
            return Flow.Continue;
        }

        /// <summary>"hundred".</summary>
        private Flow Hundred(int jj)
        {
            if (any && !(lastKind is 1 or 2 or 3 && cur > 0 && cur < 100 && Math.Abs(cur - Math.Round(cur)) < 1e-9)
                && !(lastKind is 3 && cur > 0 && cur < 1000))
                return Flow.Break;
            if (!any && !aLead && !(IsScaleWord(c, jj + 1, false) && T[jj + 1].W.Length > 3 && Spaced(c, jj, jj + 1))) return Flow.Break;
            cur = (cur == 0 ? 1 : cur) * 100;
            any = true; spelled = true; hadHS = true; last = jj; j = jj + 1; lastKind = 4; afterAnd = false;
            return Flow.Continue;
        }

        /// <summary>A scale word: "thousand", "million", "bn", "dozen".</summary>
        private Flow Scale(int jj, Tok t)
        {
            double sc = ScaleOf(c, jj);
            bool thousandOf = IsThousandBeforeScale(c, jj); // "mil millones" is a number on its own
            bool abbrev = t.W.Length <= 3 && sc != 12 && !thousandOf;
            if (!any && !aLead && !thousandOf) return Flow.Break;
            if (abbrev && lastKind != 3) return Flow.Break;
            if (lastKind == 5)
            {
                if (sc <= lastScale || cur != 0) return Flow.Break;
                total -= lastChunk; lastChunk *= sc; total += lastChunk; lastScale = sc;
            }
            else
            {
                double chunk = (cur == 0 ? 1 : cur) * sc;
                total += chunk; lastChunk = chunk; cur = 0; lastScale = sc;
            }
            any = true; scaled = true; hadHS = true; last = jj; j = jj + 1; lastKind = 5; afterAnd = false;
            if (!abbrev) spelled = true;
            return Flow.Continue;
        }

        /// <summary>"and" inside a number: "two hundred and five", "two and a half".</summary>
        private Flow And(int jj)
        {
            // "two-and-a-half": the same words joined by hyphens, as a compound modifier writes them
            bool hyphened = IsPunct(c, jj - 1, "-") && IsPunct(c, jj + 1, "-") && GapSmall(c, jj, jj + 1) && GapSmall(c, jj + 1, jj + 2);
            if (jj + 1 < n && !Spaced(c, jj, jj + 1) && !hyphened) return Flow.Break;
            var frac = FractionGroup(c, hyphened ? jj + 2 : jj + 1, hyphened);
            if (hyphened && frac == null) return Flow.Break;
            if (frac == null && jj + 1 < n && T[jj + 1].K == TK.Word && Spaced(c, jj, jj + 1))
            {
                afterAnd = true; // "two thousand and third"
                if (OrdinalAfterHundreds(jj + 1) is int ord) return Ordinal(jj + 1, total + cur + ord);
                afterAnd = false;
            }
            if (frac is { } f)
            {
                spelled = true;
                // "two and a half million": the scale after the fraction applies to the count before it too.
                if (f.ScaleAfter > 0
                    && lastKind != 5) { scaled = true; lastScale =
                    f.ScaleAfter; return Return(Done(total + (cur + f.V) * f.ScaleAfter, f.Last, fraction: true)); }
                double add = f.ScaleAfter > 0 ? f.V * f.ScaleAfter : (cur == 0 && lastScale > 1 && lastKind == 5 ? f.V * lastScale : f.V);
                if (f.ScaleAfter > 0) scaled = true;
                return Return(Done(total + cur + add, f.Last, fraction: true));
            }
            if (hadHS && jj + 1 < n && (T[jj + 1].K == TK.Word && (NumberWords.Units.ContainsKey(T[jj + 1].W) || NumberWords.Tens.ContainsKey(T[jj + 1].W))
                                        || (T[jj + 1].K == TK.Num && !T[jj + 1].Dec && T[jj + 1].V < 100 && T[jj + 1].Suf.Length == 0)))
            {
                afterAnd = true; j = jj + 1;
                return Flow.Continue;
            }
            return Flow.Break;
        }

        private static bool IsScaleOrHundred(Ctx c, int k) => IsScaleWord(c, k, false) || IsWord(c, k, "hundred");

        /// <summary>"a" or "an" leading a number: "a hundred", "a couple of", "a third".</summary>
        private Flow Article(int jj, string w)
        {
            if (jj + 1 >= n || T[jj + 1].K != TK.Word || !Spaced(c, jj, jj + 1)) return Flow.Break;
            string nw = T[jj + 1].W;
            // "a couple of days", "a couple of million", "a couple hundred": two.
            if (w == "a" && nw == "couple" && (IsWord(c, jj + 2, "of") || IsScaleOrHundred(c, jj + 2) && Spaced(c, jj + 1, jj + 2)))
            {
                spelled = true;
                int sw = IsWord(c, jj + 2, "of") ? jj + 3 : jj + 2;
                if (IsScaleOrHundred(c, sw) && Spaced(c, sw - 1, sw))
                {
                    double sc2 = IsWord(c, sw, "hundred") ? 100 : ScaleOf(c, sw); // "a couple of hundred", "a couple million"
                    scaled = true; lastScale = sc2;
                    return Return(Done(2 * sc2, sw));
                }
                return Return(Done(2, jj + 1));
            }
            bool lead = nw == "hundred" || (NumberWords.Scales.ContainsKey(nw) && nw.Length > 3)
                || (NumberWords.Denominators.ContainsKey(nw) && (w == "a" || "aeiou".Contains(nw[0])))
                        || (NumberWords.Tens.ContainsKey(nw) && IsPunct(c, jj + 2, "-") && jj + 3 < n && NumberWords.OrdinalUnits.ContainsKey(T[jj + 3].W));
            if (!lead || w == "an" && !NumberWords.Denominators.ContainsKey(nw)) return Flow.Break;
            aLead = true; spelled = true; last = jj; j = jj + 1;
            return Flow.Continue;
        }

        /// <summary>A fraction word: "half", "thirds", "a quarter-million".</summary>
        private Flow Denominator(int jj, string w, double den)
        {
            double num;
            if (any && lastKind != 5) num = total + cur;
            else if (aLead) num = 1;
            else if (!any && w is "half" or "quarter")
            {
                if (w == "half" && IsWord(c, jj + 1, "a") && IsPercentWord(c, jj + 2))
                {
                    spelled = true;
                    return Return(Done(0.5, jj + 1, fraction: true));
                }
                // "half a dozen", "half a million", "half-a-dozen"
                int scaleAt = w != "half" ? -1 : IsWord(c, jj + 1, "a") && IsScaleWord(c, jj + 2, false) && Spaced(c, jj + 1, jj + 2) ? jj + 2
                    : IsPunct(c, jj + 1, "-") && IsWord(c, jj + 2, "a") && IsPunct(c, jj + 3, "-") && IsScaleWord(c, jj + 4, false)
                      && GapSmall(c, jj, jj + 1) && GapSmall(c, jj + 1, jj + 2) && GapSmall(c, jj + 2, jj + 3) && GapSmall(c, jj + 3, jj + 4) ? jj + 4 : -1;
                if (scaleAt > 0)
                {
                    double sc3 = ScaleOf(c, scaleAt);
                    spelled = true; scaled = true; lastScale = sc3;
                    return Return(Done(0.5 * sc3, scaleAt, fraction: sc3 < 100));
                }
                // "half of one percent": a share of one percent, read by the percent after it
                bool ofPercent = IsWord(c, jj + 1, "of") && (IsWord(c, jj + 2, "a") || IsWord(c, jj + 2, "one")) && IsPercentWord(c, jj + 3);
                if (!ofPercent && (!IsScaleWord(c, jj + 1, false) || !Spaced(c, jj, jj + 1))) return Flow.Break;
                num = 1;
            }
            else return Flow.Break;
            if (any && lastKind == 3 && !spelled) return Flow.Break; // "2 thirds" is rare and "3 quarters" usually periods
            double v = num / den;
            int lastTok = jj;
            if (IsScaleWord(c, jj + 1, false) && Spaced(c, jj, jj + 1))
            {
                double sc = ScaleOf(c, jj + 1);
                v *= sc; scaled = true; lastScale = sc; lastTok = jj + 1;
            }
            else if (IsPunct(c, jj + 1, "-") && IsScaleWord(c, jj + 2, false) && GapSmall(c, jj, jj + 1) && GapSmall(c, jj + 1, jj + 2))
            {
                // "a half-dozen", "a quarter-million"
                double sc = ScaleOf(c, jj + 2);
                v *= sc; scaled = true; lastScale = sc; lastTok = jj + 2;
            }
            else if (IsWord(c, jj + 1, "of") && (IsWord(c, jj + 2, "a") || IsWord(c, jj + 2, "an")) && IsScaleWord(c, jj + 3, false)
                && ScaleOf(c, jj + 3) >= 1000 && Spaced(c, jj + 2, jj + 3))
            {
                // "three-quarters of a billion", "a third of a million": the fraction of that scale
                double sc = ScaleOf(c, jj + 3);
                v *= sc; scaled = true; lastScale = sc; lastTok = jj + 3;
            }
            else if (!(EndsHere(c, jj + 1) || IsWord(c, jj + 1, "of") || IsPercentWord(c, jj + 1) || IsWord(c, jj + 1, "and")
                || SpelledFraction(jj, w, num < den))) return Flow.Break;
            spelled = true;
            return Return(Done(v, lastTok, fraction: true));
        }

        /// <summary>
        /// A fraction that is one whatever follows it: a spelled numerator joined to its denominator by a hyphen ("a
        /// two-thirds majority", "one-fifth lower"), or a plural denominator ("two thirds majority"). Seconds, quarters and
        /// halves are left to the context test: "a one-second delay", "three quarters running"; so are improper fractions,
        /// which in running text are places ("three seconds and three thirds").
        /// </summary>
        private bool SpelledFraction(int jj, string w, bool proper)
        {
            if (!any || aLead || !proper || lastKind is not (1 or 2) || w is "second" or "seconds" or "quarters" or "halves") return false;
            return IsPunct(c, jj - 1, "-") && GapSmall(c, jj - 2, jj - 1) && GapSmall(c, jj - 1, jj) || w.EndsWith('s');
        }

        /// <summary>"point" and the digits after it: "three point two five".</summary>
        private Flow Point(int jj)
        {
            var digits = new System.Text.StringBuilder();
            int e = jj + 1, lastD = -1;
            while (e < n && T[e].K == TK.Word && Spaced(c, e - 1, e)
                || (e < n && IsPunct(c, e, "-") && digits.Length > 0 && e + 1 < n && T[e + 1].K == TK.Word))
            {
                if (T[e].K == TK.Punct) { e++; continue; }
                if (NumberWords.Units.TryGetValue(T[e].W, out int d) && d < 10) { digits.Append(d); lastD = e; e++; continue; }
                if (NumberWords.Tens.TryGetValue(T[e].W, out int tt))
                {
                    int d2 = 0;
                    int f = e + 1;
                    if (IsPunct(c, f, "-")) f++;
                    if (f < n && NumberWords.Units.TryGetValue(T[f].W, out int uu) && uu is > 0 and < 10) { d2 = uu; lastD = f; e = f + 1; }
                    else { lastD = e; e++; }
                    digits.Append((tt + d2).ToString(CultureInfo.InvariantCulture));
                    continue;
                }
                break;
            }
            if (digits.Length == 0) return Flow.Break;
            double frac = double.Parse("0." + digits, CultureInfo.InvariantCulture);
            spelled = true;
            return WithScaleAfter(total + cur + frac, lastD); // "one point five billion": the decimal of that scale
        }

        /// <summary>"over", "out of" and "in" ("one in five", a proper fraction in words): a ratio.</summary>
        private Flow Ratio(int jj, string w)
        {
            int d0 = w is "over" or "in" ? jj + 1 : jj + 2;
            if (d0 < n && Spaced(c, d0 - 1, d0))
            {
                var den2 = new CardinalParser(c, d0, false).Parse();
                // "3 million over 2023." reads a year, not a denominator
                bool year = den2 != null && !den2.Spelled && den2.Integer && den2.V is >= 1800 and <= 2100 && T[d0].E - T[d0].S == 4;
                bool fits = den2 != null && w switch
                {
                    "out" => spelled || den2.Spelled, // "two out of five hundred"
                    "in" => (spelled || den2.Spelled) && den2.Integer && !den2.Scaled && total + cur < den2.V && !year, // a proper fraction
                    _ => EndsHere(c, den2.Next) && !year, // "one over 3"
                };
                if (fits && den2!.V != 0 && den2.Suf.Length == 0)
                {
                    var r = Done((total + cur) / den2.V, den2.Next - 1, fraction: true);
                    r.Spelled = spelled || den2.Spelled;
                    return Return(r);
                }
            }
        return Flow.Break;
        }
    }

    private static bool GapSmall(Ctx c, int a, int b) => c.T[b].S - c.T[a].E <= 2 && OnlySpace(c, c.T[a].E, c.T[b].S);

    private readonly record struct Frac(double V, int Last, double ScaleAfter);

    /// <summary>"a half", "three fifths", "one fourth", "three quarters [million]" after "and" ("a-half" when <paramref name="hyphened"/>).</summary>
    private static Frac? FractionGroup(Ctx c, int j, bool hyphened = false)
    {
        var T = c.T;
        int n = T.Count;
        if (j >= n || T[j].K == TK.Punct) return null;
        double num;
        int k = j + 1;
        if (T[j].K == TK.Word && T[j].W is "a" or "an") num = 1;
        else if (T[j].K == TK.Word && NumberWords.Units.TryGetValue(T[j].W, out int u) && u > 0)
        {
            num = u;
        }
        else if (T[j].K == TK.Word && NumberWords.Tens.TryGetValue(T[j].W, out int t))
        {
            num = t;
            int f = k;
            if (IsPunct(c, f, "-")) f++;
            if (f < n && T[f].K == TK.Word && NumberWords.Units.TryGetValue(T[f].W, out int uu) && uu is > 0 and < 10) { num += uu; k = f + 1; }
        }
        else if (T[j].K == TK.Num && !T[j].Dec && T[j].Suf.Length == 0 && T[j].V > 0 && T[j].V < 100) num = T[j].V;
        else return null;
        // "a-half" in "two-and-a-half"; "three-quarter" and "one-half" as a compound writes the fraction itself
        if (IsPunct(c, k, "-") && GapSmall(c, k - 1, k) && GapSmall(c, k, k + 1) && (hyphened || T[j].W is not ("a" or "an"))) k++;
        if (k >= n || T[k].K != TK.Word) return null;
        double den;
        int last = k;
        if (NumberWords.Denominators.TryGetValue(T[k].W, out den)) { }
        else if (NumberWords.Tens.TryGetValue(T[k].W, out int tt) && IsPunct(c, k + 1, "-") && k + 2 < n
            && NumberWords.OrdinalUnits.TryGetValue(T[k + 2].W, out int ou))
        { den = tt + ou; last = k + 2; }
        else return null;
        if (num >= den) return null; // "one hundred and thirty fifths" is 130 fifths, not 100 and six
        double scaleAfter = 0;
        if (last + 1 < n && IsScaleWord(c, last + 1, false) && Spaced(c, last, last + 1)) { scaleAfter = ScaleOf(c, last + 1); last++; }
        return new Frac(num / den, last, scaleAfter);
    }

    // ---------------------------------------------------------------- classification

    private int TryAt(Ctx c, int k, List<NumberMention> found, int nextBlock)
    {
        var T = c.T;
        var t = T[k];
        // money with the currency first ("$5m", "USD 40mn", "c $ 16.4 million", "-$2bn")
        int ck = k;
        double sign = 1;
        if (t.K == TK.Punct && t.W is "-" or "−" && k + 1 < T.Count && Adjacent(c, k, k + 1) && SignEligible(c, k)) { sign = -1; ck = k + 1; }
        if (ck < T.Count && T[ck].K != TK.Num && _currencies.MatchAt(c.Text, T[ck].S, CurrencyPosition.Prefix) is { } pre
            && (T[ck].S == 0 || !char.IsLetterOrDigit(c.Text[T[ck].S - 1]) || pre.IsSymbolic))
        {
            int p = T[ck].S + pre.Form.Length;
            int q = p;
            while (q < c.End && IsSpace(c.Text[q])) q++;
            if (q - p <= 2)
            {
                int at = IndexAt(c, q);
                if (at >= 0 && at < T.Count && (T[at].K == TK.Num || T[at].K == TK.Word && !T[at].Alnum) && T[at].S < nextBlock)
                {
                    var a = ParseAmount(c, at, allowSign: true);
                    if (a != null && PrefixedAmountFits(c, pre, a, at))
                    {
                        if (PercentAfter(c, a) is null)
                        {
                            a.S = T[k].S;
                            a.V *= sign;
                            return EmitMoney(c, a, pre.Code, pre.Factor, "money.prefix", pre.IsSymbolic || pre.Form.Length == 3 ? 0.97 : 0.9, found,
                                nextBlock, prefix: pre);
                        }
                    }
                }
            }
        }
        if ((PercentSignFirst(c, k, nextBlock) ?? PercentWordFirst(c, k, nextBlock)) is var (signFirst, afterSign))
        {
            found.Add(signFirst);
            return afterSign;
        }
        if (t.K == TK.Word && FoldWord(t.W) is double fold)
        {
            found.Add(new NumberMention { Start = t.S, End = t.E, Kind = "multiple", Value = fold, Unit = "multiple", Rule = "multiple.fold",
                Confidence = 0.9 });
            return k + 1;
        }
        if (t.K == TK.Word && t.W == "factor" && IsWord(c, k + 1, "of") && k + 2 < T.Count && Spaced(c, k, k + 1) && Spaced(c, k + 1, k + 2)
            && ParseAmount(c, k + 2, allowSign: false, allowRatio: false) is { Suf.Length: 0 } f && f.V > 1 && PercentAfter(c, f) is null)
        {
            // "rose by a factor of three": the multiple is the number
            found.Add(new NumberMention { Start = T[k + 2].S, End = f.E, Kind = "multiple", Value = f.V, Unit = "multiple", Rule = "multiple.factor",
                Confidence = 0.85 });
            return f.Next;
        }
        if (t.K == TK.Word && NumberWords.MultipleVerbs.TryGetValue(t.W, out double mv))
        {
            found.Add(new NumberMention { Start = t.S, End = t.E, Kind = "multiple", Value = mv, Unit = "multiple", Rule = "multiple.verb",
                Confidence = 0.85 });
            return k + 1;
        }
        if (t.K == TK.Word && t.W is "percent" or "per" && PercentOf(c, k, found) is int pn) return pn;
        if (t.K == TK.Word && t.W is "a" && OneUnit(c, k, found, nextBlock) is int mu) return mu;
        if (t.K == TK.Word && t.W is "a" or "A" && OnePoint(c, k, found) is int op) return op;
        if (t.K == TK.Word && !StartsNumber(c, k)) return k + 1;
        if (t.K == TK.Num && IsCompoundPart(c, t.S)) return k + 1;
        if (t.K == TK.Word && t.W == "one" && k > 0 && T[k - 1].K == TK.Word
            && T[k - 1].W is "the" or "this" or "that" or "which" or "each" or "every" or "any" or "no" or "another" or "some" or "no-one"
            && !(IsWord(c, k + 1, "hundred") || IsScaleWord(c, k + 1, false) && Spaced(c, k, k + 1))) // "the one" is a pronoun; "the one million" is not
            return k + 1;
        if (VagueBefore(c, k) && ParseAmount(c, k, allowSign: false) is { } vague) return vague.Next; // "a few hundred thousand pounds"
        if (RatioAt(c, k, nextBlock) is { } ratio)
        {
            found.Add(ratio.Mention);
            return ratio.Next;
        }
        var amt = ParseAmount(c, k);
        if (amt == null || amt.S >= nextBlock) return k + 1;
        if (amt.E > nextBlock) return k + 1;
        return Classify(c, amt, found, nextBlock);
    }

    /// <summary>
    /// "a cent a share", "a penny more": a currency's minor unit after "a" is one of it; so is its main unit named in words ("It
    /// costs a dollar.", "a euro a day", "a dollar fifty"), when nothing follows that makes the name a modifier ("a dollar bond",
    /// "a euro-zone country", "a dollar peg"); "a single cent" is one too, and "half a cent" half of one.
    /// </summary>
    private int? OneUnit(Ctx c, int k, List<NumberMention> found, int nextBlock)
    {
        var T = c.T;
        int u = IsWord(c, k + 1, "single") && Spaced(c, k, k + 1) ? k + 2 : k + 1; // "a single cent"
        if (u >= T.Count || T[u].K != TK.Word || !Spaced(c, u - 1, u) || T[u - 1].E > nextBlock) return null;
        var form = _currencies.MatchAt(c.Text, T[u].S, CurrencyPosition.Suffix);
        if (form == null || form.Factor > 1 || form.IsSymbolic || form.Attached || form.Scaled) return null;
        if (form.Factor == 1 && (form.Exact || !form.Form.Any(char.IsLower) || ModifiesWhatFollows(c, T[u].S + form.Form.Length))) return null;
        bool half = k > 0 && IsWord(c, k - 1, "half") && Spaced(c, k - 1, k) && T[k - 1].S >= (found.Count > 0 ? found[^1].End : 0); // "half a cent"
        return Classify(c, new Amount { V = half ? 0.5 : 1, S = T[half ? k - 1 : k].S, E = T[u - 1].E, Next = u, Spelled = true }, found, nextBlock);
    }

    /// <summary>Whether a currency name ending at <paramref name="end"/> qualifies what follows it ("dollar bond", "euro-zone").</summary>
    private static bool ModifiesWhatFollows(Ctx c, int end)
    {
        var T = c.T;
        int after = IndexAtOrAfter(c, end);
        if (after >= T.Count) return false;
        if (T[after].S == end && T[after].K != TK.Punct) return true;
        return T[after].K == TK.Punct ? T[after].W is "-" or "/" : !UnitFollowers.Contains(T[after].W) && !StartsNumber(c, after);
    }

    /// <summary>Words after "a dollar" that leave it an amount ("a dollar a day", "a euro each", "a dollar more").</summary>
    private static readonly HashSet<string> UnitFollowers = new(StringComparer.OrdinalIgnoreCase)
    { "a", "an", "per", "each", "apiece", "and", "or", "to", "in", "on", "at", "of", "more", "less", "than", "was", "is", "will", "would",
    "extra", "off", "back", "from", "with", "by", "but" };

    /// <summary>The token of "point" or "points" right after token <paramref name="k"/>, spaced or joined by a hyphen ("basis-point").</summary>
    private static int? PointAfter(Ctx c, int k)
    {
        if (IsWord(c, k + 1, "point") || IsWord(c, k + 1, "points")) return k + 1;
        if (IsPunct(c, k + 1, "-") && Adjacent(c, k, k + 1) && Adjacent(c, k + 1, k + 2) && (IsWord(c, k + 2, "point") || IsWord(c, k + 2, "points")))
            return k + 2;
        return null;
    }

    /// <summary>
    /// "a percentage point", "a basis point", "a full percentage point": one of the unit, with no number; "a quarter-point cut",
    /// "a half-point rise", "cut by a quarter-point", "a quarter-percentage-point increase": a central bank's move in percentage points.
    /// </summary>
    private static int? OnePoint(Ctx c, int k, List<NumberMention> found)
    {
        var T = c.T;
        int w0 = IsWord(c, k + 1, "full") && Spaced(c, k, k + 1) ? k + 2 : k + 1;
        if (w0 + 1 >= T.Count || !Spaced(c, w0 - 1, w0)) return null;
        string w = T[w0].W;
        double value = w switch { "percentage" or "basis" => 1, "quarter" => 0.25, "half" => 0.5, _ => 0 };
        if (value == 0 || w0 > k + 1 && value != 1) return null;
        // "quarter-percentage-point": the fraction joined to the whole unit
        int unit = w is "quarter" or "half" && IsPunct(c, w0 + 1, "-") && Adjacent(c, w0, w0 + 1) && IsWord(c, w0 + 2, "percentage")
            && Adjacent(c, w0 + 1, w0 + 2) ? w0 + 2 : w0;
        if ((PointAfter(c, unit) ?? (Spaced(c, unit, unit + 1) && IsWord(c, unit + 1, "point") ? unit + 1 : null)) is not int pt) return null;
        if (w is "quarter" or "half" && !MovesByPoints(c, k, pt)) return null;
        bool bp = w == "basis";
        found.Add(new NumberMention { Start = T[k].S, End = T[pt].E, Kind = bp ? "basis_points" : "percent", Value = value,
            Unit = bp ? "bp" : "percentage_point", Rule = bp ? "bp" : "percent.point", Confidence = 0.8 });
        return pt + 1;
    }

    /// <summary>"a quarter-point cut", "raised rates by a half-point": a move that the fraction of a point measures, named after or before it.</summary>
    private static bool MovesByPoints(Ctx c, int k, int pt)
    {
        var T = c.T;
        return pt + 1 < T.Count && T[pt + 1].W is "cut" or "cuts" or "rise" or "rises" or "increase" or "increases" or "hike" or "hikes"
            or "reduction" or "move" or "rate" or "reductions" or "increment"
            // "cut rates by a quarter-point.", "by a half point on Wednesday"; not "by a half-point margin"
            || k > 0 && T[k - 1].W is "by" && (pt + 1 >= T.Count || T[pt + 1].K == TK.Punct || PointClosers.Contains(T[pt + 1].W));
    }

    /// <summary>Words that may follow "by a quarter-point" when the fraction measures the move itself: what comes next is no noun it qualifies.</summary>
    private static readonly HashSet<string> PointClosers = new(StringComparer.Ordinal)
    { "on", "in", "at", "to", "from", "after", "and", "or", "last", "this", "each", "since", "for", "while", "as", "earlier", "today", "yesterday" };

    /// <summary>"percent of 10", "per cent of 210": the share named before its number, with no number before it.</summary>
    private int? PercentOf(Ctx c, int k, List<NumberMention> found)
    {
        var T = c.T;
        int of = T[k].W == "per" ? (IsWord(c, k + 1, "cent") ? k + 2 : -1) : k + 1;
        if (of < 0 || !IsWord(c, of, "of") || of + 1 >= T.Count || T[of + 1].K != TK.Num || !Spaced(c, of, of + 1)) return null;
        if (k > 0 && (T[k - 1].K == TK.Num
            || (T[k - 1].K == TK.Word && (NumberWords.Units.ContainsKey(T[k - 1].W) || NumberWords.Tens.ContainsKey(T[k - 1].W))))) return null;
        var a = ParseCardinal(c, of + 1, false);
        if (a == null || a.Suf.Length > 0 || !EndsHere(c, a.Next)) return null;
        found.Add(new NumberMention { Start = T[k].S, End = a.E, Kind = "percent", Value = a.V, Unit = "percent", Rule = "percent.of", Confidence = 0.7 });
        return a.Next;
    }

    /// <summary>"twofold", "tenfold", "hundredfold": a number word written onto "fold".</summary>
    private static double? FoldWord(string w)
    {
        if (w.Length <= 6 || !w.EndsWith("fold", StringComparison.Ordinal)) return null;
        string n = w[..^4];
        if (NumberWords.Units.TryGetValue(n, out int u) && u > 1) return u;
        if (NumberWords.Tens.TryGetValue(n, out int ten)) return ten;
        return n switch { "hundred" => 100, "thousand" => 1000, _ => null };
    }

    private static bool StartsNumber(Ctx c, int k)
    {
        var w = c.T[k].W;
        return NumberWords.Units.ContainsKey(w) || NumberWords.Tens.ContainsKey(w)
            || w is "a" or "an" or "minus" or "negative" or "half" or "quarter" or "hundred" || IsThousandBeforeScale(c, k);
    }

    /// <summary>
    /// Digits written onto a word with a hyphen ("COVID-19", "F-35", "737-800") are part of a name; not after a linking "to" or "for"
    /// between two numbers ("10-to-15", "2-for-1").
    /// </summary>
    private static bool IsCompoundPart(Ctx c, int s) =>
        s >= 2 && c.Text[s - 1] is '-' or '/' && char.IsLetter(c.Text[s - 2]) && !(c.Text[s - 1] == '-' && LinkedByWord(c.Text, s - 1));

    /// <summary>Whether the hyphen at <paramref name="hyphen"/> closes a "-to-" or "-for-" written onto a number before it.</summary>
    private static bool LinkedByWord(string text, int hyphen)
    {
        foreach (var link in RatioLinks)
        {
            int s = hyphen - link.Length;
            if (s >= 2 && text[s - 1] == '-' && char.IsLetterOrDigit(text[s - 2]) && string.CompareOrdinal(text, s, link, 0, link.Length) == 0) return true;
        }
        return false;
    }

    private static readonly string[] RatioLinks = ["to", "for"];

    /// <summary>
    /// A ratio, the first number over the second: "a 2-for-1 split", "one-for-ten", "a 5-to-4 vote", "odds of 100-to-1". Hyphenated with "for"
    /// always; with "to" when the first number is not below the second (below it, "10-to-15 percent", it is a range); "1 for 5" and "1:10" only
    /// beside a word of ratios ("reverse split", "on a 1 for 5 basis", "a ratio of 3:1").
    /// </summary>
    private (NumberMention Mention, int Next)? RatioAt(Ctx c, int k, int nextBlock)
    {
        var T = c.T;
        if (!(T[k].K == TK.Num || (T[k].K == TK.Word && (NumberWords.Units.ContainsKey(T[k].W) || NumberWords.Tens.ContainsKey(T[k].W))))) return null;
        if (!LinkAhead(c, k)) return null; // most numbers: no "for", "to" or colon in the next few tokens, nothing to parse twice
        if (!(SmallWhole(ParseAmount(c, k, allowSign: false, allowRatio: false), zero: true) is { } a) || a.Next + 1 >= T.Count) return null;
        int j = a.Next, at;
        string link;
        if (IsPunct(c, j, "-") && T[j + 1].K == TK.Word && T[j + 1].W is "for" or "to" && IsPunct(c, j + 2, "-") && Adjacent(c, j - 1, j)
            && Adjacent(c, j, j + 1) && Adjacent(c, j + 1, j + 2) && Adjacent(c, j + 2, j + 3))
            (link, at) = (T[j + 1].W, j + 3);
        else if (IsPunct(c, j, ":") && Adjacent(c, j - 1, j) && Adjacent(c, j, j + 1) || IsWord(c, j, "for") && Spaced(c, j - 1, j) && Spaced(c, j, j + 1))
            (link, at) = (T[j].W, j + 1);
        else return null;
        if (at >= T.Count || T[at].S >= nextBlock || !(SmallWhole(ParseAmount(c, at, allowSign: false, allowRatio: false)) is { } b)) return null;
        bool hyphened = at == j + 3;
        if (hyphened && link == "to" && (a.V < b.V || PercentAfter(c, b) != null || CurrencyAfter(c, b) != null)) return null;
        if (!hyphened && !RatioWordBeside(c, a.S, b.Next)) return null;
        return (new NumberMention { Start = a.S, End = b.E, Kind = "ratio", Value = Round(a.V / b.V), Unit = "ratio",
            Rule = hyphened ? "ratio.hyphenated" : "ratio.context", Confidence = hyphened ? 0.85 : 0.8 }, b.Next);
    }

    private static bool LinkAhead(Ctx c, int k)
    {
        for (int i = k + 1; i < c.T.Count && i <= k + MaxRatioTokens; i++)
            if (c.T[i].W is "for" or "to" or ":") return true;
        return false;
    }

    /// <summary>How far after a ratio's first token its link may stand ("twenty-one-for-one": five tokens).</summary>
    private const int MaxRatioTokens = 6;

    /// <summary>
    /// A hundred or a scale word with a vague quantity before it ("a few hundred", "several thousand", "many million"): no number is
    /// stated, as none is in "several million dollars".
    /// </summary>
    private static bool VagueBefore(Ctx c, int k) =>
        c.T[k].K == TK.Word && (c.T[k].W == "hundred" || IsScaleWord(c, k, false)) && k > 0 && c.T[k - 1].K == TK.Word
        && c.T[k - 1].W is "few" or "several" or "many" or "numerous" && Spaced(c, k - 1, k);

    /// <summary>A whole number written plainly, without scale, suffix or decimals, that can stand in a ratio (0 only before the link: "0-for-9").</summary>
    private static Amount? SmallWhole(Amount? a, bool zero = false) =>
        a is { Integer: true, Scaled: false, Suf.Length: 0, Fraction: false, V: < 100000 } && (a.V > 0 || zero && a.V == 0) ? a : null;

    /// <summary>A word of ratios right after the ratio ("split", "reverse stock split", "basis", "ratio") or "ratio of" before it.</summary>
    private static bool RatioWordBeside(Ctx c, int start, int next)
    {
        int after = next < c.T.Count ? c.T[next].S : c.End;
        return RatioAfter().IsMatch(c.Text.AsSpan(after, Math.Min(60, c.End - after)))
            || RatioBefore().IsMatch(c.Text.AsSpan(Math.Max(0, start - 30), Math.Min(30, start)));
    }

    /// <summary>Words of ratios after one ("a 1:10 reverse split", "a 16:9 ratio"); the date recognizer's times of day share them.</summary>
    internal const string RatioWordsAfter = @"(?:(?:reverse|forward)\s+)?(?:(?:stock|share)\s+)?(?:split|consolidation|ratio)\b";

    /// <summary>Words of ratios before one ("a ratio of 3:1", "a split of 2-for-1").</summary>
    internal const string RatioWordsBefore = @"\b(?:ratio|split)(?:\s+of)?\s+(?:an?\s+)?";

    [System.Text.RegularExpressions.GeneratedRegex("^(?:" + RatioWordsAfter + @"|basis\b)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RatioAfter();

    [System.Text.RegularExpressions.GeneratedRegex(RatioWordsBefore + "$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RatioBefore();

    /// <summary>A minor unit written onto a decimal amount whose currency sign stands before it: the "p" of "£4.50p".</summary>
    /// <summary>Whether the amount read after a currency prefix is that currency's amount: its suffix is a scale or a
    /// redundant minor unit ("£4.50p", the "p" written out of habit), and a prefix that counts only with a scale has
    /// one, or thousands separators where the form allows them ("R20 million", "R3,000"; not "R2", "R3B").</summary>
    private bool PrefixedAmountFits(Ctx c, CurrencyForm pre, Amount a, int at)
    {
        var t = c.T[at];
        if (a.Suf.Length > 0 && !IsMoneySuffix(a.Suf) && !RedundantMinorUnit(c, a, pre.Code) && !IsRateSuffix(c, a)) return false;
        if (t.K == TK.Word && !a.Spelled) return false;
        if (!pre.Scaled && !pre.ScaledBefore) return true;
        return (a.Scaled || pre.ScaledOrGrouped && GroupedDigits(c, a)) && !(t.Suf is [var l] && char.IsUpper(l));
    }

    private bool RedundantMinorUnit(Ctx c, Amount a, string code) =>
        a.Suf.Length > 0 && !a.Integer && _currencies.MatchAt(c.Text, a.E, CurrencyPosition.Suffix) is { } minor
        && IsMinorUnitOf(minor, code) && a.E + minor.Form.Length == a.SufEnd;

    /// <summary>
    /// A rate written onto an amount, as British adverts and listings do: "£1,250pcm" (per calendar month), "£350pw", "£45,000pa",
    /// "£45,000p.a.", "£12ph". Not part of the amount, and the "p" of "p.a." is no penny.
    /// </summary>
    private static bool IsRateSuffix(Ctx c, Amount a) =>
        a.Suf is "pcm" or "pw" or "pa" or "ph" or "pd"
        || a.Suf == "p" && c.Text.AsSpan(a.SufEnd, Math.Min(3, c.End - a.SufEnd)).SequenceEqual(".a.");

    private static bool IsMoneySuffix(string suf) => suf is "m" or "mn" or "bn" or "b" or "k" or "K" or "M" or "B" or "mln" or "bln" or "tn" or "trn";

    private static int IndexAt(Ctx c, int pos)
    {
        int lo = 0, hi = c.T.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (c.T[mid].S < pos) lo = mid + 1;
            else if (c.T[mid].S > pos) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>A percent sign: ASCII, full-width (CJK text), small, or Arabic.</summary>
    private static bool IsPercentSign(char ch) => ch is '%' or '％' or '﹪' or '٪';

    /// <summary>
    /// The percent sign written before the number, as Turkish and some other languages' styles do ("%5", "%12,5"): a sign
    /// that stands alone before digits, with no number just before it ("5%5" is not one).
    /// </summary>
    private (NumberMention Mention, int Next)? PercentSignFirst(Ctx c, int k, int nextBlock)
    {
        var T = c.T;
        if (T[k].K != TK.Punct || !IsPercentSign(T[k].W[0]) || k + 1 >= T.Count || T[k + 1].K != TK.Num || !Adjacent(c, k, k + 1)) return null;
        if (T[k].S > 0 && char.IsLetterOrDigit(c.Text[T[k].S - 1])) return null;
        var a = ParseAmount(c, k + 1, allowSign: false, allowRatio: false);
        if (a == null || a.Suf.Length > 0 || a.Spelled || a.E > nextBlock || PercentAfter(c, a) != null) return null;
        return (new NumberMention { Start = T[k].S, End = a.E, Kind = "percent", Value = a.V, Unit = "percent", Rule = "percent.symbol-first",
            Confidence = 0.9 }, a.Next);
    }

    /// <summary>
    /// The percent word written before the number, as tables and terse lines do ("percent 5.", "per cent 20,", "a percentage of
    /// 12."): only a number in digits that closes its clause, so "percent 10 years ago" and a year stay what they are.
    /// </summary>
    private (NumberMention Mention, int Next)? PercentWordFirst(Ctx c, int k, int nextBlock)
    {
        var T = c.T;
        if (T[k].K != TK.Word || k > 0 && T[k - 1].K == TK.Num) return null;
        int n = T[k].W switch
        {
            "percent" or "pct" => k + 1,
            "per" when IsWord(c, k + 1, "cent") && Spaced(c, k, k + 1) => k + 2,
            "percentage" when IsWord(c, k + 1, "of") && Spaced(c, k, k + 1) => k + 2,
            _ => -1,
        };
        if (n < 0 || n >= T.Count || T[n].K != TK.Num || !Spaced(c, n - 1, n)) return null;
        var a = ParseAmount(c, n, allowSign: false, allowRatio: false);
        if (a == null || a.Suf.Length > 0 || a.Spelled || a.Scaled || a.E > nextBlock || PercentAfter(c, a) != null) return null;
        if (a.Integer && a.V is >= 1900 and <= 2100) return null;
        int after = a.E;
        if (after < c.End && !(c.Text[after] is ',' or '.' or ';' or ':' or ')' or '\n' || IsSpace(c.Text[after]) && (after + 1 >= c.End
            || c.Text[after + 1] == '\n'))) return null;
        if (after + 1 < c.End && c.Text[after] == '.' && char.IsAsciiDigit(c.Text[after + 1])) return null;
        return (new NumberMention { Start = T[k].S, End = a.E, Kind = "percent", Value = a.V, Unit = "percent", Rule = "percent.word-first",
            Confidence = 0.8 }, a.Next);
    }

    private (int End, string Unit, string Rule)? PercentAfter(Ctx c, Amount a)
    {
        var T = c.T;
        int p = a.E;
        if (a.Suf.Length > 0)
            return a.Suf switch
            {
                "pc" or "pct" => (a.SufEnd, "percent", "percent.word"),
                "bps" or "bp" => (a.SufEnd, "bp", "bp"),
                "ppt" or "ppts" => (a.SufEnd, "percentage_point", "percent.point"),
                _ => null,
            };
        int q = p;
        while (q < c.End && IsSpace(c.Text[q])) q++;
        if (q < c.End && IsPercentSign(c.Text[q]) && q - p <= 1) return (q + 1, "percent", "percent.symbol");
        int k = a.Next;
        if (k < T.Count && IsPunct(c, k, "-") && Adjacent(c, k - 1, k) && Adjacent(c, k, k + 1)) k++;
        // "a quarter of a percent", "three-quarters of a percentage point", "0.5 of a percent", "a tenth of 1%": a share of one percent
        if ((a.Fraction || !a.Integer && !a.Spelled && a.V < 1) && IsWord(c, k, "of") && k + 2 < T.Count && Spaced(c, k, k + 1) && T[k].S - p <= 2
            && (IsWord(c, k + 1, "a") || IsWord(c, k + 1, "one") || T[k + 1].K == TK.Num && T[k + 1].V == 1 && !T[k + 1].Dec && T[k + 1].Suf.Length == 0))
        {
            p = T[k + 1].E;
            k += 2;
            int percentAt = p < c.End && IsSpace(c.Text[p]) ? p + 1 : p;
            if (percentAt < c.End && IsPercentSign(c.Text[percentAt])) return (percentAt + 1, "percent", "percent.symbol");
            if (!Spaced(c, k - 1, k)) return null;
        }
        if (k >= T.Count || T[k].K != TK.Word || T[k].S - p > 2) return null;
        string w = T[k].W;
        if (w is "percent" or "percents" or "pct" or "percentage" || (w == "pc" && c.Text[T[k].S] == 'p'))
        {
            if (PointAfter(c, k) is int pt) return (T[pt].E, "percentage_point", "percent.point"); // "percentage points", "percentage-point"
            return (T[k].E, "percent", "percent.word");
        }
        if (w == "p" && c.Text[T[k].S] == 'p' && T[k].E + 3 <= c.End && string.CompareOrdinal(c.Text, T[k].E, ".c.", 0, 3) == 0)
            return (T[k].E + 3, "percent", "percent.word"); // "3.2 p.c.", as the Indian and older British press write it
        if (w == "per" && IsPunct(c, k + 1, "-") && Adjacent(c, k, k + 1) && Adjacent(c, k + 1, k + 2) && IsWord(c, k + 2, "cent"))
            return (T[k + 2].E, "percent", "percent.word"); // "5 per-cent"
        if (w == "per" && IsWord(c, k + 1, "cent"))
        {
            if (IsWord(c, k + 2, "point") || IsWord(c, k + 2, "points")) return (T[k + 2].E, "percentage_point", "percent.point");
            return (T[k + 1].E, "percent", "percent.word");
        }
        if (NumberWords.ForeignPercentWords.Contains(w)) return (T[k].E, "percent", "percent.word"); // "5 Prozent", "12 procent"
        if (NumberWords.ForeignPercentFirstWords.Contains(w) && k + 1 < T.Count && Spaced(c, k, k + 1)
            && NumberWords.ForeignPercentSecondWords.Contains(T[k + 1].W))
            return (T[k + 1].E, "percent", "percent.word"); // "5 pour cent", "5 por ciento", "5 per cento"
        if (w == "basis" && PointAfter(c, k) is int bpt) return (T[bpt].E, "bp", "bp"); // "basis points", "25-basis-point"
        if (w is "bps" or "bp") return (T[k].E, "bp", "bp");
        if (w is "ppt" or "ppts") return (T[k].E, "percentage_point", "percent.point"); // "1.5 ppts", as analysts' notes write it
        return null;
    }

    /// <summary>
    /// Where a currency may start after a scale word of another language: past the period of an abbreviation
    /// ("Mrd.", "Mio.") and past "de", "di" or an elided "d'" ("millones de euros", "milliards d'euros").
    /// </summary>
    private static int? AfterScaleTail(Ctx c, int p)
    {
        string text = c.Text;
        int q = p;
        if (q < c.End && text[q] == '.' && q - 4 >= 0 && char.IsLetter(text[q - 1]) && q + 1 < c.End && text[q + 1] == ' ') q += 2;
        else if (q < c.End && text[q] == ' ') q++;
        else return null;
        foreach (var joiner in ScaleJoiners)
            if (string.CompareOrdinal(text, q, joiner, 0, joiner.Length) == 0 && q + joiner.Length < c.End && char.IsLetter(text[q + joiner.Length]))
                return q + joiner.Length;
        return text[p] == '.' ? q : null;
    }

    private static readonly string[] ScaleJoiners = { "de ", "di ", "d'", "d’" };

    /// <summary>
    /// A scale letter run into a currency code, as wire copy writes it: "3.5bnUSD", "2.5 MMUSD", "40kGBP". The form
    /// comes back with the scale in its factor, and must end the word.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> UpperAscii = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private (CurrencyForm Form, int End)? ScaledCode(Ctx c, int at)
    {
        string text = c.Text;
        foreach (var (letters, scale) in NumberWords.AttachedScales)
        {
            int codeAt = at + letters.Length;
            if (codeAt + 3 > c.End || string.CompareOrdinal(text, at, letters, 0, letters.Length) != 0) continue;
            if (_currencies.MatchAt(text, codeAt, CurrencyPosition.Suffix, boundaryBefore: false) is not { } f || f.Form.Length != 3
                || text.AsSpan(codeAt, 3).ContainsAnyExcept(UpperAscii)) continue; // the code in capitals: "5 mars" is a day
            int end = codeAt + 3;
            if (end < c.End && char.IsLetter(text[end])) continue;
            return (f with { Factor = f.Factor * scale }, end);
        }
        return null;
    }

    /// <summary>
    /// Whether the same currency's minor unit follows at <paramref name="p"/> ("3 pounds 20 pence", "4 pounds and 5p"): then a
    /// word that needs a scale to be money ("pounds" is also a weight) is money without one.
    /// </summary>
    private bool MinorUnitAfter(Ctx c, int p, string code)
    {
        string text = c.Text;
        int q = p;
        while (q < c.End && text[q] == ' ') q++;
        if (q + 4 < c.End && text.AsSpan(q, 4).SequenceEqual("and ")) q += 4;
        int digits = q;
        while (q < c.End && char.IsAsciiDigit(text[q])) q++;
        if (q == digits && SpelledMinorCount(c, digits) is int spelledEnd) q = spelledEnd; // "4 pounds and sixty-two pence"
        if (q == digits || q - digits > 2 && char.IsAsciiDigit(text[digits]) || q == p) return false;
        if (q < c.End && text[q] == ' ') q++;
        return IsMinorUnitOf(_currencies.MatchAt(text, q, CurrencyPosition.Suffix), code);
    }

    /// <summary>The end of a count under a hundred spelled out at <paramref name="p"/> ("sixty-two"), or null.</summary>
    private int? SpelledMinorCount(Ctx c, int p)
    {
        int k = IndexAtOrAfter(c, p);
        if (k >= c.T.Count || c.T[k].S != p || c.T[k].K != TK.Word) return null;
        return ParseCardinal(c, k, false) is { Spelled: true, Integer: true, Scaled: false, V: >= 1 and < 100 } sub ? sub.E : null;
    }

    /// <summary>
    /// Whether a money cue stands right before the amount starting at <paramref name="s"/>, in its paragraph ("It cost", "paid about",
    /// "a fine of"; number-money-cues.tsv, with number-money-cue-hedges.tsv between): after one, a currency word that is also a unit
    /// or a common word ("pounds", "rand") names money without a scale.
    /// </summary>
    private static bool MoneyCueBefore(Ctx c, int s)
    {
        int from = Math.Max(0, s - 48);
        var before = c.Text.AsSpan(from, s - from);
        int newline = before.LastIndexOf('\n');
        return MoneyCue.IsMatch(newline >= 0 ? before[(newline + 1)..] : before);
    }

    private static readonly System.Text.RegularExpressions.Regex MoneyCue = new(
        Text.Lexicon.AlternationPattern(@"(?<!\p{L})(?:", "number-money-cues.tsv", @")\s+")
        + Text.Lexicon.AlternationPattern("(?:(?:", "number-money-cue-hedges.tsv", @")\s+)*$"),
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant
        | System.Text.RegularExpressions.RegexOptions.RightToLeft, Text.Lexicon.PatternTimeout);

    /// <summary>Whether the amount is written in digits with thousands separators ("50,000"), or, with <paramref name="orDecimal"/>,
    /// with a decimal part ("12.5"): no count that a verb such as "won" could follow.</summary>
    private static bool GroupedDigits(Ctx c, Amount a, bool orDecimal = false)
    {
        for (int k = IndexAtOrAfter(c, a.S); k < c.T.Count && c.T[k].S < a.E; k++)
            if (c.T[k].K == TK.Num && (c.T[k].Grouped || orDecimal && c.T[k].Dec)) return true;
        return false;
    }

    /// <summary>
    /// Whether a bare count of the minor unit closes the amount after position <paramref name="p"/>: "two pounds fifty.", "3 pounds 20
    /// each"; a unit after it makes a measure instead ("6 pounds 7 ounces").
    /// </summary>
    private bool BareMinorAfter(Ctx c, int p)
    {
        int k = IndexAtOrAfter(c, p);
        if (k >= c.T.Count || c.T[k].S == p || !OnlySpace(c, p, c.T[k].S)) return false;
        var sub = ParseCardinal(c, k, false);
        return sub is { Integer: true, Scaled: false, Suf.Length: 0, V: >= 1 and < 100 }
            && (EndsHere(c, sub.Next) || IsWord(c, sub.Next, "for") || IsWord(c, sub.Next, "each"));
    }

    /// <summary>
    /// Whether <paramref name="form"/> is a minor unit of <paramref name="code"/> ("pence" of GBP, "mao" of CNY); with
    /// <paramref name="anyCents"/>, "cent(s)" names the hundredth of whichever currency went before ("2 euros and 15 cents").
    /// </summary>
    private static bool IsMinorUnitOf([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] CurrencyForm? form, string code, bool anyCents = false) =>
        form is { Factor: < 1 } && (form.Code == code || anyCents && form.Form is "cent" or "cents" && code != "USD");

    /// <summary>
    /// Whether the amount at <paramref name="s"/> follows a capitalised word inside a sentence, as a label's number does
    /// ("Section 3c", "Flat 4p"); a letter written onto such a number is part of the label, not a currency.
    /// </summary>
    private static bool AfterLabel(Ctx c, int s)
    {
        int k = IndexAt(c, s) - 1;
        if (k < 0 || c.T[k].K != TK.Word || !char.IsUpper(c.Text[c.T[k].S]) || !Spaced(c, k, k + 1)) return false;
        return k > 0 && !(c.T[k - 1].K == TK.Punct && c.T[k - 1].W is "." or "!" or "?" or ":" or "\"" or "“");
    }

    private (CurrencyForm Form, int End)? CurrencyAfter(Ctx c, Amount a)
    {
        int p = a.E;
        if (a.Suf.Length > 0)
        {
            if (IsRateSuffix(c, a)) return null;
            var f = _currencies.MatchAt(c.Text, p, CurrencyPosition.Suffix);
            bool glued = a.SufEnd < c.End && char.IsLetterOrDigit(c.Text[a.SufEnd]);
            if (f != null && p + f.Form.Length == a.SufEnd) return f.Attached && (AfterLabel(c, a.S) || glued) ? null : (f, a.SufEnd);
            return !a.Scaled && ScaledCode(c, p) is { } sc && sc.End == a.SufEnd ? sc : null;
        }
        bool hyphen = p < c.End && c.Text[p] == '-';
        int q = hyphen ? p + 1 : p;
        while (q < c.End && IsSpace(c.Text[q]) && q - p < 2) q++;
        if (!hyphen && a.Scaled && AfterScaleTail(c, p) is int past) q = past; // "3,5 Mrd. Euro", "2,5 milliards d'euros"
        var form = _currencies.MatchAt(c.Text, q, CurrencyPosition.Suffix);
        if (form == null) return !a.Scaled && q > p && ScaledCode(c, q) is { } scaled ? scaled : null;
        if (form.Attached && q != p) return null;
        if (form.Scaled && !a.Scaled && !MinorUnitAfter(c, q + form.Form.Length, form.Code)
            && !(form.Factor == 1 && BareMinorAfter(c, q + form.Form.Length)) && !(form.ScaledOrGrouped && GroupedDigits(c, a, orDecimal: true))
            && !(form.Form.All(char.IsLower) && MoneyCueBefore(c, a.S))) return null;
        // "a 12-euro fee", "a 5-rupee coin": a currency's name written onto the number as an adjective; not a code or a sign ("5-USD")
        if (hyphen && form.Factor >= 1 && !form.Form.All(char.IsAsciiLetterLower)) return null;
        if (form.IsSymbolic && q == p && form.Form == "$") return null;
        // "1 $10": a symbol followed by digits is the next amount's prefix, not this one's suffix
        int after = q + form.Form.Length;
        if (form.IsSymbolic && after < c.End && char.IsAsciiDigit(c.Text[after])) return null;
        return (form, q + form.Form.Length);
    }

    private int Classify(Ctx c, Amount a, List<NumberMention> found, int nextBlock)
    {
        var T = c.T;
        if (PercentAfter(c, a) is { } pc)
        {
            if (a.PendingM) return a.Next;
            string kind = pc.Unit == "bp" ? "basis_points" : "percent";
            found.Add(new NumberMention { Start = a.S, End = pc.End, Kind = kind, Value = a.V, Unit = pc.Unit, Rule = pc.Rule,
                Confidence = pc.Rule == "percent.symbol" ? 0.98 : 0.95 });
            return NextAfter(c, pc.End);
        }
        if (CurrencyAfter(c, a) is { } cur)
        {
            var amt = new Amount { V = a.V, S = a.S, E = cur.End, Next = NextAfter(c, cur.End), Scaled = a.Scaled, Scale = a.Scale,
                Integer = a.Integer, Spelled = a.Spelled };
            double conf = cur.Form.IsSymbolic || cur.Form.Form.Length == 3 ? 0.95 : 0.9;
            if (cur.Form.Scaled) conf = 0.75;
            return EmitMoney(c, amt, cur.Form.Code, cur.Form.Factor, "money.suffix", conf, found, nextBlock, suffix: cur.Form, rangeFrom: a);
        }
        // An attached "m" is million for money, and for a count when a plural noun follows ("4.5m units"); else metres or minutes.
        if (a.PendingM && !PluralNounAfter(c, a.E)) return a.Next;
        if (a.Suf.Length > 0)
        {
            if (a.Suf is "x" or "X") { found.Add(new NumberMention { Start = a.S, End = a.SufEnd, Kind = "multiple", Value = a.V, Unit = "multiple",
                Rule = "multiple.x", Confidence = 0.9 }); return NextAfter(c, a.SufEnd); }
            if (a.Integer && (a.Suf is "st" or "nd" or "rd" or "th"))
            { found.Add(new NumberMention { Start = a.S, End = a.SufEnd, Kind = "ordinal", Value = a.V, Unit = "ordinal",
                Rule = a.Spelled ? "ordinal.words" : "ordinal.digits",
            Confidence = 0.9 }); return NextAfter(c, a.SufEnd); }
            if (a.Suf == "s" && a.Integer) { found.Add(new NumberMention { Start = a.S, End = a.SufEnd, Kind = "count", Value = a.V, Unit = "count",
                Rule = "count.plural", Confidence = 0.6 }); return NextAfter(c, a.SufEnd); }
            return NextAfter(c, a.SufEnd); // a unit we do not read ("29km", "1m"): not a bare number
        }
        int k = a.Next;
        if (k < T.Count && T[k].K == TK.Word && T[k].W == "times" && Spaced(c, k - 1, k))
        {
            bool frequency = (IsWord(c, k + 1, "a") || IsWord(c, k + 1, "per") || IsWord(c, k + 1, "each") || IsWord(c, k + 1, "since")
                || IsWord(c, k + 1, "in"))
                             && k + 2 < T.Count && T[k + 2].W is "day" or "week" or "month" or "year" or "monday" or "the" or "a" or "last";
            if (!frequency)
            {
                found.Add(new NumberMention { Start = a.S, End = T[k].E, Kind = "multiple", Value = a.V, Unit = "multiple", Rule = "multiple.times",
                    Confidence = 0.85 });
                return k + 1;
            }
        }
        if (IsPunct(c, k, "-") && Adjacent(c, k - 1, k) && IsWord(c, k + 1, "fold") && Adjacent(c, k, k + 1))
        {
            found.Add(new NumberMention { Start = a.S, End = T[k + 1].E, Kind = "multiple", Value = a.V, Unit = "multiple", Rule = "multiple.fold",
                Confidence = 0.9 });
            return k + 2;
        }
        // a bare number at the start of a range takes the unit of the other end ("5-7%", "$40-50 billion" is handled by money)
        if (RangeEnd(c, a, nextBlock) is { } other)
        {
            if (PercentAfter(c, other) is { } opc && opc.Unit != "bp")
            {
                found.Add(new NumberMention { Start = a.S, End = a.E, Kind = "percent", Value = a.V, Unit = opc.Unit, Rule = "percent.range",
                    Confidence = 0.9 });
                return IndexAtOrAfter(c, other.S);
            }
            if (CurrencyAfter(c, other) is { } oc)
            {
                double v = a.V;
                if (!a.Scaled && other.Scaled) v *= other.Scale;
                found.Add(new NumberMention { Start = a.S, End = a.E, Kind = "money", Value = Round(v * oc.Form.Factor), Unit = oc.Form.Code,
                    Currency = oc.Form, Rule = "money.range", Confidence = 0.85 });
                return IndexAtOrAfter(c, other.S);
            }
        }
        // digits glued to a Latin letter on either side are part of a code ("the R2 unit", "2K20", "P450"), not a number; a dimension's "x" ("13x9") and
        // CJK counts ("15万") stay
        if (!a.Spelled && (GluedToLetter(c.Text, a.S) || a.E < c.Text.Length && char.IsAsciiLetterOrDigit(c.Text[a.E]))) return a.Next;
        bool spelledOne = a.Spelled && Math.Abs(a.V - 1) < 1e-12 && a.E - a.S <= 3;
        found.Add(new NumberMention { Start = a.S, End = a.E, Kind = "count", Value = Round(a.V), Unit = "count",
            Rule = a.Fraction ? "count.fraction" : a.Spelled ? "count.words" : "count.digits", Confidence = spelledOne ? 0.5 : a.Spelled ? 0.8 : 0.85 });
        return a.Next;
    }

    /// <summary>The first token that starts at or after <paramref name="pos"/> (tokens are in text order), or the token count.</summary>
    private static int IndexAtOrAfter(Ctx c, int pos)
    {
        int lo = 0, hi = c.T.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (c.T[mid].S >= pos) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>Whether a lower-case plural noun ("units", "shares", "tonnes", "people") follows, after one space, the word running on at <paramref
    /// name="pos"/>.</summary>
    private static bool PluralNounAfter(Ctx c, int pos)
    {
        while (pos < c.End && char.IsLetter(c.Text[pos])) pos++;
        if (pos + 1 >= c.End || c.Text[pos] != ' ' || !char.IsLower(c.Text[pos + 1])) return false;
        int e = pos + 1;
        while (e < c.End && char.IsLetter(c.Text[e])) e++;
        return e - pos - 1 >= 3 && c.Text[e - 1] == 's' && c.Text[e - 2] != 's' || IrregularPlurals.Contains(c.Text[(pos + 1)..e]);
    }

    private static readonly HashSet<string> IrregularPlurals = Text.Lexicon.Set("irregular-plural-nouns.tsv", StringComparer.Ordinal);

    private static int NextAfter(Ctx c, int pos)
    {
        int lo = 0, hi = c.T.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (c.T[mid].S < pos) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The other end of a range after an amount: "-50 billion", " to 7.3%", " and 8 percent" after "between".</summary>
    private Amount? RangeEnd(Ctx c, Amount a, int nextBlock, CurrencyForm? prefix = null)
    {
        var T = c.T;
        int k = a.Next;
        if (k >= T.Count) return null;
        int at;
        // measured from the amount's own end, a scale written onto it included ("€3m-4m")
        bool spaced = T[k].S >= a.E && OnlySpace(c, a.E, T[k].S), joined = spaced && T[k].S - a.E <= 2;
        if (IsPunct(c, k, "-") && IsWord(c, k + 1, "to") && IsPunct(c, k + 2, "-") && T[k].S == a.E && Adjacent(c, k, k + 1) && Adjacent(c, k + 1, k + 2)
            && Adjacent(c, k + 2, k + 3)) at = k + 3; // "10-to-15 percent"
        else if (T[k].K == TK.Punct && T[k].W is "-" or "–" or "—" && joined && k + 1 < T.Count && GapSmall(c, k, k + 1)) at = k + 1;
        else if (T[k].K == TK.Word && (T[k].W == "to" || (T[k].W == "and" && PrecededByBetween(c, a.S))) && spaced && k + 1 < T.Count
            && Spaced(c, k, k + 1)) at = k + 1;
        else return null;
        int from = at;
        // the second end may repeat the first one's currency: "$1.2-$1.5 billion"
        if (prefix != null && at < T.Count && T[at].K != TK.Num && _currencies.MatchAt(c.Text, T[at].S, CurrencyPosition.Prefix) is { } again
            && again.Code == prefix.Code)
        {
            int p = T[at].S + again.Form.Length;
            while (p < c.End && IsSpace(c.Text[p]) && p - T[at].S - again.Form.Length < 1) p++;
            at = IndexAt(c, p);
            if (at < 0) return null;
        }
        if (at >= T.Count || T[at].S >= nextBlock || T[at].K != TK.Num) return null;
        var end = ParseAmount(c, at, allowSign: false, allowRatio: false);
        if (end != null) end.S = T[from].S;
        return end;
    }

    private static bool PrecededByBetween(Ctx c, int s)
    {
        int i = s - 1;
        while (i >= 0 && IsSpace(c.Text[i])) i--;
        if (i >= 0 && c.Text[i] == '$') { i--; while (i >= 0 && IsSpace(c.Text[i])) i--; }
        return i >= 6 && string.Compare(c.Text, i - 6, "between", 0, 7, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>
    /// The minor part after a whole amount, from token <paramref name="k"/>: its worth in the main unit and where it ends. A minor
    /// unit of the same currency ("and forty-five cents", "and 5p", "20 pence"; "cents" after another currency is its hundredth,
    /// "five mao" a tenth); after a currency word, also bare digits under 100 that end the amount ("15 dollars 50").
    /// </summary>
    private (double Value, int End)? MinorPart(Ctx c, int k, string code, bool afterWord, int nextBlock)
    {
        var T = c.T;
        bool and = IsWord(c, k, "and");
        if (and) k++;
        if (k >= T.Count || !Spaced(c, k - 1, k) || T[k].S >= nextBlock) return null;
        var sub = ParseCardinal(c, k, false);
        if (sub == null || !sub.Integer || sub.V is < 1 or >= 100 || sub.Scaled) return null;
        bool bareTooSmall = sub.V < 10; // "two pounds fifty", "15 dollars 50"; not "49 euros one way"
        int unitAt = sub.Suf.Length > 0 ? sub.E : sub.Next < T.Count ? T[sub.Next].S : -1;
        var subForm = unitAt >= 0 ? _currencies.MatchAt(c.Text, unitAt, CurrencyPosition.Suffix) : null;
        if (IsMinorUnitOf(subForm, code, anyCents: true) && (sub.Suf.Length == 0 || unitAt + subForm.Form.Length == sub.SufEnd))
            return (sub.V * subForm.Factor, unitAt + subForm.Form.Length);
        if (!afterWord || sub.Suf.Length > 0 || bareTooSmall) return null;
        bool blocked = sub.Next < T.Count && (IsScaleWord(c, sub.Next, true) || IsPercentWord(c, sub.Next) || T[sub.Next].W == "times"
            || subForm != null || T[sub.Next].W is "%" or "$" || CountsANoun(c, sub.Next));
        return !blocked && (!and || EndsHere(c, sub.Next)) ? (sub.V / 100, sub.E) : null;
    }

    /// <summary>
    /// Whether the word at <paramref name="k"/> is a plural noun a number before it counts ("30 dollars 20 years ago", "5 pounds 12
    /// shares"): a lower-case word of four letters or more in "s" (not "ss", "us", "this", "thus", "does").
    /// </summary>
    private static bool CountsANoun(Ctx c, int k)
    {
        if (c.T[k].K != TK.Word || !char.IsLower(c.Text[c.T[k].S])) return false;
        string w = c.T[k].W;
        return w.Length >= 4 && w[^1] == 's' && w[^2] is not ('s' or 'u') && w is not ("this" or "thus" or "does");
    }

    /// <summary>"10^3", "10^-6" at <paramref name="ten"/> (a 10 then "^" and a signed exponent): the power and its last token, or null.</summary>
    private static (double Power, int End)? PowerOfTen(Ctx c, int ten)
    {
        var T = c.T;
        if (!IsPunct(c, ten + 1, "^") || !Adjacent(c, ten, ten + 1)) return null;
        int e = ten + 2;
        double sgn = 1;
        if (e < T.Count && T[e].K == TK.Punct && T[e].W is "-" or "+" or "−") { if (T[e].W != "+") sgn = -1; e++; }
        return e < T.Count && T[e].K == TK.Num ? (Math.Pow(10, sgn * T[e].V), e) : null;
    }

    private int EmitMoney(Ctx c, Amount a, string code, double factor, string rule, double conf, List<NumberMention> found, int nextBlock,
        CurrencyForm? prefix = null, CurrencyForm? suffix = null, Amount? rangeFrom = null)
    {
        var T = c.T;
        var written = prefix ?? suffix; // the currency as the text wrote it
        double v = a.V;
        int end = a.E;
        int next = a.Next;
        if (!a.Scaled && a.Suf.Length == 0 && WithoutMinorUnit.Contains(code) && LoneDotGroup(c.Text, a.S, end)) v *= 1000;
        if (a.Suf.Length > 0 && prefix != null && !IsRateSuffix(c, a))
        {
            if (NumberWords.AttachedScales.TryGetValue(a.Suf, out double sc)) { v *= sc; a.Scaled = true; a.Scale = sc; }
            end = a.SufEnd;
            next = NextAfter(c, end);
        }
        // "75 USD million": a scale after the currency
        if (!a.Scaled && next < T.Count && Spaced(c, next - 1, next)
            && (IsScaleWord(c, next, true) && T[next].W.Length > 1 || SpacedScaleLetter(c, next, prefix)))
        {
            double sc = ScaleOf(c, next);
            v *= sc; a.Scaled = true; a.Scale = sc; end = T[next].E; next++;
        }
        // "thirteen dollars and forty-five cents", "15 dollars 50", "17 USD 25", "£4 and 5p"
        if ((suffix != null || prefix != null) && factor == 1 && !a.Scaled && a.Integer
            && MinorPart(c, next, code, suffix != null, nextBlock) is var (minor, minorEnd))
        {
            v += minor;
            end = minorEnd;
            next = NextAfter(c, end);
        }
        // a range whose second end carries the scale: "$40-50 billion", "$5 to 7 million"
        if (prefix != null && RangeEnd(c, new Amount { V = v, S = a.S, E = end, Next = next }, nextBlock, prefix) is { } other
            && other.Suf.Length == 0 | IsMoneySuffix(other.Suf)
            && CurrencyAfter(c, other) == null && PercentAfter(c, other) == null)
        {
            double ov = other.V;
            int oEnd = other.E, oNext = other.Next;
            if (other.Suf.Length > 0
                && NumberWords.AttachedScales.TryGetValue(other.Suf, out double osc)) { ov *= osc; other.Scaled = true; other.Scale = osc; oEnd =
                other.SufEnd; oNext = NextAfter(c, oEnd); }
            // the scale is shared when the range rises ("$40-50 billion"), not in "$900 to $1.2 billion"
            if (!a.Scaled && other.Scaled && v <= ov / other.Scale) v *= other.Scale;
            found.Add(new NumberMention { Start = a.S, End = end, Kind = "money", Value = Round(v * factor), Unit = code, Currency = written,
                Rule = "money.range", Confidence = conf * 0.95 });
            found.Add(new NumberMention { Start = other.S, End = oEnd, Kind = "money", Value = Round(ov * factor), Unit = code, Currency = written,
                Rule = "money.range", Confidence = conf * 0.95 });
            return oNext;
        }
        found.Add(new NumberMention { Start = a.S, End = end, Kind = "money", Value = Round(v * factor), Unit = code, Currency = written, Rule = rule,
            Confidence = conf });
        return next;
    }

    /// <summary>Currencies whose amounts are written in whole units ("Rp 5.000", "KRW 2.500"): a dot there groups thousands.</summary>
    private static readonly HashSet<string> WithoutMinorUnit = Text.Lexicon.Set("currencies-without-minor-unit.tsv", StringComparer.Ordinal);

    /// <summary>The amount's digits are one dot-separated group of three ("5.000", "45.000"), with nothing else numeric.</summary>
    private static bool LoneDotGroup(string text, int start, int end)
    {
        int first = start, last = end - 1;
        while (first < end && !char.IsAsciiDigit(text[first])) first++;
        while (last > first && !char.IsAsciiDigit(text[last])) last--;
        int n = last - first + 1;
        return n is >= 5 and <= 7 && text[last - 3] == '.' && AllDigits(text, last - 2, 3) && AllDigits(text, first, n - 4);
    }

    /// <summary>Rounds away binary noise ("13.18 * 1e9"), keeping 15 significant digits.</summary>
    public static double Round(double v)
    {
        if (v == 0 || double.IsNaN(v) || double.IsInfinity(v)) return v;
        double mag = Math.Floor(Math.Log10(Math.Abs(v)));
        int digits = (int)(14 - mag);
        if (digits is >= 0 and <= 15) return Math.Round(v, digits);
        return double.Parse(v.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
