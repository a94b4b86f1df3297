namespace FinExtract.Entities;

/// <summary>The entity stage's searches of the whole text for a word, remembered for the article being read.</summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// The answers of the whole-text word searches (<see cref="Occurrences"/>, <see cref="NamedAsSurname"/>,
    /// <see cref="WrittenAsCommonWord"/>, <see cref="CountedSomewhere"/>) for the article this thread reads: the stage asks about
    /// one word many times (each run it heads, each mention it links), and each search reads the whole text, so a long text cost its names times its length. An
    /// article is read on one thread from start to end; the memo starts afresh when the text changes, and a search that reads a
    /// stage's own lists (the given names) is remembered for that stage.
    /// </summary>
    private static class WordSearches
    {
        [ThreadStatic] private static string? _body;
        [ThreadStatic] private static Dictionary<(object Owner, int Kind, string Word), int>? _memo;

        public const int Occurrences = 0, NamedAsSurname = 1, WrittenAsCommonWord = 2, CountedSomewhere = 3;

        public static int Get<TOwner>(TOwner owner, string body, int kind, string word, Func<TOwner, string, string, int> search)
            where TOwner : class
        {
            if (_memo == null || !ReferenceEquals(body, _body))
            {
                _memo ??= new Dictionary<(object, int, string), int>();
                _memo.Clear();
                _body = body;
            }
            if (_memo.TryGetValue((owner, kind, word), out int known)) return known;
            int found = search(owner, body, word);
            _memo[(owner, kind, word)] = found;
            return found;
        }
    }

    /// <summary>Whether the article writes <paramref name="word"/> after a given name somewhere ("Marc Benioff" ... "told Benioff").</summary>
    private bool NamedAsSurname(string body, string word) => FirstNamedAsSurname(body, word) >= 0;

    /// <summary>Where the article first writes <paramref name="word"/> after a given name, or -1.</summary>
    private int FirstNamedAsSurname(string body, string word) =>
        WordSearches.Get(this, body, WordSearches.NamedAsSurname, word, static (stage, b, w) => stage.ScanNamedAsSurname(b, w));

    private int ScanNamedAsSurname(string body, string word)
    {
        for (int k = NextOf(body, word, 0); k >= 0; k = NextOf(body, word, k + word.Length))
        {
            if (k < 2 || body[k - 1] != ' ') continue;
            int w = k - 1;
            while (w > 0 && (char.IsLetter(body[w - 1]) || body[w - 1] == '.')) w--;
            if (w < k - 1 && _givenNames.Contains(body[w..(k - 1)].TrimEnd('.'))) return k;
        }
        return -1;
    }

    /// <summary>
    /// Where <paramref name="word"/> next stands in the body from <paramref name="from"/>, or -1; an empty word (a token of dots
    /// only) stands nowhere, since IndexOf would find it at every position and a search loop would never advance.
    /// </summary>
    private static int NextOf(string body, string word, int from) =>
        word.Length == 0 ? -1 : body.IndexOf(word, from, StringComparison.Ordinal);

    /// <summary>How often (0, 1 or 2 for more) a word stands in the text as a whole word.</summary>
    private static int Occurrences(string body, string word) =>
        WordSearches.Get(string.Empty, body, WordSearches.Occurrences, word, static (_, b, w) => CountOccurrences(b, w));

    private static int CountOccurrences(string body, string word)
    {
        int n = 0;
        for (int k = NextOf(body, word, 0); k >= 0 && n < 2; k = NextOf(body, word, k + word.Length))
            if (IsWholeWordAt(body, k, word.Length)) n++;
        return n;
    }

    /// <summary>Whether the characters at <paramref name="k"/> stand as a whole word (<see cref="Text.Words.IsWholeWordAt"/>).</summary>
    private static bool IsWholeWordAt(string body, int k, int length) => Text.Words.IsWholeWordAt(body, k, length);

    /// <summary>Whether the article writes <paramref name="lower"/> as a word of its prose: not in a web address or a handle ("sirius.com").</summary>
    private static bool WrittenAsCommonWord(string body, string lower) =>
        WordSearches.Get(string.Empty, body, WordSearches.WrittenAsCommonWord, lower, static (_, b, w) => ScanCommonWord(b, w) ? 1 : 0) == 1;

    private static bool ScanCommonWord(string body, string lower)
    {
        for (int k = NextOf(body, lower, 0); k >= 0; k = NextOf(body, lower, k + lower.Length))
        {
            int e = k + lower.Length;
            bool before = k == 0 || !char.IsLetterOrDigit(body[k - 1]) && body[k - 1] is not ('.' or '/' or '@' or '-' or '_' or ':' or '#');
            bool after = e >= body.Length || !char.IsLetterOrDigit(body[e]) && body[e] is not ('/' or '@' or '-' or '_')
                && !(body[e] == '.' && e + 1 < body.Length && char.IsLetterOrDigit(body[e + 1]));
            if (before && after) return true;
        }
        return false;
    }
}
