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
    Dictionary<string, double> HeldOutF1ByType, List<CorpusEntry> Corpora, string Trainer, string MlNetVersion);

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
    private readonly float[][] _weights;
    private readonly float[] _bias;

    private NerModel(string[] labels, float[][] weights, float[] bias)
    {
        _labels = labels;
        _weights = weights;
        _bias = bias;
    }

    /// <summary>The tags, in score order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    private sealed class Row
    {
        public string Label { get; set; } = "";
        [VectorType(NerFeatures.Buckets)] public VBuffer<float> Features { get; set; }
    }

    /// <summary>Reads an IOB2 (CoNLL) file: sentences of token and tag; -DOCSTART- lines are skipped.</summary>
    public static List<List<TaggedToken>> ReadIob2(string path)
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
            if (cells[0] == "-DOCSTART-") continue;
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

    private static IEnumerable<Row> Rows(IEnumerable<List<TaggedToken>> sentences, NerLexicons lex)
    {
        foreach (var s in sentences)
        {
            var words = s.Select(t => t.Word).ToList();
            bool caps = NerFeatures.IsCapsSentence(words);
            for (int i = 0; i < s.Count; i++)
                yield return new Row { Label = s[i].Tag, Features = Vector(NerFeatures.For(words, i, caps, lex)) };
        }
    }

    /// <summary>
    /// Trains on the corpora (every tenth sentence held out for the card's figures), writes the model file and its card.
    /// </summary>
    public static NerCard Train(IReadOnlyList<(string Path, string Licence)> corpora, string outputZip, NerLexicons lex, int seed = 1,
        Action<string>? progress = null)
    {
        var train = new List<List<TaggedToken>>();
        var test = new List<List<TaggedToken>>();
        var entries = new List<CorpusEntry>();
        foreach (var (path, licence) in corpora)
        {
            var sentences = ReadIob2(path);
            for (int i = 0; i < sentences.Count; i++) (i % 10 == 9 ? test : train).Add(sentences[i]);
            entries.Add(new CorpusEntry(Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), licence, sentences.Count));
        }
        progress?.Invoke($"training on {train.Sum(s => s.Count)} tokens of {train.Count} sentences");
        var ml = new MLContext(seed: seed);
        var data = ml.Data.LoadFromEnumerable(Rows(train, lex));
        var options = new LbfgsMaximumEntropyMulticlassTrainer.Options { L2Regularization = 1f, MaximumNumberOfIterations = 120, HistorySize = 20 };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(options));
        var model = pipeline.Fit(data);
        var loaded = FromTransformer(model, data.Schema);
        loaded.Save(outputZip);
        var (f1, byType) = loaded.Evaluate(test, lex);
        progress?.Invoke($"held-out span F1 {f1:0.000} ({string.Join(", ", byType.Select(kv => $"{kv.Key} {kv.Value:0.000}"))})");
        var card = new NerCard("entities", NerFeatures.Version, loaded._labels, seed, train.Sum(s => s.Count), test.Sum(s => s.Count), Math.Round(f1, 4),
            byType.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 4)), entries, "LbfgsMaximumEntropy, L2 1, 120 iterations, 2^18 hashed slots",
            typeof(MLContext).Assembly.GetName().Version?.ToString() ?? "");
        File.WriteAllText(Path.ChangeExtension(outputZip, ".card.json"),
            JsonSerializer.Serialize(card, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return card;
    }

    private const string Magic = "finextract-entities";

    /// <summary>Loads a model file and checks its card's features version.</summary>
    public static NerModel Load(string path)
    {
        TextClassifierTraining.ReadCard<NerCard>(path, NerFeatures.Version, c => c.Version);
        return ModelFile.Read(path, Magic, NerFeatures.Version, "an entity recogniser", (r, _) =>
        {
            var labels = new string[r.ReadInt32()];
            for (int i = 0; i < labels.Length; i++) labels[i] = r.ReadString();
            var bias = new float[labels.Length];
            var weights = new float[labels.Length][];
            for (int c = 0; c < labels.Length; c++)
            {
                bias[c] = r.ReadSingle();
                weights[c] = new float[NerFeatures.Buckets];
                for (int n = r.ReadInt32(); n > 0; n--)
                {
                    int slot = r.ReadInt32();
                    if ((uint)slot >= NerFeatures.Buckets) throw new InvalidDataException($"{path}: not an entity recogniser (a weight out of place)");
                    weights[c][slot] = r.ReadSingle();
                }
            }
            return new NerModel(labels, weights, bias);
        });
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
            w.Write(_weights[c].Count(x => x != 0));
            for (int slot = 0; slot < _weights[c].Length; slot++)
                if (_weights[c][slot] != 0) { w.Write(slot); w.Write(_weights[c][slot]); }
        }
    }

    private static NerModel FromTransformer(ITransformer model, DataViewSchema inputSchema)
    {
        var (labels, weights, bias) = ModelFile.MaximumEntropy(model, inputSchema);
        var dense = weights.Select(w => { var d = new float[NerFeatures.Buckets]; w.CopyTo(d); return d; }).ToArray();
        return new NerModel(labels, dense, bias);
    }

    /// <summary>Tag probabilities for each word of a sentence.</summary>
    public double[][] Probabilities(IReadOnlyList<string> words, NerLexicons lex)
    {
        bool caps = NerFeatures.IsCapsSentence(words);
        var result = new double[words.Count][];
        for (int i = 0; i < words.Count; i++)
        {
            var slots = NerFeatures.For(words, i, caps, lex);
            var p = new double[_labels.Length];
            for (int c = 0; c < p.Length; c++)
            {
                double s = _bias[c];
                foreach (int f in slots) s += _weights[c][f];
                p[c] = s;
            }
            result[i] = LinearTextClassifier.Softmax(p);
        }
        return result;
    }

    /// <summary>The spans of a sentence: the most probable valid IOB2 tag sequence (an I-X only after B-X or I-X).</summary>
    public List<NerSpan> Spans(IReadOnlyList<string> words, NerLexicons lex)
    {
        var probs = Probabilities(words, lex);
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

    private bool Allowed(int from, int to)
    {
        string b = _labels[to];
        if (!b.StartsWith("I-", StringComparison.Ordinal)) return true;
        if (from < 0) return false;
        string a = _labels[from];
        return a.Length > 2 && a[2..] == b[2..];
    }

    private int[] Viterbi(double[][] probs)
    {
        int n = probs.Length, k = _labels.Length;
        var score = new double[n, k];
        var back = new int[n, k];
        for (int c = 0; c < k; c++) score[0, c] = Allowed(-1, c) ? Math.Log(probs[0][c] + 1e-12) : double.NegativeInfinity;
        for (int i = 1; i < n; i++)
            for (int c = 0; c < k; c++)
            {
                double best = double.NegativeInfinity;
                int arg = 0;
                for (int pc = 0; pc < k; pc++)
                {
                    if (!Allowed(pc, c) || double.IsNegativeInfinity(score[i - 1, pc])) continue;
                    if (score[i - 1, pc] > best) { best = score[i - 1, pc]; arg = pc; }
                }
                score[i, c] = best + Math.Log(probs[i][c] + 1e-12);
                back[i, c] = arg;
            }
        var tags = new int[n];
        if (n == 0) return tags;
        double top = double.NegativeInfinity;
        for (int c = 0; c < k; c++) if (score[n - 1, c] > top) { top = score[n - 1, c]; tags[n - 1] = c; }
        for (int i = n - 1; i > 0; i--) tags[i - 1] = back[i, tags[i]];
        return tags;
    }

    /// <summary>Exact-span F1 over sentences, overall and by type.</summary>
    public (double F1, Dictionary<string, double> ByType) Evaluate(IEnumerable<List<TaggedToken>> sentences, NerLexicons lex)
    {
        var tp = new Dictionary<string, int>(); var fp = new Dictionary<string, int>(); var fn = new Dictionary<string, int>();
        foreach (var s in sentences)
        {
            var words = s.Select(t => t.Word).ToList();
            var gold = GoldSpans(s).ToHashSet();
            var pred = Spans(words, lex).Select(p => (p.First, p.Last, p.Type)).ToHashSet();
            foreach (var g in gold) (pred.Contains(g) ? tp : fn)[g.Type] = (pred.Contains(g) ? tp : fn).GetValueOrDefault(g.Type) + 1;
            foreach (var p in pred.Where(p => !gold.Contains(p))) fp[p.Type] = fp.GetValueOrDefault(p.Type) + 1;
        }
        static double F(int t, int f, int m) => t == 0 ? 0 : 2.0 * t / (2.0 * t + f + m);
        var types = tp.Keys.Concat(fp.Keys).Concat(fn.Keys).Distinct().OrderBy(x => x, StringComparer.Ordinal);
        var byType = types.ToDictionary(t => t, t => F(tp.GetValueOrDefault(t), fp.GetValueOrDefault(t), fn.GetValueOrDefault(t)));
        return (F(tp.Values.Sum(), fp.Values.Sum(), fn.Values.Sum()), byType);
    }

    private static IEnumerable<(int First, int Last, string Type)> GoldSpans(List<TaggedToken> s)
    {
        for (int i = 0; i < s.Count; i++)
        {
            if (!s[i].Tag.StartsWith("B-", StringComparison.Ordinal)) continue;
            string type = s[i].Tag[2..];
            int j = i;
            while (j + 1 < s.Count && s[j + 1].Tag == "I-" + type) j++;
            yield return (i, j, type);
            i = j;
        }
    }
}
