namespace FinExtract.Documents;

/// <summary>Where a metadata value came from, in the order of trust used by the scraper.</summary>
public enum MetaSource
{
    /// <summary>No source: the field is empty.</summary>
    None,
    /// <summary>The visible page markup (h1, byline, dateline, time element).</summary>
    Markup,
    /// <summary>schema.org JSON-LD.</summary>
    JsonLd,
    /// <summary>A meta tag (OpenGraph, article:*, Dublin Core, name=...).</summary>
    Meta,
    /// <summary>The page's &lt;title&gt; element.</summary>
    TitleTag,
    /// <summary>The URL (a /2019/11/18/ path).</summary>
    Url,
    /// <summary>The article text.</summary>
    Text,
}

/// <summary>A metadata value and the source that won it.</summary>
public readonly record struct MetaValue(string Value, MetaSource Source)
{
    /// <summary>The empty value.</summary>
    public static MetaValue Empty => new("", MetaSource.None);

    /// <summary>Whether there is a value.</summary>
    public bool HasValue => Value.Length > 0;

    /// <summary>The source as the lower-case word written to CSV ("" when empty).</summary>
    public string SourceName => Source switch
    {
        MetaSource.None => "",
        MetaSource.JsonLd => "jsonld",
        MetaSource.TitleTag => "title-tag",
        _ => Source.ToString().ToLowerInvariant(),
    };
}
