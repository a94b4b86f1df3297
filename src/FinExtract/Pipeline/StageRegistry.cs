namespace FinExtract.Pipeline;

/// <summary>The stage factories known by name. Filled explicitly, in one place.</summary>
public sealed class StageRegistry
{
    private readonly Dictionary<string, IStageFactory> _factories = new(StringComparer.Ordinal);

    /// <summary>The registry of the stages this library ships.</summary>
    public static StageRegistry Default { get; } = CreateDefault();

    private static StageRegistry CreateDefault()
    {
        var r = new StageRegistry();
        r.Add(new Scraping.ScrapeStageFactory());
        r.Add(new Text.SegmentStageFactory());
        r.Add(new Entities.EntityStageFactory());
        r.Add(new Numbers.NumberStageFactory());
        r.Add(new Quotes.QuoteStageFactory());
        r.Add(new Topics.TopicStageFactory());
        return r;
    }

    /// <summary>Adds a factory; a second factory with the same name is an error.</summary>
    public void Add(IStageFactory factory)
    {
        if (!_factories.TryAdd(factory.Name, factory))
            throw new InvalidOperationException($"a stage named '{factory.Name}' is already registered");
    }

    /// <summary>Looks a factory up by name.</summary>
    public bool TryGet(string name, out IStageFactory factory) => _factories.TryGetValue(name, out factory!);

    /// <summary>All stage names, sorted.</summary>
    public IReadOnlyList<string> Names => _factories.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
}
