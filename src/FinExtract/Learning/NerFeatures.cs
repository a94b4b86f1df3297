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
    internal sealed record WordInfo(string Lower, ulong LowerHash, ulong ShapeHash, bool Given, ulong GazetteerHash, int Cluster, int[] Own);

    /// <summary>How many word forms the lookup cache keeps: beyond it, words are looked up each time (the same result).</summary>
    public const int CacheLimit = 200_000;

    private readonly Text.NameCache<WordInfo> _cache = new(CacheLimit);

    internal WordInfo Info(string word) => _cache.Get(word, Compute);

    private WordInfo Compute(string word)
    {
        string lower = word.ToLowerInvariant(), types = GazetteerTypes(word);
        ulong shape = NerFeatures.Text(NerFeatures.Shape(word));
        return new WordInfo(lower, NerFeatures.Text(lower), shape, IsGivenName(word), types.Length == 0 ? 0 : NerFeatures.Text(types), Cluster(word),
            NerFeatures.Own(word, lower, shape));
    }
}

/// <summary>
/// The features of one token for the entity recogniser, hashed into <see cref="Buckets"/> slots: the word and
/// its lower case, its shape, prefixes and suffixes, the two words and shapes on each side, its place in the
/// sentence, whether the sentence is written in capitals, whether it is a given name the project lists, and
/// the types of the gazetteer names it and its neighbours are part of (as evidence the model weighs, not a decision),
/// the word classes of it and its neighbours learned from in-domain text,
/// and the votes of the entity stage's rules and heuristics on it and its neighbours: the tag their mention gives the
/// word ("B-ORG") alone and with the rule id, so the model learns how far to trust each rule. Each text a feature reads
/// (a word, a shape, a tag) is hashed once; a feature's slot mixes the hash of its template with those, so a word
/// costs a few multiplications per feature.
/// </summary>
public static class NerFeatures
{
    /// <summary>The version of these features, written on the model card and checked at load.</summary>
    public const string Version = "5";

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
            Tags = new ulong[n];
            VoteHashes = new ulong[n];
            for (int i = 0; i < n; i++)
            {
                Info[i] = lex.Info(words[i]);
                if (votes == null) continue;
                Tags[i] = Text(VoteTag(votes[i]));
                VoteHashes[i] = Text(votes[i]);
            }
        }

        public IReadOnlyList<string> Words { get; }
        public NerLexicons.WordInfo[] Info { get; }
        public ulong[] Tags { get; }
        public ulong[] VoteHashes { get; }
    }

    /// <summary>
    /// Hands the feature slots of each word of a sentence (or of the words <paramref name="only"/> marks) to <paramref name="use"/>, in one
    /// list reused from word to word. A word's features read the whole sentence, so they are the same either way.
    /// </summary>
    public static void EachWord(IReadOnlyList<string> words, bool capsSentence, NerLexicons lex, IReadOnlyList<string>? votes,
        NerDocumentContext? document, Action<int, List<int>> use, bool[]? only = null)
    {
        var sw = new SentenceWords(words, lex, votes);
        var f = new List<int>(64);
        for (int i = 0; i < words.Count; i++)
        {
            if (only != null && !only[i]) continue;
            f.Clear();
            WordFeatures(f, sw, i, capsSentence);
            if (votes != null) AddVotes(f, sw, votes[i].Length > 0, i);
            document?.Add(f, words[i], sw.Info[i].Lower, i);
            use(i, f);
        }
    }

    /// <summary>
    /// The features of word <paramref name="i"/> of a sentence with readable names, in the order and with the slots
    /// <see cref="EachWord"/> gives them (a test holds the two together): what explain shows of a model's decision.
    /// </summary>
    public static List<(int Slot, string Name)> Describe(IReadOnlyList<string> words, int i, bool capsSentence, NerLexicons lex,
        IReadOnlyList<string>? votes, NerDocumentContext? document)
    {
        int[] slots = Array.Empty<int>();
        EachWord(words, capsSentence, lex, votes, document, (k, f) => { if (k == i) slots = f.ToArray(); });
        var names = new List<string> { "bias", "word " + words[i] };
        string lower = words[i].ToLowerInvariant();
        string Near(int j) => j < 0 ? "<s>" : j >= words.Count ? "</s>" : words[j].ToLowerInvariant();
        string ShapeAt(int j) => j < 0 || j >= words.Count ? "-" : Shape(words[j]);
        names.AddRange(new[] { "lower case " + lower, "shape " + Shape(words[i]), "prefix " + Prefix(lower, 3).ToString(),
            "suffix " + Suffix(lower, 3).ToString(), "suffix " + Suffix(lower, 2).ToString(), "suffix " + Suffix(lower, 4).ToString(),
            "prefix " + Prefix(lower, 2).ToString() });
        foreach (int d in new[] { -2, -1, 1, 2 })
        {
            names.Add($"word at {d:+0;-0} {Near(i + d)}");
            names.Add($"shape at {d:+0;-0} {ShapeAt(i + d)}");
            if (d is -1 or 1) names.Add($"shapes {ShapeAt(i)} and at {d:+0;-0} {ShapeAt(i + d)}");
        }
        if (i == 0) names.Add("first word");
        if (capsSentence) names.Add("sentence in capitals, shape " + Shape(words[i]));
        var info = words.Select(lex.Info).ToArray();
        if (info[i].Given) names.Add("a given name");
        if (i > 0 && info[i - 1].Given) names.Add("after a given name");
        for (int d = -1; d <= 1; d++)
            if (i + d >= 0 && i + d < words.Count && info[i + d].GazetteerHash != 0)
                names.Add($"gazetteer {lex.GazetteerTypes(words[i + d])} at {d:+0;-0}");
        for (int d = -1; d <= 1; d++)
            if ((i + d < 0 || i + d >= words.Count ? -2 : info[i + d].Cluster) is var c and not -1) names.Add($"word class {c} at {d:+0;-0}");
        if (votes != null) names.AddRange(VoteNames(votes, i));
        while (names.Count < slots.Length) names.Add("document: " + (document?.Describe(slots[names.Count]) ?? "?"));
        return slots.Select((slot, k) => (slot, names[k])).ToList();
    }

    private static IEnumerable<string> VoteNames(IReadOnlyList<string> votes, int i)
    {
        string tag = VoteTag(votes[i]), before = i > 0 ? VoteTag(votes[i - 1]) : "<s>", after = i + 1 < votes.Count ? VoteTag(votes[i + 1]) : "</s>";
        yield return "rules' vote " + tag;
        yield return "rules' vote " + tag + " on this shape";
        if (votes[i].Length > 0) yield return "rules' vote " + votes[i];
        yield return "rules' vote before " + before;
        yield return "rules' vote after " + after;
        yield return $"rules' votes {before} {tag} {after}";
    }

    /// <summary>The hashed feature slots of every word of a sentence (duplicates possible).</summary>
    public static int[][] ForSentence(IReadOnlyList<string> words, bool capsSentence, NerLexicons lex, IReadOnlyList<string>? votes = null,
        NerDocumentContext? document = null)
    {
        var result = new int[words.Count][];
        EachWord(words, capsSentence, lex, votes, document, (i, f) => result[i] = f.ToArray());
        return result;
    }

    /// <summary>The templates: one hash each, mixed with the hashes of what a feature reads.</summary>
    private static class T
    {
        public static readonly ulong Word = Text("w="), Lower = Text("l="), Shape = Text("s="), P2 = Text("p2="), P3 = Text("p3="),
            X2 = Text("x2="), X3 = Text("x3="), X4 = Text("x4="), First = Text("first"), Caps = Text("caps-sentence"), Given = Text("given"),
            PrevGiven = Text("prev-given"), V0 = Text("v0="), V0s = Text("v0s="), V0r = Text("v0r="), Vm1 = Text("v-1="), Vp1 = Text("v+1="),
            V3 = Text("v3="), Start = Text("<s>"), End = Text("</s>"), None = Text("-"), Upper = Text("C"), NotUpper = Text("c");
        public static readonly ulong[] Near = Offsets("w"), NearShape = Offsets("s"), ShapePair = Offsets("ws"), Gaz = Offsets("gaz"), Class = Offsets("c");

        private static ulong[] Offsets(string name) => new[] { -2, -1, 0, 1, 2 }.Select(d => Text(name + d + "=")).ToArray();
    }

    /// <summary>The features of a word that depend on it alone: the bias, the word, its lower case, shape, prefixes and suffixes.</summary>
    internal static int[] Own(string w, string lower, ulong shape) => new[]
    {
        Slot(Text("b")), Slot(T.Word, Text(w)), Slot(T.Lower, Text(lower)), Slot(T.Shape, shape), Slot(T.P3, Text(Prefix(lower, 3))),
        Slot(T.X3, Text(Suffix(lower, 3))), Slot(T.X2, Text(Suffix(lower, 2))), Slot(T.X4, Text(Suffix(lower, 4))), Slot(T.P2, Text(Prefix(lower, 2))),
    };

    private static void WordFeatures(List<int> f, SentenceWords sw, int i, bool capsSentence)
    {
        var info = sw.Info;
        ulong shape = info[i].ShapeHash;
        int n = sw.Words.Count;
        f.AddRange(info[i].Own);
        for (int d = -2; d <= 2; d++)
        {
            if (d == 0) continue;
            int j = i + d;
            ulong nw = j < 0 ? T.Start : j >= n ? T.End : info[j].LowerHash;
            ulong ns = j < 0 || j >= n ? T.None : info[j].ShapeHash;
            f.Add(Slot(T.Near[d + 2], nw));
            f.Add(Slot(T.NearShape[d + 2], ns));
            if (d is -1 or 1) f.Add(Slot(T.ShapePair[d + 2], shape, ns));
        }
        if (i == 0) f.Add(Slot(T.First));
        if (capsSentence) f.Add(Slot(T.Caps, shape));
        if (info[i].Given) f.Add(Slot(T.Given));
        if (i > 0 && info[i - 1].Given) f.Add(Slot(T.PrevGiven));
        for (int d = -1; d <= 1; d++)
        {
            int j = i + d;
            if (j < 0 || j >= n || info[j].GazetteerHash == 0) continue;
            f.Add(Slot(T.Gaz[d + 2], info[j].GazetteerHash, char.IsUpper(sw.Words[j][0]) ? T.Upper : T.NotUpper));
        }
        for (int d = -1; d <= 1; d++)
        {
            int j = i + d;
            int c = j < 0 || j >= n ? -2 : info[j].Cluster;
            if (c != -1) f.Add(Slot(T.Class[d + 2], (ulong)(c + 3)));
        }
    }

    /// <summary>
    /// The rules' votes: "B-ORG|gazetteer.companies" on a word is the tag the stage's mention gives it and the rule that
    /// made the mention; "" is no mention. The tag alone, with the rule, with the word's shape, and the neighbours' tags.
    /// </summary>
    private static void AddVotes(List<int> f, SentenceWords sw, bool voted, int i)
    {
        ulong tag = sw.Tags[i], shape = sw.Info[i].ShapeHash;
        f.Add(Slot(T.V0, tag));
        f.Add(Slot(T.V0s, tag, shape));
        if (voted) f.Add(Slot(T.V0r, sw.VoteHashes[i]));
        ulong before = i > 0 ? sw.Tags[i - 1] : T.Start, after = i + 1 < sw.Tags.Length ? sw.Tags[i + 1] : T.End;
        f.Add(Slot(T.Vm1, before));
        f.Add(Slot(T.Vp1, after));
        f.Add(Slot(T.V3, Mix(before, tag), after));
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
        Span<char> sb = stackalloc char[6];
        int len = 0;
        char last = '\0';
        foreach (char c in w)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k != last) sb[len++] = k;
            last = k;
            if (len >= 6) break;
        }
        return new string(sb[..len]);
    }

    private static ReadOnlySpan<char> Prefix(string s, int n) => s.Length <= n ? s : s.AsSpan(0, n);
    private static ReadOnlySpan<char> Suffix(string s, int n) => s.Length <= n ? s : s.AsSpan(s.Length - n);

    /// <summary>64-bit FNV-1a of a text: the same on every machine and run.</summary>
    public static ulong Text(ReadOnlySpan<char> s)
    {
        ulong h = 14695981039346656037;
        foreach (char c in s) h = (h ^ c) * 1099511628211;
        return h;
    }

    /// <summary>Two hashes into one (the 64-bit finaliser of MurmurHash3 over their combination).</summary>
    private static ulong Mix(ulong a, ulong b)
    {
        ulong h = a * 0x9E3779B97F4A7C15 ^ b;
        h ^= h >> 33; h *= 0xff51afd7ed558ccd; h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53; h ^= h >> 33;
        return h;
    }

    private static int Slot(ulong template) => (int)(Mix(template, 0) % Buckets);
    private static int Slot(ulong template, ulong a) => (int)(Mix(template, a) % Buckets);
    private static int Slot(ulong template, ulong a, ulong b) => (int)(Mix(Mix(template, a), b) % Buckets);

    /// <summary>The slot of a feature named by a text (the document features).</summary>
    public static int Hash(string s) => Slot(Text(s));

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

    private static readonly int LowerSlot = NerFeatures.Hash("doc-lower"), MidCapsSlot = NerFeatures.Hash("doc-midcaps");

    /// <summary>What a document feature's slot says, for explain.</summary>
    public string Describe(int slot) => slot == LowerSlot ? "also written in lower case" : slot == MidCapsSlot ? "capitalised mid-sentence elsewhere"
        : "the rules typed its other mentions " + (_votedSlots.FirstOrDefault(kv => kv.Value == slot).Key is { } w && _voted.TryGetValue(w, out var t)
            ? string.Join('+', t) : "?");
    private readonly Dictionary<string, int> _votedSlots = new(StringComparer.Ordinal);

    /// <summary>The document features of a word (its lower case given) at place <paramref name="i"/> of its sentence.</summary>
    public void Add(List<int> f, string word, string lower, int i)
    {
        if (word.Length == 0 || !char.IsUpper(word[0])) return;
        if (_lower.Contains(lower)) f.Add(LowerSlot);
        if (i == 0 && _midCaps.Contains(word)) f.Add(MidCapsSlot);
        if (_voted.TryGetValue(word, out var types))
        {
            if (!_votedSlots.TryGetValue(word, out int slot)) _votedSlots[word] = slot = NerFeatures.Hash("doc-vote=" + string.Join('+', types));
            f.Add(slot);
        }
    }
}
