using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FinExtract.Learning;

/// <summary>
/// Word classes learned from unlabelled text by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney
/// 1998): words are moved between a fixed number of classes while that raises the likelihood of a class-bigram model
/// of the text, so words that occur between the same kinds of neighbours share a class ("Ltd" with "Inc", "Tuesday"
/// with "Friday", surnames with surnames). Brown clustering optimises the same objective bottom-up; the exchange
/// algorithm reaches a comparable clustering in a few passes over the vocabulary. The recogniser reads a word's class
/// and its neighbours' as features, which carry what in-domain text says about words the annotated corpora rarely show.
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<string, int> _classes;

    private WordClusters(Dictionary<string, int> classes, string sha256 = "")
    {
        _classes = classes;
        Sha256Hash = sha256;
    }

    /// <summary>SHA-256 of the file the clusters were read from ("" for clusters not read from a file): a recogniser's card names it.</summary>
    public string Sha256Hash { get; }

    /// <summary>How many words have a class.</summary>
    public int Count => _classes.Count;

    /// <summary>The class of a word as written, else of its lower case; -1 for a word the text did not show often enough.</summary>
    public int ClassOf(string word) =>
        _classes.TryGetValue(word, out int c) ? c : _classes.TryGetValue(word.ToLowerInvariant(), out c) ? c : -1;

    /// <summary>Whether the text the clusters were learned from wrote this capitalised word in lower case often enough to class it:
    /// a common word ("Employees", "Tickets"), not a name.</summary>
    public bool SeenInLowerCase(string word)
    {
        string lower = word.ToLowerInvariant();
        return lower != word && _classes.ContainsKey(lower);
    }

    /// <summary>Reads a clusters file: "word TAB class" lines after a header line.</summary>
    public static WordClusters Load(string path)
    {
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        int line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            if (line++ == 0 || raw.Length == 0) continue;
            int tab = raw.IndexOf('\t');
            if (tab <= 0 || !int.TryParse(raw.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int c))
                throw new InvalidDataException($"{path}:{line}: expected WORD<TAB>CLASS");
            classes[raw[..tab]] = c;
        }
        return new WordClusters(classes, Sha256(path));
    }

    /// <summary>Writes the clusters file, words in ordinal order, so the same clustering gives the same bytes.</summary>
    public void Save(string path)
    {
        var sb = new StringBuilder("word\tclass\n");
        foreach (var (w, c) in _classes.OrderBy(kv => kv.Key, StringComparer.Ordinal)) sb.Append(w).Append('\t').Append(c).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }

    /// <summary>SHA-256 of a file, as cards name their inputs.</summary>
    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>
    /// Clusters the words of <paramref name="sentences"/> seen at least <paramref name="minCount"/> times into
    /// <paramref name="classes"/> classes by <paramref name="passes"/> passes of the exchange algorithm.
    /// </summary>
    public static WordClusters Train(IEnumerable<IReadOnlyList<string>> sentences, int classes = 256, int minCount = 3, int passes = 8,
        Action<string>? progress = null)
    {
        var text = sentences.ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in text) foreach (var w in s) counts[w] = counts.GetValueOrDefault(w) + 1;
        // index 0: sentence boundary, 1: a word seen too rarely; both stay in classes of their own
        var vocab = counts.Where(kv => kv.Value >= minCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < vocab.Count; i++) index[vocab[i]] = i + 2;
        var exchange = new Exchange(vocab.Count + 2, classes + 2);
        foreach (var s in text)
        {
            int prev = 0;
            foreach (var w in s) { int id = index.GetValueOrDefault(w, 1); exchange.AddBigram(prev, id); prev = id; }
            exchange.AddBigram(prev, 0);
        }
        var cls = exchange.Run(passes, progress);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < vocab.Count; i++) result[vocab[i]] = cls[i + 2] - 2;
        return new WordClusters(result);
    }

    /// <summary>The exchange algorithm over word ids; ids 0 and 1 are fixed in classes 0 and 1.</summary>
    private sealed class Exchange
    {
        private readonly int _classes;
        private readonly Dictionary<int, int>[] _right, _left;
        private readonly long[] _count;
        private readonly int[] _class;

        public Exchange(int words, int classes)
        {
            _classes = classes;
            _right = new Dictionary<int, int>[words];
            _left = new Dictionary<int, int>[words];
            for (int i = 0; i < words; i++) { _right[i] = new(); _left[i] = new(); }
            _count = new long[words];
            _class = new int[words];
            for (int i = 0; i < words; i++) _class[i] = i < 2 ? i : 2 + (i - 2) % (classes - 2);
        }

        public void AddBigram(int a, int b)
        {
            _right[a][b] = _right[a].GetValueOrDefault(b) + 1;
            _left[b][a] = _left[b].GetValueOrDefault(a) + 1;
            _count[b]++;
        }

        private static double F(long x) => x <= 0 ? 0 : x * Math.Log(x);

        public int[] Run(int passes, Action<string>? progress)
        {
            var pair = new long[_classes, _classes];
            var size = new long[_classes];
            for (int a = 0; a < _right.Length; a++)
            {
                size[_class[a]] += _count[a];
                foreach (var (b, n) in _right[a]) pair[_class[a], _class[b]] += n;
            }
            var toClass = new long[_classes];
            var fromClass = new long[_classes];
            for (int pass = 0; pass < passes; pass++)
            {
                int moved = 0;
                for (int w = 2; w < _right.Length; w++)
                    if (Move(w, pair, size, toClass, fromClass)) moved++;
                progress?.Invoke($"pass {pass + 1}: {moved} words moved");
                if (moved == 0) break;
            }
            return _class;
        }

        /// <summary>Takes word w out of its class and puts it in the class that gains the most likelihood.</summary>
        private bool Move(int w, long[,] pair, long[] size, long[] toClass, long[] fromClass)
        {
            int old = _class[w];
            Array.Clear(toClass);
            Array.Clear(fromClass);
            long self = _right[w].GetValueOrDefault(w);
            foreach (var (b, n) in _right[w]) if (b != w) toClass[_class[b]] += n;     // w followed by class c
            foreach (var (a, n) in _left[w]) if (a != w) fromClass[_class[a]] += n;    // class c followed by w
            var touched = new List<int>();
            for (int c = 0; c < _classes; c++) if (toClass[c] != 0 || fromClass[c] != 0) touched.Add(c);
            // remove w from its class
            foreach (int c in touched) { pair[old, c] -= toClass[c]; pair[c, old] -= fromClass[c]; }
            pair[old, old] -= self;
            size[old] -= _count[w];
            int best = old;
            double bestGain = double.NegativeInfinity;
            for (int k = 2; k < _classes; k++)
            {
                double gain = 0;
                foreach (int c in touched)
                {
                    if (c == k) continue;
                    gain += F(pair[k, c] + toClass[c]) - F(pair[k, c]) + F(pair[c, k] + fromClass[c]) - F(pair[c, k]);
                }
                gain += F(pair[k, k] + toClass[k] + fromClass[k] + self) - F(pair[k, k]);
                gain -= 2 * (F(size[k] + _count[w]) - F(size[k]));
                if (gain > bestGain + 1e-9) { bestGain = gain; best = k; }
            }
            foreach (int c in touched) { pair[best, c] += toClass[c]; pair[c, best] += fromClass[c]; }
            pair[best, best] += self;
            size[best] += _count[w];
            _class[w] = best;
            return best != old;
        }
    }
}

/// <summary>The unlabelled text word clusters are learned from: plain-text files and the text of IOB2 files, as the segmenter splits it.</summary>
public static class ClusterCorpus
{
    /// <summary>
    /// The sentences of a file as the segmenter's words: a .txt as it is, an .iob2 file's documents written out as text
    /// (those <paramref name="skip"/> names left out).
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> Sentences(string path, Func<string, int, bool>? skip = null)
    {
        var texts = path.EndsWith(".iob2", StringComparison.OrdinalIgnoreCase)
            ? NerCorpus.Documents(path).Where(d => skip == null || !skip(Path.GetFileName(path), d.Index)).Select(d => d.Text)
            : new[] { File.ReadAllText(path) };
        foreach (var text in texts)
        {
            var article = NerCorpus.Segmented(text);
            foreach (var s in article.Sentences)
                if (s.TokenCount > 0) yield return NerCorpus.Words(text, article.Tokens, s);
        }
    }
}
