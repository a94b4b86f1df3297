using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace FinExtract.Learning;

/// <summary>A token of an IOB2 corpus with its tag.</summary>
public readonly record struct TaggedToken(string Word, string Tag);

/// <summary>A span the recogniser found: tokens [First, Last] of a sentence, its type and mean tag probability.</summary>
public readonly record struct NerSpan(int First, int Last, string Type, double Probability);

/// <summary>The entity recogniser's card: the corpora with hash and licence, labels, features version, seed and figures.</summary>
public sealed record NerCard(string Model, string Version, string[] Labels, int Seed, int TrainTokens, int TestTokens, double HeldOutSpanF1,
    Dictionary<string, double> HeldOutF1ByType, List<CorpusEntry> Corpora, string Trainer, string MlNetVersion)
{
    /// <summary>Whether the model was trained with the entity stage's votes as features (the stage then passes them).</summary>
    public bool RuleVotes { get; init; }

    /// <summary>The votes' own span F1 on the same held-out documents: what the model is measured against.</summary>
    public double? VotesHeldOutSpanF1 { get; init; }

    /// <summary>SHA-256 of the word-clusters file the model's features read ("" for none): the stage must name the same file.</summary>
    public string WordClustersSha256 { get; init; } = "";

    /// <summary>Figures on whole corpora left out of training (train entities --test), beside the rules' votes on them.</summary>
    public List<NerTestFigure> Tests { get; init; } = new();
}

/// <summary>The model's and the rules' votes' span F1 on a corpus the model was not trained on, overall and by type.</summary>
public sealed record NerTestFigure(string File, double SpanF1, Dictionary<string, double> F1ByType, double? VotesSpanF1,
    Dictionary<string, double>? VotesF1ByType);

/// <summary>A training corpus as the card names it.</summary>
public sealed record CorpusEntry(string File, string Sha256, string Licence, int Sentences);

/// <summary>
/// The entity recogniser: a token classifier (ML.NET L-BFGS maximum entropy over hashed features,
/// <see cref="NerFeatures"/>) predicting IOB2 tags, decoded into valid spans by constrained Viterbi. The
/// weights are read out of the trained ML.NET model into the model file, so a prediction is a sum over a token's feature slots.
/// </summary>
public sealed class NerModel
{
    /// <summary>The rule id written on the mentions it makes.</summary>
    public const string Id = "model.entities";

    private readonly string[] _labels;
    private readonly float[] _bias;
    /// <summary>
    /// The weights packed for prediction: a slot's row in <see cref="_rows"/> (0 for a slot with no weight), and the
    /// rows of the few thousand slots that have one, so the tables a prediction reads stay in the processor's cache.
    /// </summary>
    private readonly ushort[] _rowOf;
    /// <summary>As doubles (exact), each row padded to <see cref="_rowWidth"/> so four tags are summed in one vector addition.</summary>
    private readonly double[] _rows;
    private readonly int _rowWidth;
    private readonly bool[,] _allowed;

    /// <summary>SHA-256 of the word-clusters file the model was trained with, by its card ("" for none).</summary>
    public string WordClustersSha256 { get; private set; } = "";

    private NerModel(string[] labels, float[] bias, (ushort[] RowOf, double[] Rows) packed)
    {
        _labels = labels;
        _bias = bias;
        _rowWidth = RowWidth(labels.Length);
        (_rowOf, _rows) = packed;
        _allowed = Transitions(labels);
    }

    private static int RowWidth(int tags) => (tags + 3) / 4 * 4;

    /// <summary>
    /// The packed rows from each tag's non-zero weights (as the model file lists them, or as training read them out of
    /// ML.NET), the weighted slots numbered in ascending order, without a dense table of every slot (7 MB of fresh memory).
    /// </summary>
    private static (ushort[] RowOf, double[] Rows) PackSparse(List<(int Slot, float Weight)>[] byTag, int width)
    {
        var rowOf = new ushort[NerFeatures.Buckets];
        foreach (var tag in byTag)
            foreach (var (slot, _) in tag) rowOf[slot] = 1;
        int rowCount = 1; // row 0: no weight
        for (int slot = 0; slot < rowOf.Length; slot++)
        {
            if (rowOf[slot] == 0) continue;
            if (rowCount >= ushort.MaxValue) throw new InvalidDataException("an entity recogniser with more than 65,534 weighted slots");
            rowOf[slot] = (ushort)rowCount++;
        }
        var rows = new double[rowCount * width];
        for (int c = 0; c < byTag.Length; c++)
            foreach (var (slot, w) in byTag[c]) rows[rowOf[slot] * width + c] = w;
        return (rowOf, rows);
    }

    /// <summary>The weight of feature slot <paramref name="slot"/> for tag <paramref name="tag"/> (an index into <see cref="Labels"/>).</summary>
    public double Weight(int slot, int tag) => _rows[_rowOf[slot] * _rowWidth + tag];

    /// <summary>The tags, in score order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    private sealed class Row
    {
        public string Label { get; set; } = "";
        [VectorType(NerFeatures.Buckets)] public VBuffer<float> Features { get; set; }
    }

    /// <summary>Reads an IOB2 (CoNLL) file: sentences of token and tag; -DOCSTART- lines are skipped, or kept as one-token sentences.</summary>
    public static List<List<TaggedToken>> ReadIob2(string path, bool keepDocStarts = false)
    {
        var sentences = new List<List<TaggedToken>>();
        var cur = new List<TaggedToken>();
        int line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0) { if (cur.Count > 0) sentences.Add(cur); cur = new List<TaggedToken>(); continue; }
            var cells = raw.Split('\t', ' ');
            if (cells.Length < 2) throw new InvalidDataException($"{path}:{line}: expected TOKEN<TAB>TAG");
            if (cells[0] == "-DOCSTART-")
            {
                if (keepDocStarts) { if (cur.Count > 0) sentences.Add(cur); sentences.Add(new List<TaggedToken> { new(cells[0], "O") }); cur = new(); }
                continue;
            }
            string tag = cells[^1];
            if (tag != "O" && !(tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I'))
                throw new InvalidDataException($"{path}:{line}: '{tag}' is not an IOB2 tag (O, B-X, I-X)");
            cur.Add(new TaggedToken(cells[0], tag));
        }
        if (cur.Count > 0) sentences.Add(cur);
        return sentences;
    }

    private static VBuffer<float> Vector(int[] slots)
    {
        var counts = new SortedDictionary<int, float>();
        foreach (int s in slots) counts[s] = counts.GetValueOrDefault(s) + 1;
        return new VBuffer<float>(NerFeatures.Buckets, counts.Count, counts.Values.ToArray(), counts.Keys.ToArray());
    }

    private static IEnumerable<Row> Rows(IEnumerable<NerSentence> sentences, NerLexicons lex)
    {
        foreach (var s in sentences)
        {
            var features = NerFeatures.ForSentence(s.Words, NerFeatures.IsCapsSentence(s.Words), lex, s.Votes, s.Document);
            for (int i = 0; i < s.Words.Length; i++)
                yield return new Row { Label = s.Tags[i], Features = Vector(features[i]) };
        }
    }

    /// <summary>
    /// Reads the corpora into sentences as the segmenter splits their text, with the voter's votes when one is given;
    /// every tenth document is held out for the card's figures, and documents <paramref name="skip"/> names are left out.
    /// </summary>
    public static (List<NerSentence> Train, List<NerSentence> Test, List<CorpusEntry> Entries) Read(IReadOnlyList<(string Path, string Licence)> corpora,
        Func<Documents.Article, IReadOnlyList<EntityVote>>? voter, Func<string, int, bool>? skip)
    {
        var train = new List<NerSentence>();
        var test = new List<NerSentence>();
        var entries = new List<CorpusEntry>();
        int n = 0;
        foreach (var (path, licence) in corpora)
        {
            var docs = NerCorpus.Documents(path).Where(d => skip == null || !skip(Path.GetFileName(path), d.Index)).ToList();
            var read = docs.AsParallel().AsOrdered().Select(d => NerCorpus.Sentences(d, voter)).ToList();
            foreach (var sentences in read) (n++ % 10 == 9 ? test : train).AddRange(sentences);
            entries.Add(new CorpusEntry(Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), licence,
                read.Sum(r => r.Count)));
        }
        return (train, test, entries);
    }

    /// <summary>
    /// Trains on the corpora (every tenth document held out for the card's figures, beside the votes' own figure on it),
    /// writes the model file and its card.
    /// </summary>
    public static NerCard Train(IReadOnlyList<(string Path, string Licence)> corpora, string outputZip, NerLexicons lex,
        Func<Documents.Article, IReadOnlyList<EntityVote>>? voter = null, Func<string, int, bool>? skip = null, int seed = 1, Action<string>? progress = null)
    {
        return Train(corpora, Array.Empty<string>(), outputZip, lex, voter, skip, seed, progress);
    }

    /// <summary>
    /// Trains as above, then measures the model and the rules' votes on <paramref name="testFiles"/>, corpora left out of
    /// training (a source at a time: how the model does on a genre it never saw), and writes those figures on the card.
    /// </summary>
    public static NerCard Train(IReadOnlyList<(string Path, string Licence)> corpora, IReadOnlyList<string> testFiles, string outputZip,
        NerLexicons lex, Func<Documents.Article, IReadOnlyList<EntityVote>>? voter, Func<string, int, bool>? skip, int seed, Action<string>? progress)
    {
        var (train, test, entries) = Read(corpora, voter, skip);
        progress?.Invoke($"training on {train.Sum(s => s.Words.Length)} words of {train.Count} sentences");
        var ml = new MLContext(seed: seed);
        var data = ml.Data.LoadFromEnumerable(Rows(train, lex));
        var options = new LbfgsMaximumEntropyMulticlassTrainer.Options { L2Regularization = 1f, MaximumNumberOfIterations = 120, HistorySize = 20 };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(options));
        var model = pipeline.Fit(data);
        var loaded = FromTransformer(model, data.Schema);
        loaded.Save(outputZip);
        var (f1, byType) = Score(test, s => loaded.Spans(s.Words, lex, s.Votes, s.Document));
        progress?.Invoke($"held-out span F1 {f1:0.000} ({string.Join(", ", byType.Select(kv => $"{kv.Key} {kv.Value:0.000}"))})");
        double? votesF1 = voter == null ? null : Math.Round(Score(test, s => VoteSpans(s.Votes!)).F1, 4);
        if (votesF1 != null) progress?.Invoke($"the rules' own votes on the same text: span F1 {votesF1:0.000}");
        var card = new NerCard("entities", NerFeatures.Version, loaded._labels, seed, train.Sum(s => s.Words.Length), test.Sum(s => s.Words.Length),
            Math.Round(f1, 4), byType.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 4)), entries,
            "LbfgsMaximumEntropy, L2 1, 120 iterations, 2^18 hashed slots", TopicModel.MlNetVersion())
            { RuleVotes = voter != null, VotesHeldOutSpanF1 = votesF1, WordClustersSha256 = lex.ClustersSha256,
              Tests = testFiles.Select(f => Test(loaded, f, lex, voter, skip, progress)).ToList() };
        File.WriteAllText(Path.ChangeExtension(outputZip, ".card.json"),
            JsonSerializer.Serialize(card, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return card;
    }

    private static NerTestFigure Test(NerModel model, string file, NerLexicons lex, Func<Documents.Article, IReadOnlyList<EntityVote>>? voter,
        Func<string, int, bool>? skip, Action<string>? progress)
    {
        var (a, b, _) = Read(new[] { (file, "") }, voter, skip);
        var all = a.Concat(b).ToList();
        var (f1, byType) = Score(all, s => model.Spans(s.Words, lex, s.Votes, s.Document));
        var votes = voter == null ? default((double, Dictionary<string, double>)?) : Score(all, s => VoteSpans(s.Votes!));
        static Dictionary<string, double> R(Dictionary<string, double> d) => d.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 4));
        progress?.Invoke($"{Path.GetFileName(file)}: span F1 {f1:0.000} ({string.Join(", ", byType.Select(kv => $"{kv.Key} {kv.Value:0.000}"))})" +
            (votes is { } v ? $"; the rules' votes {v.Item1:0.000} ({string.Join(", ", v.Item2.Select(kv => $"{kv.Key} {kv.Value:0.000}"))})" : ""));
        return new NerTestFigure(Path.GetFileName(file), Math.Round(f1, 4), R(byType), votes == null ? null : Math.Round(votes.Value.Item1, 4),
            votes == null ? null : R(votes.Value.Item2));
    }

    /// <summary>The votes' own PER/ORG/LOC spans (PERSON and LOCATION written as the corpora write them; other types are not spans).</summary>
    private static List<NerSpan> VoteSpans(string[] votes)
    {
        var spans = new List<NerSpan>();
        for (int i = 0; i < votes.Length; i++)
        {
            if (!votes[i].StartsWith("B-", StringComparison.Ordinal)) continue;
            string type = votes[i][2..votes[i].IndexOf('|')];
            int j = i;
            while (j + 1 < votes.Length && votes[j + 1].StartsWith("I-" + type + "|", StringComparison.Ordinal)) j++;
            string t = type switch { "PERSON" => "PER", "LOCATION" => "LOC", _ => type };
            if (t is "PER" or "ORG" or "LOC") spans.Add(new NerSpan(i, j, t, 1));
            i = j;
        }
        return spans;
    }

    private const string Magic = "finextract-entities";

    /// <summary>Loads a model file and checks its card's features version.</summary>
    public static NerModel Load(string path)
    {
        var card = TextClassifierTraining.ReadCard(path, NerFeatures.Version);
        var model = ModelFile.Read(path, Magic, NerFeatures.Version, "an entity recogniser", (r, _) =>
        {
            int k = r.ReadInt32();
            if (k is < 1 or > 64) throw new InvalidDataException($"{path}: not an entity recogniser ({k} tags)");
            var labels = new string[k];
            for (int i = 0; i < k; i++) labels[i] = r.ReadString();
            var bias = new float[k];
            var byTag = new List<(int, float)>[k];
            for (int c = 0; c < k; c++)
            {
                bias[c] = r.ReadSingle();
                int n = r.ReadInt32();
                if ((uint)n > NerFeatures.Buckets) throw new InvalidDataException($"{path}: not an entity recogniser (impossible sizes)");
                byTag[c] = new List<(int, float)>(n);
                for (; n > 0; n--)
                {
                    int slot = r.ReadInt32();
                    if ((uint)slot >= NerFeatures.Buckets) throw new InvalidDataException($"{path}: not an entity recogniser (a weight out of place)");
                    float w = r.ReadSingle();
                    if (w != 0) byTag[c].Add((slot, w));
                }
            }
            return new NerModel(labels, bias, PackSparse(byTag, RowWidth(k)));
        });
        model.WordClustersSha256 = TextClassifierTraining.CardString(card, nameof(NerCard.WordClustersSha256));
        return model;
    }

    /// <summary>
    /// Writes the weights read out of the trained ML.NET model (labels, then each tag's bias and non-zero weights by
    /// slot), so that loading reads numbers instead of ML.NET's pipeline; the same model gives the same bytes.
    /// </summary>
    private void Save(string path)
    {
        using var w = ModelFile.Create(path, Magic, NerFeatures.Version);
        w.Write(_labels.Length);
        foreach (var l in _labels) w.Write(l);
        for (int c = 0; c < _labels.Length; c++)
        {
            w.Write(_bias[c]);
            int nonZero = 0;
            for (int slot = 0; slot < NerFeatures.Buckets; slot++) if (Weight(slot, c) != 0) nonZero++;
            w.Write(nonZero);
            for (int slot = 0; slot < NerFeatures.Buckets; slot++)
                if (Weight(slot, c) != 0) { w.Write(slot); w.Write((float)Weight(slot, c)); }
        }
    }

    private static NerModel FromTransformer(ITransformer model, DataViewSchema inputSchema)
    {
        var (labels, weights, bias) = ModelFile.MaximumEntropy(model, inputSchema);
        var byTag = weights.Select(w => w.Items().Where(x => x.Value != 0).Select(x => (x.Key, x.Value)).ToList()).ToArray();
        return new NerModel(labels, bias, PackSparse(byTag, RowWidth(labels.Length)));
    }

    /// <summary>Tag probabilities for each word of a sentence, or for the words <paramref name="only"/> marks (null for the others).</summary>
    public double[]?[] Probabilities(IReadOnlyList<string> words, NerLexicons lex, IReadOnlyList<string>? votes = null,
        NerDocumentContext? document = null, bool[]? only = null)
    {
        var result = new double[]?[words.Count];
        NerFeatures.EachWord(words, NerFeatures.IsCapsSentence(words), lex, votes, document,
            (i, slots) => result[i] = Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(slots)), only);
        return result;
    }

    /// <summary>
    /// The tag probabilities of one word's feature slots: each tag's bias plus its weights, summed in slot order (four
    /// tags to a vector addition where the processor has them; the same sums either way), then the softmax.
    /// </summary>
    internal double[] Score(ReadOnlySpan<int> slots)
    {
        int k = _labels.Length, width = _rowWidth;
        Span<double> sums = stackalloc double[width];
        for (int c = 0; c < k; c++) sums[c] = _bias[c];
        if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated && width == 8)
        {
            // up to eight tags: both halves of a row in one pass over the slots (each lane still sums in slot order)
            ref double rows = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_rows);
            var lo = System.Runtime.Intrinsics.Vector256.Create(sums[0], sums[1], sums[2], sums[3]);
            var hi = System.Runtime.Intrinsics.Vector256.Create(sums[4], sums[5], sums[6], sums[7]);
            foreach (int f in slots)
            {
                nuint at = (nuint)(_rowOf[f] * 8);
                lo += System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref rows, at);
                hi += System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref rows, at + 4);
            }
            for (int c = 0; c < 4; c++) { sums[c] = lo[c]; sums[c + 4] = hi[c]; }
        }
        else if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
        {
            ref double rows = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_rows);
            for (int v = 0; v < width; v += 4)
            {
                var acc = System.Runtime.Intrinsics.Vector256.Create(sums[v], sums[v + 1], sums[v + 2], sums[v + 3]);
                foreach (int f in slots) acc += System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref rows, (nuint)(_rowOf[f] * width + v));
                for (int c = 0; c < 4; c++) sums[v + c] = acc[c];
            }
        }
        else
            foreach (int f in slots)
                for (int c = 0, at = _rowOf[f] * width; c < k; c++) sums[c] += _rows[at + c];
        return LinearTextClassifier.Softmax(sums[..k].ToArray());
    }

    /// <summary>The spans of a sentence: the most probable valid IOB2 tag sequence (an I-X only after B-X or I-X).</summary>
    public List<NerSpan> Spans(IReadOnlyList<string> words, NerLexicons lex, IReadOnlyList<string>? votes = null,
        NerDocumentContext? document = null)
    {
        return Decode(Probabilities(words, lex, votes, document)!);
    }

    /// <summary>The spans of a sentence from its words' tag probabilities (<see cref="Probabilities"/>).</summary>
    public List<NerSpan> Decode(double[][] probs)
    {
        var tags = Viterbi(probs);
        var spans = new List<NerSpan>();
        for (int i = 0; i < tags.Length; i++)
        {
            string t = _labels[tags[i]];
            if (!t.StartsWith("B-", StringComparison.Ordinal)) continue;
            string type = t[2..];
            int j = i;
            double p = probs[i][tags[i]];
            while (j + 1 < tags.Length && _labels[tags[j + 1]] == "I-" + type) { j++; p += probs[j][tags[j]]; }
            spans.Add(new NerSpan(i, j, type, p / (j - i + 1)));
            i = j;
        }
        return spans;
    }

    /// <summary>Which tag may follow which (row k: the first word): an I-X only after B-X or I-X.</summary>
    private static bool[,] Transitions(string[] labels)
    {
        int k = labels.Length;
        var allowed = new bool[k + 1, k];
        for (int to = 0; to < k; to++)
        {
            string b = labels[to];
            bool inside = b.StartsWith("I-", StringComparison.Ordinal);
            allowed[k, to] = !inside;
            for (int from = 0; from < k; from++)
                allowed[from, to] = !inside || (labels[from].Length > 2 && labels[from][2..] == b[2..]);
        }
        return allowed;
    }

    private int[] Viterbi(double[][] probs)
    {
        int n = probs.Length, k = _labels.Length;
        if (n == 0) return Array.Empty<int>();
        // row i of score and back: word i's k tags (flat arrays: a rectangular array is slow to create)
        var score = new double[n * k];
        var back = new int[n * k];
        for (int c = 0; c < k; c++) score[c] = _allowed[k, c] ? Math.Log(probs[0][c] + 1e-12) : double.NegativeInfinity;
        for (int i = 1; i < n; i++)
            for (int c = 0; c < k; c++)
            {
                double best = double.NegativeInfinity;
                int arg = 0;
                for (int pc = 0; pc < k; pc++)
                {
                    double prev = score[(i - 1) * k + pc];
                    if (!_allowed[pc, c] || double.IsNegativeInfinity(prev)) continue;
                    if (prev > best) { best = prev; arg = pc; }
                }
                score[i * k + c] = best + Math.Log(probs[i][c] + 1e-12);
                back[i * k + c] = arg;
            }
        var tags = new int[n];
        double top = double.NegativeInfinity;
        for (int c = 0; c < k; c++) if (score[(n - 1) * k + c] > top) { top = score[(n - 1) * k + c]; tags[n - 1] = c; }
        for (int i = n - 1; i > 0; i--) tags[i - 1] = back[i * k + tags[i]];
        return tags;
    }

    /// <summary>Exact-span F1 of <paramref name="predict"/> over sentences, overall and by type.</summary>
    public static (double F1, Dictionary<string, double> ByType) Score(IEnumerable<NerSentence> sentences, Func<NerSentence, List<NerSpan>> predict)
    {
        var tp = new Dictionary<string, int>(); var fp = new Dictionary<string, int>(); var fn = new Dictionary<string, int>();
        foreach (var s in sentences)
        {
            var gold = GoldSpans(s.Tags).ToHashSet();
            var pred = predict(s).Select(p => (p.First, p.Last, p.Type)).ToHashSet();
            foreach (var g in gold) (pred.Contains(g) ? tp : fn)[g.Type] = (pred.Contains(g) ? tp : fn).GetValueOrDefault(g.Type) + 1;
            foreach (var p in pred.Where(p => !gold.Contains(p))) fp[p.Type] = fp.GetValueOrDefault(p.Type) + 1;
        }
        static double F(int t, int f, int m) => t == 0 ? 0 : 2.0 * t / (2.0 * t + f + m);
        var types = tp.Keys.Concat(fp.Keys).Concat(fn.Keys).Distinct().OrderBy(x => x, StringComparer.Ordinal);
        var byType = types.ToDictionary(t => t, t => F(tp.GetValueOrDefault(t), fp.GetValueOrDefault(t), fn.GetValueOrDefault(t)));
        return (F(tp.Values.Sum(), fp.Values.Sum(), fn.Values.Sum()), byType);
    }

    private static IEnumerable<(int First, int Last, string Type)> GoldSpans(string[] tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            if (!tags[i].StartsWith("B-", StringComparison.Ordinal)) continue;
            string type = tags[i][2..];
            int j = i;
            while (j + 1 < tags.Length && tags[j + 1] == "I-" + type) j++;
            yield return (i, j, type);
            i = j;
        }
    }
}
