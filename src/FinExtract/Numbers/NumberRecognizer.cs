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
}
