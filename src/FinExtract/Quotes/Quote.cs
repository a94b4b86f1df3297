namespace FinExtract.Quotes;

/// <summary>
/// One direct quotation: the words inside the marks, who said them, the reporting verb, and where it came from.
/// </summary>
public sealed record Quote(int Start, int End, string Speaker, string SpeakerEntityId, string Cue, string Rule, double Confidence);

/// <summary>A span in quotation marks that was not kept as a quotation, and why (for explain).</summary>
public sealed record RejectedQuote(int Start, int End, string Reason);
