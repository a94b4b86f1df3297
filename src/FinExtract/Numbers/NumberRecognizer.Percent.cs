namespace FinExtract.Numbers;

/// <summary>Percentages and points: the sign or word before or after, "percentage points", "per cent of".</summary>
public sealed partial class NumberRecognizer
{
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
            // "cut rates by a quarter-point.", "raised rates a half-point in May", "... and"; not "by a half-point margin"
            || k > 0 && (T[k - 1].W is "by" or "rate" or "rates" || PointMoveVerbs.Contains(T[k - 1].W))
               && (pt + 1 >= T.Count || T[pt + 1].K == TK.Punct || T[pt + 1].W is "and" or "or" || NumberWords.WordsAfterAChange.Contains(T[pt + 1].W));
    }

    /// <summary>
    /// A rate setter's verbs that "a quarter point" may follow directly ("cut a half-point", "raised a quarter point"); not
    /// "rose" or "gained", which a share or an index does by points of its own.
    /// </summary>
    private static readonly HashSet<string> PointMoveVerbs = new(StringComparer.Ordinal)
    { "cut", "cuts", "raised", "raises", "lifted", "lowered", "hiked", "trimmed", "increased", "reduced", "eased", "slashed" };

    /// <summary>"percent of 10", "per cent of 210": the share named before its number, with no number before it.</summary>
    private int? PercentOf(Ctx c, int k, List<NumberMention> found)
    {
        var T = c.T;
        int of = T[k].W == "per" ? (IsWord(c, k + 1, "cent") ? k + 2 : -1) : k + 1;
        if (of < 0 || !IsWord(c, of, "of") || of + 1 >= T.Count || T[of + 1].K != TK.Num || !Spaced(c, of, of + 1)) return null;
        if (k > 0 && (T[k - 1].K == TK.Num
            || (T[k - 1].K == TK.Word && NumberWords.IsUnitOrTen(T[k - 1].W)))) return null;
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
        return NumberWords.IsUnitOrTen(w)
            || w is "a" or "an" or "minus" or "negative" or "half" or "quarter" or "hundred" or "point" || IsThousandBeforeScale(c, k);
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
}
