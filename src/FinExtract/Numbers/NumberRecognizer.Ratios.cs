namespace FinExtract.Numbers;

/// <summary>Multiples and ratios: "three times", "2x", "one in five", "3-to-1".</summary>
public sealed partial class NumberRecognizer
{
    private static readonly string[] RatioLinks = ["to", "for"];

    /// <summary>
    /// A ratio, the first number over the second: "a 2-for-1 split", "one-for-ten", "a 5-to-4 vote", "odds of 100-to-1". Hyphenated with "for"
    /// always; with "to" when the first number is not below the second (below it, "10-to-15 percent", it is a range); "1 for 5" and "1:10" only
    /// beside a word of ratios ("reverse split", "on a 1 for 5 basis", "a ratio of 3:1").
    /// </summary>
    private (NumberMention Mention, int Next)? RatioAt(Ctx c, int k, int nextBlock)
    {
        var T = c.T;
        if (!(T[k].K == TK.Num || (T[k].K == TK.Word && NumberWords.IsUnitOrTen(T[k].W)))) return null;
        if (!LinkAhead(c, k)) return null; // most numbers: no "for", "to" or colon in the next few tokens, nothing to parse twice
        if (!(SmallWhole(ParseAmount(c, k, allowSign: false, allowRatio: false), zero: true) is { } a) || a.Next + 1 >= T.Count) return null;
        int j = a.Next, at;
        string link;
        if (IsPunct(c, j, "-") && T[j + 1].K == TK.Word && T[j + 1].W is "for" or "to" && IsPunct(c, j + 2, "-") && Adjacent(c, j - 1, j)
            && Adjacent(c, j, j + 1) && Adjacent(c, j + 1, j + 2) && Adjacent(c, j + 2, j + 3))
            (link, at) = (T[j + 1].W, j + 3);
        else if (IsPunct(c, j, ":") && Adjacent(c, j - 1, j) && Adjacent(c, j, j + 1) || IsWord(c, j, "for") && Spaced(c, j - 1, j) && Spaced(c, j, j + 1))
            (link, at) = (T[j].W, j + 1);
        else if (IsPunct(c, j, "-") && T[k].K == TK.Num && T[j + 1].K == TK.Num && Adjacent(c, j - 1, j) && Adjacent(c, j, j + 1))
            (link, at) = ("-", j + 1);
        else return null;
        if (at >= T.Count || T[at].S >= nextBlock || !(SmallWhole(ParseAmount(c, at, allowSign: false, allowRatio: false)) is { } b)) return null;
        if (link == "-") return DashedRatio(c, k, a, b);
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
        return k + 1 < c.T.Count && c.T[k + 1].W == "-";
    }

    /// <summary>
    /// Two whole numbers joined by a bare hyphen as a split: equal ones ("a 50-50 venture", "drew 1-1"), never a range, or any two
    /// beside a word of ratios ("a 60-40 split", "on a 70-30 basis"); not inside a date or a code ("2024-10-10", "10-10-2020"), nor
    /// before a percent sign or a currency ("50-60%").
    /// </summary>
    private (NumberMention Mention, int Next)? DashedRatio(Ctx c, int k, Amount a, Amount b)
    {
        bool inCode = k > 0 && IsPunct(c, k - 1, "-") && Adjacent(c, k - 1, k) || IsPunct(c, b.Next, "-") && Adjacent(c, b.Next - 1, b.Next);
        if (inCode || PercentAfter(c, b) != null || CurrencyAfter(c, b) != null || a.V == 0 || a.V != b.V && !RatioWordBeside(c, a.S, b.Next))
            return null;
        return (new NumberMention { Start = a.S, End = b.E, Kind = "ratio", Value = Round(a.V / b.V), Unit = "ratio", Rule = "ratio.dashed",
            Confidence = 0.8 }, b.Next);
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
}
