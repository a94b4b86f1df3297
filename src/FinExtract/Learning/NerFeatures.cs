namespace FinExtract.Learning;

/// <summary>What the recogniser's features look words up in: the given names, the gazetteers' words and the word classes.</summary>
public sealed record NerLexicons(Func<string, bool> IsGivenName, Func<string, string> GazetteerTypes)
{
    /// <summary>A word's class learned from unlabelled text (<see cref="WordClusters"/>); -1 for none.</summary>
    public Func<string, int> Cluster { get; init; } = _ => -1;

    /// <summary>SHA-256 of the word-clusters file <see cref="Cluster"/> reads ("" for none): the model's card records it.</summary>
    public string ClustersSha256 { get; init; } = "";

    /// <summary>No lexicons.</summary>
    public static NerLexicons None { get; } = new(_ => false, _ => "");

    /// <summary>What a word's features read of it, looked up once per word form and kept (up to <see cref="CacheLimit"/> forms).</summary>
    internal sealed record WordInfo(string Lower, string Shape, bool Given, string Gazetteer, int Cluster, int[] Own);

    /// <summary>How many word forms the lookup cache keeps: beyond it, words are looked up each time (the same result).</summary>
    public const int CacheLimit = 200_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, WordInfo> _cache = new(StringComparer.Ordinal);

    internal WordInfo Info(string word)
    {
        if (_cache.TryGetValue(word, out var info)) return info;
        string lower = word.ToLowerInvariant();
        info = new WordInfo(lower, NerFeatures.Shape(word), IsGivenName(word), GazetteerTypes(word), Cluster(word), NerFeatures.Own(word, lower));
        if (_cache.Count < CacheLimit) _cache.TryAdd(word, info);
        return info;
    }
}

/// <summary>
/// The features of one token for the entity recogniser, hashed into <see cref="Buckets"/> slots: the word and
/// its lower case, its shape, prefixes and suffixes, the two words and shapes on each side, its place in the
/// sentence, whether the sentence is written in capitals, whether it is a given name the project lists, and
/// the types of the gazetteer names it and its neighbours are part of (as evidence the model weighs, not a decision),
/// the word classes of it and its neighbours learned from in-domain text,
/// and the votes of the entity stage's rules and heuristics on it and its neighbours: the tag their mention gives the
/// word ("B-ORG") alone and with the rule id, so the model learns how far to trust each rule.
/// </summary>
public static class NerFeatures
{
    /// <summary>The version of these features, written on the model card and checked at load.</summary>
    public const string Version = "4";

    /// <summary>Hash slots (2^18): the model keeps one weight a slot and tag.</summary>
    public const int Buckets = 1 << 18;

    /// <summary>The hashed feature slots of token <paramref name="i"/> of a sentence (duplicates possible).</summary>
    public static int[] For(IReadOnlyList<string> words, int i, bool capsSentence, NerLexicons lex, IReadOnlyList<string>? votes = null,
        NerDocumentContext? document = null) => ForSentence(words, capsSentence, lex, votes, document)[i];

    /// <summary>What is looked up once per word of a sentence, then read by its own features and its neighbours'.</summary>
    private sealed class SentenceWords
    {
        public SentenceWords(IReadOnlyList<string> words, NerLexicons lex, IReadOnlyList<string>? votes)
        {
            int n = words.Count;
            Words = words;
            Info = new NerLexicons.WordInfo[n];
            Tags = new string[n];
            for (int i = 0; i < n; i++)
            {
                Info[i] = lex.Info(words[i]);
                Tags[i] = votes == null ? "" : VoteTag(votes[i]);
            }
        }

        public IReadOnlyList<string> Words { get; }
        public NerLexicons.WordInfo[] Info { get; }
        public string[] Tags { get; }
    }

    /// <summary>FNV-1a over a feature's parts as if they were one string, so no string is built for it.</summary>
    private struct Fnv
    {
        private uint _h;

        public static Fnv Of(string s) => new Fnv { _h = 2166136261 }.Add(s);

        public Fnv Add(string s)
        {
            foreach (char c in s) _h = (_h ^ c) * 16777619;
            return this;
        }

        public Fnv Add(ReadOnlySpan<char> s)
        {
            foreach (char c in s) _h = (_h ^ c) * 16777619;
            return this;
        }

        public Fnv Add(char c)
        {
            _h = (_h ^ c) * 16777619;
            return this;
        }

        /// <summary>An integer written in decimal, as string interpolation writes it.</summary>
        public Fnv Add(int v)
        {
            if (v < 0) { Add('-'); v = -v; }
            Span<char> digits = stackalloc char[11];
            int k = digits.Length;
            do { digits[--k] = (char)('0' + v % 10); v /= 10; } while (v > 0);
            return Add(digits[k..]);
        }

        public readonly int Slot => (int)(_h % Buckets);
    }

    /// <summary>The hashed feature slots of every word of a sentence (duplicates possible).</summary>
    public static int[][] ForSentence(IReadOnlyList<string> words, bool capsSentence, NerLexicons lex, IReadOnlyList<string>? votes = null,
        NerDocumentContext? document = null)
    {
        var result = new int[words.Count][];
        EachWord(words, capsSentence, lex, votes, document, (i, f) => result[i] = f.ToArray());
        return result;
    }

    /// <summary>Hands the feature slots of each word of a sentence to <paramref name="use"/>, in one list reused from word to word.</summary>
    public static void EachWord(IReadOnlyList<string> words, bool capsSentence, NerLexicons lex, IReadOnlyList<string>? votes,
        NerDocumentContext? document, Action<int, List<int>> use)
    {
        var sw = new SentenceWords(words, lex, votes);
        var f = new List<int>(64);
        for (int i = 0; i < words.Count; i++)
        {
            f.Clear();
            WordFeatures(f, sw, i, capsSentence);
            if (votes != null) AddVotes(f, sw, votes[i], i);
            document?.Add(f, words, i);
            use(i, f);
        }
    }

    private static readonly int Bias = Hash("b"), First = Hash("first"), GivenSlot = Hash("given"), PrevGiven = Hash("prev-given");

    /// <summary>The features of a word that depend on it alone: the word, its lower case, shape, prefixes and suffixes.</summary>
    internal static int[] Own(string w, string lower) => new[]
    {
        Bias, Fnv.Of("w=").Add(w).Slot, Fnv.Of("l=").Add(lower).Slot, Fnv.Of("s=").Add(Shape(w)).Slot, Fnv.Of("p3=").Add(Prefix(lower, 3)).Slot,
        Fnv.Of("x3=").Add(Suffix(lower, 3)).Slot, Fnv.Of("x2=").Add(Suffix(lower, 2)).Slot, Fnv.Of("x4=").Add(Suffix(lower, 4)).Slot,
        Fnv.Of("p2=").Add(Prefix(lower, 2)).Slot,
    };

    private static void WordFeatures(List<int> f, SentenceWords sw, int i, bool capsSentence)
    {
        var info = sw.Info;
        string shape = info[i].Shape;
        int n = sw.Words.Count;
        f.AddRange(info[i].Own);
        for (int d = -2; d <= 2; d++)
        {
            if (d == 0) continue;
            int j = i + d;
            string nw = j < 0 ? "<s>" : j >= n ? "</s>" : info[j].Lower;
            string ns = j < 0 || j >= n ? "-" : info[j].Shape;
            f.Add(Fnv.Of("w").Add(d).Add('=').Add(nw).Slot);
            f.Add(Fnv.Of("s").Add(d).Add('=').Add(ns).Slot);
            if (d is -1 or 1) f.Add(Fnv.Of("ws").Add(d).Add('=').Add(shape).Add('|').Add(ns).Slot);
        }
        if (i == 0) f.Add(First);
        if (capsSentence) f.Add(Fnv.Of("caps-sentence|").Add(shape).Slot);
        if (info[i].Given) f.Add(GivenSlot);
        if (i > 0 && info[i - 1].Given) f.Add(PrevGiven);
        for (int d = -1; d <= 1; d++)
        {
            int j = i + d;
            if (j < 0 || j >= n || info[j].Gazetteer.Length == 0) continue;
            f.Add(Fnv.Of("gaz").Add(d).Add('=').Add(info[j].Gazetteer).Add('|').Add(char.IsUpper(sw.Words[j][0]) ? 'C' : 'c').Slot);
        }
        for (int d = -1; d <= 1; d++)
        {
            int j = i + d;
            int c = j < 0 || j >= n ? -2 : info[j].Cluster;
            if (c != -1) f.Add(Fnv.Of("c").Add(d).Add('=').Add(c).Slot);
        }
    }

    /// <summary>
    /// The rules' votes: "B-ORG|gazetteer.companies" on a word is the tag the stage's mention gives it and the rule that
    /// made the mention; "" is no mention. The tag alone, with the rule, with the word's shape, and the neighbours' tags.
    /// </summary>
    private static void AddVotes(List<int> f, SentenceWords sw, string vote, int i)
    {
        string tag = sw.Tags[i], shape = sw.Info[i].Shape;
        f.Add(Fnv.Of("v0=").Add(tag).Slot);
        f.Add(Fnv.Of("v0s=").Add(tag).Add('|').Add(shape).Slot);
        if (vote.Length > 0) f.Add(Fnv.Of("v0r=").Add(vote).Slot);
        string before = i > 0 ? sw.Tags[i - 1] : "<s>", after = i + 1 < sw.Tags.Length ? sw.Tags[i + 1] : "</s>";
        f.Add(Fnv.Of("v-1=").Add(before).Slot);
        f.Add(Fnv.Of("v+1=").Add(after).Slot);
        f.Add(Fnv.Of("v3=").Add(before).Add('|').Add(tag).Add('|').Add(after).Slot);
    }

    private static string VoteTag(string vote)
    {
        if (vote.Length == 0) return "O";
        int bar = vote.IndexOf('|');
        return bar < 0 ? vote : vote[..bar];
    }

    /// <summary>"Xxxx", "XX", "dd.d", "Xx-xx": runs of one character class written once.</summary>
    public static string Shape(string w)
    {
        var sb = new System.Text.StringBuilder(6);
        char last = '\0';
        foreach (char c in w)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k != last) sb.Append(k);
            last = k;
            if (sb.Length >= 6) break;
        }
        return sb.ToString();
    }

    private static ReadOnlySpan<char> Prefix(string s, int n) => s.Length <= n ? s : s.AsSpan(0, n);
    private static ReadOnlySpan<char> Suffix(string s, int n) => s.Length <= n ? s : s.AsSpan(s.Length - n);

    /// <summary>FNV-1a into the slots: the same on every machine and run.</summary>
    public static int Hash(string s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return (int)(h % Buckets);
    }

    /// <summary>Whether a sentence is written in capitals (a headline, a dateline): then case says little.</summary>
    public static bool IsCapsSentence(IReadOnlyList<string> words)
    {
        int letters = 0, upper = 0;
        foreach (var w in words)
            foreach (char c in w)
                if (char.IsLetter(c)) { letters++; if (char.IsUpper(c)) upper++; }
        return letters >= 12 && upper * 10 >= letters * 8;
    }
}

/// <summary>
/// What the rest of the document says about a word: whether it is also written in lower case (a common word
/// capitalised at a sentence start or in a title), whether it is capitalised mid-sentence elsewhere (a name at a
/// sentence start), and the types the rules gave its other mentions.
/// </summary>
public sealed class NerDocumentContext
{
    private readonly HashSet<string> _lower = new(StringComparer.Ordinal);
    private readonly HashSet<string> _midCaps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _voted = new(StringComparer.Ordinal);

    /// <summary>Reads a document's sentences: their words and, when given, the rules' votes on them.</summary>
    public NerDocumentContext(IEnumerable<(IReadOnlyList<string> Words, IReadOnlyList<string>? Votes)> sentences)
    {
        foreach (var (words, votes) in sentences)
            for (int i = 0; i < words.Count; i++)
            {
                string w = words[i];
                if (w.Length == 0 || !char.IsLetter(w[0])) continue;
                if (char.IsLower(w[0])) _lower.Add(w);
                else if (i > 0) _midCaps.Add(w);
                if (votes == null || votes[i].Length < 3) continue;
                int bar = votes[i].IndexOf('|');
                string type = votes[i][2..(bar < 0 ? votes[i].Length : bar)];
                if (!_voted.TryGetValue(w, out var set)) _voted[w] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.Add(type);
            }
    }

    /// <summary>The document features of word <paramref name="i"/> of a sentence.</summary>
    public void Add(List<int> f, IReadOnlyList<string> words, int i)
    {
        string w = words[i];
        if (w.Length == 0 || !char.IsUpper(w[0])) return;
        if (_lower.Contains(w.ToLowerInvariant())) f.Add(NerFeatures.Hash("doc-lower"));
        if (i == 0 && _midCaps.Contains(w)) f.Add(NerFeatures.Hash("doc-midcaps"));
        if (_voted.TryGetValue(w, out var types)) f.Add(NerFeatures.Hash("doc-vote=" + string.Join('+', types)));
    }
}
