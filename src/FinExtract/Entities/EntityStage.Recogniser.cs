using FinExtract.Documents;
using FinExtract.Learning;
using FinExtract.Pipeline;

namespace FinExtract.Entities;

/// <summary>The entity stage with a recogniser: the rules' mentions become votes the model reads, and the model adds what they missed.</summary>
public sealed partial class EntityStage
{
    private NerLexicons? _recogniserLexicons;

    /// <summary>What the recogniser's features look words up in: this stage's given names and gazetteers.</summary>
    public NerLexicons Lexicons => _recogniserLexicons ??= new NerLexicons(_givenNames.Contains, _gazetteer.TypesOfWord)
    {
        Cluster = WordClusters == null ? _ => -1 : WordClusters.ClassOf,
        ClustersSha256 = WordClusters?.Sha256Hash ?? "",
    };

    /// <summary>Word classes learned from in-domain text (pipeline.json <c>wordClusters</c>), read by the recogniser's features.</summary>
    public WordClusters? WordClusters { get; init; }

    /// <summary>
    /// The mentions the rules, gazetteers and heuristics settle on in an article that has its tokens, before any
    /// recogniser: what <c>finextract train entities</c> gives the model as votes, exactly as the stage will at prediction.
    /// </summary>
    public IReadOnlyList<EntityVote> Votes(Article article) =>
        VotesOf(Decide(article, new StageContext(new LimitsConfig(), CancellationToken.None)).Chosen);

    private static List<EntityVote> VotesOf(List<Candidate> chosen) =>
        chosen.Where(c => c.Type != Rules.RuleSet.NotEntity).Select(c => new EntityVote(c.Start, c.End, c.Type, c.Rule)).ToList();

    /// <summary>A sentence as the recogniser reads it: its first token, words, the rules' votes and the model's tag probabilities.</summary>
    private sealed record RecogniserSentence(int First, string[] Words, string[] Votes)
    {
        /// <summary>The model's tag probabilities of the words in <see cref="Windows"/> (null elsewhere).</summary>
        public double[]?[] Probabilities { get; set; } = Array.Empty<double[]>();

        /// <summary>The stretches of words [From, To] the model reads: each open name with <see cref="WindowMargin"/> words either side.</summary>
        public List<(int From, int To)> Windows { get; } = new();
    }

    /// <summary>Words read either side of an open name: its neighbours' tags are the context its own tags are decoded in.</summary>
    private const int WindowMargin = 2;

    /// <summary>
    /// The recogniser over the rules' mentions, in an English article. The mentions the rules typed stay. A span
    /// of the model's that overlaps none of them and has at least <see cref="RecogniserMinProbability"/> is added (rule id
    /// model.entities); it types a lone capitalised name the rules left open only when it holds all of it, and the open
    /// names it leaves stay for linking to decide, as do open names that are short forms of a name the rules typed
    /// ("Miller Kaplan" of "Miller Kaplan Arase"), which linking makes that entity. Measured, the model taking over the rules' typed mentions lost more
    /// than it gained on financial text (the gazetteers and cues know it better); its additions gain on general news.
    /// </summary>
    private List<Candidate> Recognise(Article article, List<Candidate> chosen, StageContext context)
    {
        if (!IsEnglish(article)) return chosen;
        var shortForms = ShortForms(article.Body, chosen);
        var openNames = chosen.Where(c => c.Type == "UNKNOWN" && !c.IsDefinedTerm && !shortForms.Contains(article.Body[c.Start..c.End])).ToList();
        var open = new SpanSet(openNames);
        // a place read from the preposition before it alone ("in Tarvel"): the model's reading of its words may make it a firm
        var weak = chosen.Where(c => c.Rule == Heuristics.PlacePreposition.Id && c.Known == null).ToHashSet();
        if (open.Count == 0 && weak.Count == 0) return chosen;
        var sentences = RecogniserSentences(article, chosen);
        var document = new NerDocumentContext(sentences.Select(x => ((IReadOnlyList<string>)x.Words, (IReadOnlyList<string>?)x.Votes)));
        var tokens = article.Tokens;
        // the names the rules left open, with a few words either side: elsewhere the model's spans were measured to change nothing
        MarkWindows(tokens, sentences, openNames.Concat(weak).OrderBy(c => c.Start));
        sentences.RemoveAll(x => x.Windows.Count == 0);
        foreach (var s in sentences)
        {
            context.CheckTime(Name);
            var only = new bool[s.Words.Length];
            foreach (var (from, to) in s.Windows) Array.Fill(only, true, from, to - from + 1);
            s.Probabilities = Recogniser!.Probabilities(s.Words, Lexicons, s.Votes, document, only);
        }
        var result = chosen.Where(c => c.Type != "UNKNOWN").Select(c => weak.Contains(c) ? Retyped(article.Body, tokens, sentences, c) : c)
            .OfType<Candidate>().ToList();
        var taken = new SpanSet(result);
        foreach (var f in ModelSpans(article, sentences, chosen))
        {
            // a span over a lone capitalised name the rules left open must hold all of it ("Van" is not "Van Der Marsh")
            if (open.Overlapping(f.Start, f.End) is var (os, oe) && (os < f.Start || oe > f.End)) continue;
            if (taken.Overlapping(f.Start, f.End) != null) continue;
            result.Add(f);
            taken.Add(f.Start, f.End);
        }
        foreach (var o in OpenNamesTheModelTypes(article.Body, tokens, sentences, openNames, taken))
        {
            result.Add(o);
            taken.Add(o.Start, o.End);
        }
        result.AddRange(chosen.Where(c => c.Type == "UNKNOWN" && taken.Overlapping(c.Start, c.End) == null));
        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        TypeByNeighbours(article.Body, article.Sentences, result, c => LeaningOf(tokens, sentences, c));
        if (context.Trace != null)
            foreach (var c in result.Where(c => c.Rule == NerModel.Id)) TraceModelMention(article, sentences, document, c, context.Trace);
        if (context.Trace != null)
            foreach (var c in chosen.Where(c => c.Type == "UNKNOWN" && taken.Overlapping(c.Start, c.End) == null))
                TraceOpenName(article, sentences, c, context.Trace);
        if (context.Trace != null)
            foreach (var c in chosen.Where(c => !result.Contains(c)))
                context.Trace($"entities: lost \"{article.Body[c.Start..c.End]}\" [{c.Start}-{c.End}) {c.Type} by {c.Rule}: the recogniser typed " +
                    "a name over it");
        return result;
    }

    /// <summary>
    /// "led by HVRL's National Centre for Geothermics": an open name that no span of the model's holds, because the model
    /// read it together with the words around it, takes the type the model gives its own words, when that type has at least
    /// <see cref="OwnWordsMinProbability"/> on average.
    /// </summary>
    private IEnumerable<Candidate> OpenNamesTheModelTypes(string body, IReadOnlyList<Text.Token> tokens, List<RecogniserSentence> sentences,
        List<Candidate> openNames, SpanSet taken)
    {
        foreach (var o in openNames)
        {
            if (taken.Overlapping(o.Start, o.End) != null || !HasOnlyNameWords(body[o.Start..o.End])) continue;
            var (mass, words) = TagMass(tokens, sentences, o);
            string tag = Leaning(mass);
            double share = words == 0 ? 0 : mass.GetValueOrDefault(tag) / words;
            if (share < OwnWordsMinProbability) continue;
            yield return new Candidate(o.Start, o.End, TypeOfTag(tag), NerModel.Id, Math.Round(share, 3), 0);
        }
    }

    /// <summary>The entity type of a recogniser tag's type ("PER" -> "PERSON", "LOC" -> "LOCATION", else "ORG").</summary>
    private static string TypeOfTag(string tag) => tag switch { "PER" => "PERSON", "LOC" => "LOCATION", _ => "ORG" };

    /// <summary>The recogniser tag's type of an entity type (<see cref="TypeOfTag"/> the other way).</summary>
    private static string TagOfType(string type) => type switch { "PERSON" => "PER", "LOCATION" => "LOC", _ => "ORG" };

    /// <summary>
    /// Whether every word of an open name is a name's word of two letters or more, with no full stop, no short hyphenated letters,
    /// that the in-domain text never writes in lower case ("Founder", "Museum" capitalised in a product's or a place's name are common
    /// words; "F.C.", "I-C", "Tarn W" are pieces of a name).
    /// </summary>
    private bool HasOnlyNameWords(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(WithoutPossessive)
            .All(w => w.Length >= 2 && !w.Contains('.') && !(w.Length <= 3 && w.Contains('-')) && WordClusters?.SeenInLowerCase(w) != true);

    /// <summary>The mean probability of a type over an open name's own words that types it (<see cref="OpenNamesTheModelTypes"/>).</summary>
    private const double OwnWordsMinProbability = 0.8;

    /// <summary>
    /// explain: a mention the model added, with its mean tag probability and the features that weighed most for its
    /// first word's tag (B-X) against no name (O).
    /// </summary>
    private void TraceModelMention(Article article, List<RecogniserSentence> sentences, NerDocumentContext document, Candidate c, Action<string> trace)
    {
        var tokens = article.Tokens;
        var x = SentenceHolding(tokens, sentences, c.Start);
        if (x == null) return;
        int i = 0;
        while (i + 1 < x.Words.Length && tokens[x.First + i].End <= c.Start) i++;
        var labels = Recogniser!.Labels.ToList();
        string tag = "B-" + TagOfType(c.Type);
        int b = labels.IndexOf(tag), o = labels.IndexOf("O");
        if (b < 0 || o < 0) return;
        var top = NerFeatures.Describe(x.Words, i, NerFeatures.IsCapsSentence(x.Words), Lexicons, x.Votes, document)
            .Select(f => (f.Name, Weight: Recogniser.Weight(f.Slot, b) - Recogniser.Weight(f.Slot, o)))
            .OrderByDescending(f => Math.Abs(f.Weight)).ThenBy(f => f.Name, StringComparer.Ordinal).Take(5);
        trace($"entities: \"{article.Body[c.Start..c.End]}\" [{c.Start}-{c.End}) {c.Type} by {NerModel.Id}, mean tag probability {Conf(c.Confidence)}; " +
            $"weighed most for {tag} against O on \"{x.Words[i]}\": " +
            string.Join(", ", top.Select(f => $"{f.Name} {f.Weight.ToString("+0.00;-0.00", System.Globalization.CultureInfo.InvariantCulture)}")));
    }

    /// <summary>The sentence of the recogniser's that holds character <paramref name="at"/>, or null.</summary>
    private static RecogniserSentence? SentenceHolding(IReadOnlyList<Text.Token> tokens, List<RecogniserSentence> sentences, int at) =>
        sentences.FirstOrDefault(x => tokens[x.First].Start <= at && at < tokens[x.First + x.Words.Length - 1].End);

    /// <summary>explain: what the model made of an open name it did not type, its most probable tag on each word.</summary>
    private void TraceOpenName(Article article, List<RecogniserSentence> sentences, Candidate c, Action<string> trace)
    {
        var tags = new List<string>();
        foreach (var (word, p) in ProbabilitiesOver(article.Tokens, sentences, c))
        {
            int best = Array.IndexOf(p, p.Max());
            tags.Add($"{word} {Recogniser!.Labels[best]} {Conf(p[best])}");
        }
        if (tags.Count == 0) return;
        trace($"entities: open \"{article.Body[c.Start..c.End]}\" [{c.Start}-{c.End}) left untyped by {NerModel.Id}: {string.Join(", ", tags)}");
    }

    /// <summary>The words of a candidate in the sentence that holds it, with the model's tag probabilities where it read them.</summary>
    private static IEnumerable<(string Word, double[] P)> ProbabilitiesOver(IReadOnlyList<Text.Token> tokens, List<RecogniserSentence> sentences,
        Candidate c)
    {
        var x = SentenceHolding(tokens, sentences, c.Start);
        if (x == null || x.Probabilities.Length == 0) yield break;
        for (int i = 0; i < x.Words.Length; i++)
        {
            var t = tokens[x.First + i];
            if (t.End > c.Start && t.Start < c.End && x.Probabilities[i] is { } p) yield return (x.Words[i], p);
        }
    }

    /// <summary>
    /// A weakly typed place or name, an organisation when the model leans that way over its words (it was measured unreliable at
    /// telling people from places in a single word, so leaning to a person changes nothing); none when its words are all common
    /// words the in-domain text writes in lower case ("a degree in Accounting", "ten years in Marketing") and the model gives them more
    /// probability of no name than of any.
    /// </summary>
    private Candidate? Retyped(string body, IReadOnlyList<Text.Token> tokens, List<RecogniserSentence> sentences, Candidate c)
    {
        var (mass, words) = TagMass(tokens, sentences, c);
        if (WordClusters != null && body[c.Start..c.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(WordClusters.SeenInLowerCase)
            && words > 0 && mass.GetValueOrDefault("O") / words > 0.5) return null;
        return Leaning(mass) switch
        {
            "ORG" => c with { Type = "ORG", Rule = c.Rule + "+model" },
            _ => c,
        };
    }

    /// <summary>The type whose B- and I- tags the model gives the most probability over the words of a name: PER, ORG, LOC, or "" unread.</summary>
    private string LeaningOf(IReadOnlyList<Text.Token> tokens, List<RecogniserSentence> sentences, Candidate c) =>
        Leaning(TagMass(tokens, sentences, c).Mass);

    private static string Leaning(Dictionary<string, double> mass) =>
        mass.Where(m => m.Key != "O").OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal).Select(m => m.Key)
            .FirstOrDefault() ?? "";

    /// <summary>
    /// The probability the model gives each type over the words of a name (B- and I- tags summed under the type's name, the O tag
    /// under "O"), and how many of its words it read: one pass for the leaning and the no-name reading.
    /// </summary>
    private (Dictionary<string, double> Mass, int Words) TagMass(IReadOnlyList<Text.Token> tokens, List<RecogniserSentence> sentences, Candidate c)
    {
        var labels = Recogniser!.Labels;
        var mass = new Dictionary<string, double>(StringComparer.Ordinal);
        int words = 0;
        foreach (var (_, p) in ProbabilitiesOver(tokens, sentences, c))
        {
            words++;
            for (int k = 0; k < labels.Count; k++)
            {
                string type = labels[k].Length > 2 && labels[k][1] == '-' ? labels[k][2..] : labels[k] == "O" ? "O" : "";
                if (type.Length > 0) mass[type] = mass.GetValueOrDefault(type) + p[k];
            }
        }
        return (mass, words);
    }

    /// <summary>
    /// The short forms of the names the rules typed: an organisation's first words ("Miller Kaplan" of "Miller Kaplan
    /// Arase"), a person's first or last word. An open name that is one is left to linking, which makes it that entity.
    /// </summary>
    private static HashSet<string> ShortForms(string body, List<Candidate> chosen)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in chosen.Where(c => c.Type is "ORG" or "PERSON"))
        {
            var words = body[c.Start..c.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            if (c.Type == "PERSON") { forms.Add(words[0]); forms.Add(words[^1]); continue; }
            for (int k = 1; k < words.Length; k++) forms.Add(string.Join(' ', words, 0, k));
        }
        return forms;
    }

    private static List<RecogniserSentence> RecogniserSentences(Article article, List<Candidate> chosen)
    {
        string body = article.Body;
        var tokens = article.Tokens;
        var votes = NerCorpus.TokenTags(tokens, VotesOf(chosen).Select(v => (v.Start, v.End, v.Type, "|" + v.Rule)), "");
        return article.Sentences.Where(x => x.TokenCount > 0)
            .Select(x => new RecogniserSentence(x.FirstToken, NerCorpus.Words(body, tokens, x), votes.AsSpan(x.FirstToken, x.TokenCount).ToArray())).ToList();
    }

    /// <summary>Each sentence's windows: the words of the open names in it and <see cref="WindowMargin"/> either side, overlapping ones merged.</summary>
    private static void MarkWindows(IReadOnlyList<Text.Token> tokens, List<RecogniserSentence> sentences, IEnumerable<Candidate> openNames)
    {
        int k = 0;
        foreach (var c in openNames)
        {
            while (k < sentences.Count && tokens[sentences[k].First + sentences[k].Words.Length - 1].End <= c.Start) k++;
            if (k == sentences.Count) return;
            var x = sentences[k];
            int first = x.First, last = x.First + x.Words.Length - 1;
            if (tokens[first].Start >= c.End) continue;
            int a = first, b = last;
            while (a < last && tokens[a].End <= c.Start) a++;
            while (b > a && tokens[b].Start >= c.End) b--;
            int from = Math.Max(0, a - first - WindowMargin), to = Math.Min(x.Words.Length - 1, b - first + WindowMargin);
            if (x.Windows.Count > 0 && x.Windows[^1].To >= from - 1) x.Windows[^1] = (x.Windows[^1].From, Math.Max(to, x.Windows[^1].To));
            else x.Windows.Add((from, to));
        }
    }

    /// <summary>The model's spans, punctuation trimmed from their ends, as candidates: the rules' own where they found the same.</summary>
    private IEnumerable<Candidate> ModelSpans(Article article, List<RecogniserSentence> sentences, List<Candidate> chosen)
    {
        string body = article.Body;
        var tokens = article.Tokens;
        foreach (var x in sentences)
            foreach (var (wf, wt) in x.Windows)
            foreach (var span in Recogniser!.Decode(x.Probabilities[wf..(wt + 1)]!))
            {
                int from = span.First + wf, to = span.Last + wf;
                while (from <= to && !char.IsLetterOrDigit(x.Words[from][0])) from++;
                while (to >= from && !char.IsLetterOrDigit(x.Words[to][^1]) && x.Words[to] != ".") to--;
                if (from > to) continue;
                string type = TypeOfTag(span.Type);
                var (s, e) = TrimPossessive(body, tokens[x.First + from].Start, tokens[x.First + to].End);
                if (e <= s) continue;
                var same = chosen.FirstOrDefault(c => c.Start == s && c.End == e && c.Type == type);
                if (same == null && from == to && from == 0 && IsCommonWordOpening(body, x.Words[from])) continue;
                if (same != null) yield return same;
                else if (span.Probability >= RecogniserMinProbability)
                    yield return new Candidate(s, e, type, NerModel.Id, Math.Round(span.Probability, 3), 0);
            }
    }

    /// <summary>
    /// "Buses ran from the depot.", "Farmers blocked the road.": a plural that opens a sentence alone, a common noun of the in-domain text in
    /// the plural and the singular, that the article capitalises nowhere else, is no name; the model does not type it by itself (linking
    /// still may, when the article names someone so). A name the text also writes in lower case ("wikinews" in its links) has no singular.
    /// </summary>
    private bool IsCommonWordOpening(string body, string word)
    {
        if (WordClusters is not { } clusters || word.Length < 4 || word[^1] != 's' || !clusters.SeenInLowerCase(word)) return false;
        string lower = word.ToLowerInvariant();
        bool plural = clusters.ClassOf(lower[..^1]) >= 0 || lower.EndsWith("es", StringComparison.Ordinal) && clusters.ClassOf(lower[..^2]) >= 0;
        return plural && !_givenNames.Contains(word) && !_gazetteer.TryGet(word.AsSpan(), out _) && Occurrences(body, word) < 2;
    }

    /// <summary>Spans that do not overlap one another, sorted by start: which one overlaps a span, by binary search.</summary>
    private sealed class SpanSet
    {
        private readonly SortedList<int, int> _spans = new();

        public SpanSet(IEnumerable<Candidate> spans)
        {
            foreach (var c in spans) Add(c.Start, c.End);
        }

        public int Count => _spans.Count;

        public void Add(int start, int end)
        {
            if (!_spans.ContainsKey(start)) _spans.Add(start, end);
        }

        /// <summary>A span of the set that overlaps [start, end): the last one starting before its end, when it ends after its start.</summary>
        public (int Start, int End)? Overlapping(int start, int end)
        {
            var keys = _spans.Keys;
            int lo = 0, hi = keys.Count;
            while (lo < hi) { int mid = (lo + hi) / 2; if (keys[mid] < end) lo = mid + 1; else hi = mid; }
            if (lo == 0) return null;
            int s = keys[lo - 1], e = _spans.Values[lo - 1];
            return e > start ? (s, e) : null;
        }
    }
}
