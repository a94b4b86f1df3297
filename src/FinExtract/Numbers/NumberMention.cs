namespace FinExtract.Numbers;

/// <summary>
/// One number in the body: its span, what kind of number it is, its value with the scale applied,
/// its unit, what it measures (role), the entity it is about (subject), and where it came from.
/// </summary>
public sealed record NumberMention
{
    /// <summary>Start offset into the body.</summary>
    public required int Start { get; init; }
    /// <summary>End offset into the body (exclusive).</summary>
    public required int End { get; init; }
    /// <summary>money, percent, basis_points, count, multiple, ratio, ordinal, date, time.</summary>
    public required string Kind { get; init; }
    /// <summary>The value with the scale applied; null when the value is not a number (a date).</summary>
    public double? Value { get; init; }
    /// <summary>The value as written to CSV for non-numeric values (an ISO date or period).</summary>
    public string ValueText { get; init; } = "";
    /// <summary>ISO 4217 code for money; percent, percentage_point, bp, count, multiple, ordinal, or a date granularity.</summary>
    public required string Unit { get; init; }
    /// <summary>What the number is (price, price_change, revenue, ...), decided by the role rules or model.</summary>
    public string Role { get; init; } = "";
    /// <summary>The rule or model id that decided the role.</summary>
    public string RoleSource { get; init; } = "";
    /// <summary>The entity_id of the entity the number is about, if known.</summary>
    public string Subject { get; init; } = "";
    /// <summary>The currency form a money amount was written with (not written out; read to settle a name that several countries use).</summary>
    public CurrencyForm? Currency { get; init; }
    /// <summary>The recognition rule id.</summary>
    public required string Rule { get; init; }
    /// <summary>Confidence (0..1).</summary>
    public required double Confidence { get; init; }
}

/// <summary>A reported stock move: an entity's shares up or down by a percentage, at a price, over a period.</summary>
public sealed record StockMove(string EntityId, string Name, string Ticker, string Direction, double? Percent, double? Price,
    string Currency, string Period, int Start, int End, string Rule, double Confidence);
