using System.Globalization;

namespace FinExtract.Numbers;

/// <summary>
/// What an amount is (money, a percentage, a multiple, an ordinal or a count of something), from the tokens around it.
/// </summary>
public sealed partial class NumberRecognizer
{
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
        if (t.K == TK.Word && t.W is "one" or "One" && OneIsNoCount(c, k)) return k + 1;
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
        if (FractionOfA(c, k, found) is { } share)
        {
            found.RemoveAt(found.Count - 1);
            return Classify(c, new Amount { V = share.Value!.Value, S = share.Start, E = T[u - 1].E, Next = u, Spelled = true }, found, nextBlock);
        }
        return Classify(c, new Amount { V = half ? 0.5 : 1, S = T[half ? k - 1 : k].S, E = T[u - 1].E, Next = u, Spelled = true }, found, nextBlock);
    }

    /// <summary>"three-quarters of a dollar", "a third of a cent": the fraction just found, right before "of" and the "a" at <paramref name="k"/>.</summary>
    private static NumberMention? FractionOfA(Ctx c, int k, List<NumberMention> found) =>
        k > 1 && found.Count > 0 && IsWord(c, k - 1, "of") && Spaced(c, k - 1, k) && found[^1] is { Rule: "count.fraction", Value: > 0 and < 1 } f
        && f.End == c.T[k - 2].E && Spaced(c, k - 2, k - 1) ? f : null;

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

    /// <summary>
    /// Whether the word "one" at <paramref name="k"/> is no count: a pronoun after a determiner ("the one", but "the one million" is a
    /// number), or an adjective of manner ("a one-off fee", "a one-way ticket", "one-on-one talks").
    /// </summary>
    private bool OneIsNoCount(Ctx c, int k)
    {
        var T = c.T;
        if (IsPunct(c, k + 1, "-") && Adjacent(c, k, k + 1) && k + 2 < T.Count && T[k + 2].K == TK.Word && Adjacent(c, k + 1, k + 2)
            && NumberWords.OneIdioms.Contains(T[k + 2].W)) return true;
        if (k >= 2 && IsPunct(c, k - 1, "-") && IsWord(c, k - 2, "on") && Adjacent(c, k - 1, k) && Adjacent(c, k - 2, k - 1)) return true;
        return T[k].W == "one" && k > 0 && T[k - 1].K == TK.Word
            && T[k - 1].W is "the" or "this" or "that" or "which" or "each" or "every" or "any" or "no" or "another" or "some" or "no-one"
            && !(IsWord(c, k + 1, "hundred") || IsScaleWord(c, k + 1, false) && Spaced(c, k, k + 1));
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
