namespace FinExtract.Documents;

/// <summary>A value the scraper saw for a metadata field, where, and what it made of it (for explain).</summary>
/// <param name="Field">"title", "author" or "published".</param>
/// <param name="Value">The value as read (cleaned).</param>
/// <param name="Source">Where it was read: "jsonld", "meta", "h1", "time", "byline", ...</param>
/// <param name="Note">What happened to it: why it lost, or that it won.</param>
public sealed record MetaCandidate(string Field, string Value, string Source, string Note);
