using System.Text.RegularExpressions;
using FinExtract.Documents;

namespace FinExtract.Quotes;

/// <summary>
/// Quotation marks: pairing an opening mark with its close over doubled, mixed, single and broken marks, and the text
/// around a span.
/// </summary>
public sealed partial class QuoteStage
{
    /// <summary>A quoted span: the text inside the marks; <see cref="Continued"/> when it continues the previous paragraph's quotation.</summary>
    public readonly record struct QuotedSpan(int Start, int End, int OpenAt, int CloseAt, bool Continued);

    /// <summary>
    /// Pairs quotation marks paragraph by paragraph. A paragraph that opens a quotation and does not close
    /// it continues into the next paragraph when that one opens with the same mark.
    /// </summary>
    public static List<QuotedSpan> FindSpans(string body, IReadOnlyList<Paragraph> paragraphs)
    {
        var spans = new List<QuotedSpan>();
        bool carry = false;
        foreach (var p in paragraphs)
        {
            int i = p.Start;
            bool continued = carry;
            carry = false;
            while (i < p.End)
            {
                char c = body[i];
                // Doubled single marks stand for double ones in some typesetting: ''…'', ‘‘…’’, ``…''.
                if (DoubledClose(body, i, p) is int dj)
                {
                    int ds = i + 2, de = dj;
                    while (ds < de && char.IsWhiteSpace(body[ds])) ds++;
                    while (de > ds && char.IsWhiteSpace(body[de - 1])) de--;
                    if (de > ds) spans.Add(new QuotedSpan(ds, de, i, dj + 1, continued && i == FirstNonSpace(body, p)));
                    continued = false;
                    i = dj + 2;
                    continue;
                }
                int pair = Array.FindIndex(Pairs, x => x.Open == c);
                if (pair < 0 || !IsOpening(body, i, p, Pairs[pair].Open)) { i++; continue; }
                char close = Pairs[pair].Close;
                int j = FindClose(body, i + 1, p.End, Pairs[pair].Open, close);
                // Mixed marks, as text pasted between editors leaves them: “…" and "…”.
                if (j < 0 && MixedClose(close) is char other) j = FindClose(body, i + 1, p.End, Pairs[pair].Open, other);
                else if (j > 0 && MixedClose(close) != null && CloseThenOpen(body, i + 1, j) is int first) j = first;
                // „…” (Dutch, Polish, Hungarian, Romanian): the low opening mark closed by the right double mark
                if (j < 0 && close == '“') j = FindClose(body, i + 1, p.End, Pairs[pair].Open, '”');
                if (j < 0 && MixedClose(close) != null) j = SingleMarkClose(body, i + 1, p.End);
                else if (j > 0 && MixedClose(close) != null && DoubledSingleClose(body, i + 1, j) is int doubled) j = doubled;
                if (j < 0 && close == '"') j = LoneSpacedClose(body, i + 1, p.End);
                if (j < 0)
                {
                    // an unclosed double quotation at the paragraph's end runs on to the next paragraph
                    if (close is '”' or '"' or '»' && p.End - i > 20)
                    {
                        int s0 = i + 1, e0 = p.End;
                        while (e0 > s0 && char.IsWhiteSpace(body[e0 - 1])) e0--;
                        spans.Add(new QuotedSpan(s0, e0, i, -1, continued));
                        carry = true;
                    }
                    break;
                }
                int s = i + 1, e = j;
                if (close is '”' or '"' && body[j] is '’' or '\'' && body[j - 1] == body[j]) e--; // “…,’’: the doubled mark is not quoted text
                while (s < e && char.IsWhiteSpace(body[s])) s++;
                while (e > s && char.IsWhiteSpace(body[e - 1])) e--;
                if (e > s) spans.Add(new QuotedSpan(s, e, i, j, continued && i == FirstNonSpace(body, p)));
                continued = false;
                i = j + 1;
            }
        }
        return spans;
    }

    /// <summary>
    /// The one straight mark left in the paragraph after an opening one, with a stray space before it and no word after it
    /// ("designated an "aerotropolis " by the board"): the quotation's close, as it is the only mark that can be. Its index, or -1.
    /// </summary>
    private static int LoneSpacedClose(string body, int from, int end)
    {
        int k = body.IndexOf('"', from, end - from);
        if (k < 0 || body.IndexOf('"', k + 1, end - k - 1) >= 0) return -1;
        return k > from && char.IsWhiteSpace(body[k - 1]) && (k + 1 == end || !char.IsLetterOrDigit(body[k + 1])) ? k : -1;
    }

    /// <summary>Where a quotation opened at <paramref name="i"/> with a doubled single mark closes ('' or ’’), or null.</summary>
    private static int? DoubledClose(string body, int i, Paragraph p)
    {
        if (i + 2 >= p.End || !(body[i] == body[i + 1] && body[i] is '\'' or '‘' or '`')) return null;
        if (i > p.Start && !(char.IsWhiteSpace(body[i - 1]) || body[i - 1] is '(' or ':' or '—' or '–')) return null;
        if (char.IsWhiteSpace(body[i + 2])) return null;
        for (int k = i + 3; k + 1 < p.End; k++)
            if (body[k] == body[k + 1] && body[k] is '\'' or '’' && !char.IsLetterOrDigit(k + 2 < p.End ? body[k + 2] : ' ')) return k;
        return null;
    }

    /// <summary>
    /// Inside a double quotation, a mark that closes followed by one that opens: two quotations with mixed marks around the
    /// attribution between them ("“Costs are rising," said X. "We must adapt.”"). The first mark's index, or null. A quotation
    /// nested inside ("“It was "a disaster" for us,”") opens before it closes, so it stays whole.
    /// </summary>
    private static int? CloseThenOpen(string body, int from, int to)
    {
        int close = -1;
        bool afterWord = false;
        for (int k = from; k < to; k++)
        {
            if (body[k] is not ('"' or '”' or '“')) continue;
            bool spaceBefore = char.IsWhiteSpace(body[k - 1]), spaceAfter = k + 1 < to && char.IsWhiteSpace(body[k + 1]);
            if (close < 0 && body[k] != '“' && !spaceBefore && spaceAfter && (IsEndPunct(body[k - 1]) || char.IsLetterOrDigit(body[k - 1])))
                (close, afterWord) = (k, !IsEndPunct(body[k - 1]));
            // a mark closing a word ("“A Quiet Week" was praised by X, who wrote, “…”) is the first one's close only when a curly
            // opening follows, which cannot stand inside a curly quotation; a straight pair may ("“It was "a disaster" for us”")
            else if (close >= 0 && body[k] != '”' && spaceBefore && !spaceAfter && (!afterWord || body[k] == '“')) return close;
            else return null;
        }
        return null;
    }

    /// <summary>
    /// A double quotation that no double mark closes, closed by a single one right after its last punctuation ("“We are
    /// watching closely,' said X", a slip of the keyboard): after ",", ".", "!" or "?" and before a space, a single mark is
    /// no apostrophe. A single mark that closes a quotation opened inside this one (“… ‘fake news,’ we …) is not it. The mark's
    /// index, or -1.
    /// </summary>
    private static int SingleMarkClose(string body, int from, int end)
    {
        int inner = 0;
        for (int k = from; k < end; k++)
        {
            if (body[k] is not ('\'' or '’' or '‘')) continue;
            bool opens = body[k] == '‘' || (k == from || char.IsWhiteSpace(body[k - 1]) || body[k - 1] is '"' or '“')
                && k + 1 < end && !char.IsWhiteSpace(body[k + 1]);
            if (opens) inner++;
            else if (k > from && IsEndPunct(body[k - 1]) && (k + 1 == end || char.IsWhiteSpace(body[k + 1])))
            {
                if (inner == 0) return k;
                inner--;
            }
            // “…,’’ doubled: the second mark closes, the pair standing for a double one
            else if (inner == 0 && k > from && IsEndPunct(body[k - 1]) && k + 1 < end && body[k + 1] == body[k]
                && (k + 2 == end || char.IsWhiteSpace(body[k + 2])))
                return k + 1;
        }
        return -1;
    }

    /// <summary>
    /// A doubled single mark closing a double quotation before the double mark found to close it ("…a sale.'' X said "It went
    /// well."): the later mark belongs to another quotation. Only the doubled close counts here, a single one may end a quotation
    /// nested inside. The second mark's index, or null.
    /// </summary>
    private static int? DoubledSingleClose(string body, int from, int to)
    {
        int k = SingleMarkClose(body, from, to);
        return k > from && body[k] == body[k - 1] ? k : null;
    }

    /// <summary>The other closing mark a double quotation is found closed with when its own is missing.</summary>
    private static char? MixedClose(char close) => close switch { '”' => '"', '"' => '”', _ => null };

    private static int FirstNonSpace(string body, Paragraph p)
    {
        int i = p.Start;
        while (i < p.End && char.IsWhiteSpace(body[i])) i++;
        return i;
    }

    private static bool IsOpening(string body, int i, Paragraph p, char mark)
    {
        char before = i > p.Start ? body[i - 1] : ' ';
        char after = i + 1 < p.End ? body[i + 1] : ' ';
        // French sets a space inside its guillemets (« le marché »): « and a space open after a space, a bracket or a colon (German's
        // »…« closes with « right after its words: "»Halt!« Die …")
        if (mark == '«' && char.IsWhiteSpace(after)) return char.IsWhiteSpace(before) || i == p.Start || before is '(' or '[' or ':';
        if (char.IsWhiteSpace(after))
        {
            // a stray space inside the mark ("he told Cook. \" You guys ..."): an opening only after a sentence's end
            int prev = i - 1;
            while (prev >= p.Start && body[prev] == ' ') prev--;
            bool afterSentence = prev < p.Start || body[prev] is '.' or '!' or '?' or ':';
            return char.IsWhiteSpace(before) | i == p.Start && afterSentence && after == ' ' && i + 2 < p.End && char.IsUpper(body[i + 2]);
        }
        if (mark is '‘' or '"') return char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or ':' or '“' || i == p.Start;
        return !char.IsLetterOrDigit(before) || mark is '“' or '«' or '„';
    }

    private static int FindClose(string body, int from, int end, char open, char close)
    {
        for (int k = from; k < end; k++)
        {
            char c = body[k];
            if (c != close) continue;
            char before = body[k - 1];
            char after = k + 1 < end ? body[k + 1] : ' ';
            if (close is '’' or '"')
            {
                // an apostrophe ("Meta’s", "investors’ money") is not a closing mark
                if (char.IsLetterOrDigit(after)) continue;
                if (close == '’' && before == 's' && k + 1 < end && after == ' '
                    && !IsEndPunct(body[k - 1])) { if (k + 2 < end && char.IsLower(body[k + 2])) continue; }
                // a stray space before the mark closes only after the quotation's own end ("ourselves? \" she wrote")
                if (char.IsWhiteSpace(before)
                    && !(k >= 2 && body[k - 2] is '.' or ',' or '!' or '?' && char.IsWhiteSpace(after) && k + 2 < end && char.IsLower(body[k + 2]))) continue;
            }
            return k;
        }
        return -1;
    }

    /// <summary>
    /// What stands around a quotation: where its closing mark ends, its paragraph's bounds, up to 160 characters of the paragraph
    /// after the mark, and the quoted words without trailing space.
    /// </summary>
    private readonly record struct Around(int CloseEnd, int PStart, int PEnd, string After, string Quoted)
    {
        /// <summary>The quotation hands over to the clause after it with a comma ("“…,” she said", "“…”, she said").</summary>
        public bool CommaHandOver => Quoted.EndsWith(',') || After.StartsWith(',');

        /// <summary>The quotation ends a sentence of its own: ".", "!" or "?" before the closing mark.</summary>
        public bool EndsSentence => Quoted.Length > 0 && Quoted[^1] is '.' or '!' or '?';
    }

    private static Around Surroundings(string body, QuotedSpan s, IReadOnlyList<Paragraph> paragraphs)
    {
        int closeEnd = s.CloseAt >= 0 ? s.CloseAt + 1 : s.End;
        var para = paragraphs.FirstOrDefault(p => p.Start <= s.Start && s.Start < p.End);
        int pEnd = para.End == 0 ? body.Length : para.End;
        return new Around(closeEnd, para.Start, pEnd, WithoutTitleMarks(body.Substring(closeEnd, Math.Min(160, Math.Max(0, pEnd - closeEnd)))),
            body[s.Start..s.End].TrimEnd());
    }

    /// <summary>
    /// The clause after a quotation with the marks around a title set in it blanked out ("the “Tarn Bay” actor said" reads as "the
    /// Tarn Bay actor said"): a title of up to four capitalised words is part of a description of the speaker, not a quotation.
    /// Spaces replace the marks, so offsets into the clause stay offsets into the text.
    /// </summary>
    private static string WithoutTitleMarks(string after)
    {
        if (after.AsSpan().IndexOfAny('"', '“') < 0) return after;
        return QuotedTitle().Replace(after, m => " " + m.Groups[1].Value + " ");
    }

    [GeneratedRegex(@"[""“](\p{Lu}[\p{L}\p{N}'’.-]*(?: \p{Lu}[\p{L}\p{N}'’.-]*){0,3})[""”]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedTitle();
}
