namespace FinExtract.Entities;

/// <summary>
/// One mention of an entity: its span of the body, the entity it belongs to (all mentions of one entity
/// share <see cref="EntityId"/> and <see cref="Name"/>), and where it came from.
/// </summary>
public sealed record EntityMention
{
    /// <summary>The article-local entity id ("e1", "e2", ...), in order of first mention.</summary>
    public required string EntityId { get; init; }
    /// <summary>ORG, PERSON, LOCATION or PRODUCT.</summary>
    public required string Type { get; init; }
    /// <summary>The entity's canonical name.</summary>
    public required string Name { get; init; }
    /// <summary>Start offset into the body.</summary>
    public required int Start { get; init; }
    /// <summary>End offset into the body (exclusive).</summary>
    public required int End { get; init; }
    /// <summary>The ticker, on a company's mentions when known.</summary>
    public string Ticker { get; init; } = "";
    /// <summary>The exchange of the ticker.</summary>
    public string Exchange { get; init; } = "";
    /// <summary>A person's role where the text states it ("chief executive").</summary>
    public string Role { get; init; } = "";
    /// <summary>The organisation a person's role is at, where the text states it.</summary>
    public string Affiliation { get; init; } = "";
    /// <summary>The rule, gazetteer or heuristic that made the mention.</summary>
    public required string Rule { get; init; }
    /// <summary>Confidence (0..1).</summary>
    public required double Confidence { get; init; }
}
