using System.Globalization;

namespace FinExtract.Numbers;

/// <summary>Reading an amount from a token on: a cardinal in digits or words, with its scale, sign and fractions.</summary>
public sealed partial class NumberRecognizer
{
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
    private sealed partial class CardinalParser
    {
        private enum Flow { Continue, Break, Return }

        private readonly Ctx c;
        private readonly List<Tok> T;
        private readonly int n;
        private readonly bool allowRatio;
        private readonly int first;
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
            first = j;
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
            if (w == "point" && (any && lastKind != 5 && integer || !any && !aLead && PointOpens(jj))) return Point(jj);
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
            if (!NumberWords.IsUnitOrTen(T[k].W)) return false;
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
                if (!(NumberWords.IsUnitOrTen(w) || w is "and" or "-")) break;
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
                if (!t.Dec && t.Suf.Length == 0 && HyphenedEighths(nx) is double eighths) return WithScaleAfter(v + eighths, nx + 3);
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

        /// <summary>
        /// "-3/8" written onto a whole number, as stock prices were quoted in eighths ("35-3/8", "up 1-1/2"): a proper fraction in lowest
        /// terms over a power of two up to 64, every part adjacent.
        /// </summary>
        private double? HyphenedEighths(int nx)
        {
            if (nx + 3 >= n || !IsPunct(c, nx, "-") || !IsPunct(c, nx + 2, "/") || T[nx + 1].K != TK.Num || T[nx + 3].K != TK.Num) return null;
            if (!Adjacent(c, nx - 1, nx) || !Adjacent(c, nx, nx + 1) || !Adjacent(c, nx + 1, nx + 2) || !Adjacent(c, nx + 2, nx + 3)) return null;
            var (a, b) = (T[nx + 1], T[nx + 3]);
            if (a.Dec || b.Dec || a.Suf.Length > 0 || b.Suf.Length > 0 || IsPunct(c, nx + 4, "/") || IsPunct(c, nx + 4, "-")) return null;
            bool lowest = b.V is 2 or 4 or 8 or 16 or 32 or 64 && a.V % 2 == 1 && a.V < b.V;
            return lowest ? a.V / b.V : null;
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
            if (!any && !aLead && !(IsScaleWord(c, jj + 1, false) && T[jj + 1].W.Length > 3 && Spaced(c, jj, jj + 1)) && !BareHundredRunsOn(jj))
                return Flow.Break;
            cur = (cur == 0 ? 1 : cur) * 100;
            any = true; spelled = true; hadHS = true; last = jj; j = jj + 1; lastKind = 4; afterAnd = false;
            return Flow.Continue;
        }

        /// <summary>"hundred and twenty", "hundred fifty": "hundred" in lower case with no "a" or "one", read on by the tens or units after it.</summary>
        private bool BareHundredRunsOn(int jj)
        {
            int k = jj + 1 < n && T[jj + 1].W == "and" ? jj + 2 : jj + 1;
            return char.IsLower(c.Text[T[jj].S]) && k < n && T[k].K == TK.Word && Spaced(c, k - 1, k)
                && NumberWords.IsUnitOrTen(T[k].W) && T[k].W is not ("zero" or "nil" or "oh");
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
                double chunk = (cur == 0 && lastKind is not (1 or 2 or 3) ? 1 : cur) * sc; // "a million" is one, "0 billion" none
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
            if (hadHS && jj + 1 < n && (T[jj + 1].K == TK.Word && NumberWords.IsUnitOrTen(T[jj + 1].W)
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

        /// <summary>
        /// A number opened by "point" ("point five", spoken for .5): written in lower case (a capital "Point two" numbers an
        /// item) and not after a word that makes "point" a noun ("the point two readers made").
        /// </summary>
        private bool PointOpens(int jj) => c.Text[T[jj].S] == 'p' && (jj == 0 || T[jj - 1].K != TK.Word || !NumberWords.NounDeterminers.Contains(T[jj - 1].W));

        /// <summary>"point" and the digits after it: "three point two five".</summary>
        private Flow Point(int jj)
        {
            var digits = new System.Text.StringBuilder();
            int e = jj + 1, lastD = -1;
            while (e < n && T[e].K == TK.Word && Spaced(c, e - 1, e)
                || (e < n && IsPunct(c, e, "-") && digits.Length > 0 && e + 1 < n && T[e + 1].K == TK.Word))
            {
                if (T[e].K == TK.Punct) { e++; continue; }
                if (NumberWords.Units.TryGetValue(T[e].W, out int d) && d < 10 || T[e].W is "oh" && (d = 0) == 0)
                {
                    digits.Append(d); lastD = e; e++; continue; // "point oh five": "oh" read as a digit, as it is spoken
                }
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

        private bool SurveyShare(Amount den) => IsSurveyShare(c, total + cur, den.V, den.Next);

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
                    // a proper fraction
                    "in" => (spelled || den2.Spelled || SurveyShare(den2)) && den2.Integer && !den2.Scaled && total + cur < den2.V && !year,
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

    /// <summary>
    /// "3 in 10 adults": digits over a round share (4, 5, 10, 20, 100, 1,000) before a noun that is no span of time ("3 in 10 days" is a
    /// count and a period).
    /// </summary>
    private static bool IsSurveyShare(Ctx c, double numerator, double denominator, int next) =>
        numerator >= 1 && denominator is 4 or 5 or 10 or 20 or 100 or 1000 && next < c.T.Count && c.T[next].K == TK.Word
        && !TimeSpanWords.Contains(c.T[next].W);

    private static readonly HashSet<string> TimeSpanWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute", "seconds", "decades",
        "sessions", "games", "matches", "attempts",
    };

    /// <summary>
    /// "lost half its value", "more than half of the staff", "half the price": "half" before a possessive, "the" or "of" is a share of
    /// a whole; not a part of a period or a place ("the first half of the year", "the southern half of the island").
    /// </summary>
    private static bool IsShareOfAWhole(Ctx c, int k) =>
        k + 1 < c.T.Count && c.T[k + 1].K == TK.Word && Spaced(c, k, k + 1) && HalfOf.Contains(c.T[k + 1].W)
        && !(k > 0 && c.T[k - 1].K == TK.Word && PartBeforeHalf.Contains(c.T[k - 1].W));

    private static readonly HashSet<string> HalfOf = new(StringComparer.Ordinal) { "its", "their", "his", "her", "our", "my", "your", "the", "of" };

    private static readonly HashSet<string> PartBeforeHalf = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "second", "latter", "former", "other", "the", "a", "an", "this", "that", "each", "either", "one", "top", "bottom", "back",
        "front", "upper", "lower", "northern", "southern", "eastern", "western", "better",
    };

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
}
