using System.Text.Json;

namespace FinExtract.Pipeline;

/// <summary>
/// Builds one kind of stage from its options in pipeline.json and declares the layers it needs and adds,
/// so that a pipeline in the wrong order is refused before any work.
/// </summary>
public interface IStageFactory
{
    /// <summary>The stage name used in pipeline.json.</summary>
    string Name { get; }

    /// <summary>Layers that must exist before the stage runs.</summary>
    IReadOnlyList<string> Requires { get; }

    /// <summary>Layers the stage adds.</summary>
    IReadOnlyList<string> Provides { get; }

    /// <summary>Keys allowed in the stage's entry besides "name" (e.g. "options", "rules").</summary>
    IReadOnlyList<string> Keys { get; }

    /// <summary>
    /// Validates the stage entry and builds the stage; reports every problem into <paramref name="reader"/>
    /// and returns null when it cannot build.
    /// </summary>
    IStage? Create(JsonElement entry, string jsonPath, PipelineConfig config, JsonReader reader);
}
