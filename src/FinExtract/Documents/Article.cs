namespace FinExtract.Documents;

/// <summary>
/// The one document every stage reads and adds to. All offsets in its layers are
/// UTF-16 code-unit offsets into <see cref="Body"/>, end exclusive.
/// </summary>
public sealed class Article
{
    /// <summary>Creates an article for one input file.</summary>
    public Article(string articleId, string sourcePath, string contentHash, InputFormat format, string rawText)
    {
        ArticleId = articleId;
        SourcePath = sourcePath;
        ContentHash = contentHash;
        Format = format;
        RawText = rawText;
    }

    /// <summary>Path of the input relative to the input root, without extension, '/' separated.</summary>
    public string ArticleId { get; }

    /// <summary>Path of the input file relative to the input root, '/' separated.</summary>
    public string SourcePath { get; }

    /// <summary>SHA-256 of the input bytes (hex, lower case).</summary>
    public string ContentHash { get; }

    /// <summary>Whether the input was HTML or plain text.</summary>
    public InputFormat Format { get; }

    /// <summary>The decoded input text (HTML source or plain text).</summary>
    public string RawText { get; }

    /// <summary>The encoding the input was decoded with, and how it was decided.</summary>
    public string Encoding { get; set; } = "";

    /// <summary>Metadata fields, each with the source that won.</summary>
    public ArticleMetadata Metadata { get; } = new();

    /// <summary>The article text: the one string all offsets point into.</summary>
    public string Body { get; private set; } = "";

    /// <summary>Paragraph spans of <see cref="Body"/>, in reading order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => _paragraphs;

    private readonly List<Paragraph> _paragraphs = new();

    /// <summary>Tokens of the body (the "tokens" layer, added by the segment stage).</summary>
    public IReadOnlyList<Text.Token> Tokens { get; private set; } = Array.Empty<Text.Token>();

    /// <summary>Sentences of the body (the "sentences" layer, added by the segment stage).</summary>
    public IReadOnlyList<Text.Sentence> Sentences { get; private set; } = Array.Empty<Text.Sentence>();

    /// <summary>Sets the tokens and sentences of the body.</summary>
    public void SetSegments(IReadOnlyList<Text.Token> tokens, IReadOnlyList<Text.Sentence> sentences)
    {
        Tokens = tokens;
        Sentences = sentences;
    }

    /// <summary>Entity mentions (the "entities" layer), ordered by offset.</summary>
    public IReadOnlyList<Entities.EntityMention> Entities { get; private set; } = Array.Empty<Entities.EntityMention>();

    /// <summary>Sets the entity mentions.</summary>
    public void SetEntities(IReadOnlyList<Entities.EntityMention> mentions) => Entities = mentions;

    /// <summary>The article's topics, most probable first (the topics stage).</summary>
    public IReadOnlyList<ArticleTopic> Topics { get; private set; } = Array.Empty<ArticleTopic>();

    /// <summary>Sets the topics.</summary>
    public void SetTopics(IReadOnlyList<ArticleTopic> topics) => Topics = topics;

    /// <summary>Numbers (the "numbers" layer), ordered by offset.</summary>
    public IReadOnlyList<Numbers.NumberMention> Numbers { get; private set; } = Array.Empty<Numbers.NumberMention>();

    /// <summary>Stock moves reported in the text (added with the numbers layer).</summary>
    public IReadOnlyList<Numbers.StockMove> Moves { get; private set; } = Array.Empty<Numbers.StockMove>();

    /// <summary>Sets the numbers and the stock moves.</summary>
    public void SetNumbers(IReadOnlyList<Numbers.NumberMention> numbers, IReadOnlyList<Numbers.StockMove> moves)
    {
        Numbers = numbers;
        Moves = moves;
    }

    /// <summary>Direct quotations (the "quotes" layer), ordered by offset.</summary>
    public IReadOnlyList<Quotes.Quote> Quotes { get; private set; } = Array.Empty<Quotes.Quote>();

    /// <summary>Quoted spans that were not kept as quotations, with the reason (for explain).</summary>
    public IReadOnlyList<Quotes.RejectedQuote> RejectedQuotes { get; private set; } = Array.Empty<Quotes.RejectedQuote>();

    /// <summary>Sets the quotations and the rejected quoted spans.</summary>
    public void SetQuotes(IReadOnlyList<Quotes.Quote> quotes, IReadOnlyList<Quotes.RejectedQuote> rejected)
    {
        Quotes = quotes;
        RejectedQuotes = rejected;
    }

    /// <summary>How the main text was found (extractor name), for provenance.</summary>
    public string BodySource { get; set; } = "";

    /// <summary>Layers that stages have added, by name (for prerequisite checks).</summary>
    public ISet<string> Layers { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Sets the body from paragraphs, joining them with a blank line; records each paragraph's span.
    /// </summary>
    public void SetBody(IEnumerable<(string Text, ParagraphKind Kind)> paragraphs)
    {
        var sb = new System.Text.StringBuilder();
        _paragraphs.Clear();
        foreach (var (text, kind) in paragraphs)
        {
            if (text.Length == 0) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            int start = sb.Length;
            sb.Append(text);
            _paragraphs.Add(new Paragraph(start, sb.Length, kind));
        }
        Body = sb.ToString();
    }

    /// <summary>Sets the body to a text as it is (plain-text inputs), with paragraphs split at blank lines.</summary>
    public void SetBodyVerbatim(string text)
    {
        Body = text;
        _paragraphs.Clear();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (text[i] == '\n' || text[i] == '\r')) i++;
            if (i >= text.Length) break;
            int start = i;
            int end = text.IndexOf("\n\n", i, StringComparison.Ordinal);
            if (end < 0) end = text.Length;
            int e = end;
            while (e > start && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > start) _paragraphs.Add(new Paragraph(start, e, ParagraphKind.Paragraph));
            i = end;
        }
    }

    /// <summary>
    /// Puts <paramref name="prefix"/> before the body and moves every paragraph span with it. Used before any
    /// stage reads offsets, so that a body a spreadsheet would run as a formula is stored neutralised and
    /// every offset counts the prefix: body[start:end] is the text as read back from the CSV.
    /// </summary>
    public void PrefixBody(string prefix)
    {
        Body = prefix + Body;
        for (int i = 0; i < _paragraphs.Count; i++)
            _paragraphs[i] = _paragraphs[i] with { Start = _paragraphs[i].Start + prefix.Length, End = _paragraphs[i].End + prefix.Length };
    }

    /// <summary>Number of words in the body (runs of letters or digits).</summary>
    public int WordCount
    {
        get
        {
            int n = 0;
            bool inWord = false;
            foreach (char c in Body)
            {
                bool w = char.IsLetterOrDigit(c);
                if (w && !inWord) n++;
                inWord = w;
            }
            return n;
        }
    }
}
