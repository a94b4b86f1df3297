namespace FinExtract.Numbers;

/// <summary>
/// Money: currency signs, codes and words before or after an amount, minor units, scaled codes, money cues, and the money
/// row.
/// </summary>
public sealed partial class NumberRecognizer
{
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

    private static bool IsMoneySuffix(string suf) => suf is "m" or "mn" or "bn" or "b" or "k" or "K" or "M" or "B" or "mln" or "bln" or "tn" or "trn"
        || NumberWords.MoneyOnlyScales.ContainsKey(suf);

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
            if (NumberWords.AttachedScales.TryGetValue(a.Suf, out double sc) || NumberWords.MoneyOnlyScales.TryGetValue(a.Suf, out sc))
            { v *= sc; a.Scaled = true; a.Scale = sc; }
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
}
