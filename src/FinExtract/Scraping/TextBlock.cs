using AngleSharp.Dom;
using FinExtract.Documents;

namespace FinExtract.Scraping;

/// <summary>A run of text between block boundaries, with the element that holds it.</summary>
internal sealed class TextBlock
{
    public TextBlock(IElement container, string text, int linkChars, ParagraphKind kind, string tag, int order)
    {
        Container = container;
        Text = text;
        LinkChars = linkChars;
        Kind = kind;
        Tag = tag;
        Order = order;
        EffectiveLength = TextMeasure.EffectiveLength(text);
    }

    /// <summary>The length with CJK characters weighted (<see cref="TextMeasure"/>): what thresholds compare.</summary>
    public int EffectiveLength { get; }

    /// <summary>The nearest block-level element around the text.</summary>
    public IElement Container { get; }
    /// <summary>The text, white space collapsed.</summary>
    public string Text { get; }
    /// <summary>Characters of the text inside links.</summary>
    public int LinkChars { get; }
    /// <summary>What kind of block the text is.</summary>
    public ParagraphKind Kind { get; }
    /// <summary>The container's tag name.</summary>
    public string Tag { get; }
    /// <summary>Position in document order.</summary>
    public int Order { get; }

    /// <summary>Share of the text inside links.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;

    /// <summary>Whether this is a running-text paragraph that says something: long enough, few links, a sentence.</summary>
    public bool IsGood => Kind != ParagraphKind.Heading && EffectiveLength >= 60 && LinkDensity < 0.34 && HasSentenceEnd;

    private bool HasSentenceEnd
    {
        get
        {
            for (int i = Text.Length - 1; i >= 0 && i >= Text.Length - 4; i--)
                if (TextMeasure.EndsSentenceAt(Text, i)) return true;
            return Text.Contains(". ", StringComparison.Ordinal) || Text.Contains('。') || Text.Contains("। ", StringComparison.Ordinal);
        }
    }
}
