namespace FinExtract.Entities;

/// <summary>The entity stage's searches of the whole text for a word, remembered for the article being read.</summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// The answers of the whole-text word searches (<see cref="Occurrences"/>, <see cref="NamedAsSurname"/>,
    /// <see cref="WrittenAsCommonWord"/>) for the article this thread reads: the stage asks about one word many times (each run it
    /// heads, each mention it links), and each search reads the whole text, so a long text cost its names times its length. An
    /// article is read on one thread from start to end; the memo starts afresh when the text changes, and a search that reads a
    /// stage's own lists (the given names) is remembered for that stage.
    /// </summary>
    private static class WordSearches
    {
        [ThreadStatic] private static string? _body;
        [ThreadStatic] private static Dictionary<(object Owner, int Kind, string Word), int>? _memo;

        public const int Occurrences = 0, NamedAsSurname = 1, WrittenAsCommonWord = 2;

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
}
