namespace FinExtract.Numbers;

/// <summary>The cardinal parser's fractions: a denominator word and the context that makes it a share.</summary>
public sealed partial class NumberRecognizer
{
    private sealed partial class CardinalParser
    {
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
                if (w == "half" && IsShareOfAWhole(c, jj))
                {
                    spelled = true;
                    return Return(Done(0.5, jj, fraction: true));
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
                || SpelledFraction(jj, w, num < den) || ChangeByFraction(jj))) return Flow.Break;
            spelled = true;
            return Return(Done(v, lastTok, fraction: true));
        }

        /// <summary>"rose by a third in a year": "a" and a denominator after "by", before a word of time or level, is a change's size.</summary>
        private bool ChangeByFraction(int jj) => aLead && !any && IsWord(c, first - 1, "by") && jj + 1 < n && T[jj + 1].K == TK.Word
            && NumberWords.WordsAfterAChange.Contains(T[jj + 1].W);

        /// <summary>
        /// A fraction that is one whatever follows it: a spelled numerator joined to its denominator by a hyphen ("a
        /// two-thirds majority", "one-fifth lower"), or a plural denominator ("two thirds majority"). Seconds, quarters and
        /// halves are left to the context test: "a one-second delay", "three quarters running"; so are improper fractions,
        /// which in running text are places ("three seconds and three thirds").
        /// </summary>
        private bool SpelledFraction(int jj, string w, bool proper)
        {
            if (!any || aLead || !proper || lastKind is not (1 or 2) || w is "second" or "seconds" or "quarters" or "halves") return false;
            return IsPunct(c, jj - 1, "-") && GapSmall(c, jj - 2, jj - 1) && GapSmall(c, jj - 1, jj) || w.EndsWith('s') || OneOfParts(jj, w);
        }

        /// <summary>
        /// "one third", "one fifth": the numerator "one" before a singular denominator names a share whatever follows ("one third
        /// remained"), unless a hyphen makes the ordinal part of a compound ("one third-party supplier"). "One quarter" and "one
        /// half" are left to the context test, a quarter being a period as often.
        /// </summary>
        private bool OneOfParts(int jj, string w)
        {
            if (total + cur != 1 || lastKind != 1 || w is "quarter" or "half" || !IsWord(c, jj - 1, "one")) return false;
            return !IsPunct(c, jj + 1, "-") && Spaced(c, jj - 1, jj);
        }
    }
}
