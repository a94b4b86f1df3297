namespace FinExtract.Documents;

/// <summary>The kind of an input file.</summary>
public enum InputFormat
{
    /// <summary>An HTML or XHTML page.</summary>
    Html,
    /// <summary>Plain text: the body is the text as it is.</summary>
    Text,
}
