namespace FinExtract.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters (with inner apostrophes, hyphens, periods of abbreviations: "U.S.", "don't", "co-founder").</summary>
    Word,
    /// <summary>A number with its separators and decimal point ("1,200.50", "3.5", "2024").</summary>
    Number,
    /// <summary>Letters and digits mixed ("H100s", "Q3", "1.5bn", "8x").</summary>
    Alphanumeric,
    /// <summary>A currency or other symbol ("$", "€", "%", "&amp;").</summary>
    Symbol,
    /// <summary>Punctuation.</summary>
    Punctuation,
}

/// <summary>A token as a span <c>[Start, End)</c> of the article body.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>Length in UTF-16 code units.</summary>
    public int Length => End - Start;
}

/// <summary>A sentence as a span <c>[Start, End)</c> of the article body, with its tokens' index range.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    /// <summary>The index of the sentence holding offset <paramref name="pos"/> (sentences are in body order), or -1.</summary>
    public static int IndexAt(IReadOnlyList<Sentence> sentences, int pos)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (sentences[mid].End <= pos) lo = mid + 1;
            else if (sentences[mid].Start > pos) hi = mid - 1;
            else return mid;
        }
        return -1;
    }
}
