using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FinExtract.Documents;
using FinExtract.Quotes;

namespace FinExtract.Learning;

/// <summary>
/// The features of a span in quotation marks for the quote-kind classifier: its length, capitalisation, end
/// punctuation and first-person words; a reporting verb near the marks and on which side; the words right
/// before and after the marks; and where it stands in its paragraph. One function, for training and prediction.
/// </summary>
public static partial class QuoteFeatures
{
    private static readonly Regex Verb =
        new(@"\b(?:" + string.Join("|", QuoteStageFactory.DefaultVerbs.OrderByDescending(v => v.Length).Select(Regex.Escape)) + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    [GeneratedRegex(@"[\p{L}\p{N}'’-]+")]
    private static partial Regex WordRx();

    private static readonly HashSet<string> CuesBefore = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "called", "dubbed", "so-called", "as", "titled", "entitled", "headlined", "named", "known", "term", "its", "his", "her",
        "their", "that", "to", "was", "were", "is", "are", "be", "said", "says", "told", "added", "wrote", "asked", "according", "of", "in", "and",
        "book", "report", "film", "song", "album", "study", "paper", "show", "series", "podcast", "slogan", "label", "word", "phrase", "nicknamed",
    };

    private static readonly HashSet<string> CuesAfter = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "added", "wrote", "asked", "he", "she", "they", "it", "the", "and", "for", "in", "of", "was", "is", "as", "that",
        "according", "trade", "strategy", "label", "term", "campaign", "plan",
    };

    private static readonly HashSet<string> FirstPerson =
        new(StringComparer.OrdinalIgnoreCase) { "i", "we", "our", "us", "my", "me", "i'm", "we're", "we've", "i've", "we'll", "i'll", "let" };

    /// <summary>Features of the quoted span <paramref name="s"/> in <paramref name="body"/>, inside paragraph [pStart, pEnd).</summary>
    public static string For(string body, QuoteStage.QuotedSpan s, int pStart, int pEnd)
    {
        string inner = body[s.Start..s.End];
        var words = WordRx().Matches(inner).Select(m => m.Value).ToList();
        var sb = new StringBuilder();
        int n = words.Count;
        sb.Append("len:").Append(n switch { <= 1 => "1", 2 => "2", 3 => "3", <= 5 => "4-5", <= 9 => "6-9", <= 20 => "10-20", _ => "20+" });
        if (n > 0)
        {
            sb.Append(char.IsUpper(words[0][0]) ? " first:cap" : char.IsLower(words[0][0]) ? " first:lower" : " first:other");
            int caps = words.Count(w => char.IsUpper(w[0]));
            sb.Append(" caps:").Append(caps == n ? "all" : caps * 2 > n ? "most" : caps > 0 ? "some" : "none");
            if (words.Any(FirstPerson.Contains)) sb.Append(" first-person");
            if (words.Any(w => w.Any(char.IsDigit))) sb.Append(" digits");
        }
        char last = inner.TrimEnd().Length > 0 ? inner.TrimEnd()[^1] : ' ';
        sb.Append(" end:").Append(last switch { '.' => "period", ',' => "comma", '?' => "question", '!' => "bang", '…' => "ellipsis",
            ':' or ';' => "colon", _ => "none" });
        // the punctuation right after the closing mark ("”," "”.")
        int closeEnd = s.CloseAt >= 0 ? s.CloseAt + 1 : s.End;
        if (closeEnd < body.Length && body[closeEnd] is ',' or '.' or ';' or ':') sb.Append(" after-mark:").Append(body[closeEnd] == '.' ? "period" : "comma");
        string before = body[Math.Max(pStart, s.OpenAt - 80)..s.OpenAt];
        string after = body[closeEnd..Math.Min(pEnd, closeEnd + 80)];
        if (Verb.IsMatch(before)) sb.Append(" verb-before");
        if (Verb.IsMatch(after)) sb.Append(" verb-after");
        if (before.TrimEnd().EndsWith(':')) sb.Append(" colon-before");
        var bw = WordRx().Matches(before).Select(m => m.Value.ToLowerInvariant()).ToList();
        var aw = WordRx().Matches(after).Select(m => m.Value.ToLowerInvariant()).ToList();
        // Only cue words, not every neighbour: the corpus's own sentences must not become the signal.
        if (bw.Count > 0) sb.Append(" p1:").Append(CuesBefore.Contains(bw[^1]) ? bw[^1] : "other");
        if (bw.Count > 1 && CuesBefore.Contains(bw[^2])) sb.Append(" p2:").Append(bw[^2]);
        if (aw.Count > 0) sb.Append(" n1:")
            .Append(CuesAfter.Contains(aw[0]) ? aw[0] : char.IsUpper(after.TrimStart(' ', ',', '.').FirstOrDefault()) ? "cap" : "other");
        bool opensParagraph = string.IsNullOrWhiteSpace(body[pStart..s.OpenAt]);
        bool closesParagraph = string.IsNullOrWhiteSpace(body[closeEnd..pEnd].Trim('.', ',', ' '));
        if (opensParagraph) sb.Append(" opens-paragraph");
        if (closesParagraph) sb.Append(" closes-paragraph");
        if (opensParagraph && closesParagraph) sb.Append(" whole-paragraph");
        if (s.Continued) sb.Append(" continued");
        return sb.ToString();
    }
}

/// <summary>One training or prediction row of the quote-kind model.</summary>
public sealed class QuoteKindRow : ILabelledFeatures
{
    /// <summary>"quote" or "scare".</summary>
    public string Label { get; set; } = "";
    /// <summary>The features (see <see cref="QuoteFeatures"/>).</summary>
    public string Features { get; set; } = "";
}

/// <summary>
/// The quote-kind classifier: tells a quotation ("quote") from a scare quote, title or nickname ("scare").
/// Trained by <c>finextract train quote-kinds</c> on the project's corpus with a fixed seed, measured on held-out
/// documents, saved with a model card; the quote stage asks it about the spans its rules do not settle.
/// </summary>
public sealed class QuoteKindModel
{
    /// <summary>The version of the features this build computes, written on the card and checked at load.</summary>
    public const string Version = "1";

    /// <summary>The id written into explain's reasons and the rows it decides.</summary>
    public string Id { get; }

    private readonly LinearTextClassifier _model;
    private readonly int _quoteIndex;

    private QuoteKindModel(LinearTextClassifier model, string id, int quoteIndex)
    {
        Id = id;
        _quoteIndex = quoteIndex;
        _model = model;
    }

    /// <summary>Loads a model file; its card must be beside it and name the two classes.</summary>
    public static QuoteKindModel Load(string path)
    {
        var (model, card) = TextClassifierTraining.LoadWithCard(path, Version);
        var labels = card.TryGetProperty("Labels", out var l) && l.ValueKind == JsonValueKind.Array
            ? l.EnumerateArray().Select(x => x.ToString()).ToArray() : Array.Empty<string>();
        if (!labels.SequenceEqual(new[] { "quote", "scare" })) throw new InvalidDataException($"{Path.ChangeExtension(path,
            ".card.json")}: expected the classes quote and scare, found {string.Join(", ", labels)}");
        // Label keys follow first appearance in the training data: the model's own label order says which score is which.
        int qi = model.Labels.ToList().IndexOf("quote");
        if (qi < 0) throw new InvalidDataException($"{path}: the model has no 'quote' class");
        return new QuoteKindModel(model, $"model.quote-kinds.v{Version}", qi);
    }

    /// <summary>The probability that the quoted span is someone's words rather than a scare quote or title.</summary>
    public double QuoteProbability(string body, QuoteStage.QuotedSpan s, int pStart, int pEnd) =>
        _model.Probabilities(QuoteFeatures.For(body, s, pStart, pEnd))[_quoteIndex];

    /// <summary>Reads the corpus: each document's paragraphs, its quoted spans found as the stage finds them, and their labels.</summary>
    public static List<(string Doc, QuoteKindRow Row)> ReadCorpus(string corpusPath)
    {
        var rows = new List<(string, QuoteKindRow)>();
        int lineNo = 0, unmatched = 0;
        string? firstUnmatched = null;
        foreach (var line in File.ReadLines(corpusPath))
        {
            lineNo++;
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            string id = r.GetProperty("doc").GetString() ?? "";
            string text = r.GetProperty("text").GetString() ?? "";
            var labels = r.GetProperty("spans").EnumerateArray()
                .ToDictionary(x => x.GetProperty("start").GetInt32(), x => x.GetProperty("kind").GetString() ?? "");
            var paragraphs = Paragraphs(text);
            var found = QuoteStage.FindSpans(text, paragraphs);
            foreach (var s in found)
            {
                if (!labels.Remove(s.Start, out var kind)) continue; // a span inside a labelled one (a quote within a quote)
                var p = paragraphs.First(x => x.Start <= s.Start && s.Start < x.End);
                rows.Add((id, new QuoteKindRow { Label = kind, Features = QuoteFeatures.For(text, s, p.Start, p.End) }));
            }
            // A labelled span the stage does not find (a single quote closing on "Goldilocks’ for" reads as a
            // possessive) cannot be trained on; a few are ambiguity, many are wrong offsets.
            unmatched += labels.Count;
            if (labels.Count > 0
                && firstUnmatched == null) firstUnmatched = $"{corpusPath}:{lineNo}: document {id}: labelled span(s) at {string.Join(", ", labels.Keys)}";
        }
        if (unmatched > Math.Max(2, rows.Count / 50))
            throw new InvalidDataException($"{unmatched} labelled spans are not quoted spans the stage finds (first: {firstUnmatched}); fix the offsets");
        return rows;
    }

    /// <summary>Paragraphs of a plain text: separated by blank lines.</summary>
    public static List<Paragraph> Paragraphs(string text)
    {
        var list = new List<Paragraph>();
        int start = 0;
        while (start <= text.Length)
        {
            int k = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            int end = k < 0 ? text.Length : k;
            if (end > start) list.Add(new Paragraph(start, end, ParagraphKind.Paragraph));
            if (k < 0) break;
            start = k + 2;
        }
        return list;
    }

    /// <summary>Trains on the corpus; documents whose id ends in 0 or 5 are held out and measured. Writes the zip and its card.</summary>
    public static ModelCard Train(string corpusPath, string outputZip, int seed = 20261126, int folds = 5)
    {
        var rows = ReadCorpus(corpusPath);
        var train = rows.Where(r => !TextClassifierTraining.HeldOut(r.Doc)).ToList();
        var test = rows.Where(r => TextClassifierTraining.HeldOut(r.Doc)).Select(r => r.Row).ToList();
        if (train.Count == 0
            || test.Count == 0) throw new InvalidDataException($"{corpusPath}: the corpus needs documents for training and held-out documents " +
            $"(ids ending in 0 or 5)");
        return TextClassifierTraining.TrainAndSave(train, test, "model.quote-kinds", Version, corpusPath, outputZip, seed, iterations: 100, folds);
    }
}
