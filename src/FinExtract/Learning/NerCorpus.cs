using FinExtract.Documents;
using FinExtract.Text;

namespace FinExtract.Learning;

/// <summary>A mention the entity stage's rules, gazetteers and heuristics settled on: its span of the body, type and rule id.</summary>
public readonly record struct EntityVote(int Start, int End, string Type, string Rule);

/// <summary>A sentence as the recogniser sees it: the segmenter's words, their gold IOB2 tags and the rules' votes on them.</summary>
public sealed record NerSentence(string[] Words, string[] Tags, string[]? Votes)
{
    /// <summary>What the rest of the sentence's document says about its words.</summary>
    public NerDocumentContext? Document { get; set; }
}

/// <summary>A document of an IOB2 file as plain text, with its entity spans as offsets into that text.</summary>
public sealed record NerDocument(int Index, string Text, List<(int Start, int End, string Type)> Spans);

/// <summary>
/// Turns IOB2 (CoNLL) corpora into what the recogniser is trained on: each document written out as plain text (tokens
/// joined the way news text writes them), read by the project's own segmenter, its gold spans carried onto the
/// segmenter's words, and, when a voter is given, the entity stage's votes on those words. Training and prediction so
/// see the same words and the same votes.
/// </summary>
public static class NerCorpus
{
    /// <summary>A file without document markers (tweets) is cut into documents of this many sentences.</summary>
    public const int MaxSentencesPerDocument = 40;

    private static readonly HashSet<string> NoSpaceBefore = new(StringComparer.Ordinal)
    { ",", ".", ";", ":", "!", "?", ")", "]", "}", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "%", "'" };

    /// <summary>
    /// The documents of an IOB2 file, numbered by their -DOCSTART- markers from 0; a long document (or a file without
    /// markers) is cut into pieces of <see cref="MaxSentencesPerDocument"/> sentences that keep its number.
    /// </summary>
    public static IEnumerable<NerDocument> Documents(string path)
    {
        var docs = new List<List<List<TaggedToken>>>();
        var sentence = new List<TaggedToken>();
        List<List<TaggedToken>>? current = null;
        foreach (var s in NerModel.ReadIob2(path, keepDocStarts: true))
        {
            if (s.Count == 1 && s[0].Word == "-DOCSTART-") { current = new(); docs.Add(current); continue; }
            if (current == null) { current = new(); docs.Add(current); }
            current.Add(s);
        }
        for (int d = 0; d < docs.Count; d++)
            for (int k = 0; k < docs[d].Count; k += MaxSentencesPerDocument)
                yield return Detokenise(d, docs[d].GetRange(k, Math.Min(MaxSentencesPerDocument, docs[d].Count - k)));
    }

    /// <summary>
    /// Writes sentences out as text: a space between tokens except before punctuation and clitics, a sentence that ends
    /// without final punctuation (a headline) ends its paragraph; the B-/I- runs become spans of that text.
    /// </summary>
    public static NerDocument Detokenise(int index, IReadOnlyList<List<TaggedToken>> sentences)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<(int Start, int End, string Type)>();
        foreach (var sentence in sentences)
        {
            if (text.Length > 0) text.Append(text[^1] is '.' or '!' or '?' or '"' ? " " : "\n\n");
            (int Start, int End, string Type)? span = null;
            string prev = "";
            foreach (var (raw, tag) in sentence)
            {
                string token = raw is "``" or "''" ? "\"" : raw;
                bool space = text.Length > 0 && text[^1] is not (' ' or '\n') && !NoSpaceBefore.Contains(raw) && prev is not ("(" or "[" or "$")
                    && !(raw.StartsWith('\'') && raw.Length < 4);
                if (space) text.Append(' ');
                int start = text.Length;
                text.Append(token);
                prev = raw;
                if (tag.StartsWith("B-", StringComparison.Ordinal)) { if (span != null) spans.Add(span.Value); span = (start, text.Length, tag[2..]); }
                else if (tag.StartsWith("I-", StringComparison.Ordinal) && span != null) span = span.Value with { End = text.Length };
                else if (span != null) { spans.Add(span.Value); span = null; }
            }
            if (span != null) spans.Add(span.Value);
        }
        return new NerDocument(index, text.ToString(), spans);
    }

    /// <summary>
    /// The document's sentences as the segmenter splits its text, with each word's gold tag (a word inside a gold span
    /// is B- at the span's first word, I- after) and, when <paramref name="voter"/> is given, the rules' votes.
    /// </summary>
    public static List<NerSentence> Sentences(NerDocument doc, Func<Article, IReadOnlyList<EntityVote>>? voter)
    {
        var article = Segmented(doc.Text);
        var (tokens, sentences) = (article.Tokens, article.Sentences);
        var gold = TokenTags(tokens, doc.Spans.Select(s => (s.Start, s.End, s.Type, "")), "O");
        var votes = voter == null ? null : TokenTags(tokens, voter(article).Select(v => (v.Start, v.End, v.Type, "|" + v.Rule)), "");
        var result = new List<NerSentence>(sentences.Count);
        foreach (var s in sentences)
        {
            if (s.TokenCount == 0) continue;
            var words = Words(doc.Text, tokens, s);
            result.Add(new NerSentence(words, gold.AsSpan(s.FirstToken, s.TokenCount).ToArray(),
                votes?.AsSpan(s.FirstToken, s.TokenCount).ToArray()));
        }
        var context = new NerDocumentContext(result.Select(r => ((IReadOnlyList<string>)r.Words, (IReadOnlyList<string>?)r.Votes)));
        foreach (var r in result) r.Document = context;
        return result;
    }

    /// <summary>A plain text as the pipeline reads a .txt input: its body, paragraphs, tokens and sentences.</summary>
    public static Article Segmented(string text)
    {
        var article = new Article("corpus", "corpus.txt", "", InputFormat.Text, text);
        article.SetBodyVerbatim(text);
        var (tokens, sentences) = Segmenter.Segment(article.Body, article.Paragraphs);
        article.SetSegments(tokens, sentences);
        return article;
    }

    /// <summary>The words of a sentence, as the text writes them.</summary>
    public static string[] Words(string body, IReadOnlyList<Token> tokens, Sentence sentence)
    {
        var words = new string[sentence.TokenCount];
        for (int i = 0; i < words.Length; i++) words[i] = body[tokens[sentence.FirstToken + i].Start..tokens[sentence.FirstToken + i].End];
        return words;
    }

    /// <summary>The words' tags for the spans: "B-X" + suffix on a span's first word, "I-X" + suffix on the rest, <paramref name="none"/> elsewhere.</summary>
    public static string[] TokenTags(IReadOnlyList<Token> tokens, IEnumerable<(int Start, int End, string Type, string Suffix)> spans, string none)
    {
        var tags = new string[tokens.Count];
        int t = 0;
        foreach (var (start, end, type, suffix) in spans.OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            while (t < tokens.Count && tokens[t].End <= start) t++;
            bool first = true;
            for (int k = t; k < tokens.Count && tokens[k].Start < end; k++)
            {
                if (tags[k] != null) continue;
                tags[k] = (first ? "B-" : "I-") + type + suffix;
                first = false;
            }
        }
        for (int k = 0; k < tags.Length; k++) tags[k] ??= none;
        return tags;
    }
}
