using FinExtract.Documents;

namespace FinExtract.Pipeline;

/// <summary>
/// One step of the pipeline. Built once from its options; afterwards immutable and thread-safe:
/// processing one article never touches another article's state.
/// </summary>
public interface IStage
{
    /// <summary>The stage's name as written in pipeline.json.</summary>
    string Name { get; }

    /// <summary>Reads the article's layers and adds its own. Throws <see cref="StageException"/> for a coded failure.</summary>
    void Process(Article article, StageContext context);
}
