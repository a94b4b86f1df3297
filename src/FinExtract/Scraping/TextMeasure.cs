namespace FinExtract.Scraping;

/// <summary>
/// How much text a string holds, in any script. Chinese, Japanese and Korean write a word in one to three
/// characters without spaces, so a character of theirs counts as <see cref="DenseWeight"/> Latin characters
/// (about an English word with its space); their sentences end in 。！？ and their commas are ，、.
/// </summary>
internal static class TextMeasure
{
    /// <summary>What one CJK character counts for against thresholds set in Latin characters.</summary>
    public const int DenseWeight = 3;

    /// <summary>True for a Han, Hiragana, Katakana or Hangul character.</summary>
    public static bool IsDense(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF'
            or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>The length with dense characters weighted.</summary>
    public static int EffectiveLength(string s)
    {
        int n = s.Length;
        foreach (char c in s) if (IsDense(c)) n += DenseWeight - 1;
        return n;
    }

    /// <summary>
    /// Sentence-ending punctuation in any script: Latin and CJK, the Devanagari danda (Hindi, Marathi, Nepali, Bengali),
    /// the Arabic and Urdu question mark and full stop, Armenian, Ethiopic, Myanmar, Khmer and Tibetan stops, and the
    /// closing quotes and brackets a sentence can end in. Guillemets and the German low-high quotes are not here: they
    /// close a sentence only when their opening mark comes first (<see cref="EndsSentenceAt"/>), since "Read more »" is a link.
    /// </summary>
    public static bool IsSentenceEnd(char c) =>
        c is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ')' or ';' or '。' or '！' or '？' or '」' or '』' or '）' or '…'
            or '．' or '｡' or '।' or '॥' or '؟' or '۔' or '։' or '።' or '፧' or '။' or '។' or '།' or '‼' or '‽';

    /// <summary>
    /// Whether the character at <paramref name="i"/> ends a sentence: <see cref="IsSentenceEnd"/>, or a closing quote
    /// whose opening mark comes earlier in the text (French and Russian «…», Danish and German »…«, German „…“, ‹…›).
    /// </summary>
    public static bool EndsSentenceAt(string t, int i)
    {
        char open = t[i] switch { '»' => '«', '«' => '»', '“' => '„', '›' => '‹', '‹' => '›', _ => '\0' };
        return IsSentenceEnd(t[i]) || (open != '\0' && i > 0 && t.LastIndexOf(open, i - 1) >= 0);
    }

    /// <summary>Commas in Latin and CJK text.</summary>
    public static bool IsComma(char c) => c is ',' or '，' or '、';

    /// <summary>True when the text holds a word break: a space, or dense script (which needs none).</summary>
    public static bool HasWordBreaks(string s) => s.Contains(' ') || s.Any(IsDense);
}
