namespace FinExtract.Documents;

/// <summary>The article's metadata; each field keeps the source that won it.</summary>
public sealed class ArticleMetadata
{
    /// <summary>Canonical URL.</summary>
    public MetaValue Url { get; set; } = MetaValue.Empty;
    /// <summary>Headline, without a site-name suffix.</summary>
    public MetaValue Title { get; set; } = MetaValue.Empty;
    /// <summary>Standfirst or description.</summary>
    public MetaValue Subtitle { get; set; } = MetaValue.Empty;
    /// <summary>Authors, separated by "; ".</summary>
    public MetaValue Author { get; set; } = MetaValue.Empty;
    /// <summary>First publication time, ISO 8601 (with offset when known).</summary>
    public MetaValue Published { get; set; } = MetaValue.Empty;
    /// <summary>Last modification time, ISO 8601.</summary>
    public MetaValue Modified { get; set; } = MetaValue.Empty;
    /// <summary>Site or publisher name.</summary>
    public MetaValue Site { get; set; } = MetaValue.Empty;
    /// <summary>Section of the site.</summary>
    public MetaValue Section { get; set; } = MetaValue.Empty;
    /// <summary>Language code (e.g. "en").</summary>
    public MetaValue Language { get; set; } = MetaValue.Empty;
}
