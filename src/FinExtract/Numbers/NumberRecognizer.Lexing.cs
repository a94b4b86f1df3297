using System.Globalization;

namespace FinExtract.Numbers;

/// <summary>
/// Lexing: digits with their separators, groupings and exponents, words and punctuation, as tokens; and the tests on tokens
/// the parsers share.
/// </summary>
public sealed partial class NumberRecognizer
{
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
            // Tokenised wire text: "4 . 8 %", "1 . 6 billion", "up 0 . 95".
            int r = q + 3;
            while (r < end && char.IsAsciiDigit(text[r])) r++;
            if (WireDecimal(text, s, q, r, end))
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
    /// Whether " . " between the digits at <paramref name="s"/>..<paramref name="q"/> and those ending at <paramref name="r"/> is
    /// the decimal point of tokenised text, not a full stop: a percent sign or a scale word follows, or the whole part is a zero,
    /// which no sentence ends with ("up 0 . 95").
    /// </summary>
    private static bool WireDecimal(string text, int s, int q, int r, int end)
    {
        if (r < end && char.IsLetterOrDigit(text[r])) return false;
        if (q - s == 1 && text[s] == '0') return true;
        int t = r < end && text[r] == ' ' ? r + 1 : r;
        if (t < end && text[t] == '%') return true;
        int w = t;
        while (w < end && char.IsLetter(text[w])) w++;
        return w - t >= 3 && NumberWords.Scales.TryGetValue(text[t..w], out double sc) && sc >= 1000 && (w == end || !char.IsLetterOrDigit(text[w]));
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
    /// "£45 m", "US$ 2.5 b", "$5 MM": after a currency sign or code, a lone "m", "b" or "mm" set apart from the digits is the scale, as a
    /// length never follows a currency; not one that opens a unit ("m²", "m/s").
    /// </summary>
    private static bool SpacedScaleLetter(Ctx c, int k, CurrencyForm? prefix)
    {
        if (prefix == null || c.T[k].W is not ("m" or "b") && !NumberWords.MoneyOnlyScales.ContainsKey(c.T[k].W)) return false;
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
}
