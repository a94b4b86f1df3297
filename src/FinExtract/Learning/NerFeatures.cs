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
        NerDocumentContext? document = null)
    {
        var isGivenName = lex.IsGivenName;
        string w = words[i], lower = w.ToLowerInvariant(), shape = Shape(w);
        var f = new List<int>(24)
        {
            Hash("b"), Hash("w=" + w), Hash("l=" + lower), Hash("s=" + shape), Hash("p3=" + Prefix(lower, 3)), Hash("x3=" + Suffix(lower, 3)),
            Hash("x2=" + Suffix(lower, 2)), Hash("x4=" + Suffix(lower, 4)), Hash("p2=" + Prefix(lower, 2)),
        };
        for (int d = -2; d <= 2; d++)
        {
            if (d == 0) continue;
            int j = i + d;
            string n = j < 0 ? "<s>" : j >= words.Count ? "</s>" : words[j].ToLowerInvariant();
            string ns = j < 0 || j >= words.Count ? "-" : Shape(words[j]);
            f.Add(Hash($"w{d}={n}"));
            f.Add(Hash($"s{d}={ns}"));
            if (d is -1 or 1) f.Add(Hash($"ws{d}={shape}|{ns}"));
        }
        if (i == 0) f.Add(Hash("first"));
        if (capsSentence) f.Add(Hash("caps-sentence|" + shape));
        if (isGivenName(w)) f.Add(Hash("given"));
        if (i > 0 && isGivenName(words[i - 1])) f.Add(Hash("prev-given"));
        for (int d = -1; d <= 1; d++)
        {
            int j = i + d;
            if (j < 0 || j >= words.Count) continue;
            string types = lex.GazetteerTypes(words[j]);
            if (types.Length > 0) f.Add(Hash($"gaz{d}={types}|{(char.IsUpper(words[j][0]) ? "C" : "c")}"));
        }
        for (int d = -1; d <= 1; d++)
        {
            int j = i + d;
            int c = j < 0 || j >= words.Count ? -2 : lex.Cluster(words[j]);
            if (c != -1) f.Add(Hash($"c{d}={c}"));
        }
        if (votes != null) AddVotes(f, votes, i, shape);
        document?.Add(f, words, i);
        return f.ToArray();
    }

    /// <summary>
    /// The rules' votes: "B-ORG|gazetteer.companies" on a word is the tag the stage's mention gives it and the rule that
    /// made the mention; "" is no mention. The tag alone, with the rule, with the word's shape, and the neighbours' tags.
    /// </summary>
    private static void AddVotes(List<int> f, IReadOnlyList<string> votes, int i, string shape)
    {
        string v = votes[i], tag = VoteTag(v);
        f.Add(Hash("v0=" + tag));
        f.Add(Hash("v0s=" + tag + "|" + shape));
        if (v.Length > 0) f.Add(Hash("v0r=" + v));
        string before = i > 0 ? VoteTag(votes[i - 1]) : "<s>", after = i + 1 < votes.Count ? VoteTag(votes[i + 1]) : "</s>";
        f.Add(Hash("v-1=" + before));
        f.Add(Hash("v+1=" + after));
        f.Add(Hash($"v3={before}|{tag}|{after}"));
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

    private static string Prefix(string s, int n) => s.Length <= n ? s : s[..n];
    private static string Suffix(string s, int n) => s.Length <= n ? s : s[^n..];

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
