namespace FinExtract.Documents;

/// <summary>The kind of a block of the article body.</summary>
public enum ParagraphKind
{
    /// <summary>A running-text paragraph.</summary>
    Paragraph,
    /// <summary>A heading inside the article (h2-h6).</summary>
    Heading,
    /// <summary>A list item.</summary>
    ListItem,
    /// <summary>A block quotation.</summary>
    Quote,
    /// <summary>A preformatted block or a table row.</summary>
    Other,
}

/// <summary>A block of the body as a span <c>[Start, End)</c> of <see cref="Article.Body"/>.</summary>
public readonly record struct Paragraph(int Start, int End, ParagraphKind Kind);
