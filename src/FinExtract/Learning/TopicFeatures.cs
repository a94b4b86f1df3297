using System.Globalization;
using System.Text;

namespace FinExtract.Learning;

/// <summary>
/// The topic model's features, computed by the project so that training and prediction share one code path:
/// word unigrams and bigrams and character 4-grams (across word boundaries, with start and end marks) of the
/// cleaned text, folded to lower case without punctuation, weighted TF-IDF over a vocabulary
/// learned from the training texts, the word block and the character block each L2-normalised (so the many
/// character grams do not drown the few words). A gram the vocabulary does not hold is ignored.
/// </summary>
public sealed class TopicFeatures
{
    private readonly char[] _chars; // every gram's characters, one after another, in slot order
    private readonly int[] _starts; // where slot i's gram starts in _chars; one more entry for the end
    private readonly KeyTable _index; // a gram's 64-bit FNV-1a key to its slot: no string is built to look one up
    private readonly float[] _idf;
    private readonly bool[] _word;

    /// <summary>Creates the features over a vocabulary (grams in slot order) with each slot's inverse document frequency.</summary>
    public TopicFeatures(string[] grams, float[] idf) : this(string.Concat(grams).ToCharArray(), grams.Select(g => g.Length).ToArray(), idf) { }

    /// <summary>Creates the features from the grams' characters one after another and each gram's length (as a model file holds them).</summary>
    public TopicFeatures(char[] chars, int[] lengths, float[] idf)
    {
        if (lengths.Length != idf.Length || lengths.Sum(l => (long)l) != chars.Length)
            throw new InvalidDataException("the grams' lengths do not match their characters or their idf");
        _chars = chars;
        _idf = idf;
        _starts = new int[lengths.Length + 1];
        for (int i = 0; i < lengths.Length; i++) _starts[i + 1] = _starts[i] + lengths[i];
        _index = new KeyTable(lengths.Length);
        _word = new bool[lengths.Length];
        for (int i = 0; i < lengths.Length; i++)
        {
            var gram = Gram(i);
            if (!_index.Add(Fnv(gram), i)) throw new InvalidDataException($"two grams share a key: '{gram}'");
            _word[i] = gram.StartsWith("w:");
        }
    }

    private ReadOnlySpan<char> Gram(int slot) => _chars.AsSpan(_starts[slot], _starts[slot + 1] - _starts[slot]);

    /// <summary>The number of slots.</summary>
    public int Count => _idf.Length;

    /// <summary>The grams in slot order, with their idf.</summary>
    public IEnumerable<(string Gram, float Idf)> Slots()
    {
        for (int i = 0; i < _idf.Length; i++) yield return (new string(Gram(i)), _idf[i]);
    }

    /// <summary>The grams' characters one after another, each gram's length, and the idf: what a model file holds.</summary>
    internal (char[] Chars, int[] Lengths, float[] Idf) Arrays() =>
        (_chars, Enumerable.Range(0, _idf.Length).Select(i => _starts[i + 1] - _starts[i]).ToArray(), _idf);

    private const ulong FnvOffset = 14695981039346656037, FnvPrime = 1099511628211;

    private static ulong Fnv(ReadOnlySpan<char> s, ulong h = FnvOffset)
    {
        foreach (char c in s) h = (h ^ c) * FnvPrime;
        return h;
    }

    /// <summary>Lower case, punctuation, symbols and combining marks removed (letters keep their accents), white space collapsed.</summary>
    public static string Normalise(string cleaned)
    {
        var sb = new StringBuilder(cleaned.Length);
        bool space = true;
        foreach (char c in cleaned)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (char.IsWhiteSpace(c)) { if (!space) sb.Append(' '); space = true; continue; }
            if (char.IsPunctuation(c) || char.IsSymbol(c) || char.IsControl(c)) continue;
            sb.Append(char.ToLowerInvariant(c));
            space = false;
        }
        if (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        return sb.ToString();
    }

    /// <summary>The grams of a normalised text, each once per occurrence: "w:" words and bigrams, "c:" character 4-grams.</summary>
    public static IEnumerable<string> Grams(string normalised)
    {
        var words = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            yield return "w:" + words[i];
            if (i + 1 < words.Length) yield return "w:" + words[i] + " " + words[i + 1];
        }
        string marked = "\u0002" + normalised + "\u0003";
        for (int i = 0; i + 4 <= marked.Length; i++) yield return string.Concat("c:", marked.AsSpan(i, 4));
    }

    /// <summary>
    /// The vocabulary of the training texts (every gram seen) with inverse document frequencies, ln(n / df);
    /// slots in ordinal order of the grams, so the same texts give the same slots.
    /// </summary>
    public static TopicFeatures Learn(IEnumerable<string> cleanedTexts)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        int n = 0;
        foreach (var t in cleanedTexts)
        {
            n++;
            foreach (var g in Grams(Normalise(t)).Distinct(StringComparer.Ordinal)) df[g] = df.GetValueOrDefault(g) + 1;
        }
        var grams = df.Keys.Order(StringComparer.Ordinal).ToArray();
        var idf = grams.Select(g => (float)Math.Log((double)n / df[g])).ToArray();
        return new TopicFeatures(grams, idf);
    }

    /// <summary>The keys of the grams of a normalised text, in the order of <see cref="Grams"/>, without building the grams.</summary>
    private static void Keys(string normalised, List<ulong> keys)
    {
        ulong w = Fnv("w:"), c = Fnv("c:");
        var text = normalised.AsSpan();
        int start = 0;
        ulong previous = 0;
        bool hasPrevious = false;
        while (start < text.Length)
        {
            int len = text[start..].IndexOf(' ');
            var word = len < 0 ? text[start..] : text.Slice(start, len);
            if (word.Length > 0)
            {
                keys.Add(Fnv(word, w));
                if (hasPrevious) keys.Add(Fnv(word, (previous ^ ' ') * FnvPrime));
                previous = Fnv(word, w);
                hasPrevious = true;
            }
            if (len < 0) break;
            start += len + 1;
        }
        string marked = "\u0002" + normalised + "\u0003";
        for (int i = 0; i + 4 <= marked.Length; i++) keys.Add(Fnv(marked.AsSpan(i, 4), c));
    }

    /// <summary>The sparse TF-IDF vector of a cleaned text, each block L2-normalised: slots ascending, with their values.</summary>
    public (int[] Slots, float[] Values) Vector(string cleaned)
    {
        var keys = new List<ulong>(cleaned.Length + 64);
        Keys(Normalise(cleaned), keys);
        var found = new List<int>(keys.Count);
        foreach (var k in keys)
            if (_index.Find(k) is int slot and >= 0) found.Add(slot);
        found.Sort();
        var slots = new List<int>(found.Count);
        var counts = new List<int>(found.Count);
        foreach (int slot in found)
        {
            if (slots.Count > 0 && slots[^1] == slot) counts[^1]++;
            else { slots.Add(slot); counts.Add(1); }
        }
        var values = new float[slots.Count];
        double words = 0, chars = 0;
        for (int i = 0; i < slots.Count; i++)
        {
            values[i] = counts[i] * _idf[slots[i]];
            if (_word[slots[i]]) words += values[i] * (double)values[i];
            else chars += values[i] * (double)values[i];
        }
        for (int i = 0; i < slots.Count; i++)
        {
            double norm = _word[slots[i]] ? words : chars;
            if (norm > 0) values[i] = (float)(values[i] / Math.Sqrt(norm));
        }
        return (slots.ToArray(), values);
    }

    /// <summary>
    /// An open-addressing table from key to slot, keys and slots side by side: a lookup in a vocabulary of a few
    /// hundred thousand grams costs one cache miss instead of a dictionary's two or three.
    /// </summary>
    private sealed class KeyTable
    {
        private readonly (ulong Key, int Slot)[] _entries;
        private readonly int _mask;

        public KeyTable(int count)
        {
            int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count + count / 3)); // at most three quarters full
            _entries = new (ulong, int)[size];
            _mask = size - 1;
            for (int i = 0; i < size; i++) _entries[i].Slot = -1;
        }

        public bool Add(ulong key, int slot)
        {
            for (int i = (int)(key & (ulong)_mask); ; i = (i + 1) & _mask)
            {
                if (_entries[i].Slot < 0) { _entries[i] = (key, slot); return true; }
                if (_entries[i].Key == key) return false;
            }
        }

        public int Find(ulong key)
        {
            for (int i = (int)(key & (ulong)_mask); ; i = (i + 1) & _mask)
            {
                var e = _entries[i];
                if (e.Slot < 0) return -1;
                if (e.Key == key) return e.Slot;
            }
        }
    }
}
