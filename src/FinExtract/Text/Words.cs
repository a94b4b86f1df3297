namespace FinExtract.Text;

/// <summary>Whole-word searches of a text, shared by the stages (ordinal, no pattern built at run time).</summary>
public static class Words
{
    /// <summary>Whether the <paramref name="length"/> characters at <paramref name="k"/> stand as a whole word (no letter or digit either side).</summary>
    public static bool IsWholeWordAt(string text, int k, int length) =>
        (k == 0 || !char.IsLetterOrDigit(text[k - 1])) && (k + length >= text.Length || !char.IsLetterOrDigit(text[k + length]));

    /// <summary>Whether <paramref name="word"/> stands anywhere in <paramref name="text"/> as a whole word.</summary>
    public static bool Contains(string text, string word) => Contains(text, word, 0, text.Length);

    /// <summary>Whether <paramref name="word"/> stands as a whole word within [<paramref name="start"/>, <paramref name="end"/>) of the text.</summary>
    public static bool Contains(string text, string word, int start, int end)
    {
        if (word.Length == 0) return false;
        for (int k = text.IndexOf(word, start, end - start, StringComparison.Ordinal); k >= 0;
             k = text.IndexOf(word, k + 1, end - k - 1, StringComparison.Ordinal))
            if (IsWholeWordAt(text, k, word.Length)) return true;
        return false;
    }
}
