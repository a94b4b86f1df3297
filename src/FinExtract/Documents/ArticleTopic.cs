namespace FinExtract.Documents;

/// <summary>A topic of an article, with the model's probability and the model's id.</summary>
public sealed record ArticleTopic(string Topic, double Probability, string Model);
