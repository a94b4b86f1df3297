using System.Security.Cryptography;
using System.Text;

namespace FinExtract.Pipeline;

/// <summary>A validated configuration and the stages built from it, in order.</summary>
public sealed class LoadedPipeline
{
    /// <summary>Creates the pipeline.</summary>
    public LoadedPipeline(PipelineConfig config, IReadOnlyList<IStage> stages, string configText)
    {
        Config = config;
        Stages = stages;
        ConfigText = configText;
        ConfigHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(configText)));
    }

    /// <summary>The resolved configuration.</summary>
    public PipelineConfig Config { get; }

    /// <summary>The stages, in the order they run.</summary>
    public IReadOnlyList<IStage> Stages { get; }

    /// <summary>The configuration text as read.</summary>
    public string ConfigText { get; }

    /// <summary>SHA-256 of the configuration text.</summary>
    public string ConfigHash { get; }
}
