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
    /// <summary>News agencies the byline names ("Reuters", "dpa"), separated by "; ": beside people they are not among the authors.</summary>
    public MetaValue Agency { get; set; } = MetaValue.Empty;
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

    /// <summary>The language's primary subtag ("de-AT" and "de_AT" -> "de"), or "" when the page does not say.</summary>
    public string LanguageCode => Scraping.LanguageTag.Primary(Language.Value);

    /// <summary>Every candidate seen for title, author and published, with what became of it (for explain).</summary>
    public List<MetaCandidate> Candidates { get; } = new();

    /// <summary>Why each field's winner won, by field name.</summary>
    public Dictionary<string, string> Reasons { get; } = new(StringComparer.Ordinal);

    /// <summary>Records a candidate.</summary>
    public void Saw(string field, string value, string source, string note) => Candidates.Add(new MetaCandidate(field, value, source, note));

    /// <summary>Records why a field's value won and returns the value.</summary>
    public MetaValue Chose(string field, MetaValue value, string why)
    {
        Reasons[field] = why;
        return value;
    }
}
